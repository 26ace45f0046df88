package connectsvc

import (
	"context"
	"errors"

	"connectrpc.com/connect"
	"github.com/surepasslint/surepasslint/codes"

	"rawexposure/rpc/connectsvc/authv1"
)

// loginMapped maps the code to a user message in one branch (quiet) and
// forgets to in the others: the fix uses the same mapping.
func (s *authService) loginMapped(ctx context.Context, req *connect.Request[authv1.LoginRequest]) (*connect.Response[authv1.LoginResponse], error) {
	resp, err := s.sp.ValidateOTP(ctx, req.Msg.User, req.Msg.Otp)
	if err != nil {
		return nil, connect.NewError(connect.CodeUnavailable, errRejected)
	}
	if resp.ErrorCode == 0 {
		return connect.NewResponse(&authv1.LoginResponse{Ok: true}), nil
	}
	if req.Msg.Otp == "" {
		return nil, connect.NewError(connect.CodeInvalidArgument, errors.New(codes.UserMessage(codes.ReturnCode(resp.ErrorCode))))
	}
	if req.Msg.Otp == "000000" {
		// The hint is an optional proto3 field: a pointer.
		return connect.NewResponse(&authv1.LoginResponse{Hint: &resp.ErrorMessage}), nil // want `raw SurePassID errorMessage .*returned from a connect handler as the response`
	}
	if len(req.Msg.Otp) != 6 {
		return connect.NewResponse(&authv1.LoginResponse{Message: resp.ErrorMessage}), nil // want `raw SurePassID errorMessage .*returned from a connect handler as the response`
	}
	return nil, errors.New(resp.ErrorMessage) // want `raw SurePassID errorMessage .*returned from a connect handler`
}
