// Package spclient calls SurePassID and keeps its replies loosely typed.
package spclient

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
)

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Reply keeps the code as json.Number and the message as a pointer.
type Reply struct {
	Code    json.Number `json:"errorCode"`
	Message *string     `json:"errorMessage,omitempty"`
}

// SOAPReply is the WCF answer.
type SOAPReply struct {
	Result string `xml:"ErrorCode"`
	Text   string `xml:"ErrorMsg"`
}

// Validate posts an OTP.
func Validate(ctx context.Context, body string) (*Reply, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	dec := json.NewDecoder(res.Body)
	dec.UseNumber()
	var out Reply
	return &out, dec.Decode(&out)
}
