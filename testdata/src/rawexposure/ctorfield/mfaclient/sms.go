package mfaclient

import (
	"encoding/json"
	"net/http"
)

// The SMS fallback goes to Twilio, whose answers also carry an error code
// and message; its result is built the same way and is not SurePassID's.

type twilioReply struct {
	ErrorCode    int    `json:"error_code"`
	ErrorMessage string `json:"error_message"`
}

// SMSResult is Twilio's verdict.
type SMSResult struct {
	code int
	text string
}

func newSMSResult(code int, text string) SMSResult { return SMSResult{code: code, text: text} }

// Text is Twilio's own message.
func (r SMSResult) Text() string { return r.text }

// SendSMS posts the fallback code.
func SendSMS(c *http.Client, user string) (SMSResult, error) {
	resp, err := c.Get("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json")
	if err != nil {
		return SMSResult{}, err
	}
	defer resp.Body.Close()
	var r twilioReply
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return SMSResult{}, err
	}
	if r.ErrorCode == 0 {
		return newSMSResult(0, user), nil
	}
	return newSMSResult(r.ErrorCode, r.ErrorMessage), nil
}
