package rawexposure_test

import (
	"bytes"
	"flag"
	"go/format"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
	"github.com/surepasslint/surepasslint/analyzer/rawexposure"
)

var update = flag.Bool("update", false, "rewrite the .golden files of the rawexposure cases from the suggested fixes")

// cases are the packages of testdata/src/rawexposure this file owns (the
// framework cases have their own test).
var cases = []string{
	"rawexposure/surepass", "rawexposure/httpx", "rawexposure/web", "rawexposure/flows",
	"rawexposure/guards", "rawexposure/printf", "rawexposure/othervendor", "rawexposure/plainclient", "rawexposure/typeerr",
	"rawexposure/idp/...", // flow sensitivity and guards in conditions
}

// broken are the cases that do not compile on purpose.
var broken = map[string]bool{"rawexposure/typeerr": true}

// TestRawExposure checks diagnostics and facts (// want), then the fixes:
// each diagnostic has exactly one, the fixed files match their .golden
// files, the fixed packages type-check, and the check finds nothing left
// in them.
func TestRawExposure(t *testing.T) {
	dir := analyzertest.TestData(t)
	var results []*analysistest.Result
	if *update {
		results = analysistest.Run(t, dir, rawexposure.Analyzer, cases...)
	} else {
		results = analysistest.RunWithSuggestedFixes(t, dir, rawexposure.Analyzer, cases...)
	}
	fixed := applyFixes(t, results)
	if *update {
		for name, src := range fixed {
			if err := os.WriteFile(name+".golden", src, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	recheck(t, dir, fixed)
}

// applyFixes applies every fix of every diagnostic and returns the fixed,
// gofmt-ed content of each file that changed.
func applyFixes(t *testing.T, results []*analysistest.Result) map[string][]byte {
	t.Helper()
	type edit struct {
		start, end int
		text       string
	}
	edits := map[string][]edit{}
	for _, r := range results {
		if r.Pass == nil || r.Pass.Analyzer != rawexposure.Analyzer {
			continue
		}
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) != 1 {
				t.Errorf("%s: %d suggested fixes, want exactly 1", r.Pass.Fset.Position(d.Pos), len(d.SuggestedFixes))
				continue
			}
			for _, e := range d.SuggestedFixes[0].TextEdits {
				f := r.Pass.Fset.File(e.Pos)
				ed := edit{f.Offset(e.Pos), f.Offset(e.End), string(e.NewText)}
				if !slices.Contains(edits[f.Name()], ed) {
					edits[f.Name()] = append(edits[f.Name()], ed)
				}
			}
		}
	}
	out := map[string][]byte{}
	for name, es := range edits {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		sort.SliceStable(es, func(i, j int) bool { return es[i].start < es[j].start })
		var buf bytes.Buffer
		last := 0
		for _, e := range es {
			if e.start < last {
				t.Errorf("%s: overlapping edits at offset %d", name, e.start)
				continue
			}
			buf.Write(src[last:e.start])
			buf.WriteString(e.text)
			last = e.end
		}
		buf.Write(src[last:])
		res, err := format.Source(buf.Bytes())
		if err != nil {
			t.Errorf("%s: fixed file does not parse: %v\n%s", name, err, buf.Bytes())
			continue
		}
		out[name] = res
	}
	return out
}

// recheck type-checks the fixed packages and runs the check on them again:
// no fix may break the build or leave its finding behind.
func recheck(t *testing.T, dir string, fixed map[string][]byte) {
	t.Helper()
	var patterns []string
	for _, c := range cases {
		if !broken[c] {
			patterns = append(patterns, c)
		}
	}
	recheckPatterns(t, dir, fixed, patterns)
}

// recheckPatterns is recheck for the packages matching patterns.
func recheckPatterns(t *testing.T, dir string, fixed map[string][]byte, patterns []string) {
	t.Helper()
	cfg := &packages.Config{
		Mode:    packages.LoadAllSyntax,
		Dir:     dir,
		Env:     append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off"),
		Overlay: fixed,
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pkgs {
		for _, e := range p.Errors {
			t.Errorf("after the fixes, %s does not compile: %v", p.PkgPath, e)
		}
	}
	if t.Failed() {
		return
	}
	g, err := checker.Analyze([]*analysis.Analyzer{rawexposure.Analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for act := range g.All() {
		if act.Analyzer != rawexposure.Analyzer || !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			t.Errorf("after the fixes: %s: %s", act.Package.Fset.Position(d.Pos), d.Message)
		}
	}
}

// TestDoc: -explain rawexposure prints Analyzer.Doc, the package comment of
// doc.go, which must hold a before/after example.
func TestDoc(t *testing.T) {
	if !strings.HasPrefix(rawexposure.Analyzer.Doc, "Package rawexposure reports ") {
		t.Errorf("Analyzer.Doc does not start with the package comment's first sentence:\n%s", rawexposure.Analyzer.Doc)
	}
	if !strings.Contains(rawexposure.Analyzer.Doc, "Before:") {
		t.Error("Doc has no before/after example")
	}
}

// TestUserSinks runs the check with -rawexposure.sinks naming a method and
// a variadic function of a project's own notification package.
func TestUserSinks(t *testing.T) {
	f := rawexposure.Analyzer.Flags.Lookup("sinks")
	if err := f.Value.Set("rawexposure/usersinks/notify.Banner.Show:0, rawexposure/usersinks/notify.Toast:1..."); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = f.Value.Set("") }()
	analysistest.Run(t, analyzertest.TestData(t), rawexposure.Analyzer, "rawexposure/usersinks/app")
}

func TestSinksFlagFormat(t *testing.T) {
	f := rawexposure.Analyzer.Flags.Lookup("sinks")
	defer func() { _ = f.Value.Set("") }()
	for _, good := range []string{
		"example.com/app/ui.Show:0",
		"example.com/app/ui.Banner.Show:2...",
		"ui.Show:0,example.com/x.Y.Z:1",
		"",
	} {
		if err := f.Value.Set(good); err != nil {
			t.Errorf("Set(%q): %v", good, err)
		}
	}
	for _, bad := range []string{
		"example.com/app/ui.Show",          // no index
		"example.com/app/ui.Show:x",        // not a number
		"example.com/app/ui.Show:-1",       // negative
		"example.com/app/ui:0",             // no function
		"example.com/app/ui.A.B.C:0",       // too many parts
		"example.com/app/ui.Show-Now:0",    // not an identifier
		"example.com/app/ui.Banner.:0",     // empty method
		"example.com/app/ui.Show:0,broken", // one bad entry
	} {
		err := f.Value.Set(bad)
		if err == nil {
			t.Errorf("Set(%q) succeeded, want an error", bad)
			continue
		}
		if !strings.Contains(err.Error(), "import/path.Func:N") {
			t.Errorf("Set(%q): error %q does not say the format", bad, err)
		}
	}
}

// TestFixesVet: the code every .golden file holds, each fix applied, passes
// go vet's printf check (a code formatted with %d must not become a string
// formatted with %d).
func TestFixesVet(t *testing.T) {
	analyzertest.VetGoldens(t, analyzertest.TestData(t), "rawexposure", "rawexposure/typeerr", "rawexposure/syntaxerr")
}

// TestNoFixInBrokenFile: in a file that does not parse the finding stays,
// without a fix (the .golden file equals the input).
func TestNoFixInBrokenFile(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, analyzertest.TestData(t), rawexposure.Analyzer, "rawexposure/syntaxerr")
	analyzertest.NoFixes(t, results)
}
