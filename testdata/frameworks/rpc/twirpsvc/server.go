// Package twirpsvc serves auth.v1.AuthService over twirp.
package twirpsvc

import (
	"context"
	"log"
	"net/http"

	"github.com/twitchtv/twirp"

	"example.com/frameworks/rpc/authpb"
	"example.com/frameworks/spclient"
)

type server struct{ sp *spclient.Client }

// Handler returns the twirp handler.
func Handler() authpb.TwirpServer {
	return authpb.NewAuthServiceServer(&server{sp: &spclient.Client{HTTP: http.DefaultClient}})
}

// VerifyOTP: the generated server turns a plain returned error into
// twirp.InternalErrorWith(err), whose msg is err.Error(); a twirp.Error's
// msg and meta are sent as JSON.
func (s *server) VerifyOTP(ctx context.Context, req *authpb.VerifyOTPRequest) (*authpb.VerifyOTPResponse, error) {
	resp, err := s.sp.ValidateOTP(ctx, req.GetUser(), req.GetOtp())
	if err != nil {
		return nil, err // the transport error, not a SurePassID answer
	}
	if resp.ErrorCode != 0 {
		switch req.GetUser() {
		case "":
			return nil, twirp.NewError(twirp.Unauthenticated, resp.ErrorMessage) // want "raw SurePassID errorMessage"
		case "kiosk":
			return nil, twirp.Unauthenticated.Error("sign-in failed").WithMeta("reason", resp.ErrorMessage) // want "raw SurePassID errorMessage"
		}
		return nil, twirp.Unauthenticated.Errorf("sign-in failed: %s", resp.ErrorMessage) // want "raw SurePassID errorMessage"
	}
	return &authpb.VerifyOTPResponse{Ok: true}, nil
}

type wrapped struct{ sp *spclient.Client }

// WrappedHandler returns the handler whose method returns the client's
// error as is.
func WrappedHandler(sp *spclient.Client) http.Handler {
	return authpb.NewAuthServiceServer(&wrapped{sp: sp})
}

func (w *wrapped) VerifyOTP(ctx context.Context, req *authpb.VerifyOTPRequest) (*authpb.VerifyOTPResponse, error) {
	if err := w.sp.Verify(ctx, req.GetUser(), req.GetOtp()); err != nil {
		return nil, err // want "raw SurePassID errorMessage"
	}
	return &authpb.VerifyOTPResponse{Ok: true}, nil
}

type safe struct{ sp *spclient.Client }

// SafeHandler returns the handler that logs the raw message.
func SafeHandler(sp *spclient.Client) http.Handler {
	return authpb.NewAuthServiceServer(&safe{sp: sp})
}

func (s *safe) VerifyOTP(ctx context.Context, req *authpb.VerifyOTPRequest) (*authpb.VerifyOTPResponse, error) {
	if err := s.sp.Verify(ctx, req.GetUser(), req.GetOtp()); err != nil {
		log.Printf("verify: %v", err)
		return nil, twirp.Unauthenticated.Error(spclient.SafeMessage)
	}
	return &authpb.VerifyOTPResponse{Ok: true}, nil
}
