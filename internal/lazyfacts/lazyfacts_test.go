package lazyfacts_test

import (
	"fmt"
	"go/ast"
	"go/types"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/surepasslint/surepasslint/internal/lazyfacts"
)

type marked struct{}

func (*marked) AFact()         {}
func (*marked) String() string { return "marked" }

// ran lists the packages marker ran on, dependencies included.
var (
	ran   []string
	ranMu sync.Mutex
)

type seen struct{}

func (*seen) AFact() {}

// marker marks functions and fields named Marked*, and functions that call
// a marked function (possibly in another package); it reports every call to
// a marked function and every use of a marked field.
var marker = &analysis.Analyzer{
	Name:      "marker",
	Doc:       "test analyzer using object and package facts",
	FactTypes: []analysis.Fact{new(marked), new(seen)},
	// Roots are waited for only with analyzers that run on ill-typed code too.
	RunDespiteErrors: true,
	Run: func(pass *analysis.Pass) (any, error) {
		isMarked := func(obj types.Object) bool { return obj != nil && pass.ImportObjectFact(obj, new(marked)) }
		for _, name := range pass.Pkg.Scope().Names() {
			obj := pass.Pkg.Scope().Lookup(name)
			if strings.HasPrefix(name, "Marked") {
				pass.ExportObjectFact(obj, new(marked))
			}
			if tn, ok := obj.(*types.TypeName); ok {
				if s, ok := tn.Type().Underlying().(*types.Struct); ok {
					for i := 0; i < s.NumFields(); i++ {
						if strings.HasPrefix(s.Field(i).Name(), "Marked") {
							pass.ExportObjectFact(s.Field(i), new(marked))
						}
					}
				}
			}
		}
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CallExpr:
					if id, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && isMarked(pass.TypesInfo.Uses[id.Sel]) {
						pass.Reportf(n.Pos(), "call to marked %s", id.Sel.Name)
					}
				case *ast.SelectorExpr:
					if v, ok := pass.TypesInfo.Uses[n.Sel].(*types.Var); ok && v.IsField() && isMarked(v) {
						pass.Reportf(n.Pos(), "marked field %s", n.Sel.Name)
					}
				}
				return true
			})
		}
		pass.ExportPackageFact(new(seen))
		for _, imp := range pass.Pkg.Imports() {
			if pass.ImportPackageFact(imp, new(seen)) {
				pass.Reportf(pass.Files[0].Package, "imports analyzed package %s", imp.Path())
			}
		}
		return nil, nil
	},
}

func init() {
	// Calls to marked functions mark the caller: exercise facts exported
	// from facts imported.
	inner := marker.Run
	marker.Run = func(pass *analysis.Pass) (any, error) {
		ranMu.Lock()
		ran = append(ran, pass.Pkg.Path())
		ranMu.Unlock()
		for _, f := range pass.Files {
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || fd.Body == nil {
					continue
				}
				ast.Inspect(fd.Body, func(n ast.Node) bool {
					if call, ok := n.(*ast.CallExpr); ok {
						if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
							if obj := pass.TypesInfo.Uses[sel.Sel]; obj != nil && pass.ImportObjectFact(obj, new(marked)) {
								pass.ExportObjectFact(pass.TypesInfo.Defs[fd.Name], new(marked))
							}
						}
					}
					return true
				})
			}
		}
		return inner(pass)
	}
}

// markerSignal is marker's signal: only a package whose text mentions
// Marked can export a fact by itself.
func markerSignal(_, _ string, files []string) bool {
	for _, f := range files {
		if b, err := os.ReadFile(f); err != nil || strings.Contains(string(b), "Marked") {
			return true
		}
	}
	return false
}

func TestFactsCrossPackagesWithoutLoadingDependenciesFromSource(t *testing.T) {
	wrapped := lazyfacts.New([]*analysis.Analyzer{marker}, lazyfacts.Options{Dir: "testdata/mod", Signal: markerSignal})
	if len(wrapped[0].FactTypes) != 0 {
		t.Fatal("the wrapped analyzer still declares facts: the driver would load everything from source")
	}
	// Load only package b, from source, with dependencies from export data:
	// what a driver does when no analyzer declares facts.
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadSyntax | packages.NeedModule, Dir: "testdata/mod"}, "example.com/mod/b")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("load: %v", err)
	}
	graph, err := checker.Analyze(wrapped, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		for _, d := range act.Diagnostics {
			got = append(got, fmt.Sprintf("%s: %s", act.Package.Fset.Position(d.Pos), d.Message))
		}
	}
	sort.Strings(got)
	want := []string{
		"b/b.go:12:2: call to marked Marked",
		"b/b.go:14:2: call to marked MarkedToo",
		"b/b.go:15:14: marked field MarkedField",
		"b/b.go:1:1: imports analyzed package example.com/mod/a",
		"b/b.go:1:1: imports analyzed package example.com/mod/c",
	}
	if len(got) != len(want) {
		t.Fatalf("got %d diagnostics, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.HasSuffix(got[i], want[i]) {
			t.Errorf("diagnostic %d = %q, want suffix %q", i, got[i], want[i])
		}
	}
}

func TestOnlyCandidateDependenciesAreAnalyzed(t *testing.T) {
	ranMu.Lock()
	ran = nil
	ranMu.Unlock()
	TestFactsCrossPackagesWithoutLoadingDependenciesFromSource(t)
	sort.Strings(ran)
	// a and c from source because b imports them and they mention Marked;
	// fmt and net/http, imported by b and a, and the nested module's
	// util, imported by b, never.
	want := "example.com/mod/a example.com/mod/b example.com/mod/c"
	if got := strings.Join(ran, " "); got != want {
		t.Errorf("analyzed %q, want %q", got, want)
	}
}

func TestRootsAreNotLoadedAgain(t *testing.T) {
	ranMu.Lock()
	ran = nil
	ranMu.Unlock()
	wrapped := lazyfacts.New([]*analysis.Analyzer{marker}, lazyfacts.Options{Dir: "testdata/mod", Patterns: []string{"./..."}, Roots: true, Signal: markerSignal})
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadSyntax | packages.NeedModule, Dir: "testdata/mod"}, "./...")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("load: %v", err)
	}
	graph, err := checker.Analyze(wrapped, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for act := range graph.All() {
		for _, d := range act.Diagnostics {
			if strings.HasPrefix(d.Message, "call to marked") || strings.HasPrefix(d.Message, "marked field") {
				got = append(got, d.Message)
			}
		}
	}
	sort.Strings(got)
	// b's three findings, and c's call of a.Marked: facts from the driver's
	// own passes over a and c.
	want := "call to marked Marked|call to marked Marked|call to marked MarkedToo|marked field MarkedField"
	if strings.Join(got, "|") != want {
		t.Errorf("findings %q, want %q", strings.Join(got, "|"), want)
	}
	sort.Strings(ran)
	if got, want := strings.Join(ran, " "), "example.com/mod/a example.com/mod/b example.com/mod/c example.com/mod/surepass example.com/mod/web"; got != want {
		t.Errorf("analyzed %q, want each package once, by the driver: %q", got, want)
	}
}

// A fact analyzer the driver does not run (a check disabled on the command
// line) must not make the others wait for it.
func TestDisabledAnalyzerIsNotWaitedFor(t *testing.T) {
	defer lazyfacts.SetRootWait(time.Hour)()
	other := &analysis.Analyzer{
		Name:             "other",
		Doc:              "another fact analyzer, disabled",
		FactTypes:        []analysis.Fact{new(seen)},
		RunDespiteErrors: true,
		Run:              func(*analysis.Pass) (any, error) { return nil, nil },
	}
	wrapped := lazyfacts.WrapRoots([]*analysis.Analyzer{marker, other}, "testdata/mod", []string{"./..."})
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadSyntax | packages.NeedModule, Dir: "testdata/mod"}, "./...")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("load: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := checker.Analyze(wrapped[:1], pkgs, nil) // only marker runs
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Minute):
		t.Fatal("marker waited for the driver's pass of the disabled analyzer")
	}
}
