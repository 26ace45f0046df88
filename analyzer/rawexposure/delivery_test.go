package rawexposure_test

import "testing"

// TestDelivery: a resend handler beside the vendor's send has text
// gateways of its own whose method is named like the published SendOTP:
// one handed the phone number and the code it made, one whose doc names
// Twilio. Their messages written to the client stay quiet; the vendor's
// challenge's message is reported.
func TestDelivery(t *testing.T) {
	checkFixed(t, "rawexposure/delivery/...")
}
