// Package tokenquiet reads a print queue's answers with the same loop; the
// queue's errorMessage is for the operator.
package tokenquiet

import (
	"encoding/json"
	"io"
)

type job struct {
	rc   int
	text string
}

// Text is the queue's message.
func (j job) Text() string { return j.text }

func read(r io.Reader) (job, error) {
	dec := json.NewDecoder(r)
	var j job
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return j, err
		}
		key, _ := tok.(string)
		switch key {
		case "errorCode":
			_ = dec.Decode(&j.rc)
		case "errorMessage":
			v, _ := dec.Token()
			j.text, _ = v.(string)
		}
	}
	return j, nil
}

// copyAll treats every key alike: no key names a field.
func copyAll(m map[string]any, out map[string]string) {
	for k, v := range m {
		s, _ := v.(string)
		out[k] = s
	}
}
