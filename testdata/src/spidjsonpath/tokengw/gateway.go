// Package tokengw asks the token server (SurePassID) to check one-time
// passwords and reads its answers by key, with fastjson, jsonparser and
// jsoniter, never declaring them. The answer is kept in a private shape
// behind accessors.
package tokengw // want "relevant package"

import (
	"fmt"

	"github.com/bitly/go-simplejson"
	"github.com/buger/jsonparser"
	jsoniter "github.com/json-iterator/go"
	"github.com/valyala/fastjson"
)

const restPath = "/AuthServer/REST/U2F/U2FServer.aspx"

// Verdict is the token server's answer.
type Verdict struct {
	status int
	detail string
	serial string
	tries  int
	op     string
}

// Status is the token server's return code.
func (v *Verdict) Status() int { return v.status } // want "role code"

// Detail is the token server's own text.
func (v *Verdict) Detail() string { return v.detail } // want "role message"

// Serial is the token's serial number.
func (v *Verdict) Serial() string { return v.serial }

// Tries counts the attempts: a code once, a count otherwise, so neither.
func (v *Verdict) Tries() int { return v.tries }

// Accepted is a condition on the code, not the code.
func (v *Verdict) Accepted() bool { return v.status == 0 } // want "role code"

var parsers fastjson.Parser

// decode reads the answer with fastjson.
func decode(body []byte, attempt int) (*Verdict, error) {
	doc, err := parsers.ParseBytes(body)
	if err != nil {
		return nil, fmt.Errorf("token server: %w", err)
	}
	v := &Verdict{serial: string(doc.GetStringBytes("serialNumber")), tries: attempt}
	v.status = doc.GetInt("reply", "errorCode")                     // want "role code" "call is code"
	v.detail = string(doc.GetStringBytes("reply", "errorMessage"))  // want "role message" "call is message" "call is message"
	v.tries = doc.GetInt("errorCode")                               // want "call is code"
	if n, err := doc.Get("errorCode").Int(); err == nil && n != 0 { // want "call is code"
		_ = n
	}
	_ = doc.Get("errorMessage").Type()
	_ = doc.Get("errorCode").GetInt("nested")
	_ = doc.GetBool("errorCode")
	_ = doc.Exists("errorCode")
	doc.Set("errorCode", nil)
	return v, nil
}

// envelope reads the answer with jsonparser.
func envelope(body []byte) (int64, string) {
	code, _ := jsonparser.GetInt(body, "result", "errorCode")            // want "call is code"
	msg, _ := jsonparser.GetUnsafeString(body, "result", "errorMessage") // want "call is message"
	raw, _, _, _ := jsonparser.Get(body, "ErrMsg")                       // want "call is message"
	_, _ = jsonparser.GetString(body, "errorCode")                       // want "call is code"
	_, _ = jsonparser.GetBoolean(body, "errorCode")
	_, _ = jsonparser.GetInt(body, "serialNumber")
	_, _ = jsonparser.Set(body, []byte("0"), "errorCode")
	_ = jsonparser.Delete(body, "errorMessage")
	_ = string(raw)
	return code, msg
}

// walk reads every member of the answer, keeping the two it knows.
func walk(body []byte) *Verdict {
	v := &Verdict{op: "walk"}
	_ = jsonparser.ObjectEach(body, func(key, value []byte, dt jsonparser.ValueType, _ int) error {
		switch string(key) {
		case "errorCode", "ErrCode":
			n, err := jsonparser.ParseInt(value) // want "call is code" "role code"
			if err != nil {
				return err
			}
			v.status = int(n) // want "call is code" "role code"
		case "errorMessage":
			v.detail = string(value) // want "role message" "call is message" "role message"
		case "type", "errorCode":
			v.op = string(value)
		default:
			_ = value
		}
		if string(key) == "serialNumber" {
			v.serial = string(value)
		}
		return nil
	})
	return v
}

// lazily reads the answer with jsoniter.
func lazily(body []byte) (int, string) {
	code := jsoniter.Get(body, "reply", "errorCode").ToInt()          // want "call is code"
	msg := jsoniter.Get(body, "reply").Get("errorMessage").ToString() // want "call is message"
	_ = jsoniter.Get(body, "errorMessage").ToInt()                    // a number is no message
	return code, msg
}

// simply reads the answer with go-simplejson.
func simply(body []byte) (int, string) {
	js, err := simplejson.NewJson(body)
	if err != nil {
		return -1, ""
	}
	code := js.Get("errorCode").MustInt(-1)                   // want "call is code"
	msg := js.GetPath("reply", "errorMessage").MustString("") // want "call is message"
	_ = js.Get("errorCode").MustBool()
	_ = js.Get("serialNumber").MustString()
	return code, msg
}

// text is the team's own reader of one string member.
func text(body []byte, key string) string {
	s, _ := jsonparser.GetString(body, key)
	return s
}

// member reads one member of a decoded answer.
func member(m map[string]any, key string) any { return m[key] }

// label looks a text up by key: no document, nothing read.
func label(key string) string { return key }

// translate looks a text up for a language: a plain string is no
// document.
func translate(lang, key string) string { return lang + key }

func wrappers(body []byte, m map[string]any) {
	_ = text(body, "errorMessage") // want "call is message"
	_ = text(body, "serialNumber")
	_ = member(m, "errorCode") // want "call is code"
	_ = label("errorMessage")
	_ = translate("en", "errorMessage")
}

// members walks a decoded map.
func members(m map[string]any) {
	for k, val := range m {
		if k == "errorMessage" {
			_ = val // want "role message"
		}
		_ = val
	}
}

// The answers the kiosk tells apart, by the team's own names.
const (
	Passed    = 0
	Replayed  = 9002
	WrongOTP  = 9003
	LockedOut = 9007
)

// stage is the team's own code type: published values, its own names.
type stage int32

const (
	stageOK     stage = 0
	stageReplay stage = 9002
	stageWrong  stage = 9003
	stageJam    stage = 9010
)

// Ports beside codes: a value that is no code, so no group of codes.
const (
	pollEvery   = 0
	primaryPort = 9002
	backupPort  = 9003
	adminPort   = 9004
	metricsPort = 8080
)

// Failures without Success: no group of codes either.
const (
	queueA = 9002
	queueB = 9003
	queueC = 9007
	queueD = 9010
)

func hint(code int) string {
	switch code { // want "cases are codes by value"
	case Replayed, WrongOTP:
		return "try the next code"
	case LockedOut:
		return "call the desk"
	}
	switch code {
	case primaryPort, backupPort, adminPort:
		return "port"
	case queueA, queueB:
		return "queue"
	}
	_ = stage(code) // want "call is code"
	return ""
}
