// Package otpcheck is a resort app's SurePassID client: it reads the
// answers by key with jsonparser, through a helper returning the code and
// the message as a tuple, keeps the return codes in package variables and
// hands decisions out behind an interface.
package otpcheck

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"

	"github.com/buger/jsonparser"
)

const server = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// ErrOffline is returned when the server cannot be reached.
var ErrOffline = errors.New("one-time code service offline") // want ErrOffline:`rawexposure\(wrapped sentinel\)`

// Return codes, variables so that a support build can patch them.
var (
	statusSuccess     = int64(0)
	statusOTPInvalid  = int64(9003)
	statusUserUnknown = int64(9001)
)

// Decision is what the pages see of a check.
type Decision interface {
	Allowed() bool
	Detail() string // want Detail:`rawexposure\(result 0 raw errorMessage from otpcheck.decision.text\)`
}

type decision struct {
	allowed bool
	status  int64
	text    string
}

func (d decision) Allowed() bool  { return d.allowed }
func (d *decision) Status() int64 { return d.status } // want Status:`rawexposure\(result 0 raw return code from otpcheck.Status\)`

func (d decision) Detail() string { return d.text } // want Detail:`rawexposure\(result 0 raw errorMessage from otpcheck.decision.text\)`

func refused(status int64, text string) Decision {
	return decision{status: status, text: text}
}

func accepted() Decision { return decision{allowed: true, text: "OK"} }

// fixedDecision is the decision of a check skipped in maintenance mode.
type fixedDecision struct{}

func (fixedDecision) Allowed() bool  { return true }
func (fixedDecision) Detail() string { return "maintenance" }

// Client calls one tenant.
type Client struct {
	HC          *http.Client
	Maintenance bool
}

func (c *Client) post(ctx context.Context, body string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, server, bytes.NewBufferString(body))
	if err != nil {
		return nil, err
	}
	res, err := c.HC.Do(req)
	if err != nil {
		return nil, ErrOffline
	}
	defer res.Body.Close()
	return io.ReadAll(res.Body)
}

// readStatus returns the return code and the message of an answer.
func readStatus(body []byte) (int64, string, error) {
	status, err := jsonparser.GetInt(body, "errorCode")
	if err != nil {
		return 0, "", ErrOffline
	}
	text, _ := jsonparser.GetString(body, "errorMessage")
	return status, text, nil
}

// Push sends a code by text message.
func (c *Client) Push(ctx context.Context, user string) error { // want Push:`rawexposure\(result 0 raw errorMessage from otpcheck.readStatus\)`
	body, err := c.post(ctx, `{"type":"send_oath_otp","username":"`+user+`"}`)
	if err != nil {
		return err
	}
	status, text, err := readStatus(body)
	if err != nil {
		return err
	}
	if status != statusSuccess {
		log.Printf("send_oath_otp %s: %d %s", user, status, text)
		return fmt.Errorf("otpcheck: %s", text)
	}
	return nil
}

// Resend sends a code again; its error is a fixed text.
func (c *Client) Resend(ctx context.Context, user string) error {
	body, err := c.post(ctx, `{"type":"send_oath_otp","username":"`+user+`"}`)
	if err != nil {
		return err
	}
	status, text, err := readStatus(body)
	if err != nil {
		return err
	}
	if status != statusSuccess {
		log.Printf("send_oath_otp %s: %s", user, text)
		return errors.New("otpcheck: could not send a code")
	}
	return nil
}

// Check validates an OTP, reading the answer in place.
func (c *Client) Check(ctx context.Context, user, otp string) (Decision, error) { // want Check:`rawexposure\(result 0 raw errorMessage from otpcheck.Check\)`
	if c.Maintenance {
		return fixedDecision{}, nil
	}
	body, err := c.post(ctx, `{"type":"validate_oath_otp","username":"`+user+`","otp":"`+otp+`"}`)
	if err != nil {
		return nil, err
	}
	status, err := jsonparser.GetInt(body, "errorCode")
	if err != nil {
		return nil, ErrOffline
	}
	text, _ := jsonparser.GetString(body, "errorMessage")
	if status != statusSuccess {
		return &decision{status: status, text: text}, nil
	}
	return decision{allowed: true}, nil
}

// CheckUser validates a password through the helper.
func (c *Client) CheckUser(ctx context.Context, user, pw string) (Decision, error) { // want CheckUser:`rawexposure\(result 0 raw errorMessage from otpcheck.readStatus\)`
	body, err := c.post(ctx, `{"type":"validate_user","username":"`+user+`","pw":"`+pw+`"}`)
	if err != nil {
		return nil, err
	}
	status, text, err := readStatus(body)
	if err != nil {
		return nil, err
	}
	if status == statusOTPInvalid || status == statusUserUnknown {
		return refused(status, text), nil
	}
	if status != statusSuccess {
		return refused(status, "password not accepted"), nil
	}
	return accepted(), nil
}

// Release unassigns a token; its error carries the message and the code.
func (c *Client) Release(ctx context.Context, user, serial string) error { // want Release:`rawexposure\(result 0 raw errorMessage from otpcheck.readStatus\)`
	body, err := c.post(ctx, `{"type":"unassign_device","username":"`+user+`","psn":"`+serial+`"}`)
	if err != nil {
		return err
	}
	status, text, err := readStatus(body)
	if err != nil {
		return err
	}
	if status != statusSuccess {
		return fmt.Errorf("release %s: %w", serial, &Fault{Op: "unassign_device", Status: status, Text: text})
	}
	return nil
}

// Lookup hands back the raw return code and message of a user's status.
func (c *Client) Lookup(ctx context.Context, user string) (int64, string, error) { // want Lookup:`rawexposure\(result 0 raw return code from otpcheck.readStatus; result 1 raw errorMessage from otpcheck.readStatus\)`
	body, err := c.post(ctx, `{"type":"get_user","username":"`+user+`"}`)
	if err != nil {
		return 0, "", err
	}
	return readStatus(body)
}

// Fault is a non-zero return code.
type Fault struct {
	Op     string
	Status int64
	Text   string // want Text:`rawexposure\(raw errorMessage from otpcheck.Fault.Text\)`
}

func (f *Fault) Error() string { return fmt.Sprintf("%s: %s (%d)", f.Op, f.Text, f.Status) } // want Error:`rawexposure\(result 0 raw errorMessage from otpcheck.Fault.Text\)`
