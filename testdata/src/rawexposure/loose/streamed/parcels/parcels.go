// Package parcels reads a courier's tracking answers with the same
// streaming loop; the courier's errorMessage is meant for the customer.
package parcels

import (
	"encoding/json"
	"io"
	"net/http"
)

type status struct {
	rc   int
	note string
}

func read(body io.Reader) (status, error) {
	dec := json.NewDecoder(body)
	if _, err := dec.Token(); err != nil {
		return status{}, err
	}
	var s status
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return status{}, err
		}
		key, _ := tok.(string)
		switch key {
		case "errorCode":
			var n int
			if err := dec.Decode(&n); err != nil {
				return status{}, err
			}
			s.rc = n
		case "errorMessage":
			v, _ := dec.Token()
			s.note, _ = v.(string)
		default:
			var skip json.RawMessage
			_ = dec.Decode(&skip)
		}
	}
	return s, nil
}

// Track relays the courier's answer.
func Track(w http.ResponseWriter, body io.Reader) {
	s, err := read(body)
	if err != nil {
		return
	}
	if s.rc != 0 {
		http.Error(w, s.note, http.StatusNotFound)
	}
}
