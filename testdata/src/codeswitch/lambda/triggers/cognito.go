// Package triggers holds the custom-auth triggers of the ticket shop's
// Cognito user pool and its HTTP API authorizer: the decision is a field
// of the event (or response) the trigger returns.
package triggers

import (
	"context"
	"errors"
	"log"

	"github.com/aws/aws-lambda-go/events"

	"codeswitch/lambda/mfagate"
)

var errUnavailable = errors.New("verification unavailable")

// Pool holds the triggers.
type Pool struct{ Gate mfagate.Gate }

func answerOf(ev events.CognitoEventUserPoolsVerifyAuthChallenge) string {
	s, _ := ev.Request.ChallengeAnswer.(string)
	return s
}

// Verify marks the answer wrong for the listed codes and right for any
// other: a locked or disabled user passes the challenge. Reported.
func (p *Pool) Verify(ctx context.Context, ev events.CognitoEventUserPoolsVerifyAuthChallenge) (events.CognitoEventUserPoolsVerifyAuthChallenge, error) {
	a, err := p.Gate.Check(ctx, ev.UserName, answerOf(ev))
	if err != nil {
		return ev, errUnavailable
	}
	return mark(ev, a), nil
}

func mark(ev events.CognitoEventUserPoolsVerifyAuthChallenge, a *mfagate.Answer) events.CognitoEventUserPoolsVerifyAuthChallenge {
	switch a.ErrorCode { // want `fail-open switch over SurePassID return codes: 80 security-relevant codes fall into a default that does not fail closed`
	case mfagate.RCOTPInvalid, mfagate.RCBogusOTP:
		ev.Response.AnswerCorrect = false
	case mfagate.RCOTPAlreadyUsed:
		log.Printf("replayed code for %s", ev.UserName)
		ev.Response.AnswerCorrect = false
	default:
		ev.Response.AnswerCorrect = true
	}
	return ev
}

// VerifyStrict marks the answer right for Success only. Not reported.
func (p *Pool) VerifyStrict(ctx context.Context, ev events.CognitoEventUserPoolsVerifyAuthChallenge) (events.CognitoEventUserPoolsVerifyAuthChallenge, error) {
	a, err := p.Gate.Check(ctx, ev.UserName, answerOf(ev))
	if err != nil {
		return ev, errUnavailable
	}
	switch a.ErrorCode {
	case mfagate.RCSuccess:
		ev.Response.AnswerCorrect = true
	case mfagate.RCOTPInvalid:
		log.Printf("wrong code for %s", ev.UserName)
		ev.Response.AnswerCorrect = false
	default:
		ev.Response.AnswerCorrect = false
	}
	return ev, nil
}

// VerifyAllowList grants Success in its own case and leaves every code
// it does not list with the answer Cognito sent, not correct. Not
// reported.
func (p *Pool) VerifyAllowList(ctx context.Context, ev events.CognitoEventUserPoolsVerifyAuthChallenge) (events.CognitoEventUserPoolsVerifyAuthChallenge, error) {
	a, err := p.Gate.Check(ctx, ev.UserName, answerOf(ev))
	if err != nil {
		return ev, errUnavailable
	}
	switch a.ErrorCode {
	case mfagate.RCSuccess:
		ev.Response.AnswerCorrect = true
	case mfagate.RCOTPInvalid, mfagate.RCOTPAlreadyUsed:
		log.Printf("refused code for %s", ev.UserName)
		ev.Response.AnswerCorrect = false
	}
	return ev, nil
}

// VerifyAudited logs a bypass attempt and decides by comparing the code
// with Success. Not reported.
func (p *Pool) VerifyAudited(ctx context.Context, ev events.CognitoEventUserPoolsVerifyAuthChallenge) (events.CognitoEventUserPoolsVerifyAuthChallenge, error) {
	a, err := p.Gate.Check(ctx, ev.UserName, answerOf(ev))
	if err != nil {
		return ev, errUnavailable
	}
	if a.ErrorCode == mfagate.RCBogusOTP {
		log.Printf("bypass attempt by %s", ev.UserName)
	}
	ev.Response.AnswerCorrect = a.ErrorCode == mfagate.RCSuccess
	return ev, nil
}

// Define fails the authentication of a locked user and issues tokens to
// everyone else. Reported.
func (p *Pool) Define(ctx context.Context, ev events.CognitoEventUserPoolsDefineAuthChallenge) (events.CognitoEventUserPoolsDefineAuthChallenge, error) {
	a, err := p.Gate.Check(ctx, ev.UserName, ev.Request.ClientMetadata["otp"])
	if err != nil {
		return ev, errUnavailable
	}
	if a.ErrorCode == mfagate.RCMaxUserAttempts || a.ErrorCode == mfagate.RCPartnerUserLoginDisabled { // want `fail-open if-else chain over SurePassID return codes`
		ev.Response.FailAuthentication = true
		return ev, nil
	}
	ev.Response.IssueTokens = true
	return ev, nil
}

// Authorize is an HTTP API Lambda authorizer (simple responses): two
// codes are unauthorized, any other is authorized. Reported.
func (p *Pool) Authorize(ctx context.Context, req events.APIGatewayV2CustomAuthorizerV2Request) (events.APIGatewayV2CustomAuthorizerSimpleResponse, error) {
	a, err := p.Gate.Check(ctx, req.Headers["x-user"], req.Headers["x-otp"])
	if err != nil {
		return events.APIGatewayV2CustomAuthorizerSimpleResponse{}, err
	}
	switch a.ErrorCode { // want `fail-open switch over SurePassID return codes`
	case mfagate.RCOTPInvalid, mfagate.RCOTPAlreadyUsed:
		return events.APIGatewayV2CustomAuthorizerSimpleResponse{IsAuthorized: false}, nil
	}
	return events.APIGatewayV2CustomAuthorizerSimpleResponse{IsAuthorized: true, Context: map[string]interface{}{"user": req.Headers["x-user"]}}, nil
}
