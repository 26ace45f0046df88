// Package scheme holds the card network's numbers.
package scheme

// DeclineCode is the network's reason for refusing a payment.
type DeclineCode int

const (
	DeclineCodeNone           DeclineCode = 0
	DeclineCodeOTPInvalid     DeclineCode = 9003
	DeclineCodeOTPAlreadyUsed DeclineCode = 9002
	DeclineCodeDatabaseError  DeclineCode = 9010
)
