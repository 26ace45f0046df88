package problems

import (
	"context"
	"fmt"

	"github.com/vektah/gqlparser/v2/gqlerror"

	"rawexposure/rpc/spauth"
)

// otpError is the resolvers' helper turning a SurePassID answer into the
// GraphQL error the server sends: errors[].message and extensions.
func otpError(resp *spauth.Response) *gqlerror.Error {
	switch resp.ErrorCode {
	case 9001:
		return &gqlerror.Error{Message: resp.ErrorMessage} // want `raw SurePassID errorMessage .*GraphQL error message.*gqlerror.Error.Message`
	case 9002:
		return &gqlerror.Error{ // want `raw SurePassID return code .*gqlerror.Error.Extensions`
			Message:    "sign-in failed",
			Extensions: map[string]any{"code": "UNAUTHENTICATED", "spCode": resp.ErrorCode},
		}
	}
	e := gqlerror.Errorf("sign-in failed")
	e.Extensions = map[string]any{"code": "UNAUTHENTICATED"}
	e.Extensions["reason"] = resp.ErrorMessage // want `raw SurePassID errorMessage .*gqlerror.Error.Extensions`
	return e
}

// quiet keeps the raw answer in the fields the server does not send.
func quiet(ctx context.Context, sp *spauth.Client, user string) *gqlerror.Error {
	resp, err := sp.ValidateOTP(ctx, user, "")
	if err != nil {
		return &gqlerror.Error{Message: "authentication service unavailable", Err: err}
	}
	if resp.ErrorCode != 0 {
		return &gqlerror.Error{
			Message: "sign-in failed",
			Err:     fmt.Errorf("surepass %d: %s", resp.ErrorCode, resp.ErrorMessage),
			Rule:    resp.ErrorMessage,
		}
	}
	return nil
}
