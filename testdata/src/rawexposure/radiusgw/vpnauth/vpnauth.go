// Package vpnauth is the VPN concentrator's RADIUS back end. It builds the
// answer's attributes itself with the packet's generic Add and Set.
package vpnauth

import (
	"context"
	"log"

	"layeh.com/radius"
	"layeh.com/radius/rfc2865"

	"rawexposure/radiusgw/spverify"
)

// Handler is the RADIUS handler.
type Handler struct {
	SP *spverify.Client
}

// ServeRADIUS implements radius.Handler.
func (h *Handler) ServeRADIUS(w radius.ResponseWriter, r *radius.Request) {
	user := rfc2865.UserName_GetString(r.Packet)
	res, err := h.SP.Verify(context.Background(), user, rfc2865.UserPassword_GetString(r.Packet))
	if err != nil {
		log.Printf("verify %s: %v", user, err)
		_ = w.Write(r.Response(radius.CodeAccessReject))
		return
	}
	if res.Code != 0 {
		resp := r.Response(radius.CodeAccessReject)
		attr, aerr := radius.NewString("VPN sign-in refused: " + res.Message)
		if aerr != nil {
			log.Printf("reply-message: %v", aerr)
			_ = w.Write(resp)
			return
		}
		resp.Add(rfc2865.ReplyMessage_Type, attr) // want `raw SurePassID errorMessage .*RADIUS Reply-Message`
		_ = w.Write(resp)
		return
	}
	_ = w.Write(r.Response(radius.CodeAccessAccept))
}

// challenge asks for the next code with the server's text.
func (h *Handler) challenge(w radius.ResponseWriter, r *radius.Request) {
	res, err := h.SP.Verify(context.Background(), rfc2865.UserName_GetString(r.Packet), "")
	if err != nil || res.Code == 0 {
		return
	}
	resp := r.Response(radius.CodeAccessChallenge)
	prompt, _ := radius.NewBytes([]byte(res.Message))
	resp.Set(rfc2865.ReplyMessage_Type, prompt) // want `raw SurePassID errorMessage .*RADIUS Reply-Message`
	_ = rfc2865.State_Set(resp, []byte("step-2"))
	_ = w.Write(resp)
}

// refused is the quiet twin: a generic Reply-Message, and the raw text in
// Filter-Id, which the concentrator applies and never shows.
func (h *Handler) refused(w radius.ResponseWriter, r *radius.Request) {
	res, err := h.SP.Verify(context.Background(), rfc2865.UserName_GetString(r.Packet), rfc2865.UserPassword_GetString(r.Packet))
	if err != nil || res.Code == 0 {
		return
	}
	resp := r.Response(radius.CodeAccessReject)
	msg, _ := radius.NewString("VPN sign-in refused.")
	resp.Set(rfc2865.ReplyMessage_Type, msg)
	tag, _ := radius.NewBytes([]byte(res.Message))
	resp.Attributes.Add(rfc2865.FilterID_Type, tag)
	_ = w.Write(resp)
}
