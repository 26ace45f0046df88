// Package othervendor classifies another payment provider's answers the
// same way: its codes are its own, not SurePassID's. Not reported.
package othervendor

import "net/http"

// Status is the provider's status code.
type Status int

const (
	StatusOK       Status = 0
	StatusDeclined Status = 9001
	StatusExpired  Status = 9003
	StatusFraud    Status = 9015
	StatusLimit    Status = 9043
)

// Outcome is what the checkout does.
type Outcome uint8

const (
	Proceed Outcome = iota
	Stop
	Later
)

var outcomes = map[Status]Outcome{
	StatusDeclined: Stop,
	StatusExpired:  Stop,
	StatusFraud:    Stop,
	StatusLimit:    Later,
}

// OutcomeOf answers the table's value.
func OutcomeOf(s Status) Outcome { return outcomes[s] }

// Checkout stops what the table says.
func Checkout(w http.ResponseWriter, s Status) {
	switch OutcomeOf(s) {
	case Stop:
		http.Error(w, "declined", http.StatusPaymentRequired)
		return
	}
	w.WriteHeader(http.StatusOK)
}
