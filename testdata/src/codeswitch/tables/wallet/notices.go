package wallet

import (
	"log"
	"net/http"

	"codeswitch/verdicts/idp"
)

// customerNotice: an answer it leaves out went through.
var customerNotice = map[idp.Code]string{
	idp.OTPInvalid:     "That code is not right.",
	idp.BogusOTP:       "That code is not right.",
	idp.OTPAlreadyUsed: "That code was used already; wait for the next one.",
}

// notice returns the customer's text for code, and whether the step was
// refused.
func notice(code idp.Code) (text string, refused bool) {
	text, refused = customerNotice[code]
	return
}

// Refused is the same test without the text: a predicate.
func Refused(code idp.Code) bool { // want Refused:"codeswitch\\(predicate: true when param 0 is OTPAlreadyUsed, OTPInvalid, BogusOTP\\)"
	_, ok := customerNotice[code]
	return ok
}

// helpTopics is keyed by something else than return codes: no fact.
var helpTopics = map[int]string{
	404: "not found",
	429: "slow down",
}

func Topic(status int) (string, bool) {
	t, ok := helpTopics[status]
	return t, ok
}

// Withdraw refuses what notice has a text for; every other answer (a
// locked or disabled user) withdraws. Reported, with the table as related
// information.
func (h *Cards) Withdraw(w http.ResponseWriter, r *http.Request) {
	res, err := h.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	if text, refused := notice(res.Code()); refused { // want `fail-open if-else chain over SurePassID return codes`
		http.Error(w, text, http.StatusUnauthorized)
		return
	}
	_ = h.Store.Save(r.FormValue("user"), "withdrawn")
	w.WriteHeader(http.StatusOK)
}

// Transfer tests the same helper with the catch-all: not reported.
func (h *Cards) Transfer(w http.ResponseWriter, r *http.Request) {
	res, err := h.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	code := res.Code()
	text, refused := notice(code)
	if refused || code != idp.Success {
		if text == "" {
			text = "refused"
		}
		http.Error(w, text, http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Explain only logs the text: no dispatch. Not reported.
func (h *Cards) Explain(code idp.Code) {
	if text, _ := notice(code); text != "" {
		log.Printf("customer told: %s", text)
	}
}
