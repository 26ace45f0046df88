// Package radreply holds the gateway's helpers that answer a RADIUS
// request.
package radreply

import (
	"log"

	"layeh.com/radius"
	"layeh.com/radius/rfc2865"
)

// Reject answers with an Access-Reject whose Reply-Message the guest's
// device shows.
func Reject(w radius.ResponseWriter, r *radius.Request, text string) { // want Reject:"param 2 reaches the RADIUS Reply-Message"
	resp := r.Response(radius.CodeAccessReject)
	if err := rfc2865.ReplyMessage_SetString(resp, text); err != nil {
		log.Printf("reply-message: %v", err)
	}
	_ = w.Write(resp)
}

// Accept answers with an Access-Accept; note goes to the NAS's
// accounting records in Class, not to the guest.
func Accept(w radius.ResponseWriter, r *radius.Request, filter, note string) {
	resp := r.Response(radius.CodeAccessAccept)
	_ = rfc2865.FilterID_SetString(resp, filter)
	_ = rfc2865.Class_SetString(resp, note)
	_ = w.Write(resp)
}
