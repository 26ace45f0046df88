package codeswitch_test

import "testing"

// helpdeskPkgs: predicates over untyped SP_ constants declared in another
// file, templ components and payloads built with a success flag set to
// false, closures whose switch answers true to refuse, and comma-ok
// lookups in tables of errors, the code converted for the key.
var helpdeskPkgs = []string{"codeswitch/helpdesk/..."}

// TestHelpdesk checks the // want comments and .golden files of the
// helpdesk testdata, that every finding has one fix, and that the fixes
// applied together type-check and leave nothing to report.
func TestHelpdesk(t *testing.T) {
	checkFixedPkgs(t, helpdeskPkgs)
}
