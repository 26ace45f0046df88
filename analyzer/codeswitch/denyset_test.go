package codeswitch_test

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/unreachable"

	"github.com/surepasslint/surepasslint/analyzer/codeswitch"
	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
)

// denysetPkgs are the testdata packages of deny sets: predicates listing
// a few failure codes (in the package and another's, written as
// comparisons, a switch, a list or a map of bools), tables held in a
// struct field or passed to a generic helper, and dispatches below an
// early success return that only refine the rejection.
var denysetPkgs = []string{
	"codeswitch/denyset/mfa",     // the client: a predicate written as a switch (a fact)
	"codeswitch/denyset/signin",  // predicates on the code listing a few failures
	"codeswitch/denyset/devices", // dispatches below an early success return
	"codeswitch/denyset/gate",    // a deny set in a struct field, a table of errors
	"codeswitch/denyset/stepup",  // generic helpers over the table of their one caller
}

// denysetNoFix are the deny set packages whose findings have no fix: a
// table passed to a helper by several callers.
var denysetNoFix = []string{"codeswitch/denyset/helpdesk"}

// TestDenySets checks the // want comments and .golden files of the deny
// set testdata, the related information of the tables, that every finding
// has at most one fix (none said in its message), and that the fixes
// applied together type-check and leave nothing to report.
func TestDenySets(t *testing.T) {
	configure(t)
	dir := analyzertest.TestData(t)
	var results []*analysistest.Result
	if *update {
		results = analysistest.Run(t, dir, codeswitch.Analyzer, denysetPkgs...)
	} else {
		results = analysistest.RunWithSuggestedFixes(t, dir, codeswitch.Analyzer, denysetPkgs...)
	}
	nofix := analysistest.Run(t, dir, codeswitch.Analyzer, denysetNoFix...)
	related := map[string]string{ // file:line of a finding -> its table's related message and line
		"denyset/gate/gate.go:34":     "the table deny is filled here:23",
		"denyset/gate/gate.go:63":     "the table pushBlocks is declared here:54",
		"denyset/stepup/stepup.go:22": "the table passed as handlers is declared here:34",
		"denyset/stepup/stepup.go:67": "the table passed as handlers is declared here:78",
	}
	n := 0
	for _, r := range append(append([]*analysistest.Result(nil), results...), nofix...) {
		for _, d := range r.Diagnostics {
			n++
			pos := r.Pass.Fset.Position(d.Pos)
			if len(d.SuggestedFixes) > 1 || (len(d.SuggestedFixes) == 0) != strings.Contains(d.Message, "no suggested fix") {
				t.Errorf("%s: %d suggested fixes for %q", pos, len(d.SuggestedFixes), d.Message)
			}
			key := filepath.ToSlash(pos.Filename) + ":" + strconv.Itoa(pos.Line)
			for k, want := range related {
				if !strings.HasSuffix(key, k) {
					continue
				}
				got := ""
				for _, rel := range d.Related {
					if strings.Contains(rel.Message, "table") {
						got = rel.Message + ":" + strconv.Itoa(r.Pass.Fset.Position(rel.Pos).Line)
					}
				}
				if got != want {
					t.Errorf("%s: related %q, want %q", k, got, want)
				}
				delete(related, k)
			}
		}
	}
	if n == 0 {
		t.Fatal("no diagnostics in codeswitch/denyset")
	}
	for k := range related {
		t.Errorf("%s: no diagnostic", k)
	}
	checkRange(t, results)
	checkCategory(t, results)
	fixed := analyzertest.ApplyFixes(t, results)
	if *update {
		analyzertest.WriteGoldens(t, fixed)
	}
	analyzertest.Recheck(t, dir, fixed, denysetPkgs, codeswitch.Analyzer, unreachable.Analyzer)
}
