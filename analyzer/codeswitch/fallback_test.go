package codeswitch_test

import (
	"strings"
	"testing"
)

// TestFallbacks checks the // want comments and .golden files of the
// fallback lookups and handler dispatches: a table helper passed the
// success value as its default, or an accepting fallback, is reported at
// the call with one fix that keeps Success's answer and rejects the other
// codes the table leaves out; the fixes applied leave nothing to report.
func TestFallbacks(t *testing.T) {
	results := checkFixedPkgs(t, []string{"codeswitch/fallbacks/..."})
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if strings.Contains(d.Message, "table dispatch") {
				// A handler dispatch points at the fallback and the table.
				var got []string
				for _, rel := range d.Related {
					got = append(got, rel.Message)
				}
				all := strings.Join(got, "|")
				if !strings.Contains(all, "the fallback, which accepts") || !strings.Contains(all, "the table of handlers") {
					t.Errorf("%s: related information %q lacks the fallback or the table", r.Pass.Fset.Position(d.Pos), all)
				}
			}
		}
	}
}

// TestZeroLookups checks the // want comments and .golden files of the
// table lookups whose zero value accepts, kept or returned: reported at
// the lookup, fixed with a test of the lookup's ok answering the value
// the table gives most security-relevant codes.
func TestZeroLookups(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/zerotable/spgw", "codeswitch/zerotable/leases"})
}
