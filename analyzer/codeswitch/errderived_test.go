package codeswitch_test

import "testing"

// TestErrDerived runs the check over codes read back from an error by a
// helper that also says whether the error carried one (code, ok :=
// CodeOf(err)): a chain or switch over that code ending in a rejection of
// the error's non-nilness (else if err != nil, default: if err != nil, if
// err != nil after it) is fail-closed; without one it is reported.
func TestErrDerived(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/errderived/..."})
}
