// Package form posts url-encoded requests; the request field names appear
// only as map keys inside a function.
package form // want "relevant package"

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
)

type reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Validate posts the OTP to the server the caller configured.
func Validate(ctx context.Context, server, login, key, otp string) (*reply, error) {
	form := url.Values{}
	form.Set("spAccountLoginName", login)
	form.Set("spAccountLoginKey", key)
	form.Set("otp", otp)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, server, strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var out reply
	err = json.NewDecoder(res.Body).Decode(&out)
	return &out, err
}

func use(r reply) {
	_ = r.ErrorCode    // want "role code"
	_ = r.ErrorMessage // want "role message"
}
