// Package precedence marks Outcome as a code field by directive, but the
// team's -messagefields flag names it: flags take precedence.
package precedence // want "relevant package"

type Reply struct {
	Outcome string //surepasslint:codefield // want `//surepasslint:codefield on Outcome, a string field`
	Code    int    //surepasslint:codefield
}

func use(r Reply) {
	_ = r.Outcome // want "role message"
	_ = r.Code    // want "role code"
}
