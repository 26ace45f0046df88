// Package recovery resets a forgotten password after an emailed one-time
// code. The same page shows every step: the code form, the new-password
// form once the code is verified, and the confirmation when it is done.
package recovery

import (
	"html/template"
	"net/http"

	"codeswitch/staged/spclient"
)

type page struct {
	Username string
	Notice   string
	CodeSent bool
	Verified bool
	Done     bool
}

type doneReply struct {
	Verified        bool
	PasswordChanged bool
	Notice          string
}

// Handler serves the recovery pages.
type Handler struct {
	SP       *spclient.Client
	Tmpl     *template.Template
	Verified func(r *http.Request) string
	SetPass  func(user, password string) error
}

func (h *Handler) show(w http.ResponseWriter, status int, p page) {
	w.WriteHeader(status)
	_ = h.Tmpl.ExecuteTemplate(w, "recover.html", p)
}

// Verify shows the new-password form once the code checks out.
func (h *Handler) Verify(w http.ResponseWriter, r *http.Request) {
	user := r.PostFormValue("username")
	res, err := h.SP.ValidateOTP(r.Context(), user, r.PostFormValue("otp"))
	if err != nil || !res.OK() {
		h.show(w, http.StatusUnauthorized, page{Username: user, CodeSent: true, Notice: "That code didn't work."})
		return
	}
	h.show(w, http.StatusOK, page{Username: user, CodeSent: true, Verified: true})
}

// Reset sets the new password, checking the code again when the session
// did not verify it: a tagless switch over a few codes, nested in the
// if, falls through to the reset for every other failure.
func (h *Handler) Reset(w http.ResponseWriter, r *http.Request) {
	user, password := r.PostFormValue("username"), r.PostFormValue("password")
	if len(password) < 12 {
		h.show(w, http.StatusBadRequest, page{Username: user, Verified: true, Notice: "Use at least 12 characters."})
		return
	}
	if h.Verified(r) != user {
		res, err := h.SP.ValidateOTP(r.Context(), user, r.PostFormValue("otp"))
		if err != nil {
			h.show(w, http.StatusServiceUnavailable, page{Username: user, Notice: "Try again later."})
			return
		}
		switch { // want `fail-open switch over SurePassID return codes`
		case res.Code == 9003 || res.Code == 9030:
			h.show(w, http.StatusUnauthorized, page{Username: user, CodeSent: true, Notice: "That code didn't work."})
			return
		case res.Code == 9043:
			h.show(w, http.StatusUnauthorized, page{Username: user, Notice: "That code has expired."})
			return
		case res.IsLockout():
			h.show(w, http.StatusForbidden, page{Notice: "Contact support to recover this account."})
			return
		}
	}
	if err := h.SetPass(user, password); err != nil {
		h.show(w, http.StatusInternalServerError, page{Notice: "Something went wrong."})
		return
	}
	h.show(w, http.StatusOK, page{Done: true})
}

// VerifyJSON is Verify for the launcher, in JSON.
func (h *Handler) VerifyJSON(w http.ResponseWriter, r *http.Request) {
	user := r.PostFormValue("username")
	res, err := h.SP.ValidateOTP(r.Context(), user, r.PostFormValue("otp"))
	if err != nil || !res.OK() {
		writeReply(w, http.StatusUnauthorized, doneReply{Notice: "That code didn't work."})
		return
	}
	writeReply(w, http.StatusOK, doneReply{Verified: true})
}

// ResetChain is Reset as an if-else chain answering in JSON, the success
// reply flagging the changed password beside the verified one.
func (h *Handler) ResetChain(w http.ResponseWriter, r *http.Request) {
	user, password := r.PostFormValue("username"), r.PostFormValue("password")
	if h.Verified(r) != user {
		res, err := h.SP.ValidateOTP(r.Context(), user, r.PostFormValue("otp"))
		if err != nil {
			http.Error(w, "try again later", http.StatusServiceUnavailable)
			return
		}
		if res.Code == 9003 || res.Code == 9030 { // want `fail-open if-else chain over SurePassID return codes`
			writeReply(w, http.StatusUnauthorized, doneReply{Notice: "That code didn't work."})
			return
		} else if res.IsLockout() {
			writeReply(w, http.StatusForbidden, doneReply{Notice: "Contact support."})
			return
		}
	}
	if err := h.SetPass(user, password); err != nil {
		http.Error(w, "something went wrong", http.StatusInternalServerError)
		return
	}
	writeReply(w, http.StatusOK, doneReply{PasswordChanged: true})
}

// ResetNotOK ends the switch with a case on any other failure.
func (h *Handler) ResetNotOK(w http.ResponseWriter, r *http.Request) {
	user, password := r.PostFormValue("username"), r.PostFormValue("password")
	if h.Verified(r) != user {
		res, err := h.SP.ValidateOTP(r.Context(), user, r.PostFormValue("otp"))
		if err != nil {
			h.show(w, http.StatusServiceUnavailable, page{Username: user, Notice: "Try again later."})
			return
		}
		switch {
		case res.Code == 9003 || res.Code == 9030:
			h.show(w, http.StatusUnauthorized, page{Username: user, CodeSent: true, Notice: "That code didn't work."})
			return
		case res.IsLockout():
			h.show(w, http.StatusForbidden, page{Notice: "Contact support to recover this account."})
			return
		case !res.OK():
			h.show(w, http.StatusUnauthorized, page{Username: user, Notice: "We could not verify that code."})
			return
		}
	}
	if err := h.SetPass(user, password); err != nil {
		h.show(w, http.StatusInternalServerError, page{Notice: "Something went wrong."})
		return
	}
	h.show(w, http.StatusOK, page{Done: true})
}

// ResetDefault rejects in the switch's default.
func (h *Handler) ResetDefault(w http.ResponseWriter, r *http.Request) {
	user, password := r.PostFormValue("username"), r.PostFormValue("password")
	if h.Verified(r) != user {
		res, err := h.SP.ValidateOTP(r.Context(), user, r.PostFormValue("otp"))
		if err != nil {
			h.show(w, http.StatusServiceUnavailable, page{Username: user, Notice: "Try again later."})
			return
		}
		switch {
		case res.OK():
		case res.Code == 9003 || res.Code == 9030:
			h.show(w, http.StatusUnauthorized, page{Username: user, CodeSent: true, Notice: "That code didn't work."})
			return
		default:
			h.show(w, http.StatusForbidden, page{Notice: "Contact support to recover this account."})
			return
		}
	}
	if err := h.SetPass(user, password); err != nil {
		h.show(w, http.StatusInternalServerError, page{Notice: "Something went wrong."})
		return
	}
	h.show(w, http.StatusOK, page{Done: true})
}

// ResetChecked follows the switch with a check of any other failure.
func (h *Handler) ResetChecked(w http.ResponseWriter, r *http.Request) {
	user, password := r.PostFormValue("username"), r.PostFormValue("password")
	if h.Verified(r) != user {
		res, err := h.SP.ValidateOTP(r.Context(), user, r.PostFormValue("otp"))
		if err != nil {
			h.show(w, http.StatusServiceUnavailable, page{Username: user, Notice: "Try again later."})
			return
		}
		switch {
		case res.Code == 9003 || res.Code == 9030:
			h.show(w, http.StatusUnauthorized, page{Username: user, CodeSent: true, Notice: "That code didn't work."})
			return
		case res.IsLockout():
			h.show(w, http.StatusForbidden, page{Notice: "Contact support to recover this account."})
			return
		}
		if res.Code != 0 {
			h.show(w, http.StatusUnauthorized, page{Username: user, Notice: "We could not verify that code."})
			return
		}
	}
	if err := h.SetPass(user, password); err != nil {
		h.show(w, http.StatusInternalServerError, page{Notice: "Something went wrong."})
		return
	}
	h.show(w, http.StatusOK, page{Done: true})
}

// ResetRedirect sends the user on to sign in with the new password; the
// codes it lists go back to the form with an error.
func (h *Handler) ResetRedirect(w http.ResponseWriter, r *http.Request) {
	user, password := r.PostFormValue("username"), r.PostFormValue("password")
	if h.Verified(r) != user {
		res, err := h.SP.ValidateOTP(r.Context(), user, r.PostFormValue("otp"))
		if err != nil {
			http.Redirect(w, r, "/recover?error=unavailable", http.StatusSeeOther)
			return
		}
		switch { // want `fail-open switch over SurePassID return codes`
		case res.Code == 9003, res.Code == 9030:
			http.Redirect(w, r, "/recover?error=code", http.StatusSeeOther)
			return
		case res.IsLockout():
			http.Redirect(w, r, "/recover?error=locked", http.StatusSeeOther)
			return
		}
	}
	if err := h.SetPass(user, password); err != nil {
		http.Redirect(w, r, "/recover?error=internal", http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/login?password_reset=1", http.StatusSeeOther)
}

// ResetRedirectClosed is ResetRedirect failing closed in its default.
func (h *Handler) ResetRedirectClosed(w http.ResponseWriter, r *http.Request) {
	user, password := r.PostFormValue("username"), r.PostFormValue("password")
	if h.Verified(r) != user {
		res, err := h.SP.ValidateOTP(r.Context(), user, r.PostFormValue("otp"))
		if err != nil {
			http.Redirect(w, r, "/recover?error=unavailable", http.StatusSeeOther)
			return
		}
		switch {
		case res.Code == 0:
		case res.Code == 9003, res.Code == 9030:
			http.Redirect(w, r, "/recover?error=code", http.StatusSeeOther)
			return
		default:
			http.Redirect(w, r, "/recover?error=denied", http.StatusSeeOther)
			return
		}
	}
	if err := h.SetPass(user, password); err != nil {
		http.Redirect(w, r, "/recover?error=internal", http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/login?password_reset=1", http.StatusSeeOther)
}

func writeReply(w http.ResponseWriter, status int, d doneReply) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = template.HTMLEscapeString(d.Notice)
}
