// Package doors serves the door-unlock API (an oapi-codegen strict
// server): a door opens after a fresh OTP.
package doors

import (
	"context"
	"strconv"

	"codeswitch/replies/otpgate"
	"codeswitch/replies/strictapi"
)

// Server implements strictapi.StrictServerInterface.
type Server struct {
	Gate  *otpgate.Gate
	Doors interface {
		Open(ctx context.Context) (string, error)
	}
	User string
}

// PostUnlock answers two codes with a 401, one with a 423, and opens the
// door for every other code.
func (s *Server) PostUnlock(ctx context.Context, req strictapi.PostUnlockRequestObject) (strictapi.PostUnlockResponseObject, error) {
	a, err := s.Gate.ValidateOTP(ctx, s.User, req.Body.Otp)
	if err != nil {
		return nil, err
	}
	code, _ := strconv.Atoi(a.Code)
	if code == otpgate.RcOTPInvalid || code == otpgate.RcBogusOTP { // want `fail-open if-else chain over SurePassID return codes`
		return strictapi.PostUnlock401JSONResponse{Message: "Wrong code."}, nil
	} else if code == otpgate.RcDeviceDisabled {
		return strictapi.PostUnlock423JSONResponse{Message: "Your key is disabled."}, nil
	}
	tok, err := s.Doors.Open(ctx)
	if err != nil {
		return nil, err
	}
	return strictapi.PostUnlock200JSONResponse{Token: tok}, nil
}

// refusals are the answers for the codes the team words itself.
var refusals = map[int]strictapi.PostUnlock401JSONResponse{
	otpgate.RcOTPInvalid: {Message: "Wrong code."},
	otpgate.RcOTPExpired: {Message: "That code has expired."},
}

// PostUnlockTable looks the code up in refusals and opens the door for
// every code the table leaves out.
func (s *Server) PostUnlockTable(ctx context.Context, req strictapi.PostUnlockRequestObject) (strictapi.PostUnlockResponseObject, error) {
	a, err := s.Gate.ValidateOTP(ctx, s.User, req.Body.Otp)
	if err != nil {
		return nil, err
	}
	code, _ := strconv.Atoi(a.Code)
	if resp, refused := refusals[code]; refused { // want `fail-open if-else chain over SurePassID return codes`
		return resp, nil
	}
	tok, err := s.Doors.Open(ctx)
	if err != nil {
		return nil, err
	}
	return strictapi.PostUnlock200JSONResponse{Token: tok}, nil
}

// PostUnlockClosed words two codes and refuses every other failure.
func (s *Server) PostUnlockClosed(ctx context.Context, req strictapi.PostUnlockRequestObject) (strictapi.PostUnlockResponseObject, error) {
	a, err := s.Gate.ValidateOTP(ctx, s.User, req.Body.Otp)
	if err != nil {
		return nil, err
	}
	code, _ := strconv.Atoi(a.Code)
	if code == otpgate.RcOTPInvalid {
		return strictapi.PostUnlock401JSONResponse{Message: "Wrong code."}, nil
	} else if code == otpgate.RcDeviceDisabled {
		return strictapi.PostUnlock423JSONResponse{Message: "Your key is disabled."}, nil
	} else if code != otpgate.RcSuccess {
		return strictapi.PostUnlock401JSONResponse{Message: "We could not verify you."}, nil
	}
	tok, err := s.Doors.Open(ctx)
	if err != nil {
		return nil, err
	}
	return strictapi.PostUnlock200JSONResponse{Token: tok}, nil
}

// PostUnlockAudit only words the answer of a code it passed on: every
// branch answers 204, nothing is refused, and nothing is reported.
func (s *Server) PostUnlockAudit(ctx context.Context, req strictapi.PostUnlockRequestObject) (strictapi.PostUnlockResponseObject, error) {
	a, err := s.Gate.ValidateOTP(ctx, s.User, req.Body.Otp)
	if err != nil {
		return nil, err
	}
	if !a.Accepted() {
		return strictapi.PostUnlock401JSONResponse{Message: "We could not verify you."}, nil
	}
	return strictapi.PostUnlock204Response{}, nil
}
