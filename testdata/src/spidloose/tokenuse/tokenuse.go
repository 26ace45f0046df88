// Package tokenuse calls the SurePassID reader and, beside it, reads a
// print queue's answers with the same kind of loop: the queue's fields
// get no role from their keys in a package whose only signal is the
// import.
package tokenuse // want "relevant package"

import (
	"encoding/json"
	"io"

	"spidloose/tokenloop"
)

type queueReply struct {
	rc   int
	text string
}

func (q queueReply) Text() string { return q.text }

func readQueue(r io.Reader) queueReply {
	dec := json.NewDecoder(r)
	var q queueReply
	for dec.More() {
		tok, _ := dec.Token()
		if key, ok := tok.(string); ok && key == "errorMessage" {
			v, _ := dec.Token()
			q.text, _ = v.(string)
		} else if ok && key == "errorCode" {
			_ = dec.Decode(&q.rc)
		}
	}
	return q
}

// Describe is the SurePassID message beside the queue's.
func Describe(body []byte, r io.Reader) (string, string) {
	return tokenloop.Detail(body), readQueue(r).Text() // want "call is message"
}
