// Package acquirer is the client of our card acquirer's 3-D Secure
// challenge service. Its answers borrow names that read like an
// authenticator's, for the one-time codes the cardholder types.
package acquirer

// Resp holds the acquirer's challenge results.
var Resp = struct {
	Success, OTPAlreadyUsed, OTPInvalid, Locked int
}{Success: 0, OTPAlreadyUsed: 9002, OTPInvalid: 9003, Locked: 9015}

// Challenge is the acquirer's answer to a challenge.
type Challenge struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Settled reports whether the payment may be captured: the acquirer
// retries other results on its side.
func Settled(c *Challenge) bool {
	switch c.ErrorCode {
	case Resp.OTPInvalid, Resp.OTPAlreadyUsed:
		return false
	case Resp.Locked:
		return false
	}
	return true
}
