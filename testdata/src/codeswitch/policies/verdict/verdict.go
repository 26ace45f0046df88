// Package verdict is the shared answer type of the team's policies.
package verdict

// Verdict is what a handler does with a request.
type Verdict struct {
	Allow  bool
	Reason string
	Status int
}

// Deny refuses with a reason.
func Deny(reason string) Verdict { // want Deny:"codeswitch\\(rejects\\)"
	return Verdict{Allow: false, Reason: reason, Status: 401}
}

// Allowed lets the request through.
func Allowed() Verdict {
	return Verdict{Allow: true}
}
