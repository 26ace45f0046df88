// Package socketmode is a test stub of
// github.com/slack-go/slack/socketmode (v0.36): the client and its
// acknowledgement, with the real signatures and no behaviour.
package socketmode

import (
	"context"

	"github.com/slack-go/slack"
)

// EventType is the type of events that are emitted by socketmode.Client.
type EventType string

// The event types a bot handles.
const (
	EventTypeEventsAPI    = EventType("events_api")
	EventTypeInteractive  = EventType("interactive")
	EventTypeSlashCommand = EventType("slash_commands")
)

// Client is a Socket Mode client.
type Client struct {
	Events chan Event
}

// New returns a Socket Mode client.
func New(api *slack.Client) *Client { return &Client{} }

// Event is a Socket Mode event.
type Event struct {
	Type    EventType
	Data    any
	Request *Request
}

// Request maps to the content of each WebSocket message received.
type Request struct {
	Type       string `json:"type"`
	EnvelopeID string `json:"envelope_id"`
}

// Ack acknowledges the request, with an optional response payload.
func (smc *Client) Ack(req Request, payload ...any) error { return nil }

// AckCtx acknowledges the request envelope ID with the payload.
func (smc *Client) AckCtx(ctx context.Context, reqID string, payload any) error { return nil }

// Run starts the client.
func (smc *Client) Run() error { return nil }
