package portal

import (
	"log/slog"
	"net/http"

	"codeswitch/mirror/spclient"
)

// Fails closed: !res.OK() first, then a message per outcome.
func (s *server) checkedFirst(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	res, _ := s.sp.Verify(r.Context(), user, r.FormValue("otp"))
	if !res.OK() {
		switch res.Outcome {
		case spclient.LockedOut:
			http.Error(w, "locked", http.StatusForbidden)
		default:
			http.Error(w, "sign-in failed", http.StatusUnauthorized)
		}
		return
	}
	s.startSession(w, user)
}

// Fails closed: anything but Accepted is refused.
func (s *server) allowList(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	res, _ := s.sp.Verify(r.Context(), user, r.FormValue("otp"))
	if res.Outcome != spclient.Accepted {
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
		return
	}
	s.startSession(w, user)
}

// Fails closed: the default rejects.
func (s *server) defaultRejects(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	res, _ := s.sp.Verify(r.Context(), user, r.FormValue("otp"))
	switch res.Outcome {
	case spclient.Accepted:
	case spclient.WrongCode, spclient.Replayed:
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	default:
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
		return
	}
	s.startSession(w, user)
}

// A step switch whose default rejects.
func (s *server) stepClosed(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	res, _ := s.sp.Verify(r.Context(), user, r.FormValue("otp"))
	switch res.Step {
	case spclient.StepProceed:
		s.startSession(w, user)
	case spclient.StepRetry:
		http.Error(w, "try again", http.StatusUnauthorized)
	default:
		http.Error(w, "sign-in failed", http.StatusForbidden)
	}
}

// Only picks a log level: nothing is rejected here.
func (s *server) audit(res spclient.Result, user string) {
	level := slog.LevelInfo
	switch res.Outcome {
	case spclient.LockedOut, spclient.Replayed:
		level = slog.LevelWarn
	case spclient.Upstream:
		level = slog.LevelError
	}
	slog.Log(nil, level, "sign-in", "user", user, "outcome", string(res.Outcome))
}

// Another vendor's look-alike statuses: not filled from SurePassID codes.
func (s *server) smsStatus(w http.ResponseWriter, user string) {
	switch s.sms.Status {
	case "OTP_INVALID", "OTP_REUSED":
		http.Error(w, "sms failed", http.StatusBadGateway)
		return
	}
	s.startSession(w, user)
}

// Alert is no mirror of the codes (its table leaves Success out): a
// switch on it is the fraud desk's, not a sign-in decision.
func (s *server) fraudDesk(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	res, _ := s.sp.Verify(r.Context(), user, r.FormValue("otp"))
	switch res.Alert {
	case spclient.AlertHigh:
		http.Error(w, "held for review", http.StatusForbidden)
		return
	}
	if !res.OK() {
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
		return
	}
	s.startSession(w, user)
}

// The denials table read only inside the failure branch: fails closed.
func (s *server) explainFailure(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	res, _ := s.sp.Verify(r.Context(), user, r.FormValue("otp"))
	if !res.OK() {
		if msg, ok := denials[res.Outcome]; ok {
			http.Error(w, msg, http.StatusUnauthorized)
			return
		}
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
		return
	}
	s.startSession(w, user)
}
