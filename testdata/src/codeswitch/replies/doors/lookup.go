package doors

import (
	"context"
	"strconv"

	"codeswitch/replies/otpgate"
	"codeswitch/replies/strictapi"
)

// find is the team's generic lookup: a map and a key, the comma-ok
// answer.
func find[K comparable, V any](table map[K]V, key K) (V, bool) {
	v, ok := table[key]
	return v, ok
}

// listed is find without the value.
func listed[K comparable](set map[K]string, key K) bool {
	_, ok := set[key]
	return ok
}

var wording = map[int]string{
	otpgate.RcOTPInvalid: "Wrong code.",
	otpgate.RcBogusOTP:   "Wrong code.",
}

var successes = map[int]string{
	otpgate.RcSuccess: "verified",
}

// PostUnlockFind refuses the codes of wording through find and opens the
// door for every other code.
func (s *Server) PostUnlockFind(ctx context.Context, req strictapi.PostUnlockRequestObject) (strictapi.PostUnlockResponseObject, error) {
	a, err := s.Gate.ValidateOTP(ctx, s.User, req.Body.Otp)
	if err != nil {
		return nil, err
	}
	code, _ := strconv.Atoi(a.Code)
	if msg, refused := find(wording, code); refused { // want `fail-open if-else chain over SurePassID return codes`
		return strictapi.PostUnlock401JSONResponse{Message: msg}, nil
	}
	tok, err := s.Doors.Open(ctx)
	if err != nil {
		return nil, err
	}
	return strictapi.PostUnlock200JSONResponse{Token: tok}, nil
}

// PostUnlockAllowed opens the door only for the codes of successes: an
// allow-list read through listed, fail-closed.
func (s *Server) PostUnlockAllowed(ctx context.Context, req strictapi.PostUnlockRequestObject) (strictapi.PostUnlockResponseObject, error) {
	a, err := s.Gate.ValidateOTP(ctx, s.User, req.Body.Otp)
	if err != nil {
		return nil, err
	}
	code, _ := strconv.Atoi(a.Code)
	if ok := listed(successes, code); !ok {
		return strictapi.PostUnlock401JSONResponse{Message: "We could not verify you."}, nil
	}
	tok, err := s.Doors.Open(ctx)
	if err != nil {
		return nil, err
	}
	return strictapi.PostUnlock200JSONResponse{Token: tok}, nil
}

// PostUnlockWorded is reached by failures only: the table picks their
// text, the raw code stands in for the rest, and every one is refused.
func (s *Server) PostUnlockWorded(ctx context.Context, req strictapi.PostUnlockRequestObject) (strictapi.PostUnlockResponseObject, error) {
	a, err := s.Gate.ValidateOTP(ctx, s.User, req.Body.Otp)
	if err != nil {
		return nil, err
	}
	if !a.Accepted() {
		code, _ := strconv.Atoi(a.Code)
		msg, known := wording[code]
		if !known {
			msg = "We could not verify you (reference " + a.Code + ")."
		}
		return strictapi.PostUnlock401JSONResponse{Message: msg}, nil
	}
	tok, err := s.Doors.Open(ctx)
	if err != nil {
		return nil, err
	}
	return strictapi.PostUnlock200JSONResponse{Token: tok}, nil
}

// PostUnlockNumbered is PostUnlockWorded reading the code through Number:
// only failures reach the table, every one is refused.
func (s *Server) PostUnlockNumbered(ctx context.Context, req strictapi.PostUnlockRequestObject) (strictapi.PostUnlockResponseObject, error) {
	a, err := s.Gate.ValidateOTP(ctx, s.User, req.Body.Otp)
	if err != nil {
		return nil, err
	}
	if !a.Accepted() {
		msg, known := wording[a.Number()]
		if !known {
			msg = "We could not verify you."
		}
		return strictapi.PostUnlock401JSONResponse{Message: msg}, nil
	}
	tok, err := s.Doors.Open(ctx)
	if err != nil {
		return nil, err
	}
	return strictapi.PostUnlock200JSONResponse{Token: tok}, nil
}

// PostUnlockByPhone words the failures of the voice channel from a table,
// inside a branch only failures enter: every one is refused.
func (s *Server) PostUnlockByPhone(ctx context.Context, req strictapi.PostUnlockRequestObject) (strictapi.PostUnlockResponseObject, error) {
	c, err := s.Gate.ValidateCall(ctx, s.User, req.Body.Otp)
	if err != nil {
		return nil, err
	}
	if !c.Succeeded() {
		msg, known := wording[c.Int()]
		if !known {
			msg = "We could not verify you."
		}
		return strictapi.PostUnlock401JSONResponse{Message: msg}, nil
	}
	tok, err := s.Doors.Open(ctx)
	if err != nil {
		return nil, err
	}
	return strictapi.PostUnlock200JSONResponse{Token: tok}, nil
}
