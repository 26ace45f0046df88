// Package hsmcheck wraps the answer of the SurePassID check a code-signing
// service makes before it releases a key: families of codes kept in sets
// filled at start-up, read through the answer's predicates.
package hsmcheck

// Server is the SurePassID endpoint the service calls.
const Server = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Code is a SurePassID return code.
type Code int

// The codes the service names.
const (
	CodeOK                 Code = 0
	CodeOTPInvalid         Code = 9003
	CodeMaxFailedOTP       Code = 9015
	CodeBogusOTP           Code = 9030
	CodeTimeDrift          Code = 9035
	CodeDatabaseError      Code = 9010
	CodeSMSSendError       Code = 9012
	CodeMaxPartnerAttempts Code = 9095
	CodeMaxUserAttempts    Code = 9096
)

// lockedCodes is filled once, at start-up, from a list of codes.
var lockedCodes = map[Code]bool{}

// throttled is filled at start-up one code at a time.
var throttled = make(map[Code]struct{})

func init() {
	for _, c := range []Code{CodeMaxFailedOTP, CodeMaxPartnerAttempts, CodeMaxUserAttempts} {
		lockedCodes[c] = true
	}
	throttled[CodeDatabaseError] = struct{}{}
	throttled[CodeSMSSendError] = struct{}{}
}

// codeSet is a set of codes with a membership method.
type codeSet map[Code]struct{}

// Has reports whether c is in s.
func (s codeSet) Has(c Code) bool {
	_, ok := s[c]
	return ok
}

func newCodeSet(cs ...Code) codeSet {
	s := make(codeSet, len(cs))
	for _, c := range cs {
		s[c] = struct{}{}
	}
	return s
}

var (
	mistyped = newCodeSet(CodeOTPInvalid, CodeBogusOTP)
	drifted  = codeSet{CodeTimeDrift: {}}
)

// Answer is one check's outcome.
type Answer struct {
	code Code
	text string
}

// New wraps a code and its message.
func New(code Code, text string) Answer { return Answer{code: code, text: text} }

// OK reports success.
func (a Answer) OK() bool { return a.code == CodeOK } // want OK:`codeswitch\(predicate: true when receiver.code is Success\)`

// Locked reports a lockout.
func (a Answer) Locked() bool { return lockedCodes[a.code] } // want Locked:`codeswitch\(predicate: true when receiver.code is MaximumFailedOTPRequestsExceeded, MaximumLoginPartnerAttempsExceeded, MaximumLoginPartnerUserAttempsExceeded\)`

// Throttled reports a vendor-side hiccup worth a retry.
func (a Answer) Throttled() bool { // want Throttled:`codeswitch\(predicate: true when receiver.code is DatabaseError, SMSSendError\)`
	_, ok := throttled[a.code]
	return ok
}

// Mistyped reports a wrong code typed.
func (a Answer) Mistyped() bool { return mistyped.Has(a.code) } // want Mistyped:`codeswitch\(predicate: true when receiver.code is OTPInvalid, BogusOTP\)`

// Drifted reports a token whose clock drifted.
func (a Answer) Drifted() bool { return drifted.Has(a.code) } // want Drifted:`codeswitch\(predicate: true when receiver.code is TimeDriftInvalid\)`

// Text is the vendor's message.
func (a Answer) Text() string { return a.text } // want Text:`codeswitch\(accessor: receiver.text\)`
