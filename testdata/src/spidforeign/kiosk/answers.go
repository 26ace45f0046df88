// Package kiosk runs the lobby's badge kiosk.
package kiosk // want "relevant package"

// The SurePassID answers the kiosk tells apart; the last is the team's
// word for an outage of the server's directory.
const (
	answerReplayed = 9002
	answerWrongOTP = 9003
	answerLocked   = 9015
	answerDark     = 9042
)

func refuse(code int) bool {
	switch code { // want "cases are codes by value"
	case answerReplayed, answerWrongOTP, answerLocked, answerDark:
		return true
	}
	return false
}
