// Package bridge imports the MFA client and also posts to SurePassID on its
// own (the request field in its form): its own reply struct is
// SurePassID's, recognized by its field names.
package bridge // want "relevant package"

import (
	"net/url"

	"spidvendor/mfa"
)

type pushReply struct {
	Code int    `json:"errorCode"`
	Text string `json:"errorMessage"`
}

func form(user string, _ mfa.Reply) url.Values {
	v := url.Values{}
	v.Set("spAccountLoginName", user)
	return v
}

func outcome(p pushReply) (int, string) {
	return p.Code, p.Text // want "role code" "role message"
}
