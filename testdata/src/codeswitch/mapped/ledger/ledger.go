// Package ledger reads the answers of the agency's accounting service,
// another vendor whose JSON has the same errorCode field.
package ledger

// Reply is the accounting service's answer.
type Reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Hold is what the ledger does with a posting.
type Hold struct {
	Deny   bool
	Reason string
}

// HoldFor denies two of the ledger's own codes and lets the others post.
// Not reported: not SurePassID.
func HoldFor(r Reply) Hold {
	switch r.ErrorCode {
	case 9003, 9015, 9030:
		return Hold{Deny: true, Reason: "period closed"}
	}
	return Hold{}
}
