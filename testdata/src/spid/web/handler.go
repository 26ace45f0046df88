package web // want "relevant package"

import (
	"net/http"

	"spid/surepass"
)

func check(c *surepass.Client, w http.ResponseWriter, r *http.Request) {
	resp, err := c.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil && resp != nil {
		switch resp.ErrorCode { // want "role code"
		case 9003:
		}
		http.Error(w, resp.ErrorMessage, http.StatusUnauthorized) // want "role message"
		_ = resp.Type
	}
	var st surepass.Code = surepass.OTPInvalid // want "role code"
	_ = st                                     // want "role code"
}
