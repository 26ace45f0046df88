package codeswitch_test

import "testing"

// TestStringCodes checks codes kept as their decimal text (const
// OTPInvalid = "9003", a client returning (code, message string, err
// error)): if-else chains mixing comparisons with the team's predicates
// over the text, deny tables keyed by it, and switches whose listed cases
// refuse by rendering or redirecting before the success page, beside
// fail-closed twins and another vendor's text codes.
func TestStringCodes(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/strcodes/otpcodes", "codeswitch/strcodes/tunnel", "codeswitch/strcodes/selfservice", "codeswitch/strcodes/access", "codeswitch/strcodes/mdm", "codeswitch/strcodes/devicetrust"})
}
