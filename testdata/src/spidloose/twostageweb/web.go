// Package twostageweb dispatches on the client's error code.
package twostageweb // want "relevant package"

import (
	"errors"

	"spidloose/twostage"
)

func status(err error) int {
	var se *twostage.Error
	if errors.As(err, &se) {
		switch se.Code { // want "role code"
		case "9002", "9003":
			return 401
		}
	}
	var st twostage.StatusError
	if errors.As(err, &st) {
		_ = st.Status
	}
	return 500
}
