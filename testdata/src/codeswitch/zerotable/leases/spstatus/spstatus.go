// Package spstatus is a build farm's copy of the SurePassID return codes
// its lease service reads, and the error its client returns for them.
package spstatus

import "errors"

const (
	SUCCESS                     int32 = 0
	OTP_INVALID                 int32 = 9003
	PARTNER_USER_LOGIN_DISABLED int32 = 9007
	DATABASE_ERROR              int32 = 9010
	ACCOUNT_EXPIRED             int32 = 9032
	SESSION_TOKEN_INVALID       int32 = 9106
)

// Failure is a non-zero answer of the API.
type Failure struct {
	Code    int32
	Message string
}

func (f *Failure) Error() string { return f.Message }

// As returns the Failure err wraps.
func As(err error) (*Failure, bool) {
	var f *Failure
	if errors.As(err, &f) {
		return f, true
	}
	return nil, false
}
