// Package grpcclosure is a gRPC MFA service whose methods build their
// refusals with a local closure over the SurePassID answer.
package grpcclosure

import (
	"context"
	"log/slog"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"rawexposure/rpc/spauth"
)

type server struct {
	UnimplementedMfaServer
	sp  *spauth.Client
	log *slog.Logger
}

// Check refuses through a closure that copies the raw message into the
// reply: every return of it is reported.
func (s *server) Check(ctx context.Context, req *CheckRequest) (*CheckReply, error) { // want Check:"result 0 raw errorMessage"
	resp, err := s.sp.ValidateOTP(ctx, req.User, req.Otp)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "try again later")
	}
	note := resp.ErrorMessage
	refuse := func(o Outcome) *CheckReply {
		return &CheckReply{Outcome: o, Note: note}
	}
	switch resp.ErrorCode {
	case 0:
		return &CheckReply{Outcome: Outcome_OUTCOME_OK}, nil
	case 9015, 9096:
		return refuse(Outcome_OUTCOME_LOCKED), nil // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) returned from a gRPC method as the response`
	default:
		return refuse(Outcome_OUTCOME_WRONG_CODE), nil // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) returned from a gRPC method as the response`
	}
}

// Recheck's closure logs the raw message and answers its own text: not
// reported.
func (s *server) Recheck(ctx context.Context, req *CheckRequest) (*CheckReply, error) {
	resp, err := s.sp.ValidateOTP(ctx, req.User, req.Otp)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "try again later")
	}
	refuse := func(o Outcome, text string) *CheckReply {
		s.log.WarnContext(ctx, "otp refused", "code", resp.ErrorCode, "msg", resp.ErrorMessage)
		return &CheckReply{Outcome: o, Note: text}
	}
	if resp.ErrorCode != 0 {
		return refuse(Outcome_OUTCOME_WRONG_CODE, "the code was not accepted"), nil
	}
	return &CheckReply{Outcome: Outcome_OUTCOME_OK}, nil
}

// Probe's closure captures the request's user name, not the answer: not
// reported.
func (s *server) Probe(ctx context.Context, req *CheckRequest) (*CheckReply, error) {
	who := req.User
	answer := func(o Outcome) *CheckReply { return &CheckReply{Outcome: o, Note: "checked " + who} }
	resp, err := s.sp.ValidateOTP(ctx, req.User, req.Otp)
	if err != nil || resp.ErrorCode != 0 {
		return answer(Outcome_OUTCOME_WRONG_CODE), nil
	}
	return answer(Outcome_OUTCOME_OK), nil
}
