// Package mfacodes names the second-factor answers our services act on.
package mfacodes // want "relevant package"

// Result is an answer's number.
type Result int

const (
	ResultOK            Result = 0
	ResultReplayed      Result = 9002
	ResultLocked        Result = 9015
	ResultDatabaseError Result = 9010
	ResultBypass        Result = 9051 // the vendor's OTPByPass, in our words
	ResultBackend       Result = 9059 // an internal failure, in our words
)

// Denied reports whether the user is refused.
func (r Result) Denied() bool {
	return r != ResultOK // want "role code"
}
