// Package otpgate calls SurePassID's REST OTP service for the step-up
// flow.
package otpgate

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

const validateURL = "https://cloud.surepassid.com/AuthServer/REST/OTP/OTPService.svc/validate_otp"

// Reply is SurePassID's answer.
type Reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Rejected reports a non-zero return code.
func (r Reply) Rejected() bool { return r.ErrorCode != 0 }

// Gate calls the server.
type Gate struct{ HTTP *http.Client }

// Validate checks a one-time code.
func (g *Gate) Validate(ctx context.Context, user, otp string) (Reply, error) {
	body, _ := json.Marshal(map[string]string{"userName": user, "otp": otp})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, validateURL, bytes.NewReader(body))
	if err != nil {
		return Reply{}, err
	}
	res, err := g.HTTP.Do(req)
	if err != nil {
		return Reply{}, fmt.Errorf("otpgate: %w", err)
	}
	defer res.Body.Close()
	var r Reply
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
		return Reply{}, fmt.Errorf("otpgate: decode: %w", err)
	}
	return r, nil
}
