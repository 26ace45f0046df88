package web

import (
	"testing"

	"example.com/brokenfindings/vendorapi"
)

func TestLoginFailed(t *testing.T) {
	if LoginFailed() == "" {
		t.Error("empty message", vendorapi.LeakMessage())
	}
}
