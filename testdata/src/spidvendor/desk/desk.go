// Package desk serves the front desk. It imports the MFA client, so it has
// a signal, but nothing of its own shows SurePassID: the locker controller
// and the badge printer it talks to answer with errorCode/errorMessage
// too, and those replies are theirs.
package desk // want "relevant package"

import (
	"encoding/json"
	"errors"
	"net/http"

	"spidvendor/mfa"
)

// lockerStatus is the smart-locker controller's reply.
type lockerStatus struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
	Slot         string `json:"slot"`
}

// printerAck is the badge printer's reply, Go names only.
type printerAck struct {
	ErrCode int
	ErrMsg  string
}

func openLocker(w http.ResponseWriter, resp *http.Response) {
	var st lockerStatus
	if err := json.NewDecoder(resp.Body).Decode(&st); err != nil {
		return
	}
	if st.ErrorCode != 0 {
		http.Error(w, st.ErrorMessage, http.StatusConflict)
	}
}

func printBadge(a printerAck) string {
	if a.ErrCode != 0 {
		return a.ErrMsg
	}
	return "printed"
}

// verify still sees SurePassID's reply through the import.
func verify(w http.ResponseWriter, r mfa.Reply) {
	if r.ErrorCode != 0 { // want "role code"
		http.Error(w, r.ErrorMessage, http.StatusUnauthorized) // want "role message"
	}
	if r.ErrorCode < 0 { // want "role code"
		http.Error(w, errors.New("SurePassID unreachable, check the token by hand").Error(), http.StatusBadGateway)
	}
}
