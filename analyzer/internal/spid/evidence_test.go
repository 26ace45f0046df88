package spid

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"golang.org/x/tools/go/analysis"
)

func TestSourceMark(t *testing.T) {
	for _, c := range []struct {
		src  string
		want bool
	}{
		{`const endpoint = "https://cloud.SurePassID.com/AuthServer/REST/U2F/U2FServer.aspx"`, true},
		{`m := map[string]string{"spAccountLoginName": name}`, true},
		{`v.Set("SP_ACCOUNT_LOGIN_KEY", key)`, true},
		{`const svc = "surepass.v1.Auth"`, true},
		{`u := base + "/u2fserver.ASPX"`, true},
		{`const endpoint = "https://sms.example.com/send"`, false},
		{`type reply struct { ErrorCode int; ErrorMessage string }`, false},
		{`s := "sure pass"`, false},
		{`// see SUREPASS`, true},
		{`sp`, false},
	} {
		if got := sourceMark([]byte(c.src)); got != c.want {
			t.Errorf("sourceMark(%q) = %v, want %v", c.src, got, c.want)
		}
	}
}

// TestBodySignalReadFile checks that the source prefilter never changes the
// answer of the walk: with the driver's ReadFile, without one, and with one
// that fails.
func TestBodySignalReadFile(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      bool
	}{
		{"literal", "package p\n\nfunc url() string { return \"https://cloud.surepassid.com/api\" }\n", true},
		{"key", "package p\n\ntype req struct{ SPAccountLoginName string }\n\nvar r = req{SPAccountLoginName: \"svc\"}\n", true},
		{"comment only", "package p\n\n// Talks to SurePassID.\nfunc f() {}\n", false},
		{"none", "package p\n\nfunc f() string { return \"hello\" }\n", false},
	} {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "p.go", c.src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		for _, rf := range []struct {
			name string
			fn   func(string) ([]byte, error)
		}{
			{"ReadFile", func(string) ([]byte, error) { return []byte(c.src), nil }},
			{"no ReadFile", nil},
			{"failing ReadFile", func(string) ([]byte, error) { return nil, errors.New("unreadable") }},
		} {
			pass := &analysis.Pass{Fset: fset, Files: []*ast.File{f}, ReadFile: rf.fn}
			if got := bodySignal(pass); got != c.want {
				t.Errorf("%s, %s: bodySignal = %v, want %v", c.name, rf.name, got, c.want)
			}
		}
	}
}
