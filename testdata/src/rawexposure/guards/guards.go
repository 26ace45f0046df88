// Package guards shows the one place a raw value may be shown: where the
// code is proved not security-relevant (the vendor asks for generic text
// only for security-relevant errors).
package guards

import (
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/surepasslint/surepasslint/codes"
)

type Response struct {
	codes.Envelope
}

func send(w http.ResponseWriter, resp Response) {
	switch resp.ErrorCode {
	case codes.Success:
		w.WriteHeader(http.StatusNoContent)
	case codes.SMSSendError:
		http.Error(w, resp.ErrorMessage, http.StatusBadGateway) // allowed: SMSSendError is not security-relevant
	case codes.PartnerUserSendPasswordEmailFailed:
		fmt.Fprint(w, resp.ErrorMessage) // allowed too
	case codes.CreateTransactionFailed, codes.OTPInvalid:
		http.Error(w, resp.ErrorMessage, http.StatusBadGateway) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
	default:
		fmt.Fprintf(w, "error %d", resp.ErrorCode) // want `raw SurePassID return code \(from resp.ErrorCode\) written to the HTTP response`
	}
}

func ifGuard(w http.ResponseWriter, resp Response) {
	if resp.ErrorCode == codes.SMSSendError {
		http.Error(w, resp.ErrorMessage, http.StatusBadGateway) // allowed
	} else {
		http.Error(w, resp.ErrorMessage, http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
	}
	if !resp.ErrorCode.SecurityRelevant() {
		fmt.Fprint(w, resp.ErrorCode) // allowed
	}
	if resp.ErrorCode == codes.OTPInvalid {
		fmt.Fprint(w, resp.ErrorCode) // want `raw SurePassID return code \(from resp.ErrorCode\) written to the HTTP response`
	}
	if resp.ErrorCode != codes.SMSSendError {
		return
	}
	http.Error(w, resp.ErrorMessage, http.StatusBadGateway) // allowed: only SMSSendError gets past the early return
}

func earlyReturnNotAGuard(w http.ResponseWriter, resp Response) {
	if resp.ErrorCode == codes.SMSSendError {
		return
	}
	http.Error(w, resp.ErrorMessage, http.StatusBadGateway) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
	if resp.Failed() {
		return
	}
	json.NewEncoder(w).Encode(resp) // want `raw SurePassID errorMessage \(from resp\) written to the HTTP response`
}
