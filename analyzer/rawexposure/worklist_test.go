package rawexposure

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
)

// TestWorklistMatchesRounds: the worklist reaches the same fixed point as
// analyzing every function round after round until nothing changes (the
// plain iteration, without a cap): the same diagnostics and the same facts.
func TestWorklistMatchesRounds(t *testing.T) {
	patterns := []string{
		"rawexposure/engine/...", "rawexposure/frameworks/...", "rawexposure/identity/...",
		"rawexposure/idp/...", "rawexposure/flows", "rawexposure/guards", "rawexposure/web",
	}
	run := func(rounds bool) []string {
		roundsForTest = rounds
		defer func() { roundsForTest = false }()
		var out []string
		for _, r := range analysistest.Run(t, analyzertest.TestData(t), Analyzer, patterns...) {
			if r.Pass == nil {
				continue
			}
			for _, d := range r.Diagnostics {
				out = append(out, fmt.Sprintf("%s: %s", r.Pass.Fset.Position(d.Pos), d.Message))
			}
			for obj, fs := range r.Facts {
				for _, f := range fs {
					out = append(out, fmt.Sprintf("fact %v: %v", obj, f))
				}
			}
		}
		slices.Sort(out)
		return out
	}
	work, rounds := run(false), run(true)
	if !slices.Equal(work, rounds) {
		for _, s := range work {
			if !slices.Contains(rounds, s) {
				t.Errorf("worklist only: %s", s)
			}
		}
		for _, s := range rounds {
			if !slices.Contains(work, s) {
				t.Errorf("rounds only: %s", s)
			}
		}
	}
	facts := 0
	for _, s := range work {
		if strings.HasPrefix(s, "fact ") {
			facts++
		}
	}
	if facts == 0 || facts == len(work) {
		t.Errorf("%d facts and %d diagnostics compared, want some of each", facts, len(work)-facts)
	}
}
