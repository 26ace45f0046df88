// Package storefront holds the ticket shop's Lambda handlers behind API
// Gateway (REST and HTTP APIs), an ALB and a Function URL. A refusal is a
// response value with a failure status, returned with a nil error.
package storefront

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/aws/aws-lambda-go/events"

	"codeswitch/lambda/mfagate"
)

type seats interface {
	Hold(ctx context.Context, user, seat string) error
	Release(ctx context.Context, user, seat string) error
}

// Shop is shared by the functions of the shop.
type Shop struct {
	Gate  mfagate.Gate
	Seats seats
}

func problem(status int, detail string) events.APIGatewayV2HTTPResponse {
	b, _ := json.Marshal(map[string]string{"detail": detail})
	return events.APIGatewayV2HTTPResponse{StatusCode: status, Body: string(b)}
}

// HoldSeat (HTTP API) lists the empty Success case, refuses two codes
// with a 401 response built in place, and only logs the others, which then
// hold the seat. Reported.
func (s *Shop) HoldSeat(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	user, seat := req.Headers["x-user"], req.PathParameters["seat"]
	a, err := s.Gate.Check(ctx, user, req.QueryStringParameters["otp"])
	if err != nil {
		return problem(http.StatusBadGateway, "try again"), nil
	}
	switch a.ErrorCode { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall into a default that does not fail closed`
	case mfagate.RCSuccess:
	case mfagate.RCOTPInvalid, mfagate.RCOTPAlreadyUsed:
		return events.APIGatewayV2HTTPResponse{
			StatusCode: http.StatusUnauthorized,
			Body:       `{"detail":"that code did not work"}`,
		}, nil
	default:
		slog.Warn("unexpected answer", "user", user, "code", a.ErrorCode)
	}
	if err := s.Seats.Hold(ctx, user, seat); err != nil {
		return events.APIGatewayV2HTTPResponse{}, err
	}
	return problem(http.StatusOK, "held"), nil
}

// ReleaseSeat (REST API) refuses a locked account with the team's
// helper, then every other failure with a 403 response kept in a local:
// fail-closed. Not reported.
func (s *Shop) ReleaseSeat(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	user, seat := req.Headers["x-user"], req.PathParameters["seat"]
	a, err := s.Gate.Check(ctx, user, req.QueryStringParameters["otp"])
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusServiceUnavailable}, nil
	}
	if a.ErrorCode == mfagate.RCMaxUserAttempts || a.ErrorCode == mfagate.RCPartnerUserLoginDisabled {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusLocked, Body: "locked"}, nil
	}
	if !a.Passed() {
		denied := events.APIGatewayProxyResponse{
			StatusCode: http.StatusForbidden,
			Headers:    map[string]string{"Content-Type": "text/plain"},
			Body:       "not verified",
		}
		return denied, nil
	}
	if err := s.Seats.Release(ctx, user, seat); err != nil {
		return events.APIGatewayProxyResponse{}, err
	}
	return events.APIGatewayProxyResponse{StatusCode: http.StatusNoContent}, nil
}

// Refund (ALB target) refuses the lockout with a 429 response assigned
// field by field; any other code refunds. Reported.
func (s *Shop) Refund(ctx context.Context, req events.ALBTargetGroupRequest) (events.ALBTargetGroupResponse, error) {
	user := req.Headers["x-user"]
	a, err := s.Gate.Check(ctx, user, req.QueryStringParameters["otp"])
	if err != nil {
		return events.ALBTargetGroupResponse{StatusCode: 502, StatusDescription: "502 Bad Gateway"}, nil
	}
	if a.ErrorCode == mfagate.RCMaxFailedOTPRequests { // want `fail-open if-else chain over SurePassID return codes`
		var resp events.ALBTargetGroupResponse
		resp.StatusCode = http.StatusTooManyRequests
		resp.StatusDescription = "429 Too Many Requests"
		return resp, nil
	}
	if err := s.Seats.Release(ctx, user, req.QueryStringParameters["seat"]); err != nil {
		return events.ALBTargetGroupResponse{}, err
	}
	return events.ALBTargetGroupResponse{StatusCode: 200, StatusDescription: "200 OK", Body: "refunded"}, nil
}

// Upgrade (Function URL) accepts Success only: the default answers 401
// with a response kept in a local. Not reported.
func (s *Shop) Upgrade(ctx context.Context, req events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
	user := req.Headers["x-user"]
	a, err := s.Gate.Check(ctx, user, req.QueryStringParameters["otp"])
	if err != nil {
		return events.LambdaFunctionURLResponse{StatusCode: http.StatusBadGateway}, nil
	}
	switch a.ErrorCode {
	case mfagate.RCSuccess:
	case mfagate.RCOTPInvalid:
		return events.LambdaFunctionURLResponse{StatusCode: 401, Body: "wrong code"}, nil
	default:
		out := events.LambdaFunctionURLResponse{StatusCode: http.StatusUnauthorized, Body: "not verified"}
		return out, nil
	}
	if err := s.Seats.Hold(ctx, user, "upgrade"); err != nil {
		return events.LambdaFunctionURLResponse{}, err
	}
	return events.LambdaFunctionURLResponse{StatusCode: http.StatusOK, Body: "upgraded"}, nil
}

// Preview answers a redirect (a 3xx response is no refusal) for the
// replayed code and shows the page to everyone else: the switch rejects
// nothing and is not reported.
func (s *Shop) Preview(ctx context.Context, req events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
	a, err := s.Gate.Check(ctx, req.Headers["x-user"], req.QueryStringParameters["otp"])
	if err != nil {
		return events.LambdaFunctionURLResponse{StatusCode: http.StatusBadGateway}, nil
	}
	switch a.ErrorCode {
	case mfagate.RCOTPAlreadyUsed:
		return events.LambdaFunctionURLResponse{StatusCode: http.StatusSeeOther, Headers: map[string]string{"Location": "/preview"}}, nil
	}
	return events.LambdaFunctionURLResponse{StatusCode: http.StatusOK, Body: "preview"}, nil
}
