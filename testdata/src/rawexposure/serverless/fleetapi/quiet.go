// Package fleetapi serves the fleet app's routes from Lambda functions
// behind API Gateway, an ALB and a Function URL, answering with the
// generic lambdareply envelope: the envelope's methods write their
// receiver, so a raw SurePassID value in the reply is reported at the
// method call.
package fleetapi

import (
	"context"
	"net/http"

	"github.com/aws/aws-lambda-go/events"

	"rawexposure/serverless/lambdareply"
)

// Quiet: fixed texts in the envelope, raw values only logged through the
// envelope's Audit (no sink), and another service's message the app shows
// on purpose.
func (f *Fleet) Quiet(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	o, err := f.MFA.ValidateOTP(ctx, req.PathParameters["driver"], req.Body)
	if err != nil {
		return lambdareply.Failure[struct{}]("UNAVAILABLE", "Try again shortly.").HTTP(http.StatusServiceUnavailable), nil
	}
	if o.Code != 0 {
		lambdareply.Failure[struct{}]("DENIED", o.Message).Audit(f.Log, "quiet")
		r := lambdareply.Failure[struct{}]("DENIED", "That code didn't work.")
		if r.Failed() {
			return r.HTTP(http.StatusUnauthorized), nil
		}
	}
	return lambdareply.Success(struct{}{}).HTTP(http.StatusOK), nil
}

// Weather shows the forecast provider's own note: no SurePassID value.
func (f *Fleet) Weather(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	note := req.QueryStringParameters["note"]
	return lambdareply.Failure[struct{}]("FORECAST", note).REST(http.StatusOK), nil
}
