// Package kratossvc is a go-kratos service for SurePassID sign-in: its
// methods return kratos errors, whose reason and message the transport
// sends, and its HTTP routes write through the transport's Context.
package kratossvc

import (
	"context"
	"fmt"
	"log"

	"github.com/go-kratos/kratos/v2/errors"
	khttp "github.com/go-kratos/kratos/v2/transport/http"

	"rawexposure/webfw/spauth"
	"rawexposure/webfw/spresult"
)

var (
	sp = &spauth.Client{}
	rc = &spresult.Client{}
)

// SignInRequest and SignInReply are the service's messages.
type SignInRequest struct{ User, OTP string }

// SignInReply is the answer.
type SignInReply struct {
	OK      bool   `json:"ok"`
	Message string `json:"message,omitempty"` // want Message:"raw errorMessage"
}

// AuthService implements the Auth service.
type AuthService struct{}

// SignIn validates an OTP.
func (s *AuthService) SignIn(ctx context.Context, in *SignInRequest) (*SignInReply, error) {
	res, err := sp.ValidateOTP(ctx, in.User, in.OTP)
	if err != nil {
		return nil, errors.ServiceUnavailable("UPSTREAM", "sign-in is unavailable")
	}
	switch res.ErrorCode {
	case 0:
		return &SignInReply{OK: true}, nil
	case 9030:
		return nil, errors.Forbidden("LOCKED", res.ErrorMessage) // want `raw SurePassID errorMessage .*kratos error`
	case 9040:
		return nil, errors.New(401, "OTP_REJECTED", res.ErrorMessage) // want `raw SurePassID errorMessage .*kratos error`
	default:
		return nil, errors.Errorf(401, "OTP_REJECTED", "sign-in failed: %s", res.ErrorMessage) // want `raw SurePassID errorMessage .*kratos error`
	}
}

// Check goes through the accessor wrapper.
func (s *AuthService) Check(ctx context.Context, in *SignInRequest) (*SignInReply, error) {
	res, err := rc.Validate(ctx, in.User, in.OTP)
	if err != nil {
		return nil, errors.InternalServer("UPSTREAM", "sign-in is unavailable").WithCause(err)
	}
	if !res.OK() {
		return nil, errors.Unauthorized("OTP_REJECTED", "sign-in failed").WithMetadata(map[string]string{"detail": res.Reason()}) // want `raw SurePassID errorMessage .*kratos error`
	}
	return &SignInReply{OK: true}, nil
}

// Quiet logs the raw answer and returns fixed reasons; the cause is kept
// server side.
func (s *AuthService) Quiet(ctx context.Context, in *SignInRequest) (*SignInReply, error) {
	err := rc.Verify(ctx, in.User, in.OTP)
	if err != nil {
		log.Printf("surepass: %v", err)
		return nil, errors.Unauthorized("OTP_REJECTED", "sign-in failed").WithCause(err)
	}
	return &SignInReply{OK: true}, nil
}

// Register mounts the HTTP routes.
func Register(srv *khttp.Server) {
	r := srv.Route("/")
	r.POST("/v1/otp", otpHandler)
	r.POST("/v1/stream", streamHandler)
	r.GET("/v1/check", func(ctx khttp.Context) error {
		res, err := rc.Validate(ctx, ctx.Request().URL.Query().Get("user"), ctx.Request().URL.Query().Get("otp"))
		if err != nil {
			return ctx.String(502, "sign-in is unavailable")
		}
		if !res.OK() {
			return ctx.String(401, res.Reason()) // want `raw SurePassID errorMessage .*kratos response`
		}
		return ctx.JSON(200, SignInReply{OK: true})
	})
}

func otpHandler(ctx khttp.Context) error {
	var in SignInRequest
	if err := ctx.Bind(&in); err != nil {
		return err
	}
	res, err := sp.ValidateOTP(ctx, in.User, in.OTP)
	if err != nil {
		return ctx.JSON(502, SignInReply{Message: "sign-in is unavailable"})
	}
	switch {
	case res.ErrorCode == 9030:
		return ctx.XML(403, SignInReply{Message: res.ErrorMessage}) // want `raw SurePassID errorMessage .*kratos response`
	case res.ErrorCode == 9040:
		return ctx.Result(401, SignInReply{Message: res.ErrorMessage}) // want `raw SurePassID errorMessage .*kratos response`
	case res.ErrorCode == 9002:
		return ctx.Blob(401, "text/plain", []byte(res.ErrorMessage)) // want `raw SurePassID errorMessage .*kratos response`
	case res.ErrorCode != 0:
		ctx.Header().Set("X-Auth-Error", res.ErrorMessage)
		return ctx.JSON(401, SignInReply{Message: res.ErrorMessage}) // want `raw SurePassID errorMessage .*kratos response`
	}
	return ctx.Returns(&SignInReply{OK: true}, nil)
}

// Route handlers that return the client's error: the server's error
// encoder sends its text.
func RegisterVerify(srv *khttp.Server) {
	r := srv.Route("/")
	r.POST("/v1/verify", verifyHandler)
	r.POST("/v1/verify-quiet", verifyQuietHandler)
	r.GET("/v1/recheck", func(ctx khttp.Context) error {
		if err := rc.Verify(ctx, ctx.Request().URL.Query().Get("user"), ctx.Request().URL.Query().Get("otp")); err != nil {
			return err // want `raw SurePassID errorMessage .*kratos HTTP handler`
		}
		return ctx.JSON(200, SignInReply{OK: true})
	})
}

func verifyHandler(ctx khttp.Context) error {
	var in SignInRequest
	if err := ctx.Bind(&in); err != nil {
		return err
	}
	if err := rc.Verify(ctx, in.User, in.OTP); err != nil {
		return fmt.Errorf("verify %s: %w", in.User, err) // want `raw SurePassID errorMessage .*kratos HTTP handler`
	}
	return ctx.JSON(200, SignInReply{OK: true})
}

// verifyQuietHandler logs the answer and returns a kratos error of its own.
func verifyQuietHandler(ctx khttp.Context) error {
	var in SignInRequest
	if err := ctx.Bind(&in); err != nil {
		return err
	}
	if err := rc.Verify(ctx, in.User, in.OTP); err != nil {
		log.Printf("surepass: %v", err)
		return errors.Unauthorized("OTP_REJECTED", "sign-in failed")
	}
	return ctx.JSON(200, SignInReply{OK: true})
}
