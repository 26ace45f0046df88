package storefront

import (
	"context"
	"net/http"

	"github.com/aws/aws-lambda-go/events"

	"codeswitch/lambda/mfagate"
	"codeswitch/lambda/respond"
)

// Transfer refuses two codes through the team's helpers, one kept in a
// local first; any other code transfers the ticket. Reported.
func (s *Shop) Transfer(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	user := req.Headers["x-user"]
	a, err := s.Gate.Check(ctx, user, req.QueryStringParameters["otp"])
	if err != nil {
		return respond.JSON(http.StatusBadGateway, "try again"), nil
	}
	if a.ErrorCode == mfagate.RCOTPInvalid { // want `fail-open if-else chain over SurePassID return codes: 81 security-relevant codes fall through unhandled`
		return respond.Forbidden("wrong code"), nil
	} else if a.ErrorCode == mfagate.RCMaxUserAttempts {
		resp := respond.Locked()
		return *resp, nil
	}
	if err := s.Seats.Hold(ctx, req.PathParameters["to"], req.PathParameters["seat"]); err != nil {
		return events.APIGatewayV2HTTPResponse{}, err
	}
	return respond.JSON(http.StatusOK, "transferred"), nil
}

// Resell refuses the listed codes with the helpers and every other
// failure with a 401 answered through the JSON helper. Not reported.
func (s *Shop) Resell(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	user := req.Headers["x-user"]
	a, err := s.Gate.Check(ctx, user, req.QueryStringParameters["otp"])
	if err != nil {
		return respond.JSON(http.StatusBadGateway, "try again"), nil
	}
	switch a.ErrorCode {
	case mfagate.RCSuccess:
	case mfagate.RCMaxUserAttempts, mfagate.RCPartnerUserLoginDisabled:
		return *respond.Locked(), nil
	default:
		refusal := respond.JSON(http.StatusUnauthorized, map[string]string{"reason": "not verified"})
		return refusal, nil
	}
	if err := s.Seats.Release(ctx, user, req.PathParameters["seat"]); err != nil {
		return events.APIGatewayV2HTTPResponse{}, err
	}
	return respond.JSON(http.StatusAccepted, "listed"), nil
}
