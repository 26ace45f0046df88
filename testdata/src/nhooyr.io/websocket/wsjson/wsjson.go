// Package wsjson is a test stub of nhooyr.io/websocket/wsjson (v1.8.17).
package wsjson

import (
	"context"

	"nhooyr.io/websocket"
)

// Read reads a JSON message from c into v.
func Read(ctx context.Context, c *websocket.Conn, v interface{}) error { return nil }

// Write writes the JSON message v to c.
func Write(ctx context.Context, c *websocket.Conn, v interface{}) error { return nil }
