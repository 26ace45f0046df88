// Package gatekeeper is the API Gateway REQUEST authorizer in front of the
// courier app: it answers with an IAM policy whose effect decides.
package gatekeeper

import (
	"context"
	"errors"
	"strings"

	"github.com/aws/aws-lambda-go/events"

	"codeswitch/fleet/spcode"
)

const (
	effectAllow = "Allow"
	effectDeny  = "Deny"
)

// Authorizer checks the courier's session token.
type Authorizer struct {
	SP spcode.Client
}

func statement(principal, effect, arn string) events.APIGatewayCustomAuthorizerResponse {
	return events.APIGatewayCustomAuthorizerResponse{
		PrincipalID: principal,
		PolicyDocument: events.APIGatewayCustomAuthorizerPolicy{
			Version:   "2012-10-17",
			Statement: []events.IAMPolicyStatement{{Action: []string{"execute-api:Invoke"}, Effect: effect, Resource: []string{arn}}},
		},
	}
}

// Handle denies two session failures through the helper; every other
// code is given an Allow policy. Reported.
func (a *Authorizer) Handle(ctx context.Context, req events.APIGatewayCustomAuthorizerRequestTypeRequest) (events.APIGatewayCustomAuthorizerResponse, error) {
	courier := req.Headers["x-courier"]
	st, err := a.SP.CheckSession(ctx, courier, req.Headers["authorization"])
	if err != nil {
		return statement(courier, "Deny", req.MethodArn), nil
	}
	if st == spcode.StatusSessionInvalid { // want `fail-open if-else chain over SurePassID return codes`
		return statement(courier, "Deny", req.MethodArn), nil
	} else if st == spcode.StatusAccountExpired {
		return statement(courier, effectDeny, req.MethodArn), nil
	}
	if strings.HasPrefix(req.Path, "/admin/") {
		return statement(courier, effectDeny, req.MethodArn), nil
	}
	return statement(courier, effectAllow, req.MethodArn), nil
}

// Inline writes the policy in place: the listed codes get a Deny
// statement, every other code the Allow one. Reported.
func (a *Authorizer) Inline(ctx context.Context, req events.APIGatewayCustomAuthorizerRequestTypeRequest) (*events.APIGatewayCustomAuthorizerResponse, error) {
	st, err := a.SP.CheckSession(ctx, req.Headers["x-courier"], req.Headers["authorization"])
	if err != nil {
		return nil, errors.New("Unauthorized")
	}
	switch st { // want `fail-open switch over SurePassID return codes`
	case spcode.StatusSessionInvalid, spcode.StatusUserDisabled:
		return &events.APIGatewayCustomAuthorizerResponse{
			PrincipalID:    "courier",
			PolicyDocument: events.APIGatewayCustomAuthorizerPolicy{Statement: []events.IAMPolicyStatement{{Effect: "Deny", Resource: []string{req.MethodArn}}}},
		}, nil
	}
	return &events.APIGatewayCustomAuthorizerResponse{
		PrincipalID:    "courier",
		PolicyDocument: events.APIGatewayCustomAuthorizerPolicy{Statement: []events.IAMPolicyStatement{{Effect: "Allow", Resource: []string{req.MethodArn}}}},
	}, nil
}

// Ops lets only a clean session in: every other code is denied by the
// default. Not reported.
func (a *Authorizer) Ops(ctx context.Context, req events.APIGatewayCustomAuthorizerRequestTypeRequest) (events.APIGatewayCustomAuthorizerResponse, error) {
	st, err := a.SP.CheckSession(ctx, req.Headers["x-courier"], req.Headers["authorization"])
	if err != nil {
		return statement("ops", effectDeny, req.MethodArn), nil
	}
	switch st {
	case spcode.StatusOK:
		return statement("ops", effectAllow, req.MethodArn), nil
	case spcode.StatusSessionInvalid, spcode.StatusLocked:
		return statement("ops", effectDeny, req.MethodArn), nil
	default:
		return statement("ops", effectDeny, req.MethodArn), nil
	}
}

// Simple answers in the HTTP API's simple format, denying every failure.
// Not reported.
func (a *Authorizer) Simple(ctx context.Context, req events.APIGatewayV2CustomAuthorizerV2Request) (events.APIGatewayV2CustomAuthorizerSimpleResponse, error) {
	st, err := a.SP.CheckSession(ctx, req.Headers["x-courier"], req.Headers["authorization"])
	if err != nil || st != spcode.StatusOK {
		return events.APIGatewayV2CustomAuthorizerSimpleResponse{IsAuthorized: false}, nil
	}
	return events.APIGatewayV2CustomAuthorizerSimpleResponse{IsAuthorized: true}, nil
}

// Effect keeps the effect in a local: the listed codes set Deny, every
// other code keeps Allow. Reported.
func (a *Authorizer) Effect(ctx context.Context, req events.APIGatewayCustomAuthorizerRequestTypeRequest) (events.APIGatewayCustomAuthorizerResponse, error) {
	st, err := a.SP.CheckSession(ctx, req.Headers["x-courier"], req.Headers["authorization"])
	if err != nil {
		return statement("courier", effectDeny, req.MethodArn), nil
	}
	effect := effectAllow
	switch st { // want `fail-open switch over SurePassID return codes`
	case spcode.StatusSessionInvalid, spcode.StatusLocked:
		effect = effectDeny
	}
	return statement("courier", effect, req.MethodArn), nil
}

// EffectClosed starts from Deny and allows a clean session only. Not
// reported.
func (a *Authorizer) EffectClosed(ctx context.Context, req events.APIGatewayCustomAuthorizerRequestTypeRequest) (events.APIGatewayCustomAuthorizerResponse, error) {
	st, err := a.SP.CheckSession(ctx, req.Headers["x-courier"], req.Headers["authorization"])
	effect := effectDeny
	if err == nil {
		switch st {
		case spcode.StatusOK:
			effect = effectAllow
		case spcode.StatusSessionInvalid, spcode.StatusLocked:
			effect = effectDeny
		}
	}
	return statement("courier", effect, req.MethodArn), nil
}
