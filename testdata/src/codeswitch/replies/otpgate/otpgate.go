// Package otpgate calls SurePassID's validate_oath_otp and keeps the
// return code as the text the team's older services logged it as.
package otpgate

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
)

// The return codes the team names.
const (
	RcSuccess        = 0
	RcOTPInvalid     = 9003
	RcDeviceDisabled = 9028
	RcBogusOTP       = 9030
	RcOTPExpired     = 9043
)

// Answer is SurePassID's reply; Code holds errorCode as decimal text.
type Answer struct {
	Code    string `json:"errorCode"`
	Message string `json:"errorMessage"`
}

// Accepted reports whether the answer is Success.
func (a Answer) Accepted() bool { return a.Code == strconv.Itoa(RcSuccess) } // want Accepted:"codeswitch\\(predicate: true when receiver.Code is Success\\)"

// Number is the code as a number, -1 when it is not one.
func (a Answer) Number() int { // want Number:"codeswitch\\(accessor: receiver.Code\\)"
	n, err := strconv.Atoi(a.Code)
	if err != nil {
		return -1
	}
	return n
}

// Gate posts to the SurePassID REST endpoint.
type Gate struct {
	URL, Login, Key string
	HTTP            *http.Client
}

// ValidateOTP checks a one-time password.
func (g *Gate) ValidateOTP(ctx context.Context, user, otp string) (Answer, error) {
	body, _ := json.Marshal(map[string]string{"type": "validate_oath_otp", "login": g.Login, "key": g.Key, "username": user, "otp": otp})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.URL, bytes.NewReader(body))
	if err != nil {
		return Answer{}, err
	}
	resp, err := g.HTTP.Do(req)
	if err != nil {
		return Answer{}, err
	}
	defer resp.Body.Close()
	var raw struct {
		ErrorCode    json.Number `json:"errorCode"`
		ErrorMessage string      `json:"errorMessage"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&raw); err != nil {
		return Answer{}, err
	}
	return Answer{Code: raw.ErrorCode.String(), Message: raw.ErrorMessage}, nil
}

// Call is the voice channel's answer, read from a decoded map: Status
// holds errorCode as text.
type Call struct {
	Status string
	Text   string
}

// Succeeded reports whether the call's answer is Success.
func (c Call) Succeeded() bool { return c.Status == strconv.Itoa(RcSuccess) } // want Succeeded:"codeswitch\\(predicate: true when receiver.Status is Success\\)"

// Int is the code as a number, -1 when it is not one.
func (c Call) Int() int { // want Int:"codeswitch\\(accessor: receiver.Status\\)"
	n, err := strconv.Atoi(c.Status)
	if err != nil {
		return -1
	}
	return n
}

// ValidateCall checks the digits a caller keyed in.
func (g *Gate) ValidateCall(ctx context.Context, user, digits string) (Call, error) {
	body, _ := json.Marshal(map[string]string{"type": "validate_oath_otp", "login": g.Login, "key": g.Key, "username": user, "otp": digits})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.URL, bytes.NewReader(body))
	if err != nil {
		return Call{}, err
	}
	resp, err := g.HTTP.Do(req)
	if err != nil {
		return Call{}, err
	}
	defer resp.Body.Close()
	var m map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil {
		return Call{}, err
	}
	return Call{Status: fmt.Sprint(m["errorCode"]), Text: fmt.Sprint(m["errorMessage"])}, nil
}
