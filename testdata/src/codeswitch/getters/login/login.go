// Package login checks OTPs through the team's gRPC auth service, which
// relays SurePassID's answer, and through its own REST accessor.
package login

import (
	"context"
	"errors"

	"spidaccess/authpb"
)

// Auth is the generated client's interface.
type Auth interface {
	Validate(ctx context.Context, in *authpb.ValidateRequest) (*authpb.ValidateReply, error)
}

var errBadOTP = errors.New("bad one-time password")

// Check lets every code but 9003 through.
func Check(ctx context.Context, a Auth, otp string) error {
	rep, err := a.Validate(ctx, &authpb.ValidateRequest{Otp: otp})
	if err != nil {
		return err
	}
	switch rep.GetErrorCode() { // want `fail-open switch over SurePassID return codes: 82 security-relevant codes fall through unhandled`
	case 9003:
		return errBadOTP
	}
	return nil
}

// restURL is where the REST answer comes from: the package's own evidence,
// without which a struct named only by its fields, in a package that only
// imports a SurePassID one, is not SurePassID's.
const restURL = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// reply is the REST answer, read through accessors.
type reply struct {
	ErrCode int    `json:"errorCode"`
	ErrMsg  string `json:"errorMessage"`
}

func (r *reply) Code() int { return r.ErrCode } // want Code:"codeswitch\\(accessor: receiver.ErrCode\\)"

// CheckREST compares through the accessor.
func CheckREST(r *reply) bool { // want CheckREST:"codeswitch\\(predicate: true when param 0.ErrCode is Success, PartnerLoginFailed, PartnerUserLoginFailed, and 105 more\\)"
	if r.Code() == 9003 { // want `fail-open if-else chain over SurePassID return codes: 82 security-relevant codes fall through unhandled`
		return false
	}
	return true
}

// Strict fails closed.
func Strict(rep *authpb.ValidateReply) error {
	switch rep.GetErrorCode() {
	case 0:
		return nil
	case 9003:
		return errBadOTP
	default:
		return errBadOTP
	}
}
