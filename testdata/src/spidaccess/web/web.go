// Package web uses the accessors of both clients.
package web // want "relevant package"

import (
	"net/http"

	"spidaccess/authpb"
	"spidaccess/openapi"
	"spidaccess/spclient"
)

func login(w http.ResponseWriter, rep *spclient.Reply, g *authpb.ValidateReply, o *openapi.ValidateResponse) {
	switch rep.Code() { // want "call is code"
	case 9003:
	}
	switch g.GetErrorCode() { // want "call is code"
	case 9003:
	}
	http.Error(w, rep.Message(), 401)          // want "call is message"
	http.Error(w, g.GetErrorMessage(), 401)    // want "call is message"
	http.Error(w, spclient.Messages(rep), 401) // want "call is message"
	_ = spclient.CodeOf(rep)                   // want "call is code"
	_ = spclient.Status(g)                     // want "call is code"
	_ = rep.Describe()
	_ = rep.Summary()
	_, _ = rep.Parts() // want "call is code"
	_ = rep.OK()
	_ = g.GetType()
	var t spclient.TextReply
	_ = t.Parsed() // want "call is code"
	_ = t.Attempts()
	_, _ = t.Number() // want "call is code"
	_, _ = t.Length()
	_ = o.GetErrorCode()    // want "call is code"
	_ = o.GetErrorMessage() // want "call is message"
	_ = o.GetType()
	_ = o.GetErrorCodeOrLast(9001)
}
