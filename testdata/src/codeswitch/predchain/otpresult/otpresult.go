// Package otpresult wraps the answer of a SurePassID OTP check in a
// value whose predicates name families of codes, each set built once
// from the codes it holds.
package otpresult

// Endpoint is the SurePassID OTP service.
const Endpoint = "https://cloud.surepassid.com/AuthServer/REST/OTP/OTPServer.aspx"

// The SurePassID codes the wrapper names, as published.
const (
	CodeOK                 = 0
	CodeOTPInvalid         = 9003
	CodeTimeDrift          = 9035
	CodeMaxFailedOTP       = 9015
	CodeBogusOTP           = 9030
	CodeDatabaseError      = 9010
	CodeSMSSendError       = 9012
	CodeMaxPartnerAttempts = 9095
)

func setOf(codes ...int) map[int]struct{} {
	s := make(map[int]struct{}, len(codes))
	for _, c := range codes {
		s[c] = struct{}{}
	}
	return s
}

var (
	lockout   = setOf(CodeMaxFailedOTP, CodeMaxPartnerAttempts)
	transient = setOf(CodeDatabaseError, CodeSMSSendError)
	typo      = map[int]bool{CodeOTPInvalid: true, CodeBogusOTP: true, CodeTimeDrift: true}
)

// Answer is one OTP check's outcome.
type Answer struct {
	status int
	text   string
}

// New wraps a code.
func New(status int, text string) Answer { return Answer{status: status, text: text} }

// OK reports success.
func (a Answer) OK() bool { return a.status == CodeOK } // want OK:`codeswitch\(predicate: true when receiver.status is Success\)`

// LockedOut reports a lockout.
func (a Answer) LockedOut() bool { // want LockedOut:`codeswitch\(predicate: true when receiver.status is MaximumFailedOTPRequestsExceeded, MaximumLoginPartnerAttempsExceeded\)`
	_, ok := lockout[a.status]
	return ok
}

// Transient reports a vendor-side hiccup.
func (a *Answer) Transient() bool { // want Transient:`codeswitch\(predicate: true when receiver.status is DatabaseError, SMSSendError\)`
	_, ok := transient[a.status]
	return ok
}

// Mistyped reports a wrong code typed.
func (a Answer) Mistyped() bool { // want Mistyped:`codeswitch\(predicate: true when receiver.status is OTPInvalid, BogusOTP, TimeDriftInvalid\)`
	_, ok := typo[a.status]
	return ok
}

// Text is the vendor's message.
func (a Answer) Text() string { return a.text } // want Text:`codeswitch\(accessor: receiver.text\)`

// Code is the raw code.
func (a Answer) Code() int { return a.status } // want Code:`codeswitch\(accessor: receiver.status\)`

// IsLockout reports whether code is a lockout.
func IsLockout(code int) bool { // want IsLockout:`codeswitch\(predicate: true when param 0 is MaximumFailedOTPRequestsExceeded, MaximumLoginPartnerAttempsExceeded\)`
	_, ok := lockout[code]
	return ok
}
