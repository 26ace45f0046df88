// Package quiet reads another service's answers as maps: it has no
// SurePassID signal, so its errorCode keys are nothing.
package quiet

import "github.com/tidwall/gjson"

func read(m map[string]any, raw []byte) {
	_ = m["errorCode"]
	_ = gjson.GetBytes(raw, "errorMessage").String()
}
