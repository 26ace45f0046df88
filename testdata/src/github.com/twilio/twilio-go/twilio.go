// Package twilio is a test stub of github.com/twilio/twilio-go (v1.31):
// the REST client and the services it holds.
package twilio

import (
	ApiV2010 "github.com/twilio/twilio-go/rest/api/v2010"
	ConversationsV1 "github.com/twilio/twilio-go/rest/conversations/v1"
	VerifyV2 "github.com/twilio/twilio-go/rest/verify/v2"
)

// ClientParams are the credentials of a RestClient.
type ClientParams struct {
	Username   string
	Password   string
	AccountSid string
}

// RestClient is the Twilio client.
type RestClient struct {
	Api             *ApiV2010.ApiService
	ConversationsV1 *ConversationsV1.ApiService
	VerifyV2        *VerifyV2.ApiService
}

// NewRestClientWithParams returns a client.
func NewRestClientWithParams(params ClientParams) *RestClient {
	return &RestClient{Api: &ApiV2010.ApiService{}, ConversationsV1: &ConversationsV1.ApiService{}, VerifyV2: &VerifyV2.ApiService{}}
}

// NewRestClient returns a client reading its credentials from the
// environment.
func NewRestClient() *RestClient { return NewRestClientWithParams(ClientParams{}) }
