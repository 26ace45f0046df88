// Package idp is the help desk's client for its identity gateway. Nothing here
// names SurePassID: the two directives on reply are the only configuration,
// and every driver must read them alike.
package idp

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
)

type reply struct {
	Status int    `json:"status"` //surepasslint:codefield
	Detail string `json:"detail"` //surepasslint:messagefield
}

// Gateway is the identity gateway.
type Gateway struct {
	HTTP *http.Client
	Base string
}

// Verify checks user's one-time password.
func (g *Gateway) Verify(ctx context.Context, user, otp string) error {
	q := url.Values{"u": {user}, "c": {otp}}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, g.Base+"/verify?"+q.Encode(), nil)
	if err != nil {
		return err
	}
	res, err := g.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	var rep reply
	if err := json.NewDecoder(res.Body).Decode(&rep); err != nil {
		return err
	}
	if rep.Status != 0 {
		return fmt.Errorf("idp: %s", rep.Detail)
	}
	return nil
}
