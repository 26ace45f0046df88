// Package wallet tops up cards through an acquirer whose API has
// SurePassID's envelope and 9000-range decline codes, next to a SurePassID
// client. The acquirer's base URL comes from configuration: no literal
// names its host, its constants do.
package wallet // want "relevant package"

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

const (
	cardlineApproved     = 0
	cardlineDeclined     = 9001
	cardlineInsufficient = 9002
	cardlineCardExpired  = 9003
	cardline3DSRequired  = 9010
	cardlineTimeout      = 9090
)

// cardlineResponse is the acquirer's answer: not SurePassID's.
type cardlineResponse struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
	ChargeID     string `json:"chargeId"`
}

// spReply is SurePassID's answer.
type spReply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// chargeOutcome names no vendor: recognized by its fields.
type chargeOutcome struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

func use(p cardlineResponse, s spReply, o chargeOutcome) {
	_ = p.ErrorCode
	_ = p.ErrorMessage
	_ = s.ErrorCode    // want "role code"
	_ = s.ErrorMessage // want "role message"
	_ = o.ErrorCode    // want "role code"
	_ = o.ErrorMessage // want "role message"
}
