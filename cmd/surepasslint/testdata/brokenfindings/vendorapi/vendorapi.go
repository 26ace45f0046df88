// Package vendorapi stands for a vendor's client library.
package vendorapi

// LeakMessage returns the server's raw error text.
func LeakMessage() string { return "OTP 123456 is invalid for user alice" }

// Status returns a safe status line.
func Status() string { return "ok" }
