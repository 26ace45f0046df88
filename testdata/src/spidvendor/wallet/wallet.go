// Package wallet tops up cards through an acquirer whose API has
// SurePassID's envelope and 9000-range decline codes, next to a SurePassID
// client. The acquirer's base URL comes from configuration: no literal
// names its host, its constants do.
package wallet // want "relevant package"

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

const (
	paylaneApproved     = 0
	paylaneDeclined     = 9001
	paylaneInsufficient = 9002
	paylaneCardExpired  = 9003
	paylane3DSRequired  = 9010
	paylaneTimeout      = 9090
)

// paylaneResponse is the acquirer's answer: not SurePassID's.
type paylaneResponse struct {
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

func use(p paylaneResponse, s spReply, o chargeOutcome) {
	_ = p.ErrorCode
	_ = p.ErrorMessage
	_ = s.ErrorCode    // want "role code"
	_ = s.ErrorMessage // want "role message"
	_ = o.ErrorCode    // want "role code"
	_ = o.ErrorMessage // want "role message"
}
