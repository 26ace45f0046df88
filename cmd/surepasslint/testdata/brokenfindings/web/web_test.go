package web

import "testing"

func TestLoginFailed(t *testing.T) {
	if LoginFailed() == "" {
		t.Error("empty message")
	}
}
