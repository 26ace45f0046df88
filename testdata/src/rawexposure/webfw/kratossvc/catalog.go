package kratossvc

import (
	"bytes"
	"context"

	"github.com/go-kratos/kratos/v2/errors"
	khttp "github.com/go-kratos/kratos/v2/transport/http"
)

// Explain maps SurePassID's answer to a kratos error: each constructor's
// reason and message are sent.
func (s *AuthService) Explain(ctx context.Context, in *SignInRequest) (*SignInReply, error) {
	res, err := rc.Validate(ctx, in.User, in.OTP)
	if err != nil {
		return nil, errors.GatewayTimeout("UPSTREAM", "sign-in is unavailable")
	}
	if res.OK() {
		return &SignInReply{OK: true}, nil
	}
	msg := res.Reason()
	switch in.User {
	case "a":
		return nil, errors.BadRequest("OTP_REJECTED", msg) // want `raw SurePassID errorMessage .*kratos error`
	case "b":
		return nil, errors.NotFound(msg, "no such user") // want `raw SurePassID errorMessage .*kratos error`
	case "c":
		return nil, errors.Conflict("OTP_REJECTED", msg) // want `raw SurePassID errorMessage .*kratos error`
	case "d":
		return nil, errors.InternalServer("OTP_REJECTED", msg) // want `raw SurePassID errorMessage .*kratos error`
	case "e":
		return nil, errors.ServiceUnavailable("OTP_REJECTED", msg) // want `raw SurePassID errorMessage .*kratos error`
	case "f":
		return nil, errors.GatewayTimeout("OTP_REJECTED", msg) // want `raw SurePassID errorMessage .*kratos error`
	default:
		return nil, errors.Newf(401, "OTP_REJECTED", "sign-in failed: %s", msg) // want `raw SurePassID errorMessage .*kratos error`
	}
}

func streamHandler(ctx khttp.Context) error {
	res, err := rc.Validate(ctx, ctx.Request().URL.Query().Get("user"), ctx.Request().URL.Query().Get("otp"))
	if err != nil || res.OK() {
		return ctx.Returns(&SignInReply{OK: err == nil}, nil)
	}
	if ctx.Request().URL.Query().Get("stream") != "" {
		return ctx.Stream(401, "text/plain", bytes.NewBufferString(res.Reason())) // want `raw SurePassID errorMessage .*kratos response`
	}
	return ctx.Returns(&SignInReply{Message: res.Reason()}, nil) // want `raw SurePassID errorMessage .*kratos response`
}
