// Package answers reads the token server's answers without declaring
// them: maps, gjson and json.Number.
package answers // want "relevant package"

import (
	"encoding/json"

	"github.com/tidwall/gjson"
)

var endpoint = "https://api.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

func maps(m map[string]interface{}, s map[string]string, n map[string]json.Number) {
	_ = m["errorCode"]                  // want "value is code"
	_ = m["ErrorMsg"]                   // want "value is message"
	_, _ = m["errorCode"].(float64)     // want "value is code" "value is code"
	_, _ = m["errorCode"].(json.Number) // want "value is code" "value is code"
	_, _ = m["errorMessage"].(string)   // want "value is message" "value is message"
	_ = s["error_message"]              // want "value is message"
	_ = n["errorCode"]                  // want "value is code"
	_ = n["errorCode"].Int64            // a method value, not its result
	_, _ = n["errorCode"].Int64()       // want "call is code"
	_ = m["serial"]
	_, _ = m["errorMessage"].(float64) // want "value is message"
	_, _ = m["errorCode"].([]any)      // want "value is code"
	_ = n["errorMessage"]              // a number is no message
}

func documents(raw []byte, text string) {
	doc := gjson.ParseBytes(raw)
	_ = doc.Get("errorCode")                        // want "call is code"
	_ = doc.Get("errorCode").Int()                  // want "call is code"
	_ = doc.Get("reply.errorMessage").String()      // want "call is message"
	_ = gjson.GetBytes(raw, "errorMessage").Value() // want "call is message"
	_ = gjson.Get(text, "errorCode").Float()        // want "call is code"
	_ = gjson.Get(text, "errorMessage").Int()       // a number is no message
	_ = gjson.Get(text, "serial").String()
	_ = gjson.Get(text, "errorCode").Exists()
}

// Status reads the code and the text: its first result is the code.
func Status(raw []byte) (int64, string, error) {
	doc := gjson.ParseBytes(raw)
	return doc.Get("errorCode").Int(), doc.Get("errorMessage").String(), nil // want "call is code" "call is message"
}

func callers(raw []byte) {
	_, _, _ = Status(raw) // want "call is code"
}
