// Package pkgdoc gives each check one source for its documentation: the
// package comment of its doc.go, which the check embeds (//go:embed doc.go)
// and turns into Analyzer.Doc with [Text]. -explain, SARIF, gopls and the
// golangci-lint plugin then show the text pkg.go.dev shows.
package pkgdoc

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// Text returns the package comment of src, the source of a Go file, as
// go/ast's CommentGroup.Text gives it (comment markers removed, one trailing
// newline). It panics if src does not parse or has no package comment: the
// callers pass their own embedded doc.go, so either is a bug that every test
// of the check reveals.
//
// Text runs when a check's package is initialized, in each of the hundreds
// of vet tool processes of a go vet run: a doc.go made of // lines and a
// package clause is read as text (lineComment), in a fraction of the time
// go/parser takes; any other layout is parsed.
func Text(src string) string {
	if text, ok := lineComment(src); ok {
		return text
	}
	text, err := extract(src)
	if err != nil {
		panic("pkgdoc: " + err.Error())
	}
	return text
}

func extract(src string) (string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", src, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", err
	}
	if f.Doc == nil {
		return "", fmt.Errorf("package %s: no package comment", f.Name.Name)
	}
	return f.Doc.Text(), nil
}

// lineComment is extract for the usual doc.go: the // lines right above the
// first line starting "package ", every line before them blank or a //
// comment. ok is false for anything else (block comments, no such lines).
// It reads the source once, without splitting it.
func lineComment(src string) (string, bool) {
	// The // lines of the group right above the package clause.
	var group []string
	for rest := src; rest != ""; {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		l = strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(l, "package "):
			return commentText(group)
		case l == "":
			group = group[:0]
		case strings.HasPrefix(l, "//"):
			group = append(group, l[2:])
		default:
			return "", false
		}
	}
	return "", false
}

// commentText is CommentGroup.Text of // lines without their markers:
// directives dropped, the first space and trailing space removed, leading
// and trailing blank lines removed and runs of blank lines made one.
func commentText(group []string) (string, bool) {
	var b strings.Builder
	b.Grow(len(group) * 72)
	blank := false
	for _, c := range group {
		if isDirective(c) {
			continue
		}
		c = strings.TrimRight(strings.TrimPrefix(c, " "), " \t\r")
		if c == "" {
			blank = b.Len() > 0
			continue
		}
		if blank {
			b.WriteByte('\n')
			blank = false
		}
		b.WriteString(c)
		b.WriteByte('\n')
	}
	return b.String(), b.Len() > 0
}

// isDirective reports whether c, a // comment without its marker, is a
// directive go/ast leaves out of a comment's text: //line, //extern,
// //export, or //word:word (//go:embed, //lint:ignore).
func isDirective(c string) bool {
	if strings.HasPrefix(c, "line ") || strings.HasPrefix(c, "extern ") || strings.HasPrefix(c, "export ") {
		return true
	}
	colon := strings.Index(c, ":")
	if colon <= 0 || colon+1 >= len(c) {
		return false
	}
	for _, r := range c[:colon] {
		if !('a' <= r && r <= 'z' || '0' <= r && r <= '9') {
			return false
		}
	}
	r := c[colon+1]
	return 'a' <= r && r <= 'z' || '0' <= r && r <= '9'
}
