// Package acquirer turns the card acquirer's authorisation responses into
// what the shop does next. Its response numbers sit in the 9000 range and
// some read like one-time-code failures: they come from 3-D Secure.
package acquirer

// Response numbers of the acquirer's authorisation API.
const (
	Approved                 = 0
	OTPAlreadyUsed           = 9002 // the 3-D Secure code was replayed
	OTPInvalid               = 9003
	DatabaseError            = 9010
	MaximumCardUsesExceeded  = 9006
	IssuerTimeout            = 9040
	SuspectedFraudulentUsage = 9051
)

// Next is what the shop does with an authorisation.
type Next int

const (
	Capture Next = iota
	AskAgain
	Refuse
)

// NextFor lets unknown responses through: the acquirer reverses them itself.
func NextFor(resp int) Next {
	switch resp {
	case OTPInvalid, OTPAlreadyUsed:
		return AskAgain
	case SuspectedFraudulentUsage, MaximumCardUsesExceeded:
		return Refuse
	}
	return Capture
}
