// Package wsjson is a test stub of github.com/coder/websocket/wsjson (v1.8.15).
package wsjson

import (
	"context"

	"github.com/coder/websocket"
)

// Read reads a JSON message from c into v.
func Read(ctx context.Context, c *websocket.Conn, v interface{}) error { return nil }

// Write writes the JSON message v to c.
func Write(ctx context.Context, c *websocket.Conn, v interface{}) error { return nil }
