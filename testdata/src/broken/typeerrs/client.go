// Package typeerrs is a SurePassID client in the middle of an edit: its types
// and constants are right, their uses are not.
package typeerrs

import (
	"fmt"
	"net/http"

	"github.com/surepasslint/surepasslint/codes"
)

const endpoint = "https://sandbox.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Response is SurePassID's answer.
type Response struct {
	ErrorCode    codes.ReturnCode `json:"errorCode"`
	ErrorMessage string           `json:"errorMessage"`
}

// Outcome maps a code to what the caller does; some cases do not type-check.
func Outcome(resp Response) error {
	switch resp.ErrorCode {
	case "9003": // a string where a code is due
		return fmt.Errorf("invalid code")
	case codes.OTPAlreadyUsed, resp.ErrorMessage:
		return fmt.Errorf("used")
	case codes.Success:
		return nil
	}
	return fmt.Errorf("unexpected")
}

// Allow lets every code but two through; it type-checks, the file does not.
func Allow(resp Response) error {
	switch resp.ErrorCode {
	case codes.OTPInvalid, codes.OTPAlreadyUsed:
		return fmt.Errorf("denied")
	}
	return nil
}

// Misspelled uses a field and a constant that do not exist.
func Misspelled(resp Response) bool {
	switch resp.ErrorCod {
	case codes.OTPInvalidd:
		return false
	case codes.Success:
		return true
	}
	return resp.ErrorCode == codes.Success
}

// Show writes the message through a call with the wrong arguments.
func Show(w http.ResponseWriter, resp Response) {
	http.Error(w, resp.ErrorMessage)
	fmt.Fprintln(w, resp.ErrorMessage+resp.ErrorCode)
	var n int = resp.ErrorMessage
	_ = n
}

// Duplicate is declared twice.
func Duplicate(resp Response) bool { return resp.ErrorCode == codes.Success }

// Duplicate is declared twice.
func Duplicate(resp Response) bool { return resp.ErrorCode != codes.Success }
