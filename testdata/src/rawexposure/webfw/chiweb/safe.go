package chiweb

import (
	"log"
	"net/http"

	"github.com/go-chi/render"

	"github.com/surepasslint/surepasslint/codes"
)

// safe answers with what the user may read: a status chosen by the code,
// the code's user message, a constant; the raw message goes to the log.
func (a *api) safe(w http.ResponseWriter, r *http.Request) {
	res, err := a.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		log.Printf("surepass: %v", err)
		render.Status(r, http.StatusBadGateway)
		render.PlainText(w, r, http.StatusText(http.StatusBadGateway))
		return
	}
	if res.ErrorCode != 0 {
		log.Printf("otp rejected: %d %s", res.ErrorCode, res.ErrorMessage)
		status := http.StatusUnauthorized
		if res.ErrorCode == 9030 {
			status = http.StatusForbidden
		}
		render.Status(r, status)
		render.JSON(w, r, render.M{"error": codes.UserMessage(codes.ReturnCode(res.ErrorCode))})
		return
	}
	render.JSON(w, r, render.M{"valid": res.ErrorCode == 0})
}
