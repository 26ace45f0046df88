// Package fcmsender sends notifications through Firebase's HTTP v1 API.
package fcmsender

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// Sender holds the project's endpoint.
type Sender struct {
	Endpoint string
	HTTP     *http.Client
}

// Send notifies the phone holding the registration token.
func (s *Sender) Send(ctx context.Context, token, title, body string) error { // want Send:`result 0 from params 1,2,3`
	msg := map[string]any{"message": map[string]any{"token": token, "notification": map[string]string{"title": title, "body": body}}}
	buf, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.Endpoint, bytes.NewReader(buf))
	if err != nil {
		return err
	}
	resp, err := s.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
