// Package otpstatus holds the numbers the sign-in flows branch on.
package otpstatus // want "relevant package"

// Status is a SurePassID return code, under the names the team uses.
type Status int

const (
	StatusOK            Status = 0
	StatusReplayed      Status = 9002
	StatusLocked        Status = 9015
	StatusDatabaseError Status = 9010
	StatusMaintenance   Status = 9042
)
