package explain

import (
	"bytes"
	"flag"
	"fmt"
	"go/doc/comment"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/internal/suppress"
)

// URLPrefix is where a check's documentation lives when its Analyzer sets no
// URL: the pkg.go.dev page of its package, github.com/.../analyzer/<name>.
const URLPrefix = "https://pkg.go.dev/github.com/surepasslint/surepasslint/analyzer/"

// Doc is a check's documentation split the way its readers need it.
type Doc struct {
	Title string       // first paragraph, one line
	Body  *comment.Doc // the rest
}

// Parse splits an Analyzer.Doc into its title and body. A title written as
// a package comment's first sentence ("Package codeswitch reports ...")
// loses its "Package codeswitch" subject ("reports ...").
func Parse(doc string) Doc {
	doc = strings.TrimSpace(doc)
	title, body, _ := strings.Cut(doc, "\n\n")
	words := strings.Fields(title)
	if len(words) > 2 && words[0] == "Package" {
		words = words[2:]
	}
	return Doc{
		Title: strings.Join(words, " "),
		Body:  new(comment.Parser).Parse(body),
	}
}

// Summary is the first paragraph of the body, as one line of plain text, or
// the title when there is no body.
func (d Doc) Summary() string {
	for _, b := range d.Body.Content {
		if p, ok := b.(*comment.Paragraph); ok {
			one := &comment.Doc{Content: []comment.Block{p}}
			return strings.Join(strings.Fields(string(textPrinter().Text(one))), " ")
		}
	}
	return d.Title
}

// Text is the body as plain text, wrapped at 80 columns.
func (d Doc) Text() string { return string(textPrinter().Text(d.Body)) }

// Markdown is the body as Markdown.
func (d Doc) Markdown() string { return string(new(comment.Printer).Markdown(d.Body)) }

func textPrinter() *comment.Printer { return &comment.Printer{TextWidth: 80} }

// URL is the address of a's documentation.
func URL(a *analysis.Analyzer) string {
	if a.URL != "" {
		return a.URL
	}
	return URLPrefix + a.Name
}

// Find returns the analyzer named name, or an error that lists the known
// names.
func Find(name string, analyzers []*analysis.Analyzer) (*analysis.Analyzer, error) {
	var names []string
	for _, a := range analyzers {
		if a.Name == name {
			return a, nil
		}
		names = append(names, a.Name)
	}
	slices.Sort(names)
	known := strings.Join(names, ", ")
	if known == "" {
		known = "(none)"
	}
	return nil, fmt.Errorf("unknown check %q; known checks: %s", name, known)
}

// LimitsHeading is the heading of the section of a check's doc that lists
// its known limits: -explain prints it last, whatever its place in the doc.
const LimitsHeading = "Known limits"

// Limits splits off the "# Known limits" section of d's body: d without it,
// and the section (nil when the doc has none).
func (d Doc) Limits() (rest Doc, limits *comment.Doc) {
	rest = Doc{Title: d.Title, Body: &comment.Doc{Links: d.Body.Links}}
	in := false
	for _, b := range d.Body.Content {
		if h, ok := b.(*comment.Heading); ok {
			in = headingText(h) == LimitsHeading
			if in {
				limits = &comment.Doc{Links: d.Body.Links}
			}
		}
		if in {
			limits.Content = append(limits.Content, b)
		} else {
			rest.Body.Content = append(rest.Body.Content, b)
		}
	}
	return rest, limits
}

func headingText(h *comment.Heading) string {
	one := &comment.Doc{Content: []comment.Block{&comment.Paragraph{Text: h.Text}}}
	return strings.TrimSpace(string(textPrinter().Text(one)))
}

// Page is the -explain text for a: title, explanation with its example, the
// check's own flags, how to suppress one of its findings, where to read
// more, and last its known limits, so that they are what a reader sees at
// the end of the page.
func Page(a *analysis.Analyzer) string {
	d, limits := Parse(a.Doc).Limits()
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s: %s\n", a.Name, d.Title)
	if text := d.Text(); text != "" {
		fmt.Fprintf(&b, "\n%s", text)
	}
	var flags []string
	a.Flags.VisitAll(func(f *flag.Flag) {
		flags = append(flags, fmt.Sprintf("  -%s.%s\n    \t%s\n", a.Name, f.Name, f.Usage))
	})
	if len(flags) > 0 {
		fmt.Fprintf(&b, "\nFlags:\n%s", strings.Join(flags, ""))
	}
	if a.Name != suppress.Category {
		fmt.Fprintf(&b, "\nSuppress one finding, with the reason, on the line before it:\n\n")
		fmt.Fprintf(&b, "  //lint:ignore %s <why this finding is safe>\n", a.Name)
	}
	fmt.Fprintf(&b, "\nMore: %s\n", URL(a))
	if limits != nil {
		fmt.Fprintf(&b, "\n%s", textPrinter().Text(limits))
	}
	return b.String()
}
