// Package web shows vendor results to users.
package web

import "example.com/brokenfindings/vendorapi"

// LoginFailed is what the user sees after a failed login.
func LoginFailed() string {
	return "Login failed: " + vendorapi.LeakMessage()
}
