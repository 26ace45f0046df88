// Package mfa sends OTPs two ways: SurePassID for tokens, Twilio Verify
// for SMS. Both answer with an error code and message.
package mfa // want "relevant package"

const (
	surepassURL = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"
	twilioURL   = "https://verify.twilio.com/v2/Services"
	docsURL     = "http://localhost:8080/docs"
)

// Reply is SurePassID's answer.
type Reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// TwilioError is Twilio's error body.
type TwilioError struct {
	ErrorCode    int    `json:"code"`
	ErrorMessage string `json:"message"`
	Status       int    `json:"status"`
}

// twilioVerifyReply is Twilio's answer, with the same names as SurePassID's.
type twilioVerifyReply struct {
	ErrorCode    int    `json:"error_code"`
	ErrorMessage string `json:"error_message"`
}

// localReply is not named for Twilio: it is recognized.
type localReply struct {
	ErrCode int
	ErrMsg  string
}

func use(r Reply, t twilioVerifyReply, l localReply) {
	_ = r.ErrorCode    // want "role code"
	_ = r.ErrorMessage // want "role message"
	_ = t.ErrorCode
	_ = t.ErrorMessage
	_ = l.ErrCode // want "role code"
	_ = l.ErrMsg  // want "role message"
}
