// Package web serves the shop's sign-in pages.
package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
	"strconv"

	"rawexposure/wired/signin"
	"rawexposure/wired/spcodes"
)

// Sessions is the vendor call the session banner polls.
type Sessions interface {
	IsSessionTokenValid(ctx context.Context, tokenID string) (int, string, error)
}

// PushResult is what a push prompt answers.
type PushResult struct {
	Code    int
	Message string
}

// Pusher sends the SurePassID push prompt.
type Pusher interface {
	PushOTP(ctx context.Context, user string) (PushResult, error)
}

// Mailbox checks an address with the address-verification service, whose
// answers are meant for the user.
type Mailbox interface {
	Verify(ctx context.Context, address string) (int, string, error)
}

// Runner runs a back-office job: a generic name.
type Runner interface {
	Do(ctx context.Context, job string) (int, string, error)
}

// Handlers holds the dependencies main wires in.
type Handlers struct {
	Auth     *signin.Service
	Sessions Sessions
	Pusher   Pusher
	Mailbox  Mailbox
	Runner   Runner
	// resend is SurePassID's send_oath_otp, set by main.
	resend func(ctx context.Context, user string) (int, string, error)
}

// Login writes a rejection's text: the raw message. Reported.
func (h *Handlers) Login(w http.ResponseWriter, r *http.Request) {
	err := h.Auth.SignIn(r.Context(), r.FormValue("user"), r.FormValue("password"), r.FormValue("otp"))
	var rej *signin.RejectedError
	switch {
	case err == nil:
		w.WriteHeader(http.StatusNoContent)
	case errors.As(err, &rej):
		http.Error(w, err.Error(), http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from signin.Verifier.ValidateUser\) written to the HTTP response`
	case errors.Is(err, signin.ErrRetry):
		http.Error(w, err.Error(), http.StatusUnauthorized)
	default:
		log.Printf("login: %v", err)
		http.Error(w, "sign-in is unavailable", http.StatusBadGateway)
	}
}

// Payout writes the vendor's reason for a refusal. Reported.
func (h *Handlers) Payout(w http.ResponseWriter, r *http.Request) {
	dec, err := h.Auth.Approve(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "payouts are unavailable", http.StatusBadGateway)
		return
	}
	if !dec.Approved {
		log.Printf("payout refused: %s", dec.Reason)
		fmt.Fprintf(w, "refused: %s", dec.Reason) // want `raw SurePassID errorMessage \(from signin.Decision.Reason\) written to the HTTP response`
	}
}

// Banner sets the vendor's code in a cookie. Reported.
func (h *Handlers) Banner(w http.ResponseWriter, r *http.Request) {
	code, msg, err := h.Sessions.IsSessionTokenValid(r.Context(), r.URL.Query().Get("token"))
	if err != nil || code == spcodes.Success {
		return
	}
	log.Printf("session check: %d %s", code, msg)
	http.SetCookie(w, &http.Cookie{Name: "mfa_state", Value: strconv.Itoa(code)}) // want `raw SurePassID return code \(from web.Sessions.IsSessionTokenValid\) written to a response cookie`
}

// Push sends the prompt's answer back. Reported.
func (h *Handlers) Push(w http.ResponseWriter, r *http.Request) {
	res, err := h.Pusher.PushOTP(r.Context(), r.FormValue("user"))
	if err != nil || res.Code == spcodes.Success {
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"detail": res.Message}) // want `raw SurePassID errorMessage \(from res.Message\) written to the HTTP response`
}

// Resend writes the delivery's answer. Reported.
func (h *Handlers) Resend(w http.ResponseWriter, r *http.Request) {
	code, msg, err := h.resend(r.Context(), r.FormValue("user"))
	if err != nil {
		return
	}
	if code != spcodes.Success {
		w.Write([]byte(msg)) // want `raw SurePassID errorMessage \(from web.resend\) written to the HTTP response`
	}
}

// Address shows the address service's hint: its answers are meant for
// the user. Not reported.
func (h *Handlers) Address(w http.ResponseWriter, r *http.Request) {
	code, msg, err := h.Mailbox.Verify(r.Context(), r.FormValue("email"))
	if err != nil || code == 0 {
		return
	}
	http.Error(w, msg, http.StatusUnprocessableEntity)
}

// Job writes a job runner's answer: nothing says it is SurePassID's. Not
// reported.
func (h *Handlers) Job(w http.ResponseWriter, r *http.Request) {
	code, msg, err := h.Runner.Do(r.Context(), "reindex")
	if err != nil || code == spcodes.Success {
		return
	}
	http.Error(w, msg, http.StatusConflict)
}

// Quiet logs what the vendor said and writes a text of its own. Not
// reported.
func (h *Handlers) Quiet(w http.ResponseWriter, r *http.Request) {
	code, msg, err := h.Sessions.IsSessionTokenValid(r.Context(), r.URL.Query().Get("token"))
	if err == nil && code != spcodes.Success {
		log.Printf("session check: %d %s", code, msg)
		http.Error(w, "please sign in again", http.StatusUnauthorized)
	}
}
