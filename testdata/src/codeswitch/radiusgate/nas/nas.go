// Package nas answers the hotspot controller's RADIUS Access-Requests:
// the password is a one-time code checked with SurePassID.
package nas

import (
	"log"
	"slices"

	"layeh.com/radius"
	"layeh.com/radius/rfc2865"

	"codeswitch/radiusgate/spclient"
)

// Server holds the client and the shared secret.
type Server struct {
	SP     *spclient.Client
	Secret []byte
}

func (s *Server) refuse(w radius.ResponseWriter, r *radius.Request, text string) {
	resp := r.Response(radius.CodeAccessReject)
	if text != "" {
		_ = rfc2865.ReplyMessage_SetString(resp, text)
	}
	if err := w.Write(resp); err != nil {
		log.Printf("write Access-Reject: %v", err)
	}
}

func (s *Server) admit(w radius.ResponseWriter, r *radius.Request, filter string) {
	resp := r.Response(radius.CodeAccessAccept)
	_ = rfc2865.FilterID_SetString(resp, filter)
	if err := w.Write(resp); err != nil {
		log.Printf("write Access-Accept: %v", err)
	}
}

func (s *Server) check(r *radius.Request) (spclient.RC, bool) {
	user := rfc2865.UserName_GetString(r.Packet)
	reply, err := s.SP.ValidateOTP(r.Context(), user, rfc2865.UserPassword_GetString(r.Packet))
	if err != nil {
		return 0, false
	}
	return reply.Code, true
}

// otpRefusal lists the answers that end the attempt; the lockouts and the
// disabled accounts are left out, and false lets them in.
func otpRefusal(rc spclient.RC) bool {
	switch rc { // want `fail-open switch over SurePassID return codes`
	case spclient.RCOTPInvalid, spclient.RCBogusOTP, spclient.RCOTPAlreadyUsed:
		return true
	case spclient.RCPartnerUserLoginFail, spclient.RCInvalidPartnerUser:
		return true
	}
	return false
}

// Member writes the Access-Reject inline when otpRefusal says so.
func (s *Server) Member(w radius.ResponseWriter, r *radius.Request) {
	rc, ok := s.check(r)
	if !ok {
		s.refuse(w, r, "")
		return
	}
	if otpRefusal(rc) {
		resp := r.Response(radius.CodeAccessReject)
		_ = rfc2865.ReplyMessage_SetString(resp, "Sign-in failed.")
		_ = w.Write(resp)
		return
	}
	s.admit(w, r, "members")
}

// endsSession is otpRefusal as a chain of ifs: judged in itself, as its
// callers refuse on true, and where it is called.
func endsSession(rc spclient.RC) bool {
	if rc == spclient.RCSessionTokenInvalid { // want `fail-open if-else chain over SurePassID return codes`
		return true
	}
	if rc == spclient.RCOTPInvalid || rc == spclient.RCBogusOTP {
		return true
	}
	return false
}

// Roam builds the reject from the shared secret.
func (s *Server) Roam(w radius.ResponseWriter, r *radius.Request) {
	rc, ok := s.check(r)
	if !ok {
		s.refuse(w, r, "")
		return
	}
	if endsSession(rc) { // want `fail-open if-else chain over SurePassID return codes`
		_ = w.Write(radius.New(radius.CodeAccessReject, s.Secret))
		return
	}
	s.admit(w, r, "roaming")
}

// hardFailure is one comparison returned: its callers are judged.
func hardFailure(rc spclient.RC) bool {
	return rc == spclient.RCOTPInvalid || rc == spclient.RCBogusOTP
}

// Staff refuses through the helper.
func (s *Server) Staff(w radius.ResponseWriter, r *radius.Request) {
	rc, ok := s.check(r)
	if !ok {
		s.refuse(w, r, "")
		return
	}
	if hardFailure(rc) { // want `fail-open if-else chain over SurePassID return codes`
		s.refuse(w, r, "Sign-in failed.")
		return
	}
	s.admit(w, r, "staff")
}

var stopCodes = []spclient.RC{spclient.RCOTPInvalid, spclient.RCOTPAlreadyUsed, spclient.RCTooManyFailedOTP}

// stopped decides by a list.
func stopped(rc spclient.RC) bool {
	return slices.Contains(stopCodes, rc)
}

// Lobby refuses the listed codes only.
func (s *Server) Lobby(w radius.ResponseWriter, r *radius.Request) {
	rc, ok := s.check(r)
	if !ok {
		s.refuse(w, r, "")
		return
	}
	if stopped(rc) { // want `fail-open if-else chain over SurePassID return codes`
		s.refuse(w, r, "")
		return
	}
	s.admit(w, r, "lobby")
}

// Retry asks again for a retryable code, and lets every other one in.
func (s *Server) Retry(w radius.ResponseWriter, r *radius.Request) {
	rc, ok := s.check(r)
	if !ok {
		s.refuse(w, r, "")
		return
	}
	if rc.Retryable() { // want `fail-open if-else chain over SurePassID return codes`
		s.refuse(w, r, "Please try the next code.")
		return
	}
	s.admit(w, r, "retry")
}

// cleared is true for success alone: its callers refuse on false.
func cleared(rc spclient.RC) bool {
	switch rc {
	case spclient.RCSuccess:
		return true
	}
	return false
}

// Guest refuses every code but success.
func (s *Server) Guest(w radius.ResponseWriter, r *radius.Request) {
	rc, ok := s.check(r)
	if !ok {
		s.refuse(w, r, "")
		return
	}
	if !cleared(rc) {
		s.refuse(w, r, "")
		return
	}
	s.admit(w, r, "guest")
}

// admissible lists the success side; its caller admits on true and
// refuses the rest.
func admissible(rc spclient.RC) bool {
	switch rc {
	case spclient.RCSuccess:
		return true
	}
	return false
}

// Vendor admits on true only.
func (s *Server) Vendor(w radius.ResponseWriter, r *radius.Request) {
	rc, ok := s.check(r)
	if !ok {
		s.refuse(w, r, "")
		return
	}
	if admissible(rc) {
		s.admit(w, r, "vendor")
		return
	}
	_ = w.Write(r.Response(radius.CodeAccessReject))
}

// noteworthy only picks what to log.
func noteworthy(rc spclient.RC) bool {
	switch rc {
	case spclient.RCTooManyFailedOTP, spclient.RCUserLoginDisabled:
		return true
	}
	return false
}

// Kiosk logs the noteworthy codes and refuses every failure.
func (s *Server) Kiosk(w radius.ResponseWriter, r *radius.Request) {
	rc, ok := s.check(r)
	if !ok {
		s.refuse(w, r, "")
		return
	}
	if noteworthy(rc) {
		log.Printf("kiosk: code %d", rc)
	}
	if rc != spclient.RCSuccess {
		s.refuse(w, r, "")
		return
	}
	s.admit(w, r, "kiosk")
}
