// Package fleet is the telematics vendor's tablet API: its answers carry
// errorCode and errorMessage fields too, and are no SurePassID answers.
package fleet

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

type reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Unlock clears a tablet's PIN lockout.
func Unlock(ctx context.Context, hc *http.Client, unit string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.tabletrack.example/v2/units/"+unit+"/unlock", nil)
	if err != nil {
		return err
	}
	res, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	var out reply
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return err
	}
	if out.ErrorCode != 0 {
		return fmt.Errorf("tablet: %s", out.ErrorMessage)
	}
	return nil
}
