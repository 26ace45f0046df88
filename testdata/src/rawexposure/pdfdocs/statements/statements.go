// Package statements renders the letters members download, with fpdf.
package statements

import (
	"fmt"
	"io"
	"path/filepath"

	"codeberg.org/go-pdf/fpdf"
)

// TokenLetter confirms a token activation.
type TokenLetter struct {
	Member string
	Serial string
	Note   string
}

func page(title string) *fpdf.Fpdf {
	doc := fpdf.New("P", "mm", "A4", "")
	doc.SetTitle(title, true)
	doc.AddPage()
	doc.SetFont("Arial", "", 11)
	return doc
}

// RenderTokenLetter writes the letter as a PDF to w.
func RenderTokenLetter(w io.Writer, l TokenLetter) error { // want RenderTokenLetter:`rawexposure\(param 1 reaches a PDF document the user downloads via fpdf.Fpdf.Cell\)`
	doc := page("Token activation")
	doc.Cell(0, 8, "Dear "+l.Member)
	doc.Ln(10)
	doc.Writef(6, "Token %s: ", l.Serial)
	if l.Note != "" {
		doc.MultiCell(0, 6, l.Note, "", "L", false)
	}
	return doc.Output(w)
}

// FileTokenLetter keeps the bank's copy in the records directory.
func FileTokenLetter(dir string, l TokenLetter) error {
	doc := page("Token activation (records)")
	doc.Cell(0, 8, l.Member)
	doc.MultiCell(0, 6, l.Note, "", "L", false)
	return doc.OutputFileAndClose(filepath.Join(dir, l.Serial+".pdf"))
}

// Receipt is a one-line receipt through the library's interface.
func Receipt(pdf fpdf.Pdf, w io.Writer, line string) error { // want Receipt:`rawexposure\(param 2 reaches a PDF document the user downloads via fpdf.Pdf.Cell\)`
	pdf.AddPage()
	pdf.Cell(0, 8, fmt.Sprintf("Receipt: %s", line))
	return pdf.Output(w)
}
