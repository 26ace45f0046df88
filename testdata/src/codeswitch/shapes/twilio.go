package shapes

const twilioVerify = "https://verify.twilio.com/v2/Services"

// twilioReply is Twilio Verify's answer, named like SurePassID's.
type twilioReply struct {
	ErrorCode    int    `json:"error_code"`
	ErrorMessage string `json:"error_message"`
}

// SMSSent lets unknown Twilio codes through: Twilio's codes, not ours.
func SMSSent(r twilioReply) bool { // want SMSSent:"codeswitch\\(predicate: true when param 0.ErrorCode is Success, PartnerLoginFailed"
	switch r.ErrorCode {
	case 9003, 9015:
		return false
	}
	return true
}
