// Package web uses the accessors of both clients.
package web // want "relevant package"

import (
	"net/http"

	"spidaccess/authpb"
	"spidaccess/spclient"
)

func login(w http.ResponseWriter, rep *spclient.Reply, g *authpb.ValidateReply) {
	switch rep.Code() { // want "call role code"
	case 9003:
	}
	switch g.GetErrorCode() { // want "call role code"
	case 9003:
	}
	http.Error(w, rep.Message(), 401)          // want "call role message"
	http.Error(w, g.GetErrorMessage(), 401)    // want "call role message"
	http.Error(w, spclient.Messages(rep), 401) // want "call role message"
	_ = spclient.CodeOf(rep)                   // want "call role code"
	_ = spclient.Status(g)                     // want "call role code"
	_ = rep.Describe()
	_ = rep.Summary()
	_, _ = rep.Parts()
	_ = rep.OK()
	_ = g.GetType()
}
