// Package enrollsvc is a gRPC service whose status helpers build statuses
// from the refusal they are given: the method returning the status is what
// sends it.
package enrollsvc

import (
	"context"
	"errors"
	"log"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"rawexposure/statusbuild/otpcore"
	"rawexposure/statusbuild/rpcerr"
)

// Server implements EnrollServer.
type Server struct {
	UnimplementedEnrollServer
	otp     *otpcore.Client
	support bool
}

// Confirm sends the vendor's text and code in the support build.
func (s *Server) Confirm(ctx context.Context, req *EnrollRequest) (*EnrollReply, error) { // want Confirm:"result 1 raw errorMessage from otpcore.Refusal.Reason"
	err := s.otp.Verify(ctx, req.User, req.Otp)
	if r, ok := otpcore.AsRefusal(err); ok {
		if s.support {
			return nil, refusalStatus(codes.Unauthenticated, r).Err() // want `raw SurePassID errorMessage \(from otpcore.Refusal.Reason\) returned from a gRPC method`
		}
		return nil, friendlyStatus(r).Err()
	}
	if err != nil {
		return nil, status.Error(codes.Unavailable, "verification unavailable")
	}
	return &EnrollReply{Ok: true}, nil
}

// Resend returns the formatted refusal.
func (s *Server) Resend(ctx context.Context, req *EnrollRequest) (*EnrollReply, error) { // want Resend:"result 1 raw errorMessage from otpcore.Refusal.Reason"
	err := s.otp.Verify(ctx, req.User, "")
	var r *otpcore.Refusal
	if errors.As(err, &r) {
		return nil, refusalError(r) // want `raw SurePassID errorMessage \(from otpcore.Refusal.Reason\) returned from a gRPC method`
	}
	if err != nil {
		return nil, status.Error(codes.Unavailable, "verification unavailable")
	}
	return &EnrollReply{Ok: true}, nil
}

// Inspect logs what the support status would say, and returns the
// explained refusal.
func (s *Server) Inspect(ctx context.Context, req *EnrollRequest) (*EnrollReply, error) { // want Inspect:"result 1 raw errorMessage from otpcore.Refusal.Reason"
	err := s.otp.Verify(ctx, req.User, req.Otp)
	r, ok := otpcore.AsRefusal(err)
	if !ok {
		return &EnrollReply{Ok: err == nil}, nil
	}
	log.Printf("refusal: %s", refusalStatus(codes.FailedPrecondition, r).Message())
	switch req.Otp {
	case "":
		return nil, rpcerr.FromRefusal(r) // want `raw SurePassID errorMessage \(from otpcore.Refusal.Reason\) returned from a gRPC method`
	case "0":
		return nil, rpcerr.Generic(r)
	}
	return nil, explain(r) // want `raw SurePassID errorMessage \(from otpcore.Refusal.Reason\) returned from a gRPC method`
}

// Probe returns a status its helper reported already.
func (s *Server) Probe(ctx context.Context, req *EnrollRequest) (*EnrollReply, error) {
	if st := s.probeStatus(ctx, req.User); st.Code() != codes.OK {
		return nil, st.Err()
	}
	return &EnrollReply{Ok: true}, nil
}
