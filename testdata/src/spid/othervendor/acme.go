// Package acme talks to another vendor whose responses also carry errorCode and errorMessage.
package acme

type Response struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Port numbers, not return codes.
type Port int

const (
	Admin  Port = 9000
	Public Port = 9001
)

func use(r Response, p Port) (int, string, Port) {
	return r.ErrorCode, r.ErrorMessage, p
}
