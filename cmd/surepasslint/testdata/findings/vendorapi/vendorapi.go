// Package vendorapi stands for a vendor's client library: a client of
// cloud.surepassid.com. That mention is a SurePassID signal, and the
// standalone command serves cross-package facts (testleak's among them) only
// from packages with a signal in their import closure (internal/lazyfacts);
// without it, whether web's pass saw this package's facts would depend on
// which pass finished first.
package vendorapi

// LeakMessage returns the server's raw error text.
func LeakMessage() string { return "OTP 123456 is invalid for user alice" }

// Status returns a safe status line.
func Status() string { return "ok" }
