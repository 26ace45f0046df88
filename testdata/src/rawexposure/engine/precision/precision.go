// Package precision holds what must not be reported: a raw message kept
// only when the code is a delivery code (whose text the vendor allows
// showing), and error handlers that hide the text; and, beside each, the
// variant that leaks.
package precision

import (
	"encoding/json"
	"log"
	"net/http"

	"github.com/surepasslint/surepasslint/codes"

	"rawexposure/engine/spclient"
)

type server struct{ sp *spclient.Client }

type sendResult struct {
	Sent   bool   `json:"sent"`
	Notice string `json:"notice,omitempty"`
}

// sendOTP fills Notice only when the text message could not be sent, a
// delivery failure whose message the user may read, and writes it later.
func (s *server) sendOTP(w http.ResponseWriter, r *http.Request) {
	resp, err := s.sp.SendOTP(r.Context(), r.FormValue("user"))
	if err != nil {
		http.Error(w, "could not send a code", http.StatusBadGateway)
		return
	}
	var out sendResult
	out.Sent = resp.ErrorCode == 0
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		out.Notice = resp.ErrorMessage
	}
	json.NewEncoder(w).Encode(out)
}

type sendReport struct {
	Sent   bool   `json:"sent"`
	Detail string `json:"detail,omitempty"`
}

// sendOTPLeaky fills the field for every failure.
func (s *server) sendOTPLeaky(w http.ResponseWriter, r *http.Request) {
	resp, err := s.sp.SendOTP(r.Context(), r.FormValue("user"))
	if err != nil {
		http.Error(w, "could not send a code", http.StatusBadGateway)
		return
	}
	var out sendReport
	if resp.ErrorCode != 0 {
		out.Detail = resp.ErrorMessage
	}
	json.NewEncoder(w).Encode(out) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
}

// sendOTPEarly keeps the message past an early return on every other code.
func (s *server) sendOTPEarly(w http.ResponseWriter, r *http.Request) {
	resp, err := s.sp.SendOTP(r.Context(), r.FormValue("user"))
	if err != nil || resp.ErrorCode == 0 {
		return
	}
	notice := struct {
		Notice string `json:"notice"`
	}{}
	if codes.ReturnCode(resp.ErrorCode) != codes.EmailSendError {
		http.Error(w, "could not send a code", http.StatusBadGateway)
		return
	}
	notice.Notice = resp.ErrorMessage
	json.NewEncoder(w).Encode(notice)
}

// validate overwrites the message with a safe text unless the code is a
// delivery code.
func (s *server) validate(w http.ResponseWriter, r *http.Request) {
	resp, err := s.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil || resp.ErrorCode == 0 {
		return
	}
	msg := resp.ErrorMessage
	if codes.ReturnCode(resp.ErrorCode) != codes.SMSSendError {
		msg = "verification failed"
	}
	http.Error(w, msg, http.StatusUnauthorized)
}

// validateLeaky overwrites it only for one security-relevant code.
func (s *server) validateLeaky(w http.ResponseWriter, r *http.Request) {
	resp, err := s.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil || resp.ErrorCode == 0 {
		return
	}
	msg := resp.ErrorMessage
	if codes.ReturnCode(resp.ErrorCode) == codes.OTPInvalid {
		msg = "verification failed"
	}
	http.Error(w, msg, http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
}

// appHandler is a handler returning an error; ServeHTTP hides its text.
type appHandler func(w http.ResponseWriter, r *http.Request) error

func (h appHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := h(w, r); err != nil {
		log.Printf("%s %s: %v", r.Method, r.URL.Path, err)
		http.Error(w, http.StatusText(http.StatusUnauthorized), http.StatusUnauthorized)
	}
}

// verify returns the raw error to appHandler, which does not show it.
func (s *server) verify(w http.ResponseWriter, r *http.Request) error {
	if err := s.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// presenter writes a generic text for every error.
func presenter(w http.ResponseWriter, err error) {
	log.Print(err)
	http.Error(w, "request failed", http.StatusBadGateway)
}

func (s *server) verifyPresented(w http.ResponseWriter, r *http.Request) {
	if err := s.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		presenter(w, err)
	}
}

func (s *server) routes(mux *http.ServeMux) {
	mux.Handle("/verify", appHandler(s.verify))
	mux.HandleFunc("/verify2", s.verifyPresented)
}

// validateTwice guards the code of another response than the one the
// message was read from.
func (s *server) validateTwice(w http.ResponseWriter, r *http.Request) {
	resp, err := s.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		return
	}
	msg := resp.ErrorMessage
	resp, err = s.sp.SendOTP(r.Context(), r.FormValue("user"))
	if err != nil || codes.ReturnCode(resp.ErrorCode) != codes.SMSSendError {
		msg = "verification failed"
	}
	http.Error(w, msg, http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
}

// validateLoop keeps the message of the first attempt when the second is
// not a delivery failure.
func (s *server) validateLoop(w http.ResponseWriter, r *http.Request) {
	msg := ""
	for _, otp := range r.Form["otp"] {
		resp, err := s.sp.ValidateOTP(r.Context(), r.FormValue("user"), otp)
		if err != nil {
			continue
		}
		if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
			msg = resp.ErrorMessage
		}
	}
	http.Error(w, msg, http.StatusUnauthorized)
}

// sendOTPCounted tests seventy delivery conditions before the early return
// that guards the write: more guards than one machine word holds.
func (s *server) sendOTPCounted(w http.ResponseWriter, r *http.Request) {
	resp, err := s.sp.SendOTP(r.Context(), r.FormValue("user"))
	if err != nil {
		return
	}
	n := 0
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode) == codes.SMSSendError {
		n++
	}
	if codes.ReturnCode(resp.ErrorCode).SecurityRelevant() {
		http.Error(w, "could not send a code", http.StatusBadGateway)
		return
	}
	log.Print(n)
	http.Error(w, resp.ErrorMessage, http.StatusBadGateway)
}

type envelope struct {
	Code    int    `json:"errorCode"`
	Message string `json:"errorMessage"`
}

type base struct{ envelope }

type meta struct{ base }

type enrollResponse struct {
	meta
	QRCodeURL string `json:"QRCodeURL"`
}

// enroll writes the message of a response whose envelope is embedded three
// levels down: the fix still finds its code.
func (s *server) enroll(w http.ResponseWriter, r *http.Request) {
	var out enrollResponse
	if err := json.NewDecoder(r.Body).Decode(&out); err != nil {
		return
	}
	if out.Code != 0 {
		http.Error(w, out.Message, http.StatusBadRequest) // want `raw SurePassID errorMessage \(from out.Message\) written to the HTTP response`
	}
}
