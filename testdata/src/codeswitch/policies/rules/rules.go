// Package rules decides device unlocks from SurePassID codes; its grants
// are pointers kept in package-level values.
package rules

import "codeswitch/policies/rc"

// Grant is the answer of an unlock rule.
type Grant struct {
	Granted bool
	Note    string
}

var (
	open   = &Grant{Granted: true}
	locked = &Grant{Note: "locked"}
	shut   = func(note string) *Grant { return &Grant{Granted: false, Note: note} }
)

// Unlock returns package-level values and a builder's: reported.
func Unlock(code int) *Grant {
	switch code { // want `fail-open switch over SurePassID return codes`
	case rc.RcOtpInvalid, rc.RcBogusOtp:
		return shut("otp")
	case rc.RcDeviceDisabled:
		return locked
	}
	return open
}

// pushBlocks mixes the ways a refusal is written.
var pushBlocks = map[int]*Grant{
	rc.RcOtpAlreadyUsed: locked,
	rc.RcDeviceNotFound: shut("device_missing"),
	rc.RcDeviceInUse:    {Note: "in_use"},
}

// Push looks the code up in a deny table of pointers: reported.
func Push(code int) *Grant {
	if g, blocked := pushBlocks[code]; blocked { // want `fail-open if-else chain over SurePassID return codes`
		return g
	}
	return open
}

// resumeRows lists Success; any other code is refused below.
var resumeRows = map[int]*Grant{
	rc.RcSuccess:        open,
	rc.RcDeviceNotFound: shut("device_missing"),
}

// Resume refuses the codes its table leaves out: not reported.
func Resume(code int) *Grant {
	if g, ok := resumeRows[code]; ok {
		return g
	}
	return shut("unknown")
}

// soft is swapped at run time (a feature flag), so what it answers is not
// known from its declaration.
var soft = func(note string) *Grant { return &Grant{Note: note} }

// Configure turns the soft refusals into grants.
func Configure(lenient bool) {
	if lenient {
		soft = func(string) *Grant { return open }
	}
}

// Soft refuses through the swappable builder: not reported.
func Soft(code int) *Grant {
	switch code {
	case rc.RcOtpInvalid, rc.RcBogusOtp:
		return soft("otp")
	}
	return open
}
