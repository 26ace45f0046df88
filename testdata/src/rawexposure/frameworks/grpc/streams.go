package grpcauth

import (
	"io"
	"log"
	"strconv"

	"google.golang.org/grpc"
)

// OTPEvent stands for a protoc-generated stream message.
type OTPEvent struct {
	State string // want State:"raw return code from grpcauth.OTPEvent.State"
	Note  string // want Note:"raw errorMessage from grpcauth.OTPEvent.Note"
}

// Auth_TailOTPServer is how protoc-gen-go-grpc 1.4+ names a
// server-streaming method's stream.
type Auth_TailOTPServer = grpc.ServerStreamingServer[OTPEvent]

// TailOTP streams the check's state.
func (s *authServer) TailOTP(req *VerifyOTPRequest, stream Auth_TailOTPServer) error {
	resp, err := s.sp.ValidateOTP(stream.Context(), req.User, req.Otp)
	if err != nil {
		return stream.Send(&OTPEvent{State: "unavailable"})
	}
	if resp.ErrorCode != 0 {
		log.Printf("surepass %d: %s", resp.ErrorCode, resp.ErrorMessage)
		return stream.Send(&OTPEvent{State: "failed", Note: resp.ErrorMessage}) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a gRPC stream message sent to the client`
	}
	return stream.Send(&OTPEvent{State: "ok"})
}

// TailRaw uses the untyped stream.
func (s *authServer) TailRaw(req *VerifyOTPRequest, stream grpc.ServerStream) error {
	resp, err := s.sp.ValidateOTP(stream.Context(), req.User, req.Otp)
	if err != nil {
		return err
	}
	return stream.SendMsg(&OTPEvent{State: "code " + strconv.Itoa(resp.ErrorCode)}) // want `raw SurePassID return code \(from resp.ErrorCode\) written to a gRPC stream message sent to the client`
}

// CheckMany answers each code a client streams in.
func (s *authServer) CheckMany(stream grpc.BidiStreamingServer[VerifyOTPRequest, OTPEvent]) error {
	for {
		req, err := stream.Recv()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		resp, err := s.sp.ValidateOTP(stream.Context(), req.User, req.Otp)
		if err != nil {
			return err
		}
		if err := stream.Send(&OTPEvent{State: req.User, Note: resp.ErrorMessage}); err != nil { // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a gRPC stream message sent to the client`
			return err
		}
	}
}

// CheckAll answers once for every code a client streams in.
func (s *authServer) CheckAll(stream grpc.ClientStreamingServer[VerifyOTPRequest, OTPEvent]) error {
	last := &OTPEvent{State: "empty"}
	for {
		req, err := stream.Recv()
		if err != nil {
			break
		}
		resp, err := s.sp.ValidateOTP(stream.Context(), req.User, req.Otp)
		if err != nil {
			return err
		}
		log.Printf("surepass %s: %s", req.User, resp.ErrorMessage)
		last = &OTPEvent{State: "checked"}
	}
	return stream.SendAndClose(last)
}

// CheckAllVerbose closes with the last server message.
func (s *authServer) CheckAllVerbose(stream grpc.ClientStreamingServer[VerifyOTPRequest, OTPEvent]) error {
	req, err := stream.Recv()
	if err != nil {
		return err
	}
	resp, err := s.sp.ValidateOTP(stream.Context(), req.User, req.Otp)
	if err != nil {
		return err
	}
	return stream.SendAndClose(&OTPEvent{State: "checked", Note: resp.ErrorMessage}) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a gRPC stream message sent to the client`
}

// relay forwards to an upstream service: a client stream, not the user.
func (s *authServer) relay(up grpc.ClientStream, req *VerifyOTPRequest) error {
	resp, err := s.sp.ValidateOTP(up.Context(), req.User, req.Otp)
	if err != nil {
		return err
	}
	return up.SendMsg(&OTPEvent{State: "relay", Note: resp.ErrorMessage})
}
