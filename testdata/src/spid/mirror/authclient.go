// Package authclient mirrors the enum with prefixed names; no other signal.
package authclient // want "relevant package"

type RC int

const (
	RCSuccess    RC = 0
	RCOTPInvalid RC = 9003
	RCBogusOTP   RC = 9030
)

// Wrong value for a published name: not a mirror.
type Fake int

const (
	OTPInvalid Fake = 1
	BogusOTP   Fake = 9030
)

type WCFResult struct {
	ErrorCode int
	ErrorMsg  string
}

func use(rc RC, f Fake, w WCFResult) {
	_ = rc // want "role code"
	_ = f
	_ = w.ErrorCode // want "role code"
	_ = w.ErrorMsg  // want "role message"
}
