package lsp

import (
	"flag"
	"io"
	"testing"

	"golang.org/x/tools/go/analysis"
)

func TestFlags(t *testing.T) {
	shared := flag.NewFlagSet("shared", flag.ContinueOnError)
	codetypes := shared.String("codetypes", "", "types holding return codes")
	check := &analysis.Analyzer{Name: "codeswitch", Doc: "d", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	require := check.Flags.String("require", "", "codes every switch handles")

	fs := Flags("surepasslint lsp", shared, []*analysis.Analyzer{check})
	fs.SetOutput(io.Discard)
	if err := fs.Parse([]string{"-codetypes=example.com/idp.Result", "-codeswitch.require=SMSSendError"}); err != nil {
		t.Fatal(err)
	}
	if *codetypes != "example.com/idp.Result" || *require != "SMSSendError" {
		t.Errorf("flags set codetypes=%q require=%q", *codetypes, *require)
	}
	for _, bad := range [][]string{{"-require=x"}, {"-codeswitch.nope=x"}, {"stray"}} {
		fs := Flags("surepasslint lsp", shared, []*analysis.Analyzer{check})
		fs.SetOutput(io.Discard)
		if err := fs.Parse(bad); err == nil && fs.NArg() == 0 {
			t.Errorf("Parse(%q) accepted it", bad)
		}
	}
}
