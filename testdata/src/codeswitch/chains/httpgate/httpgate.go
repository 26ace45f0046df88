// Package httpgate checks SurePassID answers next to another service's
// HTTP status.
package httpgate

import (
	"context"
	"net/http"

	"codeswitch/chains/surepass"
)

// Gate guards withdrawals.
type Gate struct {
	SP    *surepass.Client
	Risk  *http.Client
	Ready map[string]bool
}

// Withdraw tests the SurePassID code, then the risk service's HTTP
// status: two values, not one dispatch; the code's own last link refuses
// every failure. Quiet.
func (g *Gate) Withdraw(ctx context.Context, w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	rep, err := g.SP.Validate(ctx, user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	risk, err := g.Risk.Get("https://risk.internal/score?user=" + user)
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	defer risk.Body.Close()
	if rep.Code == uint32(surepass.RcOtpInvalid) {
		http.Error(w, "wrong code", http.StatusForbidden)
		return
	} else if risk.StatusCode == http.StatusTooManyRequests {
		http.Error(w, "slow down", http.StatusTooManyRequests)
		return
	} else if rep.Result() != surepass.RcSuccess {
		http.Error(w, "denied", http.StatusForbidden)
		return
	}
	g.Ready[user] = true
	w.WriteHeader(http.StatusNoContent)
}
