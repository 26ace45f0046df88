// Package pkgdoc gives each check one source for its documentation: the
// package comment of its doc.go, which the check embeds (//go:embed doc.go)
// and turns into Analyzer.Doc with [Text]. -explain, SARIF, gopls and the
// golangci-lint plugin then show the text pkg.go.dev shows.
package pkgdoc

import (
	"fmt"
	"go/parser"
	"go/token"
)

// Text returns the package comment of src, the source of a Go file, as
// go/ast's CommentGroup.Text gives it (comment markers removed, one trailing
// newline). It panics if src does not parse or has no package comment: the
// callers pass their own embedded doc.go, so either is a bug that every test
// of the check reveals.
func Text(src string) string {
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
