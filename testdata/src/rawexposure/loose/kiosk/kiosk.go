// Package kiosk serves the lobby kiosk. It imports the SurePassID client,
// but the badge printer it drives answers with errorCode/errorMessage too:
// the printer's text is for the visitor standing at it and is not
// reported; SurePassID's is.
package kiosk

import (
	"encoding/json"
	"net/http"

	"rawexposure/frameworks/spclient"
)

// printerReply is the badge printer's answer.
type printerReply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
	Job          string `json:"job"`
}

type kiosk struct {
	sp      *spclient.Client
	printer *http.Client
}

func (k *kiosk) printBadge(w http.ResponseWriter, r *http.Request) {
	res, err := k.printer.Post("http://10.1.4.20/print", "text/plain", r.Body)
	if err != nil {
		http.Error(w, "SurePassID is fine, the printer is not", http.StatusServiceUnavailable)
		return
	}
	defer res.Body.Close()
	var rep printerReply
	if err := json.NewDecoder(res.Body).Decode(&rep); err != nil {
		http.Error(w, "printer answered garbage", http.StatusBadGateway)
		return
	}
	if rep.ErrorCode != 0 {
		w.Header().Set("X-Printer", rep.ErrorMessage)
		http.Error(w, "Printer: "+rep.ErrorMessage, http.StatusConflict)
		return
	}
	_ = json.NewEncoder(w).Encode(rep)
}

func (k *kiosk) checkIn(w http.ResponseWriter, r *http.Request) {
	resp, err := k.sp.ValidateOTP(r.Context(), r.FormValue("visitor"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if resp.ErrorCode != 0 {
		http.Error(w, resp.ErrorMessage, http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
