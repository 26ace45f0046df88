// Package grpcdetails is a gRPC service that explains a failed sign-in in
// the status details (grpc-status-details-bin), which clients decode and
// show: what a detail holds reaches the user as surely as the message.
package grpcdetails

import (
	"context"
	"log"
	"strconv"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/anypb"
	"google.golang.org/protobuf/types/known/structpb"
	"google.golang.org/protobuf/types/known/wrapperspb"

	"rawexposure/rpc/spauth"
)

type server struct {
	UnimplementedVerifyServer
	sp *spauth.Client
}

var unavailable = status.Error(codes.Unavailable, "authentication service unavailable")

// Check puts the raw message in an ErrorInfo's reason and metadata.
func (s *server) Check(ctx context.Context, req *VerifyRequest) (*VerifyReply, error) {
	resp, err := s.sp.ValidateOTP(ctx, req.User, req.Otp)
	if err != nil {
		return nil, unavailable
	}
	if resp.ErrorCode != 0 {
		st, err := status.New(codes.Unauthenticated, "verification failed").WithDetails(&errdetails.ErrorInfo{
			Reason:   resp.ErrorMessage,
			Domain:   "auth.example.com",
			Metadata: map[string]string{"msg": resp.ErrorMessage},
		})
		if err != nil {
			return nil, status.Error(codes.Unauthenticated, "verification failed")
		}
		return nil, st.Err() // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a gRPC status detail sent to the client by this return`
	}
	return &VerifyReply{Ok: true}, nil
}

// Explain tries the other well-known detail shapes.
func (s *server) Explain(ctx context.Context, req *VerifyRequest) (*VerifyReply, error) {
	resp, err := s.sp.ValidateOTP(ctx, req.User, req.Otp)
	if err != nil {
		return nil, unavailable
	}
	if resp.ErrorCode == 0 {
		return &VerifyReply{Ok: true}, nil
	}
	st := status.New(codes.InvalidArgument, "the code was not accepted")
	switch req.User {
	case "bad-request":
		st, _ = st.WithDetails(&errdetails.BadRequest{FieldViolations: []*errdetails.BadRequest_FieldViolation{{ // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a gRPC status detail`
			Field:       "otp",
			Description: resp.ErrorMessage,
		}}})
	case "localized":
		st, _ = st.WithDetails(&errdetails.LocalizedMessage{Locale: "en-US", Message: resp.ErrorMessage}) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a gRPC status detail`
	case "wrapper":
		st, _ = st.WithDetails(wrapperspb.String(resp.ErrorMessage)) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a gRPC status detail`
	case "struct":
		fields, _ := structpb.NewStruct(map[string]any{"error": resp.ErrorMessage})
		st, _ = st.WithDetails(fields) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a gRPC status detail`
	case "any":
		packed, _ := anypb.New(&Failure{Text: resp.ErrorMessage})
		st, _ = st.WithDetails(packed) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a gRPC status detail`
	case "code":
		st, _ = st.WithDetails(&errdetails.ErrorInfo{Reason: "OTP_REJECTED", Metadata: map[string]string{"code": strconv.Itoa(resp.ErrorCode)}}) // want `raw SurePassID return code \(from resp.ErrorCode\) written to a gRPC status detail`
	}
	return nil, st.Err()
}

// denied is the team's helper: the reason goes into an ErrorInfo.
func denied(reason string) error {
	st, err := status.New(codes.PermissionDenied, "access denied").WithDetails(&errdetails.ErrorInfo{Reason: "DENIED", Metadata: map[string]string{"detail": reason}})
	if err != nil {
		return status.Error(codes.PermissionDenied, "access denied")
	}
	return st.Err()
}

// explainTrailer is the team's helper for a trailer the client reads.
func explainTrailer(ctx context.Context, reason string) {
	_ = grpc.SetTrailer(ctx, metadata.Pairs("x-error", reason))
}

// Wrapped goes through the helpers.
func (s *server) Wrapped(ctx context.Context, req *VerifyRequest) (*VerifyReply, error) {
	resp, err := s.sp.ValidateOTP(ctx, req.User, req.Otp)
	if err != nil {
		return nil, unavailable
	}
	if resp.ErrorCode != 0 {
		explainTrailer(ctx, resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to gRPC response metadata`
		return nil, denied(resp.ErrorMessage)  // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a gRPC status detail`
	}
	return &VerifyReply{Ok: true}, nil
}

// Negatives.

// smsReply is the SMS gateway's answer, another vendor's message.
type smsReply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// reasonFor maps SurePassID's codes to the service's own reasons.
func reasonFor(code int) string {
	switch code {
	case 9003, 9002:
		return "OTP_INVALID"
	case 9001:
		return "ACCOUNT_LOCKED"
	}
	return "SIGN_IN_FAILED"
}

// Mapped sends the service's own reason and a generic text; the raw
// message is logged, and the SMS gateway's text is not SurePassID's.
func (s *server) Mapped(ctx context.Context, req *VerifyRequest) (*VerifyReply, error) {
	resp, err := s.sp.ValidateOTP(ctx, req.User, req.Otp)
	if err != nil {
		return nil, unavailable
	}
	if resp.ErrorCode != 0 {
		log.Printf("surepass %d: %s", resp.ErrorCode, resp.ErrorMessage)
		var sms smsReply
		st, _ := status.New(codes.Unauthenticated, "verification failed").WithDetails(
			&errdetails.ErrorInfo{Reason: reasonFor(resp.ErrorCode), Domain: "auth.example.com"},
			&errdetails.LocalizedMessage{Locale: "en-US", Message: "The code was not accepted. Please try again."},
			wrapperspb.String(sms.ErrorMessage),
		)
		_ = grpc.SetTrailer(ctx, metadata.Pairs("x-error-reason", reasonFor(resp.ErrorCode)))
		return nil, st.Err()
	}
	return &VerifyReply{Ok: true}, nil
}
