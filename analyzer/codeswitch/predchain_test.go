package codeswitch_test

import "testing"

// TestPredicateChains runs the check over if-else chains made only of
// predicates of one answer (res.LockedOut(), res.Transient()), each a
// lookup in a set of codes built by a variadic helper, a map literal or
// func init, or a call of a set type's membership method (mistyped.Has),
// beside fail-closed twins (a link or a check on success after, a final
// else), a chain that only logs, and another vendor's statuses read the
// same way. The answers have a predicate true for Success alone
// (res.OK()): the fix ends the chain with else if !res.OK() {...}, a
// copy of its first rejecting branch (see codeswitch/nofix/predwrap for
// an answer without one, and no fix).
func TestPredicateChains(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/predchain/otpresult", "codeswitch/predchain/gateway", "codeswitch/predchain/pager", "codeswitch/predchain/hsmcheck", "codeswitch/predchain/signer"})
}

// TestPredicateSwitch checks a tagless switch mixing comparisons with a
// set's predicate (case otpresult.IsLockout(code)) and a nil error for
// the rest, with its .golden file.
func TestPredicateSwitch(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/predchain/stepup"})
}

// TestInitSets checks lookups in sets of codes filled by func init and in
// a set type's membership method (denied[code], lockedOut.Contains(code)),
// beside a fail-closed twin and a set the operator fills at run time,
// with their .golden file.
func TestInitSets(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/predchain/keyvault"})
}

// TestProtocolRejects checks predicates over the code whose callers refuse
// on true with a RADIUS Access-Reject and let false through.
func TestProtocolRejects(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/radiusgate/..."})
}

// TestStagedPages checks tagless switches and if-else chains of code
// comparisons joined by || and predicate calls, nested in an if whose
// fall-through resets a password on a page of several steps: the success
// page flags the last step done (page{Done: true}, PasswordChanged: true)
// and leaves out the verified flag an earlier step sets, which says
// progress, not a refusal; so does a redirect to the sign-in page whose
// query says the reset is done (/login?password_reset=1). Beside them
// their fail-closed twins: a case on !res.OK(), a rejecting default, a
// check of any other code after.
func TestStagedPages(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/staged/recovery"})
}
