// Package tokenloop reads SurePassID's answers member by member, keeping
// what it needs in a private shape.
package tokenloop // want "relevant package"

import (
	"encoding/json"
	"io"

	"github.com/valyala/fastjson"
)

const endpoint = "https://api.surepassid.com/AuthServer/REST/OTPServer.aspx"

// answer is SurePassID's reply.
type answer struct {
	rc      int
	text    string
	found   bool
	serial  string
	lastErr error
}

// RC is the return code.
func (a answer) RC() int { return a.rc } // want "role code"

// Text is SurePassID's message.
func (a answer) Text() string { return a.text } // want "role message"

// Serial is the token's serial number.
func (a answer) Serial() string { return a.serial }

// readTokens walks the object with the streaming decoder.
func readTokens(r io.Reader) (answer, error) {
	dec := json.NewDecoder(r)
	var a answer
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return a, err
		}
		switch tok {
		case "errorCode":
			a.found = true
			if err := dec.Decode(&a.rc); err != nil { // want "role code"
				a.lastErr = err
			}
		case "errorMessage", "ErrorMsg":
			var s string
			a.lastErr = dec.Decode(&s)
			a.text = s // want "role message" "role message"
		case "serialNumber":
			v, _ := dec.Token()
			a.serial, _ = v.(string)
		}
	}
	return a, nil
}

// reply is another operation's answer, filled by a setter per key.
type reply struct {
	status int
	detail string
}

// Status is the return code.
func (r *reply) Status() int { return r.status } // want "role code"

// Detail is SurePassID's message.
func (r *reply) Detail() string { return r.detail } // want "role message"

func (r *reply) put(name string, v json.RawMessage) error {
	if name == "errorCode" {
		var n int
		if err := json.Unmarshal(v, &n); err != nil {
			return err
		}
		r.status = n // want "role code" "role code"
	} else if name == "errorMessage" {
		r.detail = "SurePassID: " + string(v) // want "role message"
	}
	return nil
}

// readMembers decodes the raw members first.
func readMembers(body []byte) (*reply, error) {
	var members map[string]json.RawMessage
	if err := json.Unmarshal(body, &members); err != nil {
		return nil, err
	}
	r := &reply{}
	for name, v := range members {
		if err := r.put(name, v); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// Detail reads the message of an answer.
func Detail(body []byte) string {
	r, err := readMembers(body)
	if err != nil {
		return ""
	}
	return r.Detail() // want "call is message"
}

// visited is a third operation's answer, read with fastjson.
type visited struct {
	code int
	msg  string
	kind string
}

// Code is the return code.
func (v visited) Code() int { return v.code } // want "role code"

// Msg is SurePassID's message.
func (v visited) Msg() string { return v.msg } // want "role message"

func readVisit(body []byte) (visited, error) {
	doc, err := fastjson.ParseBytes(body)
	if err != nil {
		return visited{}, err
	}
	obj, err := doc.Object()
	if err != nil {
		return visited{}, err
	}
	var out visited
	obj.Visit(func(key []byte, v *fastjson.Value) {
		switch string(key) {
		case "errorCode":
			n, _ := v.Int() // want "call is code"
			out.code = n // want "role code" "role code"
		case "errorMessage":
			b, _ := v.StringBytes()
			out.msg = string(b) // want "role message" "call is message"
		case "type":
			out.kind = string(v.GetStringBytes())
		}
	})
	return out, nil
}
