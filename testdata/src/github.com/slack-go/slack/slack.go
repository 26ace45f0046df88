// Package slack is a test stub of github.com/slack-go/slack (v0.36): the
// Web API message senders, their MsgOption and block builders, slash
// commands and incoming webhooks, with the real signatures and no
// behaviour.
package slack

import (
	"context"
	"net/http"
)

// Client for the slack api.
type Client struct{}

// Option defines an option for a Client.
type Option func(*Client)

// New builds a slack client from the provided token and options.
func New(token string, options ...Option) *Client { return &Client{} }

// MsgOption option provided when sending a message.
type MsgOption func(*sendConfig) error

type sendConfig struct{ text string }

// MsgOptionText provide the text for the message, optionally escape the provided text.
func MsgOptionText(text string, escape bool) MsgOption {
	return func(c *sendConfig) error { c.text = text; return nil }
}

// MsgOptionAttachments provide attachments for the message.
func MsgOptionAttachments(attachments ...Attachment) MsgOption { return nil }

// MsgOptionBlocks sets blocks for the message.
func MsgOptionBlocks(blocks ...Block) MsgOption { return nil }

// Attachment contains all the information for an attachment.
type Attachment struct {
	Color   string `json:"color,omitempty"`
	Title   string `json:"title,omitempty"`
	Text    string `json:"text,omitempty"`
	Pretext string `json:"pretext,omitempty"`
}

// Block defines an interface all block types should implement.
type Block interface {
	BlockType() string
}

// TextBlockObject defines a text element object to be used with blocks.
type TextBlockObject struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

// NewTextBlockObject returns an instance of a new Text Block Object.
func NewTextBlockObject(elementType, text string, emoji bool, verbatim bool) *TextBlockObject {
	return &TextBlockObject{Type: elementType, Text: text}
}

// Accessory is a block accessory.
type Accessory struct{}

// SectionBlockOption allows configuration of options for a new section block.
type SectionBlockOption func(*SectionBlock)

// SectionBlock defines a new block of type section.
type SectionBlock struct {
	Type   string             `json:"type"`
	Text   *TextBlockObject   `json:"text,omitempty"`
	Fields []*TextBlockObject `json:"fields,omitempty"`
}

// BlockType returns the type of the block.
func (s SectionBlock) BlockType() string { return "section" }

// NewSectionBlock returns a new instance of a section block to be rendered.
func NewSectionBlock(textObj *TextBlockObject, fields []*TextBlockObject, accessory *Accessory, options ...SectionBlockOption) *SectionBlock {
	return &SectionBlock{Type: "section", Text: textObj, Fields: fields}
}

// Blocks is a collection of blocks.
type Blocks struct {
	BlockSet []Block `json:"blocks,omitempty"`
}

// Text object types.
const (
	PlainTextType = "plain_text"
	MarkdownType  = "mrkdwn"
)

// Response types of a slash command's answer.
const (
	ResponseTypeInChannel = "in_channel"
	ResponseTypeEphemeral = "ephemeral"
)

// Msg contains information about a slack message.
type Msg struct {
	Text         string       `json:"text,omitempty"`
	Attachments  []Attachment `json:"attachments,omitempty"`
	Blocks       Blocks       `json:"blocks,omitempty"`
	ResponseType string       `json:"response_type,omitempty"`
}

// SlashCommand contains information about a request of the slash command.
type SlashCommand struct {
	Command     string `json:"command"`
	Text        string `json:"text"`
	UserID      string `json:"user_id"`
	UserName    string `json:"user_name"`
	ChannelID   string `json:"channel_id"`
	ResponseURL string `json:"response_url"`
	TriggerID   string `json:"trigger_id"`
}

// SlashCommandParse will parse the request of the slash command.
func SlashCommandParse(r *http.Request) (s SlashCommand, err error) { return SlashCommand{}, nil }

// WebhookMessage is an incoming webhook's payload.
type WebhookMessage struct {
	Username    string       `json:"username,omitempty"`
	Text        string       `json:"text,omitempty"`
	Attachments []Attachment `json:"attachments,omitempty"`
}

// PostWebhook sends a message to an incoming webhook.
func PostWebhook(url string, msg *WebhookMessage) error { return nil }

// PostWebhookContext sends a message to an incoming webhook with a custom context.
func PostWebhookContext(ctx context.Context, url string, msg *WebhookMessage) error { return nil }

// PostMessage sends a message to a channel.
func (api *Client) PostMessage(channelID string, options ...MsgOption) (string, string, error) {
	return "", "", nil
}

// PostMessageContext sends a message to a channel with a custom context.
func (api *Client) PostMessageContext(ctx context.Context, channelID string, options ...MsgOption) (string, string, error) {
	return "", "", nil
}

// PostEphemeral sends an ephemeral message to a user in a channel.
func (api *Client) PostEphemeral(channelID, userID string, options ...MsgOption) (string, error) {
	return "", nil
}

// PostEphemeralContext sends an ephemeral message to a user in a channel with a custom context.
func (api *Client) PostEphemeralContext(ctx context.Context, channelID, userID string, options ...MsgOption) (timestamp string, err error) {
	return "", nil
}

// UpdateMessage updates a message in a channel.
func (api *Client) UpdateMessage(channelID, timestamp string, options ...MsgOption) (string, string, string, error) {
	return "", "", "", nil
}

// UpdateMessageContext updates a message in a channel with a custom context.
func (api *Client) UpdateMessageContext(ctx context.Context, channelID, timestamp string, options ...MsgOption) (string, string, string, error) {
	return "", "", "", nil
}

// SendMessageContext more flexible method for configuring messages with a custom context.
func (api *Client) SendMessageContext(ctx context.Context, channelID string, options ...MsgOption) (_channel string, _timestampOrScheduledMessageID string, _text string, err error) {
	return "", "", "", nil
}

// PostWebhookCustomHTTP sends a message to an incoming webhook with a custom http client.
func PostWebhookCustomHTTP(url string, httpClient *http.Client, msg *WebhookMessage) error {
	return nil
}

// PostWebhookCustomHTTPContext sends a message to an incoming webhook with a custom http client and context.
func PostWebhookCustomHTTPContext(ctx context.Context, url string, httpClient *http.Client, msg *WebhookMessage) error {
	return nil
}

// ViewResponseAction is the response action of a view submission.
type ViewResponseAction string

// RAErrors shows errors on the modal's blocks.
const RAErrors ViewResponseAction = "errors"

// ViewSubmissionResponse is the answer to a view_submission.
type ViewSubmissionResponse struct {
	ResponseAction ViewResponseAction `json:"response_action"`
	View           *ModalViewRequest  `json:"view,omitempty"`
	Errors         map[string]string  `json:"errors,omitempty"`
}

// NewErrorsViewSubmissionResponse returns a response that shows the errors on the modal's blocks.
func NewErrorsViewSubmissionResponse(errors map[string]string) *ViewSubmissionResponse {
	return &ViewSubmissionResponse{ResponseAction: RAErrors, Errors: errors}
}

// SendMessage more flexible method for configuring messages.
func (api *Client) SendMessage(channel string, options ...MsgOption) (string, string, string, error) {
	return "", "", "", nil
}

// ScheduleMessage sends a message to a channel at a later time.
func (api *Client) ScheduleMessage(channelID, postAt string, options ...MsgOption) (string, string, error) {
	return "", "", nil
}

// ScheduleMessageContext sends a message to a channel at a later time with a custom context.
func (api *Client) ScheduleMessageContext(ctx context.Context, channelID, postAt string, options ...MsgOption) (string, string, error) {
	return "", "", nil
}

// ViewType is the type of a view.
type ViewType string

// View types.
const (
	VTModal   ViewType = "modal"
	VTHomeTab ViewType = "home"
)

// ModalViewRequest is a modal opened, pushed or updated for a member.
type ModalViewRequest struct {
	Type            ViewType         `json:"type"`
	Title           *TextBlockObject `json:"title,omitempty"`
	Blocks          Blocks           `json:"blocks"`
	Close           *TextBlockObject `json:"close,omitempty"`
	Submit          *TextBlockObject `json:"submit,omitempty"`
	PrivateMetadata string           `json:"private_metadata,omitempty"`
	CallbackID      string           `json:"callback_id,omitempty"`
}

// HomeTabViewRequest is a member's App Home tab.
type HomeTabViewRequest struct {
	Type   ViewType `json:"type"`
	Blocks Blocks   `json:"blocks"`
}

// PublishViewContextRequest is the request of PublishViewContext.
type PublishViewContextRequest struct {
	UserID string             `json:"user_id"`
	View   HomeTabViewRequest `json:"view"`
	Hash   *string            `json:"hash,omitempty"`
}

// ViewResponse is Slack's answer to a views call.
type ViewResponse struct {
	ID string `json:"id"`
}

// OpenView opens a view for a user.
func (api *Client) OpenView(triggerID string, view ModalViewRequest) (*ViewResponse, error) {
	return nil, nil
}

// OpenViewContext opens a view for a user with a custom context.
func (api *Client) OpenViewContext(ctx context.Context, triggerID string, view ModalViewRequest) (*ViewResponse, error) {
	return nil, nil
}

// PushView pushes a view onto the stack of a root view.
func (api *Client) PushView(triggerID string, view ModalViewRequest) (*ViewResponse, error) {
	return nil, nil
}

// PushViewContext pushes a view onto the stack of a root view with a custom context.
func (api *Client) PushViewContext(ctx context.Context, triggerID string, view ModalViewRequest) (*ViewResponse, error) {
	return nil, nil
}

// UpdateView updates an existing view.
func (api *Client) UpdateView(view ModalViewRequest, externalID, hash, viewID string) (*ViewResponse, error) {
	return nil, nil
}

// UpdateViewContext updates an existing view with a custom context.
func (api *Client) UpdateViewContext(ctx context.Context, view ModalViewRequest, externalID, hash, viewID string) (*ViewResponse, error) {
	return nil, nil
}

// PublishView publishes a static view for a user.
func (api *Client) PublishView(userID string, view HomeTabViewRequest, hash string) (*ViewResponse, error) {
	return nil, nil
}

// PublishViewContext publishes a static view for a user with a custom context.
func (api *Client) PublishViewContext(ctx context.Context, req PublishViewContextRequest) (*ViewResponse, error) {
	return nil, nil
}

// NewUpdateViewSubmissionResponse replaces the current modal with a new view.
func NewUpdateViewSubmissionResponse(view *ModalViewRequest) *ViewSubmissionResponse {
	return &ViewSubmissionResponse{ResponseAction: "update", View: view}
}

// NewPushViewSubmissionResponse pushes a new view onto the modal stack.
func NewPushViewSubmissionResponse(view *ModalViewRequest) *ViewSubmissionResponse {
	return &ViewSubmissionResponse{ResponseAction: "push", View: view}
}

// HeaderBlock defines a new block of type header.
type HeaderBlock struct {
	Type string           `json:"type"`
	Text *TextBlockObject `json:"text,omitempty"`
}

// BlockType returns the type of the block.
func (s HeaderBlock) BlockType() string { return "header" }

// NewHeaderBlock returns a new instance of a header block to be rendered.
func NewHeaderBlock(textObj *TextBlockObject) *HeaderBlock {
	return &HeaderBlock{Type: "header", Text: textObj}
}

// MixedElement is an element of a context block.
type MixedElement interface{}

// ContextBlock defines data that is used to display message context.
type ContextBlock struct {
	Type     string         `json:"type"`
	Elements []MixedElement `json:"elements"`
}

// BlockType returns the type of the block.
func (s ContextBlock) BlockType() string { return "context" }

// NewContextBlock returns a new instance of a context block.
func NewContextBlock(blockID string, mixedElements ...MixedElement) *ContextBlock {
	return &ContextBlock{Type: "context", Elements: mixedElements}
}
