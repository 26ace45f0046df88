// Package guard holds the vault's policy helpers: each looks the
// validation's code up in a table its callers fill and, for a code the
// table has no row for, runs what its caller passes.
package guard

import (
	"context"
	"errors"
	"log"
	"net/http"

	"codeswitch/openhelpers/spvault"
)

// ErrNoPolicy is what a guard without a table answers.
var ErrNoPolicy = errors.New("guard: no policy configured")

// ErrUnlisted refuses a code a table does not list.
var ErrUnlisted = errors.New("guard: code not allowed")

// Rules maps a code to what a flow does about it.
type Rules[T any] map[spvault.Code]func(msg string) (T, error)

// Apply runs the rule for code, or otherwise for a code rules does not
// list: a lockout runs otherwise too.
func Apply[T any](code spvault.Code, msg string, rules Rules[T], otherwise func() (T, error)) (T, error) { // want Apply:`dispatch\(table 2, key 0, default 3\)` Apply:`open for unlisted codes`
	if rule, ok := rules[code]; ok { // want `fail-open table dispatch over SurePassID return codes: Apply calls otherwise, the function it is passed, for every code rules does not list, failures included \(no suggested fix: the helper returns no error of its own to reject with\)`
		return rule(msg)
	}
	return otherwise()
}

// Guard refuses the codes of its table with their error and runs the
// action for the others. Its callers fill Refusals.
type Guard[T any] struct {
	Refusals map[spvault.Code]error
}

// Do runs action for every code Refusals does not list.
func (g Guard[T]) Do(ctx context.Context, code spvault.Code, action func(context.Context) (T, error)) (T, error) { // want Do:`open for unlisted codes`
	var zero T
	if g.Refusals == nil {
		return zero, ErrNoPolicy
	}
	if err := g.Refusals[code]; err != nil { // want `fail-open table dispatch over SurePassID return codes: Guard.Do calls action, the function it is passed, for every code g.Refusals does not list, failures included`
		return zero, err
	}
	return action(ctx)
}

// Step is a middleware step: its table answers the listed codes, Next
// the others.
type Step struct {
	Answers map[spvault.Code]func(w http.ResponseWriter) error
	Next    func(w http.ResponseWriter) error
}

// Serve logs the codes it has no answer for, and goes on.
func (s *Step) Serve(w http.ResponseWriter, code spvault.Code) error { // want Serve:`open for unlisted codes`
	if w == nil {
		return ErrNoPolicy
	}
	if answer, found := s.Answers[code]; found { // want `fail-open table dispatch over SurePassID return codes: Step.Serve calls s.Next, the function it is passed, for every code s.Answers does not list`
		return answer(w)
	}
	log.Printf("guard: no answer for %d", code)
	return s.Next(w)
}

// Strict refuses a code its table does not list itself. Not reported.
func Strict[T any](code spvault.Code, msg string, rules Rules[T], grant func() (T, error)) (T, error) {
	if code == spvault.Success {
		return grant()
	}
	if rule, ok := rules[code]; ok {
		return rule(msg)
	}
	var zero T
	return zero, ErrUnlisted
}

// Checked runs grant only for Success. Not reported.
func Checked[T any](code spvault.Code, rules map[spvault.Code]error, grant func() (T, error)) (T, error) {
	var zero T
	if err, ok := rules[code]; ok {
		return zero, err
	}
	if code != spvault.Success {
		return zero, ErrUnlisted
	}
	return grant()
}

// Audit only logs a code its table does not know, and always goes on:
// the table decides nothing. Not reported.
func Audit(code spvault.Code, known map[spvault.Code]string, next func() error) error {
	if _, ok := known[code]; !ok {
		log.Printf("guard: unknown code %d", code)
	}
	return next()
}

// ByStatus dispatches on an HTTP status, not a return code. Not
// reported.
func ByStatus(status int, pages map[int]func() error, next func() error) error { // want ByStatus:`dispatch\(table 1, key 0, default 2\)`
	if page, ok := pages[status]; ok {
		return page()
	}
	return next()
}

// ByName dispatches on an operation name. Not reported.
func ByName(op string, steps map[string]func() error, next func() error) error { // want ByName:`dispatch\(table 1, key 0, default 2\)`
	if step, ok := steps[op]; ok {
		return step()
	}
	return next()
}
