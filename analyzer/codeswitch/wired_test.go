package codeswitch_test

import "testing"

// TestWired: a storefront reaching SurePassID through abstractions of its
// own, the client wired in by main from a package it never imports: an
// interface named like the operations, a struct answer, an interface
// literal in a field and a func field main sets dispatch fail-open; their
// fail-closed twins, another service's client interface of the same shape
// (its own 9000-range codes) and a generic Do stay quiet.
func TestWired(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/wired/..."})
}
