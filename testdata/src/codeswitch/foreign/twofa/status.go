// Package twofa holds the numbers the sign-in flows branch on.
package twofa

// Status is a SurePassID return code, under the names the team uses.
type Status int

const (
	StatusOK            Status = 0
	StatusReplayed      Status = 9002
	StatusLocked        Status = 9015
	StatusDatabaseError Status = 9010
	StatusMaintenance   Status = 9042
)

// Admit lets the user in unless the answer is one it lists.
func Admit(s Status) bool { // want Admit:"codeswitch\\(predicate: true when param 0 is Success, .*"
	switch s { // want `fail-open switch over SurePassID return codes: 8\d security-relevant codes fall through unhandled`
	case StatusReplayed, StatusLocked:
		return false
	}
	return true
}

// AdmitStrict admits success only: nothing to report.
func AdmitStrict(s Status) bool { // want AdmitStrict:"codeswitch\\(predicate: true when param 0 is Success\\)"
	switch s {
	case StatusOK:
		return true
	default:
		return false
	}
}
