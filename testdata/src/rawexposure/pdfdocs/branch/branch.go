// Package branch serves the member portal's token pages. // want package:`statements.TokenLetter.Note raw errorMessage`
package branch

import (
	"bytes"
	"encoding/csv"
	"log"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/jung-kurt/gofpdf"
	"github.com/signintech/gopdf"

	gpdf "github.com/go-pdf/fpdf"

	"rawexposure/pdfdocs/statements"
	"rawexposure/pdfdocs/tokens"
)

// Portal holds the services.
type Portal struct {
	Tokens *tokens.Service
	Dir    string
}

// Letter activates the token and returns the confirmation letter.
func (p *Portal) Letter(w http.ResponseWriter, r *http.Request) {
	a := p.Tokens.Activate(r.Context(), r.FormValue("user"), r.FormValue("serial"), r.FormValue("otp"))
	l := statements.TokenLetter{Member: r.FormValue("user"), Serial: a.Serial}
	if !a.Active {
		l.Note = a.Reason
	}
	w.Header().Set("Content-Type", "application/pdf")
	_ = statements.RenderTokenLetter(w, l) // want `raw SurePassID errorMessage`
}

// LetterPlain says the same in the bank's own words.
func (p *Portal) LetterPlain(w http.ResponseWriter, r *http.Request) {
	a := p.Tokens.Activate(r.Context(), r.FormValue("user"), r.FormValue("serial"), r.FormValue("otp"))
	l := statements.TokenLetter{Member: r.FormValue("user"), Serial: a.Serial}
	if !a.Active {
		log.Printf("activation of %s failed: %s", a.Serial, a.Reason)
		l.Note = "We could not activate this token. Please call us."
	}
	_ = statements.RenderTokenLetter(w, l)
}

// Records files the bank's copy, with the server's text, for the ops team.
func (p *Portal) Records(a tokens.Activation) error {
	l := statements.TokenLetter{Serial: a.Serial, Note: a.Reason}
	f, err := os.Create(p.Dir + "/" + a.Serial + ".pdf")
	if err != nil {
		return err
	}
	defer f.Close()
	if err := statements.RenderTokenLetter(f, l); err != nil {
		return err
	}
	return statements.FileTokenLetter(p.Dir, l)
}

// Notice writes a gofpdf notice straight to the response.
func (p *Portal) Notice(w http.ResponseWriter, r *http.Request) {
	a := p.Tokens.Activate(r.Context(), r.FormValue("user"), r.FormValue("serial"), r.FormValue("otp"))
	pdf := gofpdf.New("P", "mm", "Letter", "")
	pdf.AddPage()
	pdf.CellFormat(0, 8, "Token "+a.Serial, "", 1, "L", false, 0, "")
	pdf.Write(6, a.Reason) // want `raw SurePassID errorMessage`
	html := pdf.HTMLBasicNew()
	html.Write(6, "<b>"+a.Reason+"</b>") // want `raw SurePassID errorMessage`
	_ = pdf.Output(w)
}

// OpsNotice keeps a gofpdf copy on the ops share only.
func (p *Portal) OpsNotice(a tokens.Activation) error {
	pdf := gofpdf.New("P", "mm", "Letter", "")
	pdf.AddPage()
	pdf.Write(6, a.Reason)
	return pdf.OutputFileAndClose(p.Dir + "/ops-" + a.Serial + ".pdf")
}

// Download renders with go-pdf/fpdf into a buffer gin sends.
func (p *Portal) Download(c *gin.Context) {
	a := p.Tokens.Activate(c.Request.Context(), c.Query("user"), c.Query("serial"), c.Query("otp"))
	doc := gpdf.New("P", "mm", "A4", "")
	doc.SetSubject(a.Reason, true) // want `raw SurePassID errorMessage`
	doc.AddPage()
	doc.Text(10, 20, "Status for "+a.Serial+": "+a.Reason) // want `raw SurePassID errorMessage`
	var buf bytes.Buffer
	if err := doc.Output(&buf); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Data(http.StatusOK, "application/pdf", buf.Bytes())
}

// Card renders with gopdf.
func (p *Portal) Card(w http.ResponseWriter, r *http.Request) {
	a := p.Tokens.Activate(r.Context(), r.FormValue("user"), r.FormValue("serial"), r.FormValue("otp"))
	gp := gopdf.GoPdf{}
	gp.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4})
	gp.AddPage()
	gp.SetInfo(gopdf.PdfInfo{Title: "Token card", Subject: a.Reason}) // want `raw SurePassID errorMessage`
	_ = gp.Cell(nil, "Serial "+a.Serial)
	_ = gp.MultiCell(&gopdf.Rect{W: 500, H: 20}, a.Reason) // want `raw SurePassID errorMessage`
	_, _ = gp.WriteTo(w)
}

// CardArchive keeps a gopdf card on disk.
func (p *Portal) CardArchive(a tokens.Activation) error {
	gp := gopdf.GoPdf{}
	gp.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4})
	gp.AddPage()
	_ = gp.Text(a.Reason)
	return gp.WritePdf(p.Dir + "/card-" + a.Serial + ".pdf")
}

// Export lists the member's activations as CSV.
func (p *Portal) Export(w http.ResponseWriter, r *http.Request) {
	a := p.Tokens.Activate(r.Context(), r.FormValue("user"), r.FormValue("serial"), r.FormValue("otp"))
	w.Header().Set("Content-Type", "text/csv")
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{a.Serial, a.Reason}) // want `raw SurePassID errorMessage`
	cw.Flush()
}

// OpsExport writes the same rows for the operators' console.
func (p *Portal) OpsExport(a tokens.Activation) {
	cw := csv.NewWriter(os.Stdout)
	_ = cw.WriteAll([][]string{{a.Serial, a.Reason}})
	cw.Flush()
}
