// Package routing, from a module the kiosk depends on, holds helpers
// that route a provider answer to the reaction a table of their caller
// holds, and look values up in tables of their own type.
package routing

import "codeswitch/fallbacks/spauth"

// Reactions maps a code to what a flow does about it.
type Reactions[T any] map[spauth.Code]func(reason string) (T, error)

// Route runs the reaction registered for code, or otherwise when none is.
func Route[T any](code spauth.Code, reason string, table Reactions[T], otherwise func() (T, error)) (T, error) { // want Route:`dispatch\(table 2, key 0, default 3\)`
	if react, ok := table[code]; ok {
		return react(reason)
	}
	return otherwise()
}

// Hooks is a table of checks a handler runs before it proceeds.
type Hooks map[spauth.Code]func() bool

// Run is Route written as a method of the table, the other way round.
func (h Hooks) Run(code spauth.Code, otherwise func() bool) bool { // want Run:`dispatch\(table receiver, key 0, default 1\)`
	hook, found := h[code]
	if !found {
		return otherwise()
	}
	return hook()
}

// Apply runs the step a plain table holds.
func Apply(steps map[spauth.Code]func(user string) error, code spauth.Code, user string, otherwise func(user string) error) error { // want Apply:`dispatch\(table 0, key 1, default 3\)`
	if step, ok := steps[code]; ok {
		return step(user)
	}
	return otherwise(user)
}

// Chain runs the table's step and then always otherwise: no dispatch (a
// listed code runs both).
func Chain(steps map[spauth.Code]func() error, code spauth.Code, otherwise func() error) error {
	if step, ok := steps[code]; ok {
		if err := step(); err != nil {
			return err
		}
	}
	return otherwise()
}

// Table is a table of values keyed by code.
type Table[V any] map[spauth.Code]V

// Or returns t[code], or def when t has no row for code.
func (t Table[V]) Or(code spauth.Code, def V) V { // want Or:`fallback\(table receiver, key 0, default 1\)`
	if v, ok := t[code]; ok {
		return v
	}
	return def
}
