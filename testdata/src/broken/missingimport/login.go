// Package missingimport calls a SurePassID SDK that is not on the build path,
// as code looks right after a copy-paste, before go get.
package missingimport

import (
	"net/http"

	sdk "github.com/surepassid/go-sdk"
	"github.com/surepasslint/surepasslint/codes"
)

// Login checks the one-time code. sdk.Response is unknown: the switch tag has
// an invalid type, the cases are fine.
func Login(w http.ResponseWriter, r *http.Request, c *sdk.Client) {
	resp, err := c.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	switch resp.ErrorCode {
	case codes.OTPInvalid:
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	}
	http.Error(w, resp.ErrorMessage, http.StatusUnauthorized)
}

// Check switches over a known type with a missing package's constant among
// the cases.
func Check(env codes.Envelope) bool {
	switch env.ErrorCode {
	case codes.Success:
		return true
	case sdk.OTPInvalid:
		return false
	}
	return false
}
