package main

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestParseErrors(t *testing.T) {
	stderr := `go: downloading example.com/dep v1.0.0
# example.com/m/a
# [example.com/m/a]
a/a.go:3:23: cannot use "x" (untyped string constant) as int value in return statement
a/a.go:4:2: undefined: y
# example.com/m/b
go: warning: "example.com/none/..." matched no packages
go: warning: ignoring go.mod in $GOPATH
pattern ./nosuch/...: lstat ./nosuch/: no such file or directory
no required module provides package example.com/nope; to add it:
	go get example.com/nope
`
	got := parseErrors(stderr)
	want := []pkgError{
		{pkg: "example.com/m/a", lines: []string{
			`a/a.go:3:23: cannot use "x" (untyped string constant) as int value in return statement`,
			"a/a.go:4:2: undefined: y",
		}},
		{lines: []string{`go: warning: "example.com/none/..." matched no packages`}},
		{lines: []string{"pattern ./nosuch/...: lstat ./nosuch/: no such file or directory"}},
		{lines: []string{"no required module provides package example.com/nope; to add it:", "\tgo get example.com/nope"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parseErrors:\n%#v", got)
	}
}

func TestIsTestFile(t *testing.T) {
	for posn, want := range map[string]bool{
		"/m/web/web_test.go:3:1": true,
		"/m/web/web.go:3:1":      false,
		"/m/x_test.go:1:1/y.go":  false,
	} {
		if got := isTestFile(posn); got != want {
			t.Errorf("isTestFile(%q) = %v, want %v", posn, got, want)
		}
	}
}

// TestIsRoot: the roots go list -find names, and their test variants as go
// vet names them, are kept; dependencies, recompiled for a root's tests or
// not, are not.
func TestIsRoot(t *testing.T) {
	roots := map[string]bool{"example.com/m/web": true, "command-line-arguments": true}
	for id, want := range map[string]bool{
		"example.com/m/web":                               true,
		"example.com/m/web [example.com/m/web.test]":      true,
		"example.com/m/web_test [example.com/m/web.test]": true,
		"command-line-arguments":                          true,
		"example.com/m/web.test":                          false,
		"example.com/m/db":                                false,
		"example.com/m/db [example.com/m/web.test]":       false,
		"example.com/m/web [example.com/m/db.test]":       false,
		"example.com/m/webx [example.com/m/web.test]":     false,
		"example.com/m/web [example.com/m/web]":           false,
	} {
		if got := isRoot(roots, id); got != want {
			t.Errorf("isRoot(%q) = %v, want %v", id, got, want)
		}
	}
}

// TestFullConfig: a facts-only vet configuration becomes a full one, in the
// go command's indented layout (replaced in the text) and in any other
// (decoded); a full one is left alone.
func TestFullConfig(t *testing.T) {
	for _, in := range []string{
		"{\n\t\"ID\": \"example.com/m/db\",\n\t\"VetxOnly\": true,\n\t\"VetxOutput\": \"vet.out\"\n}\n",
		`{"ID":"example.com/m/db","VetxOnly":true,"VetxOutput":"vet.out"}`,
	} {
		out, ok := fullConfig([]byte(in))
		if !ok {
			t.Errorf("fullConfig(%q): not changed", in)
			continue
		}
		var cfg struct {
			ID         string
			VetxOnly   bool
			VetxOutput string
		}
		if err := json.Unmarshal(out, &cfg); err != nil || cfg.VetxOnly || cfg.ID != "example.com/m/db" || cfg.VetxOutput != "vet.out" {
			t.Errorf("fullConfig(%q) = %s (%v)", in, out, err)
		}
	}
	if _, ok := fullConfig([]byte(`{"ID":"example.com/m/web","VetxOnly":false}`)); ok {
		t.Errorf("fullConfig changed a full configuration")
	}
}
