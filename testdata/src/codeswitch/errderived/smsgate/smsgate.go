// Package smsgate is another vendor's SMS API client, whose refusals carry
// a numeric code of its own.
package smsgate

import "errors"

// Error is a refusal of the SMS provider.
type Error struct {
	Code    int    `json:"errorCode"`
	Message string `json:"errorMessage"`
}

func (e *Error) Error() string { return e.Message }

// CodeOf reads the provider's code back from err.
func CodeOf(err error) (int, bool) {
	var e *Error
	if errors.As(err, &e) {
		return e.Code, true
	}
	return 0, false
}
