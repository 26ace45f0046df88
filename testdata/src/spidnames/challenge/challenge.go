// Package challenge decides second-factor challenges from the numeric result its
// callers hand over. Its constants follow the vendor's numbering under its
// own short names; only one is a published name.
package challenge // want "relevant package"

const (
	codeOK             = 0
	errLoginFailed     = 9001
	errOtpReplayed     = 9002
	errOtpInvalid      = 9003
	errUserDisabled    = 9007
	errDbError         = 9010
	errTooManyOtpTries = 9015
	errDeviceDisabled  = 9028
	errOtpExpired      = 9043
	errLockedOut       = 9096
)

// Result is a finished challenge.
type Result struct {
	Code   int
	Detail string
}

func use(res Result) {
	_ = res.Code
	_ = codeOK
	_ = errLoginFailed
	_ = errOtpReplayed
	_ = errOtpInvalid
	_ = errUserDisabled
	_ = errDbError
	_ = errTooManyOtpTries
	_ = errDeviceDisabled
	_ = errOtpExpired
	_ = errLockedOut
}
