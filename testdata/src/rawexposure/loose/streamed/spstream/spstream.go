// Package spstream talks to SurePassID and reads each answer token by
// token, keeping only the return code and the message.
package spstream

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
)

const base = "https://api.surepassid.com/AuthServer/REST/OTPServer.aspx"

// Return codes the kiosk handles.
const (
	Success    = 0
	OTPInvalid = 9003
	NoDevices  = 9015
)

// result is SurePassID's answer.
type result struct {
	rc   int
	note string
}

// Status is the return code.
func (r result) Status() int { return r.rc } // want Status:`rawexposure\(result 0 raw return code from spstream.Status\)`

// Note is SurePassID's text for it.
func (r result) Note() string { return r.note } // want Note:`rawexposure\(result 0 raw errorMessage from spstream.Note\)`

// Failure is the answer as an error, nil on success.
func (r result) Failure(op string) error { // want Failure:`rawexposure\(result 0 raw errorMessage from spstream.Failure; result 0 from params 0\)`
	if r.rc == Success {
		return nil
	}
	return &Failure{Op: op, Status: r.rc, Text: r.note}
}

// Failure is a refused operation.
type Failure struct {
	Op     string
	Status int
	Text   string // want Text:`rawexposure\(raw errorMessage from spstream.Failure.Text\)`
}

func (f *Failure) Error() string { return fmt.Sprintf("surepass %s: %s", f.Op, f.Text) } // want Error:`rawexposure\(result 0 raw errorMessage from spstream.Failure.Text\)`

// read walks the answer object with the streaming decoder.
func read(body io.Reader) (result, error) {
	dec := json.NewDecoder(body)
	dec.UseNumber()
	if _, err := dec.Token(); err != nil {
		return result{}, err
	}
	r := result{rc: -1}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return result{}, err
		}
		name, _ := tok.(string)
		switch name {
		case "errorCode", "ErrorCode":
			var n json.Number
			if err := dec.Decode(&n); err != nil {
				return result{}, err
			}
			v, err := n.Int64()
			if err != nil {
				return result{}, err
			}
			r.rc = int(v)
		case "errorMessage", "ErrorMsg":
			v, err := dec.Token()
			if err != nil {
				return result{}, err
			}
			r.note, _ = v.(string)
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return result{}, err
			}
		}
	}
	return r, nil
}

// post sends one operation and reads its answer.
func post(ctx context.Context, c *http.Client, body string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base, strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	return c.Do(req)
}

// Validate checks an OTP.
func Validate(ctx context.Context, c *http.Client, user, otp string) (result, error) { // want Validate:`rawexposure\(result 0 raw return code from spstream.read\)`
	resp, err := post(ctx, c, `{"type":"ValidateOTP","username":"`+user+`","otp":"`+otp+`"}`)
	if err != nil {
		return result{}, err
	}
	defer resp.Body.Close()
	return read(io.LimitReader(resp.Body, 1<<20))
}

// lookup is FindUser's answer, read from a decoded map.
type lookup struct {
	code   int
	detail string
}

// Code is the return code.
func (l lookup) Code() int { return l.code } // want Code:`rawexposure\(result 0 raw return code from spstream.Code\)`

// Detail is SurePassID's text.
func (l lookup) Detail() string { return l.detail } // want Detail:`rawexposure\(result 0 raw errorMessage from spstream.Detail\)`

// set keeps the members FindUser needs, one key at a time.
func (l *lookup) set(key string, v any) {
	switch {
	case key == "errorCode":
		if f, ok := v.(float64); ok {
			l.code = int(f)
		}
	case key == "errorMessage":
		l.detail, _ = v.(string)
	}
}

// FindUser looks a user up; this answer is decoded into a map first.
func FindUser(ctx context.Context, c *http.Client, user string) (lookup, error) {
	resp, err := post(ctx, c, `{"type":"FindUser","username":"`+user+`"}`)
	if err != nil {
		return lookup{}, err
	}
	defer resp.Body.Close()
	var m map[string]any
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&m); err != nil {
		return lookup{}, err
	}
	var out lookup
	for k, v := range m {
		out.set(k, v)
	}
	return out, nil
}
