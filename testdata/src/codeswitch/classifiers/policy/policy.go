// Package policy holds the verdicts every team of the portal shares; it
// knows nothing of SurePassID.
package policy

// Verdict is what a service does with a request.
type Verdict string

const (
	Approve Verdict = "approve"
	Deny    Verdict = "deny"
	Hold    Verdict = "hold" // kept for a human to look at
)
