// Package auth checks the one-time password a request carries. Verify has
// an HTTP API handler's signature, but no function is started here: the
// handlers that call it decide what is sent, so its result is no response.
package auth

import (
	"context"

	"github.com/aws/aws-lambda-go/events"

	"rawexposure/serverless/payapp/internal/spclient"
)

// Verify validates the request's OTP header for the path's user.
func Verify(ctx context.Context, sp *spclient.Client, req events.APIGatewayV2HTTPRequest) (*spclient.Result[struct{}], error) {
	return sp.ValidateOTP(ctx, req.PathParameters["user"], req.Headers["x-otp"])
}
