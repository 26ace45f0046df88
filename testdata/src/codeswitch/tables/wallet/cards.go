package wallet

import (
	"net/http"

	"codeswitch/verdicts/idp"
)

type cardStore interface {
	Save(user, token string) error
}

type Cards struct {
	SP    idp.Client
	Store cardStore
}

// Add keeps its refusals in a local table of closures; a code the table
// does not list saves the card. Reported, with the table as related
// information.
func (h *Cards) Add(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	res, err := h.SP.ValidateOTP(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	refusals := map[idp.Code]func(){
		idp.OTPInvalid: func() { http.Error(w, "wrong code", http.StatusUnauthorized) },
		idp.BogusOTP: func() {
			w.WriteHeader(http.StatusUnauthorized)
		},
		idp.MaximumFailedOTPRequestsExceeded: func() { http.Error(w, "locked", http.StatusTooManyRequests) },
	}
	if refuse, found := refusals[res.Code()]; found { // want `fail-open if-else chain over SurePassID return codes`
		refuse()
		return
	}
	if err := h.Store.Save(user, r.FormValue("card")); err != nil {
		http.Error(w, "not saved", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// Remove looks its code up in a local table that it also adds to at run
// time: not read as a table. Not reported.
func (h *Cards) Remove(w http.ResponseWriter, r *http.Request) {
	res, err := h.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	refusals := map[idp.Code]func(){
		idp.OTPInvalid: func() { http.Error(w, "wrong code", http.StatusUnauthorized) },
	}
	for _, c := range []idp.Code{idp.PartnerUserLoginDisabled, idp.AccountExpired} {
		refusals[c] = func() { http.Error(w, "account closed", http.StatusForbidden) }
	}
	if refuse, found := refusals[res.Code()]; found {
		refuse()
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// refusalStatus maps the answers the app has a screen for to a status.
var refusalStatus = map[idp.Code]int{
	idp.OTPInvalid:                       http.StatusUnauthorized,
	idp.OTPAlreadyUsed:                   http.StatusConflict,
	idp.MaximumFailedOTPRequestsExceeded: http.StatusTooManyRequests,
}

// Pair answers a listed code with its status; any other code pairs the
// device. Reported.
func (h *Cards) Pair(w http.ResponseWriter, r *http.Request) {
	res, err := h.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	if st, ok := refusalStatus[res.Code()]; ok { // want `fail-open if-else chain over SurePassID return codes`
		http.Error(w, http.StatusText(st), st)
		return
	}
	_ = h.Store.Save(r.FormValue("user"), "paired")
	w.WriteHeader(http.StatusOK)
}

// statusByAnswer lists Success too: its miss is refused, its failures
// answer with their own failure status. Not reported.
var statusByAnswer = map[idp.Code]int{
	idp.Success:        http.StatusOK,
	idp.OTPInvalid:     http.StatusUnauthorized,
	idp.OTPAlreadyUsed: http.StatusConflict,
}

func (h *Cards) Confirm(w http.ResponseWriter, r *http.Request) {
	res, err := h.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	st, ok := statusByAnswer[res.Code()]
	if !ok {
		http.Error(w, "refused", http.StatusForbidden)
		return
	}
	w.WriteHeader(st)
}
