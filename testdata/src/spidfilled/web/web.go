// Package web reads the client's error type.
package web // want "relevant package"

import (
	"errors"

	"spidfilled/spclient"
)

func handle(err error) {
	var apiErr *spclient.APIError
	if errors.As(err, &apiErr) {
		_ = apiErr.Code // want "role code"
		_ = apiErr.Message
		_ = apiErr.Op
	}
	_ = spclient.ReasonOf(err) // want "call is code"
}
