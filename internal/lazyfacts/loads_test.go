package lazyfacts_test

import (
	"sort"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/surepasslint/surepasslint/analyzer/all"
	"github.com/surepasslint/surepasslint/internal/lazyfacts"
)

// TestLoadsFromSourceOnlyWhatCanCarryFacts counts the packages analyzed
// from source, with the real checks, on testdata/mod: a module whose only
// SurePassID package is surepass (a client wrapper turning a failure into
// fmt.Errorf("surepass: %s", resp.ErrorMessage)), used by web; a, b and c
// (same module, no signal), external test packages a_test, b_test and
// web_test, and a nested module's package example.com/mod/nested/util
// (the outer module's prefix, no signal).
func TestLoadsFromSourceOnlyWhatCanCarryFacts(t *testing.T) {
	for _, goList := range []bool{false, true} {
		lazyfacts.UseGoList(goList)
		defer lazyfacts.UseGoList(false)
		testLoads(t, goList)
	}
}

// testLoads runs the cases with the in-process import graph or, goList, the
// go list graph (for layouts the former does not handle: go.work, vendor).
func testLoads(t *testing.T, goList bool) {
	for _, tc := range []struct {
		patterns []string
		tests    bool
		loads    []string // analyzed from source, besides the driver's packages
		lists    int      // go list runs of ours: the driver's packages, when an import carries facts
	}{
		// Every package is the driver's: nothing is loaded again, tests
		// or not.
		{[]string{"./..."}, true, nil, 1},
		{[]string{"./..."}, false, nil, 1},
		// surepass is not the driver's, web needs its facts: loaded,
		// alone (not a, c, nested/util, nor web_test's imports).
		{[]string{"./web/...", "./b/..."}, true, []string{"example.com/mod/surepass"}, 1},
		{[]string{"./web"}, false, []string{"example.com/mod/surepass"}, 1},
		// No package of the driver's can see a signal: nothing at all,
		// not even a go list.
		{[]string{"./b/...", "./c"}, true, nil, 0},
	} {
		name := strings.Join(tc.patterns, ",")
		if goList {
			name = "golist," + name
		}
		if !tc.tests {
			name += ",-test=false"
		}
		t.Run(name, func(t *testing.T) {
			var mu sync.Mutex
			var loads []string
			lists := 0
			defer lazyfacts.Record(
				func(path string) { mu.Lock(); loads = append(loads, path); mu.Unlock() },
				func([]string) { mu.Lock(); lists++; mu.Unlock() },
			)()
			wrapped := lazyfacts.New(all.Analyzers(), lazyfacts.Options{
				Dir: "testdata/mod", Patterns: tc.patterns, Roots: true, Tests: tc.tests, Signal: all.MaySignal,
			})
			// What the x/tools checker does with fact-free analyzers.
			pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadSyntax | packages.NeedModule, Dir: "testdata/mod", Tests: tc.tests}, tc.patterns...)
			if err != nil || packages.PrintErrors(pkgs) > 0 {
				t.Fatalf("load: %v", err)
			}
			graph, err := checker.Analyze(wrapped, pkgs, nil)
			if err != nil {
				t.Fatal(err)
			}
			var findings []string
			for act := range graph.All() {
				if act.Err != nil {
					t.Errorf("%s: %v", act, act.Err)
				}
				for _, d := range act.Diagnostics {
					findings = append(findings, act.Package.Fset.Position(d.Pos).String()+": "+d.Message)
				}
			}
			sort.Strings(loads)
			if strings.Join(loads, " ") != strings.Join(tc.loads, " ") {
				t.Errorf("loaded from source %d packages %q, want %d %q", len(loads), loads, len(tc.loads), tc.loads)
			}
			if !goList && lists != tc.lists {
				t.Errorf("%d go list runs, want %d", lists, tc.lists)
			}
			// The cross-package fact still works where web is analyzed.
			wantRaw := 0
			for _, p := range tc.patterns {
				if p == "./..." || strings.HasPrefix(p, "./web") {
					wantRaw = 1
				}
			}
			raw := 0
			for _, f := range findings {
				if strings.Contains(f, "web/web.go") && strings.Contains(f, "raw SurePassID errorMessage (from surepass.SendOTP)") {
					raw++
				}
			}
			if raw != wantRaw {
				t.Errorf("%d raw-exposure findings in web, want %d; findings:\n%s", raw, wantRaw, strings.Join(findings, "\n"))
			}
		})
	}
}
