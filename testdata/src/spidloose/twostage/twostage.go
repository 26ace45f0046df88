// Package twostage decodes the answer into a map of raw members, then each
// member it needs into a local or a field: the destination takes the
// member's role.
package twostage // want "relevant package"

import (
	"bytes"
	"encoding/json"
	"strconv"
)

const (
	SP_SUCCESS          = 0
	SP_OTP_ALREADY_USED = 9002
	SP_OTP_INVALID      = 9003
)

// Error is the client's error type: Code gets the code's role from the
// decode; the message is rawexposure's to follow.
type Error struct {
	Code   json.Number
	Detail string
}

func (e *Error) Error() string { return e.Detail }

// StatusError's Status is filled from the type member: no role.
type StatusError struct {
	Status string
	Num    int
}

func (e StatusError) Error() string { return e.Status }

// outcome keeps the members in private fields behind accessors.
type outcome struct {
	code int
	msg  string
	kind string
}

func (o outcome) Code() int { return o.code } // want "role code"

func (o outcome) Message() string { return o.msg } // want "role message"

func members(env map[string]json.RawMessage, any map[string]any) {
	_ = env["errorCode"]    // want "value is code"
	_ = env["errorMessage"] // want "value is message"
	_ = env["type"]
	_ = any["errorMessage"] // want "value is message"
}

func decode(env map[string]json.RawMessage) error {
	se := &Error{}
	if err := json.Unmarshal(env["errorCode"], &se.Code); err != nil { // want "value is code" "role code"
		return err
	}
	_ = json.Unmarshal(env["errorMessage"], &se.Detail) // want "value is message"
	st := StatusError{}
	_ = json.Unmarshal(env["type"], &st.Status)
	var n int64
	_ = json.Unmarshal(env["errorCode"], &n) // want "value is code"
	st.Num = int(n)                          // want "role code"
	var o outcome
	_ = json.NewDecoder(bytes.NewReader(env["errorCode"])).Decode(&o.code) // want "role code"
	if raw, ok := env["errorMessage"]; ok {                                // want "value is message"
		_ = json.Unmarshal(raw, &o.msg) // want "role message"
	}
	_ = json.Unmarshal(env["type"], &o.kind)
	if se.Code == "0" { // want "role code"
		return nil
	}
	return se
}

// fromLocal stores a decoded local in the error's code.
func fromLocal(env map[string]json.RawMessage) error {
	var code int64
	if err := json.Unmarshal(env["errorCode"], &code); err != nil || code == SP_SUCCESS { // want "value is code"
		return err
	}
	return &localError{code: strconv.FormatInt(code, 10)}
}

type localError struct{ code string }

func (e *localError) Error() string { return "code " + e.code } // want "role code"

// envelope keeps the members raw for a second stage: each field has the
// role of the member its tag names.
type envelope struct {
	ErrorCode    json.RawMessage `json:"errorCode"`
	ErrorMessage json.RawMessage `json:"errorMessage"`
	Type         json.RawMessage `json:"type"`
}

func second(env envelope) (string, error) {
	var msg string
	if err := json.Unmarshal(env.ErrorMessage, &msg); err != nil { // want "role message"
		return "", err
	}
	se := &Error{Detail: msg}
	_ = json.Unmarshal(env.ErrorCode, &se.Code) // want "role code" "role code"
	_ = json.Unmarshal(env.Type, &msg)
	return msg, se
}

// listing is not the answer: a raw payload beside a code named otherwise.
type listing struct {
	Code  int             `json:"code"`
	Items json.RawMessage `json:"items"`
}
