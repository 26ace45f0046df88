// Package guestwifi is a hotel's captive-portal RADIUS server: guests sign
// in to the Wi-Fi with their room's SurePassID code, and the access point
// shows an Access-Reject's Reply-Message on the guest's phone.
package guestwifi

import (
	"fmt"
	"log"

	"layeh.com/radius"
	"layeh.com/radius/rfc2865"

	"rawexposure/radiusgw/radreply"
	"rawexposure/radiusgw/spverify"
)

// Server answers the access points.
type Server struct {
	SP *spverify.Client
}

// ListenAndServe serves RADIUS.
func (s *Server) ListenAndServe() error {
	srv := radius.PacketServer{
		Addr:         ":1812",
		Handler:      radius.HandlerFunc(s.serve),
		SecretSource: radius.StaticSecretSource([]byte("testing123")),
	}
	return srv.ListenAndServe()
}

func (s *Server) serve(w radius.ResponseWriter, r *radius.Request) {
	user := rfc2865.UserName_GetString(r.Packet)
	otp := rfc2865.UserPassword_GetString(r.Packet)
	res, err := s.SP.Verify(r.Context(), user, otp)
	if err != nil {
		log.Printf("radius %s: %v", user, err)
		radreply.Reject(w, r, "Sign-in is unavailable right now.")
		return
	}
	if res.Code != 0 {
		resp := r.Response(radius.CodeAccessReject)
		_ = rfc2865.ReplyMessage_SetString(resp, res.Message) // want `raw SurePassID errorMessage .*RADIUS Reply-Message`
		_ = w.Write(resp)
		return
	}
	radreply.Accept(w, r, "guest", "ok")
}

// lobby is the lobby kiosk's SSID: the raw text goes out through the
// shared reply helper, and the code in a second Reply-Message.
func (s *Server) lobby(w radius.ResponseWriter, r *radius.Request) {
	user := rfc2865.UserName_GetString(r.Packet)
	if err := s.SP.Check(r.Context(), user, rfc2865.UserPassword_GetString(r.Packet)); err != nil {
		radreply.Reject(w, r, err.Error()) // want `raw SurePassID errorMessage .*RADIUS Reply-Message`
		return
	}
	res, err := s.SP.Verify(r.Context(), user, "")
	if err != nil || res.Code == 0 {
		return
	}
	resp := r.Response(radius.CodeAccessChallenge)
	_ = rfc2865.ReplyMessage_AddString(resp, "Enter the code we just sent to your room's TV.")
	_ = rfc2865.ReplyMessage_Add(resp, []byte(fmt.Sprintf("(ref %d)", res.Code))) // want `raw SurePassID return code .*RADIUS Reply-Message`
	_ = w.Write(resp)
}

// spa is the spa's SSID: the raw text as bytes, and as a second line.
func (s *Server) spa(w radius.ResponseWriter, r *radius.Request) {
	res, err := s.SP.Verify(r.Context(), rfc2865.UserName_GetString(r.Packet), rfc2865.UserPassword_GetString(r.Packet))
	if err != nil || res.Code == 0 {
		return
	}
	resp := r.Response(radius.CodeAccessReject)
	_ = rfc2865.ReplyMessage_Set(resp, []byte(res.Message))           // want `raw SurePassID errorMessage .*RADIUS Reply-Message`
	_ = rfc2865.ReplyMessage_AddString(resp, "Details: "+res.Message) // want `raw SurePassID errorMessage .*RADIUS Reply-Message`
	_ = w.Write(resp)
}

// conference is the quiet twin: the guest sees the gateway's own text,
// the raw answer goes to the log and to the accounting records (Class).
func (s *Server) conference(w radius.ResponseWriter, r *radius.Request) {
	user := rfc2865.UserName_GetString(r.Packet)
	res, err := s.SP.Verify(r.Context(), user, rfc2865.UserPassword_GetString(r.Packet))
	if err != nil {
		radreply.Reject(w, r, "Sign-in is unavailable right now.")
		return
	}
	if res.Code != 0 {
		log.Printf("radius reject %s: %d %s", user, res.Code, res.Message)
		resp := r.Response(radius.CodeAccessReject)
		_ = rfc2865.ReplyMessage_SetString(resp, spverify.Friendly(res.Code))
		_ = rfc2865.Class_SetString(resp, res.Message)
		_ = w.Write(resp)
		return
	}
	radreply.Accept(w, r, "conference", fmt.Sprintf("surepass %d %s", res.Code, res.Message))
}
