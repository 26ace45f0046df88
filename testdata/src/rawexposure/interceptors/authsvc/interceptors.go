package authsvc

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	"rawexposure/interceptors/otpgate"
)

// StreamErrors turns the errors streaming handlers return into statuses.
func StreamErrors(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) error { // want StreamErrors:`rawexposure\(result 0 from params 3; result 0 from result 0 of param 3; param 3 reaches the gRPC status message sent to the client via authsvc.grpcError\)`
	return grpcError(handler(srv, ss))
}

// grpcError maps an error a handler returned to the status sent.
func grpcError(err error) error {
	if err == nil {
		return nil
	}
	if _, ok := status.FromError(err); ok {
		return err
	}
	var rej *otpgate.Rejection
	if errors.As(err, &rej) {
		return status.Error(codes.PermissionDenied, rej.Error()) // want `raw SurePassID errorMessage \(from otpgate.post\) written to the gRPC status message sent to the client`
	}
	return status.Error(codes.Internal, "internal error")
}

// UnaryErrors maps vendor refusals to fixed texts and logs the rest.
func UnaryErrors(log *slog.Logger) grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		resp, err := handler(ctx, req)
		var rej *otpgate.Rejection
		switch {
		case err == nil:
			return resp, nil
		case errors.As(err, &rej):
			log.WarnContext(ctx, "vendor refused", "method", info.FullMethod, "code", rej.Code, "reason", rej.Reason)
			return nil, status.Error(codes.PermissionDenied, "verification refused")
		default:
			log.ErrorContext(ctx, "handler failed", "method", info.FullMethod, "err", err)
			return nil, err
		}
	}
}

// StepUp checks the OTP the client put in the request metadata before
// any sensitive method runs.
func StepUp(gate *otpgate.Gate) grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		md, _ := metadata.FromIncomingContext(ctx)
		user, otp := first(md["x-user"]), first(md["x-otp"])
		if otp == "" {
			return nil, status.Error(codes.Unauthenticated, "one-time password required")
		}
		code, reason, err := gate.Check(ctx, user, otp)
		if err != nil {
			return nil, status.Error(codes.Unavailable, "verification unavailable")
		}
		if code != otpgate.OK {
			return nil, fmt.Errorf("step-up refused: %s", reason) // want `raw SurePassID errorMessage \(from otpgate.post\) returned from a gRPC server interceptor: grpc-go sends a non-status error's text to the client`
		}
		return handler(ctx, req)
	}
}

// audited logs the vendor's answer for a stream and sends a fixed text.
func audited(gate *otpgate.Gate, log *slog.Logger) grpc.StreamServerInterceptor {
	return func(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
		md, _ := metadata.FromIncomingContext(ss.Context())
		code, reason, err := gate.Check(ss.Context(), first(md["x-user"]), first(md["x-otp"]))
		if err != nil || code != otpgate.OK {
			log.Warn("stream step-up refused", "code", code, "reason", reason, "err", err)
			return status.Error(codes.PermissionDenied, "step-up refused")
		}
		return handler(srv, ss)
	}
}

func first(v []string) string {
	if len(v) == 0 {
		return ""
	}
	return v[0]
}

// Options installs the interceptors.
func Options(gate *otpgate.Gate, log *slog.Logger) []grpc.ServerOption {
	return []grpc.ServerOption{
		grpc.ChainUnaryInterceptor(UnaryErrors(log), StepUp(gate)),
		grpc.ChainStreamInterceptor(StreamErrors, audited(gate, log)),
	}
}
