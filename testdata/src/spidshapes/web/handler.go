// Package web serves the login form; it sees the client's fields through facts.
package web // want "relevant package"

import (
	authv1 "spidshapes/pb"
	"spidshapes/sp"
)

func render(n sp.NumberReply, x *sp.SOAPReply, v *authv1.ValidateOtpReply, pg sp.Page) {
	_ = n.Code   // want "role code"
	_ = n.Msg    // want "role message"
	_ = x.Text   // want "role message"
	_ = v.Result // want "role code"
	_ = v.Detail // want "role message"
	_ = pg.ErrorMessage
}
