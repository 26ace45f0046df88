// Package web shows vendor results to users.
package web

import "example.com/findings/vendorapi"

// LoginFailed is what the user sees after a failed login.
func LoginFailed() string {
	return "Login failed: " + vendorapi.LeakMessage()
}

// AdminDetail is shown to operators only.
func AdminDetail() string {
	//lint:ignore testleak operators need the raw text to debug the vendor link
	return vendorapi.LeakMessage()
}

// Status is safe.
func Status() string {
	//lint:ignore testleak this used to call LeakMessage
	return vendorapi.Status()
}
