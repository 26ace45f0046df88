package analyzertest

import (
	"bytes"
	"flag"
	"go/format"
	"os"
	"slices"
	"sort"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// SetFlag sets the flag name of fs to value for the duration of t, then
// gives it back its previous value.
func SetFlag(t testing.TB, fs *flag.FlagSet, name, value string) {
	t.Helper()
	f := fs.Lookup(name)
	if f == nil {
		t.Fatalf("no flag -%s", name)
	}
	old := f.Value.String()
	if err := f.Value.Set(value); err != nil {
		t.Fatalf("-%s=%s: %v", name, value, err)
	}
	t.Cleanup(func() { _ = f.Value.Set(old) })
}

// ApplyFixes applies the suggested fix of every diagnostic of results at
// once and returns the gofmt-ed content of each file that changed. Every
// diagnostic must have exactly one fix, and there must be diagnostics (or
// the caller would assert nothing). An edit made twice (a file analyzed in
// a package and in its test variant) counts once.
func ApplyFixes(t *testing.T, results []*analysistest.Result) map[string][]byte {
	t.Helper()
	type edit struct {
		start, end int
		text       string
	}
	edits := map[string][]edit{}
	n := 0
	for _, r := range results {
		if r.Pass == nil {
			continue
		}
		for _, d := range r.Diagnostics {
			n++
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
	if n == 0 {
		t.Fatal("no diagnostics: there is no fix to check")
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

// WriteGoldens writes each fixed file (ApplyFixes) to its .golden file:
// what the checks' -update flags do.
func WriteGoldens(t *testing.T, fixed map[string][]byte) {
	t.Helper()
	for name, src := range fixed {
		if err := os.WriteFile(name+".golden", src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// Recheck loads the packages matching patterns from the GOPATH-style tree
// dir with the fixed files in place, fails t for each that does not
// compile, then runs analyzers on them and fails t for every diagnostic
// they report: no fix may break the build or leave its finding behind.
func Recheck(t *testing.T, dir string, fixed map[string][]byte, patterns []string, analyzers ...*analysis.Analyzer) {
	t.Helper()
	pkgs := loadOverlay(t, dir, fixed, patterns, "after the fixes")
	if t.Failed() {
		return
	}
	g, err := checker.Analyze(analyzers, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, act := range g.Roots {
		for _, d := range act.Diagnostics {
			t.Errorf("after the fixes: %s: %s still reports: %s", act.Package.Fset.Position(d.Pos), act.Analyzer.Name, d.Message)
		}
	}
}

// loadOverlay loads the packages matching patterns, with their syntax and
// types, from the GOPATH-style tree dir with overlay in place of the files
// it names, and fails t for each package that does not compile (what says
// which files are in place).
func loadOverlay(t *testing.T, dir string, overlay map[string][]byte, patterns []string, what string) []*packages.Package {
	t.Helper()
	cfg := &packages.Config{
		Mode:    packages.LoadAllSyntax,
		Dir:     dir,
		Env:     append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOPROXY=off", "GOWORK=off"),
		Overlay: overlay,
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pkgs {
		for _, e := range p.Errors {
			t.Errorf("%s, %s does not compile: %v", what, p.PkgPath, e)
		}
	}
	return pkgs
}
