package local // want "relevant package"

import "github.com/surepasslint/surepasslint/codes"

type ValidateResponse struct {
	codes.Envelope
	Devices []string `json:"Devices"`
}

func use(r ValidateResponse) {
	_ = r.ErrorCode    // want "role code"
	_ = r.ErrorMessage // want "role message"
	var anon struct {
		Code int    `json:"errorCode"`
		Msg  string `json:"errorMessage"`
	}
	_ = anon.Code // want "role code"
	_ = anon.Msg  // want "role message"
}
