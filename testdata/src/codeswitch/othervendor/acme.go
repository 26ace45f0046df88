// Package othervendor calls another vendor whose responses also carry
// errorCode and errorMessage; it has nothing to do with SurePassID.
package othervendor

import "errors"

// Response is Acme's answer.
type Response struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

var errRetry = errors.New("acme: retry")

// Check looks like a deny-list, but these are Acme's codes.
func Check(r Response) error {
	switch r.ErrorCode {
	case 9003, 9015:
		return errRetry
	}
	return nil
}
