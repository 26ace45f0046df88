package fixsafe

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"golang.org/x/tools/go/analysis"
)

const (
	clean = "package p\n\nfunc f(c int) bool {\n\tswitch c {\n\tcase 9001:\n\t\treturn false\n\t}\n\treturn true\n}\n"
	// The developer is typing a case: no colon yet. go/parser recovers
	// without a bad node, so only parsing the text again tells.
	halfTyped = "package p\n\nfunc f(c int) bool {\n\tswitch c {\n\tcase 9001:\n\t\treturn false\n\tcase 9002\n\t}\n\treturn true\n}\n"
	badExpr   = "package p\n\nvar x = 1 +\n"
)

func pass(t *testing.T, src string, read func(string) ([]byte, error)) (*analysis.Pass, token.Pos) {
	t.Helper()
	fset := token.NewFileSet()
	f, _ := parser.ParseFile(fset, "p.go", src, parser.SkipObjectResolution)
	if f == nil {
		t.Fatal("no AST")
	}
	return &analysis.Pass{Fset: fset, Files: []*ast.File{f}, ReadFile: read}, f.Package
}

func TestParses(t *testing.T) {
	from := func(src string) func(string) ([]byte, error) {
		return func(string) ([]byte, error) { return []byte(src), nil }
	}
	unreadable := func(string) ([]byte, error) { return nil, errors.New("not allowed") }
	for _, c := range []struct {
		name string
		src  string
		read func(string) ([]byte, error)
		want bool
	}{
		{"clean", clean, from(clean), true},
		{"half-typed case", halfTyped, from(halfTyped), false},
		{"bad expression", badExpr, from(badExpr), false},
		{"bad expression, no ReadFile", badExpr, nil, false},
		{"clean, no ReadFile", clean, nil, true},
		{"clean, unreadable", clean, unreadable, true},
		// ReadFile gives the disk while the AST is the editor's buffer:
		// the text does not match the AST, so it is not used.
		{"clean buffer, broken disk file", clean, from(halfTyped), true},
	} {
		p, pos := pass(t, c.src, c.read)
		if got := Parses(p, pos); got != c.want {
			t.Errorf("%s: Parses = %v, want %v", c.name, got, c.want)
		}
	}
	p, _ := pass(t, clean, from(clean))
	if Parses(p, token.NoPos) {
		t.Error("a position in no file of the pass: Parses = true, want false")
	}
}
