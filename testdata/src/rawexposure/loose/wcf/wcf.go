// Package wcf talks to the old on-premises token server, whose answers
// spell their fields either way (errorMessage, or the WCF ErrorMsg): it
// decodes them into a map and tries each spelling in turn.
package wcf

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

const endpoint = "https://onprem.example.com/AuthServer/REST/U2F/U2FServer.aspx"

// textKeys are the spellings of the message field.
var textKeys = [...]string{"errorMessage", "ErrorMsg"}

// Answer is a decoded answer.
type Answer struct {
	Text  string // want Text:"raw errorMessage"
	Hint  string
	Extra string
}

func decode(resp *http.Response) (map[string]any, error) {
	fields := map[string]any{}
	err := json.NewDecoder(resp.Body).Decode(&fields)
	return fields, err
}

// Resync asks the server to resync a token and folds a refusal into an
// error.
func Resync(resp *http.Response) error { // want Resync:"result 0 raw errorMessage from wcf.Resync"
	fields, err := decode(resp)
	if err != nil {
		return err
	}
	for _, name := range []string{"errorMessage", "ErrorMsg"} {
		if text, ok := fields[name].(string); ok && text != "" {
			return errors.New("resync refused: " + text)
		}
	}
	return nil
}

// Read fills an Answer from the package's key lists.
func Read(resp *http.Response) (*Answer, error) { // want Read:"result 0 raw errorMessage from wcf.Read"
	fields, err := decode(resp)
	if err != nil {
		return nil, err
	}
	a := &Answer{}
	for _, k := range textKeys {
		if s, ok := fields[k].(string); ok {
			a.Text = s
		}
	}
	// Not key lists of the message: a list mixing the code and the
	// message, and one naming neither.
	for _, k := range []string{"errorCode", "errorMessage"} {
		a.Extra += fmt.Sprint(fields[k])
	}
	for _, k := range []string{"hint", "detail"} {
		if s, ok := fields[k].(string); ok {
			a.Hint = s
		}
	}
	return a, nil
}

// Serve writes what the server said.
func Serve(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Post(endpoint, "application/json", r.Body)
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	a, err := Read(resp)
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	fmt.Fprintln(w, a.Hint)
	fmt.Fprintln(w, a.Text) // want `raw SurePassID errorMessage \(from wcf.Answer.Text\) written to the HTTP response`
	if err := Resync(resp); err != nil {
		http.Error(w, err.Error(), http.StatusConflict) // want `raw SurePassID errorMessage \(from wcf.Resync\) written to the HTTP response`
	}
}
