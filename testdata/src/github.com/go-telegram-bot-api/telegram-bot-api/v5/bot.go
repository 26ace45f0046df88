// Package tgbotapi is a test stub of
// github.com/go-telegram-bot-api/telegram-bot-api/v5: BotAPI's Send and
// Request and the message configs, with the real signatures and no
// behaviour.
package tgbotapi

// BotAPI allows you to interact with the Telegram Bot API.
type BotAPI struct {
	Token string
}

// NewBotAPI creates a new BotAPI instance.
func NewBotAPI(token string) (*BotAPI, error) { return &BotAPI{Token: token}, nil }

// Chattable is any config type that can be sent.
type Chattable interface {
	Method() string
}

// Message represents a message.
type Message struct {
	MessageID int    `json:"message_id"`
	From      *User  `json:"from,omitempty"`
	Text      string `json:"text,omitempty"`
	Chat      *Chat  `json:"chat"`
}

// Chat represents a chat.
type Chat struct {
	ID int64 `json:"id"`
}

// APIResponse is a response from the Telegram API.
type APIResponse struct {
	Ok          bool   `json:"ok"`
	Description string `json:"description,omitempty"`
}

// BaseChat is base type for all chat config types.
type BaseChat struct {
	ChatID           int64
	ReplyToMessageID int
}

// MessageConfig contains information about a SendMessage request.
type MessageConfig struct {
	BaseChat
	Text      string
	ParseMode string
}

// Method returns the Telegram method.
func (config MessageConfig) Method() string { return "sendMessage" }

// EditMessageTextConfig allows you to modify the text in a message.
type EditMessageTextConfig struct {
	BaseEdit
	Text      string
	ParseMode string
}

// BaseEdit is base type of all chat edits.
type BaseEdit struct {
	ChatID    int64
	MessageID int
}

// Method returns the Telegram method.
func (config EditMessageTextConfig) Method() string { return "editMessageText" }

// NewMessage creates a new Message.
func NewMessage(chatID int64, text string) MessageConfig {
	return MessageConfig{BaseChat: BaseChat{ChatID: chatID}, Text: text}
}

// NewEditMessageText allows you to edit the text of a message.
func NewEditMessageText(chatID int64, messageID int, text string) EditMessageTextConfig {
	return EditMessageTextConfig{BaseEdit: BaseEdit{ChatID: chatID, MessageID: messageID}, Text: text}
}

// Send will send a Chattable item to Telegram and provides the returned Message.
func (bot *BotAPI) Send(c Chattable) (Message, error) { return Message{}, nil }

// Request sends a Chattable to Telegram, and returns the APIResponse.
func (bot *BotAPI) Request(c Chattable) (*APIResponse, error) { return &APIResponse{}, nil }

// User represents a Telegram user or bot.
type User struct {
	ID       int64  `json:"id"`
	UserName string `json:"username,omitempty"`
}

// CallbackQuery is data sent when a keyboard button with callback data is clicked.
type CallbackQuery struct {
	ID      string   `json:"id"`
	From    *User    `json:"from"`
	Message *Message `json:"message,omitempty"`
	Data    string   `json:"data,omitempty"`
}

// Update is an update response, from GetUpdates.
type Update struct {
	UpdateID      int            `json:"update_id"`
	Message       *Message       `json:"message,omitempty"`
	CallbackQuery *CallbackQuery `json:"callback_query,omitempty"`
}

// UpdatesChannel is the channel for getting updates.
type UpdatesChannel <-chan Update

// UpdateConfig contains information about a GetUpdates request.
type UpdateConfig struct {
	Offset  int
	Timeout int
}

// NewUpdate gets updates since the last Offset.
func NewUpdate(offset int) UpdateConfig { return UpdateConfig{Offset: offset} }

// GetUpdatesChan starts and returns a channel for getting updates.
func (bot *BotAPI) GetUpdatesChan(config UpdateConfig) UpdatesChannel { return nil }

// IsCommand returns true if message starts with a "bot_command" entity.
func (m *Message) IsCommand() bool { return false }

// Command checks if the message was a command and if it was, returns the command.
func (m *Message) Command() string { return "" }

// CommandArguments checks if the message was a command and if it was, returns all text after the command name.
func (m *Message) CommandArguments() string { return "" }

// CallbackConfig contains information on making a CallbackQuery response.
type CallbackConfig struct {
	CallbackQueryID string `json:"callback_query_id"`
	Text            string `json:"text"`
	ShowAlert       bool   `json:"show_alert"`
}

// Method returns the Telegram method.
func (config CallbackConfig) Method() string { return "answerCallbackQuery" }

// NewCallback creates a new callback message.
func NewCallback(id, text string) CallbackConfig {
	return CallbackConfig{CallbackQueryID: id, Text: text}
}

// NewCallbackWithAlert creates a new callback message that alerts the user.
func NewCallbackWithAlert(id, text string) CallbackConfig {
	return CallbackConfig{CallbackQueryID: id, Text: text, ShowAlert: true}
}

// NewMessageToChannel creates a new Message that is sent to a channel by username.
func NewMessageToChannel(username string, text string) MessageConfig {
	return MessageConfig{Text: text}
}
