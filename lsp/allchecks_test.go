package lsp

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/all"
	"github.com/surepasslint/surepasslint/internal/suppress"
)

// checks returns the analyzers under test: every surepasslint check,
// honouring //lint:ignore, as "surepasslint lsp" runs them.
func checks() []*analysis.Analyzer { return suppress.Wrap(all.Analyzers()) }

// shopFindings are the findings of the real checks on testdata/shop's
// web/otp.go, by zero-based line.
var shopFindings = map[string]uint32{
	"codeswitch":  16, // switch resp.Code with no default: fail-open
	"rawexposure": 31, // http.Error(w, resp.ErrorMessage, ...)
}

// The real checks, through the server, on a small consumer module whose
// return-code type lives in another package: each finding arrives with
// its check's link and a quick fix, and applying every fix yields code that
// compiles and has no findings left.
func TestAllChecks(t *testing.T) {
	analyzers := checks()
	var want []string
	for _, a := range analyzers {
		if _, ok := shopFindings[a.Name]; ok {
			want = append(want, a.Name)
		}
	}
	if len(want) == 0 {
		t.Skip("no check of testdata/shop is in all.Analyzers() yet")
	}
	dir := module(t, "shop")
	name := filepath.Join(dir, "web", "otp.go")
	uri := pathToURI(name)
	text := readFile(t, name)
	c := start(t, Options{Analyzers: analyzers})

	c.open(uri, 1, text)
	diags := c.waitDiagnostics(uri, 1)
	var got []string
	var edits []TextEdit
	for _, d := range diags {
		got = append(got, d.Code)
		a := analyzerNamed(analyzers, d.Code)
		if line, ok := shopFindings[d.Code]; !ok || d.Range.Start.Line != line {
			t.Errorf("unexpected finding at line %d: %s: %s", d.Range.Start.Line, d.Code, d.Message)
		}
		if a == nil || d.CodeDescription == nil || d.CodeDescription.Href != DocURL(a) || d.Severity != SeverityWarning {
			t.Errorf("%s: diagnostic %+v lacks its check's link or severity", d.Code, d)
		}
		actions := c.codeActions(uri, d.Range, []Diagnostic{d})
		if len(actions) == 0 {
			t.Errorf("%s: no quick fix", d.Code)
			continue
		}
		for u, es := range actions[0].Edit.Changes {
			if u != uri {
				t.Fatalf("%s: fix edits another file, %s", d.Code, u)
			}
			edits = append(edits, es...)
		}
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("findings %v, want %v", got, want)
	}

	fixed := applyEdits(text, edits)
	writeFile(t, name, fixed)
	typeCheck(t, dir)
	c.change(uri, 2, fixed)
	if diags := c.waitDiagnostics(uri, 2); len(diags) != 0 {
		t.Errorf("findings left after the fixes: %+v\n%s", diags, fixed)
	}
}

// A //lint:ignore directive silences a finding in the editor as it does on
// the command line.
func TestSuppressedFinding(t *testing.T) {
	analyzers := checks()
	if analyzerNamed(analyzers, "codeswitch") == nil {
		t.Skip("codeswitch is not in all.Analyzers()")
	}
	dir := module(t, "shop")
	name := filepath.Join(dir, "web", "otp.go")
	uri := pathToURI(name)
	text := readFile(t, name)
	ignored := strings.Replace(text, "\tswitch resp.Code {", "\t//lint:ignore codeswitch every other code is a success here\n\tswitch resp.Code {", 1)
	c := start(t, Options{Analyzers: analyzers})
	c.open(uri, 1, ignored)
	for _, d := range c.waitDiagnostics(uri, 1) {
		if d.Code == "codeswitch" {
			t.Errorf("suppressed finding shown: %s", d.Message)
		}
	}
}

func analyzerNamed(as []*analysis.Analyzer, name string) *analysis.Analyzer {
	for _, a := range as {
		if a.Name == name {
			return a
		}
	}
	return nil
}
