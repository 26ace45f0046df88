// want package:"rawexposure/ports/domain.Check.Reason raw errorMessage from domain.Check.Reason; rawexposure/ports/domain.Denial.Reason raw errorMessage"

// Package spadapter implements domain.SecondFactor on SurePassID. It fills
// the domain's types with what the server said.
package spadapter

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"rawexposure/ports/domain"
)

type answer struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Adapter calls SurePassID's REST endpoint.
type Adapter struct {
	HTTP     *http.Client
	Endpoint string // https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx
	Login    string
	Key      string
}

// VerifyCode implements domain.SecondFactor.
func (a *Adapter) VerifyCode(ctx context.Context, user, code string) (domain.Check, error) { // want VerifyCode:"result 0 raw errorMessage"
	body, _ := json.Marshal(map[string]string{
		"type": "validate_oath_otp", "username": user, "otp": code,
		"spAccountLoginName": a.Login, "spAccountLoginKey": a.Key,
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.Endpoint, bytes.NewReader(body))
	if err != nil {
		return domain.Check{}, err
	}
	res, err := a.HTTP.Do(req)
	if err != nil {
		return domain.Check{}, err
	}
	defer res.Body.Close()
	var ans answer
	if err := json.NewDecoder(res.Body).Decode(&ans); err != nil {
		return domain.Check{}, err
	}
	if ans.ErrorCode != 0 {
		return domain.Check{Reason: ans.ErrorMessage, Hint: "The code was not accepted."}, nil
	}
	return domain.Check{Approved: true, Hint: "Signed in."}, nil
}

// Deny turns a refusal into the domain's error.
func (a *Adapter) Deny(user string, ans answer) error { // want Deny:"result 0 raw errorMessage"
	d := &domain.Denial{User: user}
	d.Reason = ans.ErrorMessage
	return d
}
