// Package acme talks to another vendor from function bodies, with the same
// reply shape; and it mentions SurePass only in prose.
package acme

import (
	"net/http"
	"net/url"
	"strings"
)

type reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

func Verify(user, otp string) (*http.Response, error) {
	form := url.Values{"accountName": {user}, "otp": {otp}}
	return http.Post("https://api.acme.example/v2/verify", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
}

func banner() string {
	return "We moved from SurePass to Acme in 2024"
}

func use(r reply) (int, string) { return r.ErrorCode, r.ErrorMessage }
