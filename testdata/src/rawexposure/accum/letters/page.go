// Package letters builds the PDF letters of the claims portal: a page
// collects lines and renders them.
package letters

import (
	"bytes"
	"fmt"
)

type page struct {
	title string
	lines []string
}

func newPage(title string) *page { return &page{title: title} }

func (p *page) add(format string, args ...any) {
	p.lines = append(p.lines, fmt.Sprintf(format, args...))
}

func (p *page) pdf() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%%PDF-1.4\n%% %s\n", p.title)
	for _, l := range p.lines {
		fmt.Fprintf(&b, "(%s) Tj\n", l)
	}
	return b.Bytes()
}
