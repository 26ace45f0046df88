// Package messaging is a test stub of firebase.google.com/go/v4/messaging:
// the FCM message and its notifications, with the real field names.
package messaging

import "context"

// Notification is the basic notification shown on the device.
type Notification struct {
	Title    string `json:"title,omitempty"`
	Body     string `json:"body,omitempty"`
	ImageURL string `json:"image,omitempty"`
}

// AndroidNotification is an Android-specific notification.
type AndroidNotification struct {
	Title string `json:"title,omitempty"`
	Body  string `json:"body,omitempty"`
}

// AndroidConfig holds Android options.
type AndroidConfig struct {
	Notification *AndroidNotification `json:"notification,omitempty"`
}

// Message is sent to a device, a topic or a condition.
type Message struct {
	Data         map[string]string `json:"data,omitempty"`
	Notification *Notification     `json:"notification,omitempty"`
	Android      *AndroidConfig    `json:"android,omitempty"`
	Token        string            `json:"token,omitempty"`
	Topic        string            `json:"-"`
}

// Client sends messages.
type Client struct{}

// Send sends message.
func (c *Client) Send(ctx context.Context, message *Message) (string, error) { return "", nil }
