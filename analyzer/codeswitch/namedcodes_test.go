package codeswitch_test

import "testing"

// TestNamedCodes runs the check over a console whose client loads the
// return codes by their published names (sp.Code("OTPInvalid"),
// sp.Codes["SSOPolicyNoDailyAccess"]) beside fail-closed twins and a map
// of page sizes keyed by a published-sounding name.
func TestNamedCodes(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/namedcodes/..."})
}
