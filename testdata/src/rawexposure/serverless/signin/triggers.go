// Package signin holds the Cognito user pool triggers of the patients'
// pool: a custom challenge answered with a SurePassID one-time password.
// What Cognito shows the app is a challenge's public parameters, the
// custom message's text, and the text of an error a trigger returns.
package signin

import (
	"context"
	"errors"
	"fmt"
	"log"
	"strconv"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"rawexposure/serverless/mfaclient"
)

var errDelivery = errors.New("we could not send your code, please try again")

const agentsApp = "agents-console"

type Triggers struct {
	MFA *mfaclient.Service
}

// CreateChallenge texts the code, falling back to email. An SMS failure is
// not a security-relevant result, so its text may be shown in the case
// that proves it; the email attempt's answer is another one.
func (t *Triggers) CreateChallenge(ctx context.Context, ev *events.CognitoEventUserPoolsCreateAuthChallenge) (*events.CognitoEventUserPoolsCreateAuthChallenge, error) { // want CreateChallenge:`rawexposure\(result 0 raw errorMessage from signin.CreateChallenge; result 1 raw errorMessage from signin.CreateChallenge\)`
	o, err := t.MFA.SendOTP(ctx, ev.UserName, "sms")
	if err != nil {
		return nil, errDelivery
	}
	ev.Response.PublicChallengeParameters = map[string]string{"channel": "sms"}
	ev.Response.PrivateChallengeParameters = map[string]string{"sendResult": strconv.Itoa(o.Code), "detail": o.Message}
	ev.Response.ChallengeMetadata = "SUREPASS-" + strconv.Itoa(o.Code)
	switch o.Code {
	case 0:
	case mfaclient.SMSFailed:
		ev.Response.PublicChallengeParameters["notice"] = o.Message
		o, err = t.MFA.SendOTP(ctx, ev.UserName, "email")
		if err != nil {
			return nil, errDelivery
		}
		if o.Code != 0 {
			ev.Response.PublicChallengeParameters["notice"] = o.Message // want `raw SurePassID errorMessage \(from o.Message\) written to the Cognito custom challenge the app shows .* in events.CognitoEventUserPoolsCreateAuthChallengeResponse.PublicChallengeParameters`
			return ev, nil
		}
		ev.Response.PublicChallengeParameters["channel"] = "email"
	default:
		return nil, fmt.Errorf("create challenge for %s: %s", ev.UserName, o.Message) // want `raw SurePassID errorMessage \(from o.Message\) returned from a Cognito user pool trigger`
	}
	return ev, nil
}

// Verify is the verify trigger; the agents' console is checked by a
// helper of the trigger's shape, whose errors Verify returns.
func (t *Triggers) Verify(ctx context.Context, ev events.CognitoEventUserPoolsVerifyAuthChallenge) (events.CognitoEventUserPoolsVerifyAuthChallenge, error) { // want Verify:`rawexposure\(result 1 raw errorMessage from signin.verifyAgent\)`
	answer, _ := ev.Request.ChallengeAnswer.(string)
	if ev.CallerContext.ClientID == agentsApp {
		out, err := t.verifyAgent(ctx, ev, answer)
		if err != nil {
			return out, err // want `raw SurePassID errorMessage \(from signin.verifyAgent\) returned from a Cognito user pool trigger`
		}
		return out, nil
	}
	o, err := t.MFA.ValidateOTP(ctx, ev.UserName, answer)
	if err != nil {
		log.Printf("surepassid: %v", err)
		return ev, errDelivery
	}
	if o.Code != 0 {
		log.Printf("verify %s: %d %s", ev.UserName, o.Code, o.Message)
	}
	ev.Response.AnswerCorrect = o.Code == 0
	return ev, nil
}

func (t *Triggers) verifyAgent(ctx context.Context, ev events.CognitoEventUserPoolsVerifyAuthChallenge, answer string) (events.CognitoEventUserPoolsVerifyAuthChallenge, error) {
	o, err := t.MFA.ValidateOTP(ctx, "agent:"+ev.UserName, answer)
	if err != nil {
		return ev, err
	}
	if o.Code != 0 {
		return ev, fmt.Errorf("agent %s: %s", ev.UserName, o.Message)
	}
	ev.Response.AnswerCorrect = true
	return ev, nil
}

// Message writes the text of the SMS and email Cognito sends.
func (t *Triggers) Message(ctx context.Context, ev events.CognitoEventUserPoolsCustomMessage) (events.CognitoEventUserPoolsCustomMessage, error) {
	o, err := t.MFA.SendOTP(ctx, ev.UserName, "voice")
	if err != nil {
		return ev, nil
	}
	ev.Response.EmailSubject = "Your clinic sign-in code"
	if o.Code != 0 {
		ev.Response.SMSMessage = fmt.Sprintf("Code %s. Voice call failed: %s", ev.Request.CodeParameter, o.Message) // want `raw SurePassID errorMessage \(from o.Message\) written to the Cognito custom message .* in events.CognitoEventUserPoolsCustomMessageResponse.SMSMessage`
	}
	return ev, nil
}

// Start registers the pre-authentication check as a literal: its error is
// relayed too. The post-confirmation trigger's error is a fixed text.
func Start(t *Triggers, which string) {
	if which == "pre-auth" {
		lambda.Start(func(ctx context.Context, ev events.CognitoEventUserPoolsPreAuthentication) (events.CognitoEventUserPoolsPreAuthentication, error) {
			if err := t.MFA.Check(ctx, ev.UserName, ev.Request.ValidationData["otp"]); err != nil {
				return ev, err // want `raw SurePassID errorMessage \(from mfaclient.Check\) returned from a Cognito user pool trigger`
			}
			return ev, nil
		})
		return
	}
	lambda.Start(func(ctx context.Context, ev events.CognitoEventUserPoolsPostConfirmation) (events.CognitoEventUserPoolsPostConfirmation, error) {
		if err := t.MFA.Check(ctx, ev.UserName, ev.Request.UserAttributes["custom:otp"]); err != nil {
			log.Printf("post confirmation: %v", err)
			return ev, errDelivery
		}
		return ev, nil
	})
}
