// Package fpdf is a stub of github.com/go-pdf/fpdf: the signatures the tests call.
package fpdf

import "io"

// Fpdf is a PDF document being built.
type Fpdf struct{ err error }

// Pdf is the interface Fpdf implements.
type Pdf interface {
	AddPage()
	Cell(w, h float64, txtStr string)
	MultiCell(w, h float64, txtStr, borderStr, alignStr string, fill bool)
	Write(h float64, txtStr string)
	Output(w io.Writer) error
}

// HTMLBasicType writes basic HTML into a document.
type HTMLBasicType struct{ pdf *Fpdf }

func New(orientationStr, unitStr, sizeStr, fontDirStr string) *Fpdf { return &Fpdf{} }

func (f *Fpdf) AddPage()                                               {}
func (f *Fpdf) Ln(h float64)                                           {}
func (f *Fpdf) SetFont(familyStr, styleStr string, size float64)       {}
func (f *Fpdf) SetXY(x, y float64)                                     {}
func (f *Fpdf) Cell(w, h float64, txtStr string)                       {}
func (f *Fpdf) Cellf(w, h float64, fmtStr string, args ...interface{}) {}
func (f *Fpdf) CellFormat(w, h float64, txtStr, borderStr string, ln int, alignStr string, fill bool, link int, linkStr string) {
}
func (f *Fpdf) MultiCell(w, h float64, txtStr, borderStr, alignStr string, fill bool) {}
func (f *Fpdf) Write(h float64, txtStr string)                                        {}
func (f *Fpdf) Writef(h float64, fmtStr string, args ...interface{})                  {}
func (f *Fpdf) WriteAligned(width, lineHeight float64, textStr, alignStr string)      {}
func (f *Fpdf) WriteLinkString(h float64, displayStr, targetStr string)               {}
func (f *Fpdf) WriteLinkID(h float64, displayStr string, linkID int)                  {}
func (f *Fpdf) Text(x, y float64, txtStr string)                                      {}
func (f *Fpdf) SetTitle(titleStr string, isUTF8 bool)                                 {}
func (f *Fpdf) SetSubject(subjectStr string, isUTF8 bool)                             {}
func (f *Fpdf) SetKeywords(keywordsStr string, isUTF8 bool)                           {}
func (f *Fpdf) SetAuthor(authorStr string, isUTF8 bool)                               {}
func (f *Fpdf) SetCreator(creatorStr string, isUTF8 bool)                             {}
func (f *Fpdf) Err() bool                                                             { return f.err != nil }
func (f *Fpdf) Error() error                                                          { return f.err }
func (f *Fpdf) Output(w io.Writer) error                                              { return f.err }
func (f *Fpdf) OutputAndClose(w io.WriteCloser) error                                 { return f.err }
func (f *Fpdf) OutputFileAndClose(fileStr string) error                               { return f.err }
func (f *Fpdf) HTMLBasicNew() HTMLBasicType                                           { return HTMLBasicType{pdf: f} }

func (html *HTMLBasicType) Write(lineHt float64, htmlStr string) {}
