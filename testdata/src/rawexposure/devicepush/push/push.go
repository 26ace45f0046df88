// Package push hands notifications to the in-house gateway, which relays
// them to FCM and APNs.
package push

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// Notification is shown on the courier's phone.
type Notification struct {
	Token string            `json:"token"`
	Title string            `json:"title"`
	Body  string            `json:"body"`
	Data  map[string]string `json:"data,omitempty"`
}

// Broadcast goes to every phone subscribed to a topic.
type Broadcast struct {
	Topic string `json:"topic"`
	Title string `json:"title"`
	Body  string `json:"body"`
}

// Gateway posts to the push gateway.
type Gateway struct {
	URL  string
	HTTP *http.Client
}

// Send delivers one notification.
func (g *Gateway) Send(ctx context.Context, n Notification) error {
	return g.post(ctx, n)
}

// SendTopic delivers a broadcast to a topic's subscribers.
func (g *Gateway) SendTopic(ctx context.Context, b Broadcast) error {
	return g.post(ctx, b)
}

func (g *Gateway) post(ctx context.Context, v any) error {
	buf, err := json.Marshal(v)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.URL, bytes.NewReader(buf))
	if err != nil {
		return err
	}
	resp, err := g.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
