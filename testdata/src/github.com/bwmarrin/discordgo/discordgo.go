// Package discordgo is a test stub of github.com/bwmarrin/discordgo
// (v0.28): the Session's message senders and the message types, with the
// real signatures and no behaviour.
package discordgo

// RequestOption is a function which mutates request configuration.
type RequestOption func(cfg any)

// Session represents a connection to the Discord API.
type Session struct {
	Token string
}

// New creates a new Discord session.
func New(token string) (s *Session, err error) { return &Session{Token: token}, nil }

// AddHandler allows you to add an event handler.
func (s *Session) AddHandler(handler any) func() { return func() {} }

// Open creates a websocket connection to Discord.
func (s *Session) Open() error { return nil }

// User is a Discord user.
type User struct {
	ID       string `json:"id"`
	Username string `json:"username"`
}

// Member is a guild member.
type Member struct {
	User *User `json:"user"`
}

// Message is a Discord message.
type Message struct {
	ID        string  `json:"id"`
	ChannelID string  `json:"channel_id"`
	Content   string  `json:"content"`
	Author    *User   `json:"author"`
	Member    *Member `json:"member"`
}

// MessageCreate is the data for a MessageCreate event.
type MessageCreate struct {
	*Message
}

// MessageEmbed is an embed in a message.
type MessageEmbed struct {
	Title       string `json:"title,omitempty"`
	Description string `json:"description,omitempty"`
	Color       int    `json:"color,omitempty"`
}

// MessageReference is a reference to a message.
type MessageReference struct {
	MessageID string `json:"message_id"`
	ChannelID string `json:"channel_id,omitempty"`
}

// MessageSend stores all parameters you can send with ChannelMessageSendComplex.
type MessageSend struct {
	Content   string            `json:"content,omitempty"`
	Embeds    []*MessageEmbed   `json:"embeds"`
	Reference *MessageReference `json:"message_reference,omitempty"`
}

// MessageEdit is used to chain parameters via ChannelMessageEditComplex.
type MessageEdit struct {
	Content *string          `json:"content,omitempty"`
	Embeds  *[]*MessageEmbed `json:"embeds,omitempty"`
	ID      string
	Channel string
}

// NewMessageEdit returns a MessageEdit struct, initialized with the Channel and ID.
func NewMessageEdit(channelID string, messageID string) *MessageEdit {
	return &MessageEdit{Channel: channelID, ID: messageID}
}

// SetContent is the same as setting the variable Content.
func (m *MessageEdit) SetContent(str string) *MessageEdit {
	m.Content = &str
	return m
}

// MessageFlags is the flags of a message.
type MessageFlags int

// MessageFlagsEphemeral: only the user who invoked the interaction sees the message.
const MessageFlagsEphemeral MessageFlags = 1 << 6

// InteractionType indicates the type of an interaction event.
type InteractionType uint8

// InteractionApplicationCommand is a slash command.
const InteractionApplicationCommand InteractionType = 2

// Interaction represents data of an interaction.
type Interaction struct {
	ID        string          `json:"id"`
	Type      InteractionType `json:"type"`
	ChannelID string          `json:"channel_id"`
	Member    *Member         `json:"member"`
	User      *User           `json:"user"`
	Token     string          `json:"token"`
	Data      any             `json:"-"`
}

// ApplicationCommandInteractionDataOption represents an option of a slash command.
type ApplicationCommandInteractionDataOption struct {
	Name  string `json:"name"`
	Value any    `json:"value,omitempty"`
}

// StringValue is a utility function for casting option value to string.
func (o ApplicationCommandInteractionDataOption) StringValue() string {
	s, _ := o.Value.(string)
	return s
}

// ApplicationCommandInteractionData contains the data of an application command interaction.
type ApplicationCommandInteractionData struct {
	Name    string                                     `json:"name"`
	Options []*ApplicationCommandInteractionDataOption `json:"options"`
}

// ApplicationCommandData is helper function to assert the inner InteractionData.
func (i Interaction) ApplicationCommandData() (data ApplicationCommandInteractionData) {
	d, _ := i.Data.(ApplicationCommandInteractionData)
	return d
}

// InteractionCreate is the data for a InteractionCreate event.
type InteractionCreate struct {
	*Interaction
}

// InteractionResponseType is type of interaction response.
type InteractionResponseType uint8

// InteractionResponseChannelMessageWithSource is for responding with a message, showing the user's input.
const InteractionResponseChannelMessageWithSource InteractionResponseType = 4

// InteractionResponseData is response data for an interaction.
type InteractionResponseData struct {
	Content string          `json:"content"`
	Embeds  []*MessageEmbed `json:"embeds"`
	Flags   MessageFlags    `json:"flags,omitempty"`
}

// InteractionResponse represents a response for an interaction event.
type InteractionResponse struct {
	Type InteractionResponseType  `json:"type,omitempty"`
	Data *InteractionResponseData `json:"data,omitempty"`
}

// WebhookParams is a struct for webhook params, used in the WebhookExecute command.
type WebhookParams struct {
	Content  string          `json:"content,omitempty"`
	Username string          `json:"username,omitempty"`
	Embeds   []*MessageEmbed `json:"embeds,omitempty"`
	Flags    MessageFlags    `json:"flags,omitempty"`
}

// WebhookEdit stores data for editing of a webhook message.
type WebhookEdit struct {
	Content *string          `json:"content,omitempty"`
	Embeds  *[]*MessageEmbed `json:"embeds,omitempty"`
}

// ChannelMessageSend sends a message to the given channel.
func (s *Session) ChannelMessageSend(channelID string, content string, options ...RequestOption) (*Message, error) {
	return nil, nil
}

// ChannelMessageSendComplex sends a message to the given channel.
func (s *Session) ChannelMessageSendComplex(channelID string, data *MessageSend, options ...RequestOption) (st *Message, err error) {
	return nil, nil
}

// ChannelMessageSendTTS sends a message to the given channel with Text to Speech.
func (s *Session) ChannelMessageSendTTS(channelID string, content string, options ...RequestOption) (*Message, error) {
	return nil, nil
}

// ChannelMessageSendEmbed sends a message to the given channel with embedded data.
func (s *Session) ChannelMessageSendEmbed(channelID string, embed *MessageEmbed, options ...RequestOption) (*Message, error) {
	return nil, nil
}

// ChannelMessageSendEmbeds sends a message to the given channel with multiple embedded data.
func (s *Session) ChannelMessageSendEmbeds(channelID string, embeds []*MessageEmbed, options ...RequestOption) (*Message, error) {
	return nil, nil
}

// ChannelMessageSendReply sends a message to the given channel with reference data.
func (s *Session) ChannelMessageSendReply(channelID string, content string, reference *MessageReference, options ...RequestOption) (*Message, error) {
	return nil, nil
}

// ChannelMessageEdit edits an existing message, replacing it entirely with the given content.
func (s *Session) ChannelMessageEdit(channelID, messageID, content string, options ...RequestOption) (*Message, error) {
	return nil, nil
}

// ChannelMessageEditComplex edits an existing message, replacing it entirely with the given MessageEdit struct.
func (s *Session) ChannelMessageEditComplex(m *MessageEdit, options ...RequestOption) (st *Message, err error) {
	return nil, nil
}

// ChannelMessages returns an array of Message structures for messages within a given channel.
func (s *Session) ChannelMessages(channelID string, limit int, beforeID, afterID, aroundID string, options ...RequestOption) (st []*Message, err error) {
	return nil, nil
}

// UserChannelCreate creates a new User (Private) Channel with another User.
func (s *Session) UserChannelCreate(recipientID string, options ...RequestOption) (st *Channel, err error) {
	return &Channel{}, nil
}

// Channel holds all data related to an individual Discord channel.
type Channel struct {
	ID string `json:"id"`
}

// WebhookExecute executes a webhook.
func (s *Session) WebhookExecute(webhookID, token string, wait bool, data *WebhookParams, options ...RequestOption) (st *Message, err error) {
	return nil, nil
}

// InteractionRespond creates the response to an interaction.
func (s *Session) InteractionRespond(interaction *Interaction, resp *InteractionResponse, options ...RequestOption) error {
	return nil
}

// InteractionResponseEdit edits the response to an interaction.
func (s *Session) InteractionResponseEdit(interaction *Interaction, newresp *WebhookEdit, options ...RequestOption) (*Message, error) {
	return nil, nil
}

// FollowupMessageCreate creates the followup message for an interaction.
func (s *Session) FollowupMessageCreate(interaction *Interaction, wait bool, data *WebhookParams, options ...RequestOption) (*Message, error) {
	return nil, nil
}

// FollowupMessageEdit edits a followup message of an interaction.
func (s *Session) FollowupMessageEdit(interaction *Interaction, messageID string, data *WebhookEdit, options ...RequestOption) (*Message, error) {
	return nil, nil
}

// SetEmbed is a convenience function for setting the embed,
// so you can chain commands.
func (m *MessageEdit) SetEmbed(embed *MessageEmbed) *MessageEdit {
	m.Embeds = &[]*MessageEmbed{embed}
	return m
}

// SetEmbeds is a convenience function for setting the embeds,
// so you can chain commands.
func (m *MessageEdit) SetEmbeds(embeds []*MessageEmbed) *MessageEdit {
	m.Embeds = &embeds
	return m
}

// ChannelMessageSendEmbedReply sends a message to the given channel with reference data and embedded data.
func (s *Session) ChannelMessageSendEmbedReply(channelID string, embed *MessageEmbed, reference *MessageReference, options ...RequestOption) (*Message, error) {
	return nil, nil
}

// ChannelMessageSendEmbedsReply sends a message to the given channel with reference data and multiple embedded data.
func (s *Session) ChannelMessageSendEmbedsReply(channelID string, embeds []*MessageEmbed, reference *MessageReference, options ...RequestOption) (*Message, error) {
	return nil, nil
}

// ChannelMessageEditEmbed edits an existing message with embedded data.
func (s *Session) ChannelMessageEditEmbed(channelID, messageID string, embed *MessageEmbed, options ...RequestOption) (*Message, error) {
	return nil, nil
}

// ChannelMessageEditEmbeds edits an existing message with multiple embedded data.
func (s *Session) ChannelMessageEditEmbeds(channelID, messageID string, embeds []*MessageEmbed, options ...RequestOption) (*Message, error) {
	return nil, nil
}

// WebhookThreadExecute executes a webhook in a thread.
func (s *Session) WebhookThreadExecute(webhookID, token string, wait bool, threadID string, data *WebhookParams, options ...RequestOption) (st *Message, err error) {
	return nil, nil
}

// WebhookMessageEdit edits a webhook message.
func (s *Session) WebhookMessageEdit(webhookID, token, messageID string, data *WebhookEdit, options ...RequestOption) (st *Message, err error) {
	return nil, nil
}
