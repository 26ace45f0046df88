package pkgdoc

import (
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
