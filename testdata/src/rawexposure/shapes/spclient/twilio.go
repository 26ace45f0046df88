package spclient

const twilioVerify = "https://verify.twilio.com/v2/Services"

// TwilioReply is Twilio Verify's answer, named like SurePassID's: the
// package calls Twilio too, and the type is named for it.
type TwilioReply struct {
	ErrorCode    int    `json:"error_code"`
	ErrorMessage string `json:"error_message"`
}
