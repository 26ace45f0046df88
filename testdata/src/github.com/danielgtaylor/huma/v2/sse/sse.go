// Package sse is a test stub of github.com/danielgtaylor/huma/v2/sse
// (v2.37.2): server-sent events, with the real signatures. Each message's
// Data is marshaled as the event's data line.
package sse

import (
	"context"

	"github.com/danielgtaylor/huma/v2"
)

// Message is a single SSE message.
type Message struct {
	ID    int
	Data  any
	Retry int
}

// Sender is a send function for sending SSE messages to the client.
type Sender func(Message) error

// Data sends a message with the given data to the client.
func (s Sender) Data(data any) error {
	return s(Message{Data: data})
}

// Register a new SSE operation.
func Register[I any](api huma.API, op huma.Operation, eventTypeMap map[string]any, f func(ctx context.Context, input *I, send Sender)) {
}
