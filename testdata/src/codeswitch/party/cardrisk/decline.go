// Package cardrisk scores card authorisations.
package cardrisk

// DeclineCode is the scheme's reason for refusing an authorisation.
type DeclineCode int

const (
	DeclineCodeNone                             DeclineCode = 0
	DeclineCodeOTPInvalid                       DeclineCode = 9003
	DeclineCodeOTPAlreadyUsed                   DeclineCode = 9002
	DeclineCodeDatabaseError                    DeclineCode = 9010
	DeclineCodeMaximumFailedOTPRequestsExceeded DeclineCode = 9015
)

// Verdict is what checkout does with a declined authorisation.
type Verdict int

const (
	Capture Verdict = iota
	Retry
	Stop
)

// VerdictFor lets unknown declines through: the scheme reverses them.
func VerdictFor(d DeclineCode) Verdict {
	switch d {
	case DeclineCodeOTPInvalid, DeclineCodeOTPAlreadyUsed:
		return Retry
	case DeclineCodeMaximumFailedOTPRequestsExceeded:
		return Stop
	}
	return Capture
}
