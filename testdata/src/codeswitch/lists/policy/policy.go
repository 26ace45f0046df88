// Package policy is the bank's small decision engine: ordered rules over
// an authenticator's answer, the first matching rule deciding, a default
// for the rest. It knows nothing of SurePassID.
package policy

import "slices"

// Decision is what a rule decides.
type Decision int

const (
	Reject Decision = iota
	Permit
	StepUp
	Freeze
)

// Matcher reports whether a rule applies to an answer.
type Matcher func(int32) bool

// Rule pairs a matcher with its decision.
type Rule struct {
	Name string
	When Matcher
	Then Decision
}

// Table evaluates its rules in order.
type Table struct {
	Rules     []Rule
	Otherwise Decision
}

// Evaluate returns the decision of the first rule matching code.
func (t *Table) Evaluate(code int32) Decision { // want Evaluate:"engine\\(rows Rules, func When, value Then, fallback Otherwise\\)"
	for _, r := range t.Rules {
		if r.When(code) {
			return r.Then
		}
	}
	return t.Otherwise
}

// AnyOf matches the listed answers.
func AnyOf(answers ...int32) Matcher { // want AnyOf:"codeswitch\\(matcher member 0\\)"
	return func(c int32) bool { return slices.Contains(answers, c) }
}

// OneOf matches the listed answers, searched by hand.
func OneOf(answers []int32) Matcher { // want OneOf:"codeswitch\\(matcher member 0\\)"
	return func(c int32) bool {
		for _, a := range answers {
			if a == c {
				return true
			}
		}
		return false
	}
}

// InRange matches the answers from lo to hi.
func InRange(lo, hi int32) Matcher { // want InRange:"codeswitch\\(matcher range 0 1\\)"
	return func(c int32) bool { return lo <= c && c <= hi }
}

// Step lists the answers it decides.
type Step struct {
	Answers []int32
	Then    Decision
}

// Ladder resolves an answer by the first step listing it.
type Ladder struct {
	Steps   []Step
	Default Decision
}

// Resolve returns the decision of the first step listing code, and
// whether one did.
func (l Ladder) Resolve(code int32) (Decision, bool) { // want Resolve:"engine\\(rows Steps, list Answers, value Then, fallback Default\\)"
	for _, s := range l.Steps {
		if slices.Contains(s.Answers, code) {
			return s.Then, true
		}
	}
	return l.Default, false
}
