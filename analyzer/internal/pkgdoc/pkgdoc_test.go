package pkgdoc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestText(t *testing.T) {
	src := `// Copyright notice, not documentation.

// Package demo reports things.
//
// # Heading
//
//	indented code
package demo

// not part of it
const x = 1
`
	want := "Package demo reports things.\n\n# Heading\n\n\tindented code\n"
	if got := Text(src); got != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
}

func TestTextPanics(t *testing.T) {
	for name, src := range map[string]string{
		"no package comment": "package demo\n",
		"not Go":             "// Package demo.\npackage\n",
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				r := recover()
				if s, ok := r.(string); !ok || !strings.HasPrefix(s, "pkgdoc: ") {
					t.Errorf("recovered %v, want a pkgdoc panic", r)
				}
			}()
			Text(src)
		})
	}
}

// TestLineCommentMatchesParser: the text read from the // lines equals
// go/parser's package comment, on every doc.go of the checks and on
// layouts that exercise the rules (a copyright block, directives, blank
// runs, trailing space).
func TestLineCommentMatchesParser(t *testing.T) {
	srcs := map[string]string{
		"layouts": "// Copyright 2026.\n\n//go:build ignore\n\n// Package demo reports things.  \n//\n//\n//\tcode\n//lint:ignore X because\n//line a.go:1\n// Last.\n//\npackage demo\n",
		"one":     "// Package one.\npackage one\n",
	}
	docs, _ := filepath.Glob(filepath.Join("..", "..", "*", "doc.go"))
	more, _ := filepath.Glob(filepath.Join("..", "*", "doc.go"))
	for _, p := range append(docs, more...) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		srcs[p] = string(b)
	}
	if len(srcs) < 5 {
		t.Fatalf("found only %d doc.go files", len(srcs)-2)
	}
	for name, src := range srcs {
		want, err := extract(src)
		if err != nil {
			continue // no package comment: lineComment must say so too
		}
		got, ok := lineComment(src)
		if !ok || got != want {
			t.Errorf("%s: lineComment = %q, %v; parser: %q", name, got, ok, want)
		}
	}
}

// BenchmarkText reads the largest check's doc.go, as each vet tool process
// does when the check's package is initialized.
func BenchmarkText(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("..", "..", "codeswitch", "doc.go"))
	if err != nil {
		b.Fatal(err)
	}
	s := string(src)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Text(s)
	}
}
