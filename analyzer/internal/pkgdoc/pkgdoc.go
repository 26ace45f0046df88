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
// It finds the group's bounds in one pass without splitting the source, and
// builds the text in one allocation: it runs in every vet tool process.
func lineComment(src string) (string, bool) {
	group := -1 // offset of the current group's first line
	for off := 0; off < len(src); {
		end, next := lineEnd(src, off)
		l := strings.TrimSpace(src[off:end])
		switch {
		case strings.HasPrefix(l, "package "):
			if group < 0 {
				return "", false
			}
			return commentText(src[group:off])
		case l == "":
			group = -1
		case strings.HasPrefix(l, "//"):
			if group < 0 {
				group = off
			}
		default:
			return "", false
		}
		off = next
	}
	return "", false
}

// lineEnd returns the end of the line starting at off in s and the offset
// of the next line.
func lineEnd(s string, off int) (end, next int) {
	i := strings.IndexByte(s[off:], '\n')
	if i < 0 {
		return len(s), len(s)
	}
	return off + i, off + i + 1
}

// commentText is CommentGroup.Text of a group of // lines: markers and
// directives dropped, the first space and trailing space removed, leading
// and trailing blank lines removed and runs of blank lines made one.
func commentText(group string) (string, bool) {
	var b strings.Builder
	b.Grow(len(group))
	blank := false
	for off := 0; off < len(group); {
		end, next := lineEnd(group, off)
		c := strings.TrimSpace(group[off:end])[2:]
		off = next
		if c != "" && c[0] != ' ' && isDirective(c) {
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
