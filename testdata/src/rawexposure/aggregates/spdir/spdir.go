// Package spdir provisions SurePassID users for the directory sync: each
// call folds a failed answer into an error quoting SurePassID's message.
package spdir

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

const endpoint = "https://sandbox.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

type answer struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Directory calls SurePassID's user operations.
type Directory struct {
	HTTP       *http.Client
	Login, Key string
}

func (d *Directory) do(ctx context.Context, op, user string) error {
	body, err := json.Marshal(map[string]string{
		"type": op, "spAccountLoginName": d.Login, "spAccountLoginKey": d.Key, "username": user,
	})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return err
	}
	res, err := d.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	var a answer
	if err := json.NewDecoder(res.Body).Decode(&a); err != nil {
		return err
	}
	if a.ErrorCode != 0 {
		return fmt.Errorf("%s %s: %s", op, user, a.ErrorMessage)
	}
	return nil
}

// Disable locks a user out.
func (d *Directory) Disable(ctx context.Context, user string) error { // want Disable:"raw errorMessage"
	return d.do(ctx, "disable_user", user)
}

// Unenroll removes a user's tokens.
func (d *Directory) Unenroll(ctx context.Context, user string) error { // want Unenroll:"raw errorMessage"
	return d.do(ctx, "unassign_device", user)
}
