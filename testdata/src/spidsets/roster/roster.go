// Package roster decides shift check-ins from the result code its callers
// pass in. It keeps the codes as the fields of one value, and says nothing
// else about where they come from.
package roster // want "relevant package"

// Codes are the results a check-in may carry.
var Codes = struct {
	Success, OTPInvalid, OTPAlreadyUsed, UserLocked int
}{Success: 0, OTPInvalid: 9003, OTPAlreadyUsed: 9002, UserLocked: 9096}

// CheckIn reports whether the shift may start.
func CheckIn(code int) bool {
	switch code { // want "cases are codes by value"
	case Codes.OTPInvalid, Codes.OTPAlreadyUsed:
		return false
	case Codes.UserLocked:
		return false
	}
	return true
}

// Timeouts is a struct of numbers that are not codes.
var Timeouts = struct{ Connect, Read, Idle int }{5, 30, 90}

// Slow reports whether a call took long.
func Slow(ms int) bool {
	switch ms {
	case Timeouts.Connect, Timeouts.Read:
		return true
	}
	return false
}
