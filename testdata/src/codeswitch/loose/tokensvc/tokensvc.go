// Package tokensvc talks to the token server without declaring its
// answers: it decodes them into maps, reads them with gjson, and keeps the
// code as text or as a plain number. Nothing here names a code.
package tokensvc

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"

	"github.com/tidwall/gjson"
)

// DefaultEndpoint is the token server the deployment uses unless told.
var DefaultEndpoint = "https://api.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

var (
	ErrDenied  = errors.New("denied")
	ErrNoToken = errors.New("no token")
	ErrRetry   = errors.New("try again")
)

// Poll returns the code and text of a push transaction, read with gjson.
func Poll(raw []byte) (int, string, error) {
	if !gjson.ValidBytes(raw) {
		return 0, "", errors.New("bad answer")
	}
	doc := gjson.ParseBytes(raw)
	return int(doc.Get("errorCode").Int()), doc.Get("errorMessage").String(), nil
}

// Approve maps a push answer decoded into a map. The switch lets every
// other failure through.
func Approve(raw []byte) error {
	var answer map[string]interface{}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&answer); err != nil {
		return err
	}
	status, ok := answer["errorCode"].(json.Number)
	if !ok {
		return ErrRetry
	}
	n, err := status.Int64()
	if err != nil {
		return err
	}
	switch n { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled`
	case 9003, 9002:
		return ErrDenied
	}
	return nil
}

// Unlock reads the code straight off the document, in an if chain.
func Unlock(raw string) bool {
	res := gjson.Get(raw, "result.errorCode")
	if res.Int() == 9021 { // want `fail-open if-else chain over SurePassID return codes: 8\d security-relevant codes fall through unhandled`
		return false
	} else if res.Int() == 9036 {
		return false
	}
	return true
}

// Strict rejects anything that is not a clean success: nothing to report.
func Strict(raw []byte) error {
	switch gjson.GetBytes(raw, "errorCode").Int() {
	case 0:
		return nil
	case 9035:
		return ErrRetry
	default:
		return ErrDenied
	}
}

// Quick tests the float a plain map holds against zero: fail-closed.
func Quick(answer map[string]any) error {
	if code, _ := answer["errorCode"].(float64); code != 0 {
		return ErrDenied
	}
	return nil
}

// Step keeps the code as the text the server sent, for the audit trail.
type Step struct {
	Status string
	Note   string
}

// Parse builds a Step from a map answer.
func Parse(answer map[string]any) Step {
	f, _ := answer["errorCode"].(float64)
	note, _ := answer["errorMessage"].(string)
	return Step{Status: strconv.Itoa(int(f)), Note: note}
}
