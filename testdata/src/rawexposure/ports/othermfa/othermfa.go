// Package othermfa implements domain.SecondFactor on another vendor, whose
// answers have the same JSON shape.
package othermfa

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"

	"rawexposure/ports/domain"
)

// Adapter calls the other vendor.
type Adapter struct {
	HTTP *http.Client
	Base string
}

// VerifyCode implements domain.SecondFactor.
func (a *Adapter) VerifyCode(ctx context.Context, user, code string) (domain.Check, error) {
	res, err := a.HTTP.PostForm(a.Base+"/verify", url.Values{"user": {user}, "code": {code}})
	if err != nil {
		return domain.Check{}, err
	}
	defer res.Body.Close()
	var ans struct {
		ErrorCode    int    `json:"errorCode"`
		ErrorMessage string `json:"errorMessage"`
	}
	if err := json.NewDecoder(res.Body).Decode(&ans); err != nil {
		return domain.Check{}, err
	}
	return domain.Check{Approved: ans.ErrorCode == 0, Hint: ans.ErrorMessage}, nil
}
