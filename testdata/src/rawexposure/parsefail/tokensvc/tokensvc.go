// Package tokensvc calls SurePassID and parses the code it answers with
// itself: as text or as json.Number.
package tokensvc

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
)

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/OTP/OTPServer.aspx"

// Answer keeps the code as the text the server sent.
type Answer struct {
	ResultCode string `json:"errorCode"`
	Detail     string `json:"errorMessage"`
}

// NumAnswer keeps it as a json.Number.
type NumAnswer struct {
	ResultCode json.Number `json:"errorCode"`
	Detail     string      `json:"errorMessage"`
}

// ErrRejected is what callers compare against.
var ErrRejected = errors.New("tokensvc: rejected")

func post(ctx context.Context, body map[string]string, out any) error {
	buf, err := json.Marshal(body)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(buf))
	if err != nil {
		return err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	dec := json.NewDecoder(res.Body)
	dec.UseNumber()
	return dec.Decode(out)
}

// Check quotes the text that was no number: not a code.
func Check(ctx context.Context, user, otp string) (int, error) { // want Check:"rawexposure\\(result 0 raw return code from tokensvc.Check\\)"
	var a Answer
	if err := post(ctx, map[string]string{"user": user, "otp": otp}, &a); err != nil {
		return 0, err
	}
	n, err := strconv.Atoi(strings.TrimSpace(a.ResultCode))
	if err != nil {
		return 0, fmt.Errorf("tokensvc: errorCode %q is not a number: %w", a.ResultCode, err)
	}
	if n != 0 {
		return n, ErrRejected
	}
	return 0, nil
}

// Push parses in the if's init.
func Push(ctx context.Context, user string) (int64, error) { // want Push:"rawexposure\\(result 0 raw return code from tokensvc.Push\\)"
	var a Answer
	if err := post(ctx, map[string]string{"user": user}, &a); err != nil {
		return 0, err
	}
	if n, err := strconv.ParseInt(a.ResultCode, 10, 32); err != nil {
		return 0, fmt.Errorf("tokensvc: push: bad errorCode %s: %v", a.ResultCode, err)
	} else if n != 0 {
		return n, ErrRejected
	}
	return 0, nil
}

// Enroll parses a json.Number in a tagless switch.
func Enroll(ctx context.Context, user, serial string) (int64, error) { // want Enroll:"rawexposure\\(result 0 raw return code from tokensvc.Enroll\\)"
	var a NumAnswer
	if err := post(ctx, map[string]string{"user": user, "serial": serial}, &a); err != nil {
		return 0, err
	}
	n, err := a.ResultCode.Int64()
	switch {
	case err != nil:
		return 0, fmt.Errorf("tokensvc: enroll: errorCode %v: %w", a.ResultCode.String(), err)
	case n != 0:
		return n, ErrRejected
	}
	return 0, nil
}

// Score parses with Float64.
func Score(ctx context.Context, user string) (float64, error) { // want Score:"rawexposure\\(result 0 raw return code from tokensvc.Score\\)"
	var a NumAnswer
	if err := post(ctx, map[string]string{"user": user}, &a); err != nil {
		return 0, err
	}
	f, err := a.ResultCode.Float64()
	if err != nil && f == 0 {
		return 0, errors.New("tokensvc: score: unparsable errorCode " + string(a.ResultCode))
	}
	return f, nil
}

// Revoke unmarshals the text into a number.
func Revoke(ctx context.Context, serial string) (int, error) { // want Revoke:"rawexposure\\(result 0 raw return code from tokensvc.Revoke\\)"
	var a Answer
	if err := post(ctx, map[string]string{"serial": serial}, &a); err != nil {
		return 0, err
	}
	var code int
	if err := json.Unmarshal([]byte(a.ResultCode), &code); err != nil {
		return 0, fmt.Errorf("tokensvc: revoke: errorCode %s: %w", a.ResultCode, err)
	}
	return code, nil
}

// Unlock formats the code it parsed: a raw code.
func Unlock(ctx context.Context, user string) error { // want Unlock:"rawexposure\\(result 0 raw return code from tokensvc.Unlock\\)"
	var a Answer
	if err := post(ctx, map[string]string{"user": user}, &a); err != nil {
		return err
	}
	n, err := strconv.Atoi(a.ResultCode)
	if err != nil {
		return fmt.Errorf("tokensvc: unlock: %w", err)
	}
	if n != 0 {
		return fmt.Errorf("tokensvc: unlock failed with code %s", a.ResultCode)
	}
	return nil
}

// Reset formats the code without parsing it.
func Reset(ctx context.Context, user string) error { // want Reset:"rawexposure\\(result 0 raw return code from tokensvc.Reset\\)"
	var a NumAnswer
	if err := post(ctx, map[string]string{"user": user}, &a); err != nil {
		return err
	}
	if a.ResultCode != "0" {
		return fmt.Errorf("tokensvc: reset: code %s", a.ResultCode)
	}
	return nil
}

// Resync quotes the message beside the code it could not parse: the
// message is raw wherever it is.
func Resync(ctx context.Context, serial string) error { // want Resync:"rawexposure\\(result 0 raw errorMessage from tokensvc.Resync\\)"
	var a Answer
	if err := post(ctx, map[string]string{"serial": serial}, &a); err != nil {
		return err
	}
	if _, err := strconv.Atoi(a.ResultCode); err != nil {
		return fmt.Errorf("tokensvc: resync: %s (errorCode %q)", a.Detail, a.ResultCode)
	}
	return nil
}

// Rename parses one code and quotes another response's: that one is a
// code.
func Rename(ctx context.Context, user string) error { // want Rename:"rawexposure\\(result 0 raw return code from tokensvc.Rename\\)"
	var a, b Answer
	if err := post(ctx, map[string]string{"user": user}, &a); err != nil {
		return err
	}
	if err := post(ctx, map[string]string{"user": user}, &b); err != nil {
		return err
	}
	if _, err := strconv.Atoi(a.ResultCode); err != nil {
		return fmt.Errorf("tokensvc: rename: previous errorCode %s", b.ResultCode)
	}
	return nil
}
