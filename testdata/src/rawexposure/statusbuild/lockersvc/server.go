// Package lockersvc is a gRPC service that adds details to its statuses
// inline: the detail is sent by the return of the status it is added to,
// where the finding is reported.
package lockersvc

import (
	"context"
	"errors"
	"log"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"rawexposure/statusbuild/otpcore"
)

const domain = "locker.example.com"

// Server implements LockerServer.
type Server struct {
	UnimplementedLockerServer
	otp *otpcore.Client
}

// Open puts the vendor's reason in a LocalizedMessage and returns the
// detailed status, or the plain one when the detail cannot be added.
func (s *Server) Open(ctx context.Context, req *OpenRequest) (*OpenReply, error) {
	err := s.otp.Verify(ctx, req.User, req.Otp)
	var r *otpcore.Refusal
	if errors.As(err, &r) {
		st := status.New(codes.PermissionDenied, "locker refused")
		ds, derr := st.WithDetails(&errdetails.LocalizedMessage{
			Locale:  "en-US",
			Message: r.Reason,
		})
		if derr != nil {
			return nil, st.Err()
		}
		return nil, ds.Err() // want `raw SurePassID errorMessage \(from otpcore.Refusal.Reason\) written to a gRPC status detail sent to the client by this return`
	}
	if err != nil {
		return nil, status.Error(codes.Unavailable, "verification unavailable")
	}
	return &OpenReply{Ok: true}, nil
}

// Reopen adds the detail to its status in place: reported where it is
// added.
func (s *Server) Reopen(ctx context.Context, req *OpenRequest) (*OpenReply, error) {
	err := s.otp.Verify(ctx, req.User, req.Otp)
	r, ok := otpcore.AsRefusal(err)
	if !ok {
		return &OpenReply{Ok: err == nil}, nil
	}
	st := status.New(codes.PermissionDenied, "locker refused")
	st, _ = st.WithDetails(&errdetails.ErrorInfo{ // want `raw SurePassID errorMessage \(from otpcore.Refusal.Reason\) written to a gRPC status detail sent to the client$`
		Reason:   "REFUSED",
		Domain:   domain,
		Metadata: map[string]string{"detail": r.Reason},
	})
	return nil, st.Err()
}

// Override keeps the detailed status only when it could be built.
func (s *Server) Override(ctx context.Context, req *OpenRequest) (*OpenReply, error) {
	err := s.otp.Verify(ctx, req.User, req.Otp)
	r, ok := otpcore.AsRefusal(err)
	if !ok {
		return &OpenReply{Ok: err == nil}, nil
	}
	st := status.New(codes.FailedPrecondition, "override refused")
	if ds, derr := st.WithDetails(&errdetails.DebugInfo{Detail: r.Reason}); derr == nil {
		st = ds
	}
	return nil, st.Err() // want `raw SurePassID errorMessage \(from otpcore.Refusal.Reason\) written to a gRPC status detail sent to the client by this return`
}

// Peek adds only the team's own reason and domain: nothing raw.
func (s *Server) Peek(ctx context.Context, req *OpenRequest) (*OpenReply, error) {
	err := s.otp.Verify(ctx, req.User, req.Otp)
	if _, ok := otpcore.AsRefusal(err); ok {
		st := status.New(codes.PermissionDenied, "locker refused")
		ds, derr := st.WithDetails(&errdetails.ErrorInfo{Reason: "REFUSED", Domain: domain})
		if derr != nil {
			return nil, st.Err()
		}
		return nil, ds.Err()
	}
	return &OpenReply{Ok: err == nil}, nil
}

// Trail sends the detailed status in the response trailer and returns a
// fixed one: no return sends the detail, which is reported where it is
// added.
func (s *Server) Trail(ctx context.Context, req *OpenRequest) (*OpenReply, error) {
	err := s.otp.Verify(ctx, req.User, req.Otp)
	r, ok := otpcore.AsRefusal(err)
	if !ok {
		return &OpenReply{Ok: err == nil}, nil
	}
	st := status.New(codes.PermissionDenied, "locker refused")
	ds, derr := st.WithDetails(&errdetails.LocalizedMessage{Locale: "en-US", Message: r.Reason}) // want `raw SurePassID errorMessage \(from otpcore.Refusal.Reason\) written to a gRPC status detail sent to the client$`
	if derr == nil {
		log.Printf("locker: %v", ds.Details())
	}
	return nil, status.Error(codes.PermissionDenied, "locker refused")
}
