// Package openapi is a test stub of
// github.com/twilio/twilio-go/rest/conversations/v1 (v1.31): the
// conversation messages' create calls and their parameters.
package openapi

// CreateConversationMessageParams are the parameters of
// CreateConversationMessage.
type CreateConversationMessageParams struct {
	Author           *string `json:"Author,omitempty"`
	Body             *string `json:"Body,omitempty"`
	Attributes       *string `json:"Attributes,omitempty"`
	ContentVariables *string `json:"ContentVariables,omitempty"`
	Subject          *string `json:"Subject,omitempty"`
}

func (params *CreateConversationMessageParams) SetAuthor(Author string) *CreateConversationMessageParams {
	params.Author = &Author
	return params
}

func (params *CreateConversationMessageParams) SetBody(Body string) *CreateConversationMessageParams {
	params.Body = &Body
	return params
}

func (params *CreateConversationMessageParams) SetAttributes(Attributes string) *CreateConversationMessageParams {
	params.Attributes = &Attributes
	return params
}

func (params *CreateConversationMessageParams) SetContentVariables(ContentVariables string) *CreateConversationMessageParams {
	params.ContentVariables = &ContentVariables
	return params
}

func (params *CreateConversationMessageParams) SetSubject(Subject string) *CreateConversationMessageParams {
	params.Subject = &Subject
	return params
}

// CreateServiceConversationMessageParams are the parameters of
// CreateServiceConversationMessage.
type CreateServiceConversationMessageParams struct {
	Author           *string `json:"Author,omitempty"`
	Body             *string `json:"Body,omitempty"`
	ContentVariables *string `json:"ContentVariables,omitempty"`
	Subject          *string `json:"Subject,omitempty"`
}

func (params *CreateServiceConversationMessageParams) SetAuthor(Author string) *CreateServiceConversationMessageParams {
	params.Author = &Author
	return params
}

func (params *CreateServiceConversationMessageParams) SetBody(Body string) *CreateServiceConversationMessageParams {
	params.Body = &Body
	return params
}

// ConversationsV1ConversationMessage is a message posted.
type ConversationsV1ConversationMessage struct {
	Sid *string `json:"sid,omitempty"`
}

// ConversationsV1ServiceConversationMessage is a message posted in a
// conversation service.
type ConversationsV1ServiceConversationMessage struct {
	Sid *string `json:"sid,omitempty"`
}

// ApiService is the client's Conversations v1 service.
type ApiService struct{}

// CreateConversationMessage adds a message to a conversation.
func (c *ApiService) CreateConversationMessage(ConversationSid string, params *CreateConversationMessageParams) (*ConversationsV1ConversationMessage, error) {
	return &ConversationsV1ConversationMessage{}, nil
}

// CreateServiceConversationMessage adds a message to a conversation of a
// conversation service.
func (c *ApiService) CreateServiceConversationMessage(ChatServiceSid string, ConversationSid string, params *CreateServiceConversationMessageParams) (*ConversationsV1ServiceConversationMessage, error) {
	return &ConversationsV1ServiceConversationMessage{}, nil
}
