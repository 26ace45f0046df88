// Package gopdf is a stub of github.com/signintech/gopdf: the signatures
// the tests call.
package gopdf

import (
	"io"
	"time"
)

// GoPdf is a PDF document being built.
type GoPdf struct{}

// Config sets up a document.
type Config struct {
	PageSize Rect
	Unit     int
}

// Rect is a size.
type Rect struct{ W, H float64 }

// CellOption aligns a cell.
type CellOption struct{ Align int }

// PdfInfo is the document's metadata.
type PdfInfo struct {
	Title        string
	Author       string
	Subject      string
	Creator      string
	Producer     string
	CreationDate time.Time
}

// PageSizeA4 is A4.
var PageSizeA4 = &Rect{W: 595, H: 842}

func (gp *GoPdf) Start(config Config)                                               {}
func (gp *GoPdf) AddPage()                                                          {}
func (gp *GoPdf) AddTTFFont(family string, ttfpath string) error                    { return nil }
func (gp *GoPdf) SetFont(family string, style string, size interface{}) error       { return nil }
func (gp *GoPdf) SetXY(x, y float64)                                                {}
func (gp *GoPdf) Br(h float64)                                                      {}
func (gp *GoPdf) Cell(rectangle *Rect, text string) error                           { return nil }
func (gp *GoPdf) CellWithOption(rectangle *Rect, text string, opt CellOption) error { return nil }
func (gp *GoPdf) MultiCell(rectangle *Rect, text string) error                      { return nil }
func (gp *GoPdf) MultiCellWithOption(rectangle *Rect, text string, opt CellOption) error {
	return nil
}
func (gp *GoPdf) Text(text string) error                   { return nil }
func (gp *GoPdf) SetInfo(info PdfInfo)                     {}
func (gp *GoPdf) Write(w io.Writer) error                  { return nil }
func (gp *GoPdf) WriteTo(w io.Writer) (n int64, err error) { return 0, nil }
func (gp *GoPdf) WritePdf(pdfPath string) error            { return nil }
func (gp *GoPdf) GetBytesPdf() []byte                      { return nil }
