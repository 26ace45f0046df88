package codeswitch_test

import "testing"

// TestReplies: rejections returned as response values (oapi-codegen
// strict responses, iris mvc results), codes held as text compared with
// formatted constants, and the team's generic lookup helpers.
func TestReplies(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/replies/..."})
}
