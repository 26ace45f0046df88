// Package openapi is a test stub of github.com/twilio/twilio-go/rest/api/v2010
// (v1.31): the Messages resource's create call and its parameters.
package openapi

// CreateMessageParams are the parameters of CreateMessage.
type CreateMessageParams struct {
	PathAccountSid   *string `json:"PathAccountSid,omitempty"`
	To               *string `json:"To,omitempty"`
	From             *string `json:"From,omitempty"`
	Body             *string `json:"Body,omitempty"`
	ContentVariables *string `json:"ContentVariables,omitempty"`
}

func (params *CreateMessageParams) SetTo(To string) *CreateMessageParams {
	params.To = &To
	return params
}

func (params *CreateMessageParams) SetFrom(From string) *CreateMessageParams {
	params.From = &From
	return params
}

func (params *CreateMessageParams) SetBody(Body string) *CreateMessageParams {
	params.Body = &Body
	return params
}

// ApiV2010Message is a sent message.
type ApiV2010Message struct {
	Sid *string `json:"sid,omitempty"`
}

// ApiService is the client's API v2010 service.
type ApiService struct{}

// CreateMessage sends a new outgoing message.
func (c *ApiService) CreateMessage(params *CreateMessageParams) (*ApiV2010Message, error) {
	return &ApiV2010Message{}, nil
}

func (params *CreateMessageParams) SetContentVariables(ContentVariables string) *CreateMessageParams {
	params.ContentVariables = &ContentVariables
	return params
}
