package broken // want "relevant package"

import (
	"example.com/does/not/exist"
	"github.com/surepasslint/surepasslint/codes"
)

// The code field's type does not resolve: the struct is not a response.
type Response struct {
	ErrorCode    undefinedType `json:"errorCode"`
	ErrorMessage string        `json:"errorMessage"`
	Env          codes.Envelope
}

func typeErrors(r Response) {
	_ = r.ErrorMessage
	_ = r.Env.ErrorMessage // want "role message"
	_ = exist.Thing
	var c codes.ReturnCode = "not a number"
	_ = c // want "role code"
}

// What gopls sees while the user is still typing.
func halfWritten(r Response) {
	switch r.Env.ErrorCode { // want "role code"
	case codes.OTPInvalid, exist.Thing: // want "role code"
	case
	}
}
