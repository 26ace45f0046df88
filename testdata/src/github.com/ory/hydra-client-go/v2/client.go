// Package client is a stub of github.com/ory/hydra-client-go/v2 v2.2:
// the signatures the check matches, copied from the generated client.
package client

import (
	"context"
	"net/http"
)

// OAuth2API is the OAuth2 part of Hydra's admin API.
type OAuth2API interface {
	RejectOAuth2ConsentRequest(ctx context.Context) OAuth2APIRejectOAuth2ConsentRequestRequest
	RejectOAuth2LoginRequest(ctx context.Context) OAuth2APIRejectOAuth2LoginRequestRequest
}

// OAuth2RedirectTo is where the browser goes next.
type OAuth2RedirectTo struct {
	RedirectTo string `json:"redirect_to"`
}

// RejectOAuth2Request is the body of a reject call.
type RejectOAuth2Request struct {
	Error                *string `json:"error,omitempty"`
	ErrorDebug           *string `json:"error_debug,omitempty"`
	ErrorDescription     *string `json:"error_description,omitempty"`
	ErrorHint            *string `json:"error_hint,omitempty"`
	StatusCode           *int64  `json:"status_code,omitempty"`
	AdditionalProperties map[string]interface{}
}

// NewRejectOAuth2Request instantiates a new RejectOAuth2Request object.
func NewRejectOAuth2Request() *RejectOAuth2Request { return &RejectOAuth2Request{} }

// SetError gets a reference to the given string and assigns it to the Error field.
func (o *RejectOAuth2Request) SetError(v string) { o.Error = &v }

// SetErrorDebug gets a reference to the given string and assigns it to the ErrorDebug field.
func (o *RejectOAuth2Request) SetErrorDebug(v string) { o.ErrorDebug = &v }

// SetErrorDescription gets a reference to the given string and assigns it to the ErrorDescription field.
func (o *RejectOAuth2Request) SetErrorDescription(v string) { o.ErrorDescription = &v }

// SetErrorHint gets a reference to the given string and assigns it to the ErrorHint field.
func (o *RejectOAuth2Request) SetErrorHint(v string) { o.ErrorHint = &v }

// SetStatusCode gets a reference to the given int64 and assigns it to the StatusCode field.
func (o *RejectOAuth2Request) SetStatusCode(v int64) { o.StatusCode = &v }

type OAuth2APIRejectOAuth2ConsentRequestRequest struct {
	ctx                 context.Context
	consentChallenge    *string
	rejectOAuth2Request *RejectOAuth2Request
}

func (r OAuth2APIRejectOAuth2ConsentRequestRequest) ConsentChallenge(consentChallenge string) OAuth2APIRejectOAuth2ConsentRequestRequest {
	r.consentChallenge = &consentChallenge
	return r
}

func (r OAuth2APIRejectOAuth2ConsentRequestRequest) RejectOAuth2Request(rejectOAuth2Request RejectOAuth2Request) OAuth2APIRejectOAuth2ConsentRequestRequest {
	r.rejectOAuth2Request = &rejectOAuth2Request
	return r
}

func (r OAuth2APIRejectOAuth2ConsentRequestRequest) Execute() (*OAuth2RedirectTo, *http.Response, error) {
	return &OAuth2RedirectTo{}, nil, nil
}

type OAuth2APIRejectOAuth2LoginRequestRequest struct {
	ctx                 context.Context
	loginChallenge      *string
	rejectOAuth2Request *RejectOAuth2Request
}

func (r OAuth2APIRejectOAuth2LoginRequestRequest) LoginChallenge(loginChallenge string) OAuth2APIRejectOAuth2LoginRequestRequest {
	r.loginChallenge = &loginChallenge
	return r
}

func (r OAuth2APIRejectOAuth2LoginRequestRequest) RejectOAuth2Request(rejectOAuth2Request RejectOAuth2Request) OAuth2APIRejectOAuth2LoginRequestRequest {
	r.rejectOAuth2Request = &rejectOAuth2Request
	return r
}

func (r OAuth2APIRejectOAuth2LoginRequestRequest) Execute() (*OAuth2RedirectTo, *http.Response, error) {
	return &OAuth2RedirectTo{}, nil, nil
}

// PtrString is a helper routine that returns a pointer to given string value.
func PtrString(v string) *string { return &v }

// PtrInt64 is a helper routine that returns a pointer to given int64 value.
func PtrInt64(v int64) *int64 { return &v }
