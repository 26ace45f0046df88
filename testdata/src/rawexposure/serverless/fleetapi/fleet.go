package fleetapi // want package:`rawexposure\(fields rawexposure/serverless/lambdareply.Fault.Code raw return code .*lambdareply.Notice.Text raw errorMessage .*lambdareply.Reply.Fault raw`

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/aws/aws-lambda-go/events"

	"rawexposure/serverless/lambdareply"
	"rawexposure/serverless/mfaclient"
)

type Fleet struct {
	MFA *mfaclient.Service
	Log *slog.Logger
}

type shiftView struct {
	Started bool `json:"started"`
}

// StartShift: the raw message through the generic constructor and the
// HTTP API renderer.
func (f *Fleet) StartShift(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	o, err := f.MFA.ValidateOTP(ctx, req.PathParameters["driver"], req.Body)
	if err != nil {
		return lambdareply.Failure[shiftView]("UNAVAILABLE", "Try again shortly.").HTTP(http.StatusServiceUnavailable), nil
	}
	if o.Code != 0 {
		f.Log.Warn("shift refused", "code", o.Code, "message", o.Message)
		return lambdareply.Failure[shiftView]("DENIED", o.Message).HTTP(http.StatusUnauthorized), nil // want `raw SurePassID errorMessage \(from o.Message\) written to the Lambda HTTP response`
	}
	return lambdareply.Success(shiftView{Started: true}).HTTP(http.StatusOK), nil
}

// Resend: the client's error quoting SurePassID, by its text, in a REST
// API reply.
func (f *Fleet) Resend(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	if err := f.MFA.Check(ctx, req.PathParameters["driver"], req.Body); err != nil {
		f.Log.Warn("check failed", "err", err)
		return lambdareply.Failure[struct{}]("CHECK_FAILED", err.Error()).REST(http.StatusBadGateway), nil // want `raw SurePassID errorMessage \(from .*\) written to the Lambda HTTP response`
	}
	return lambdareply.Success(struct{}{}).REST(http.StatusAccepted), nil
}

// Enroll: the return code formatted into the reply's text, for a Function
// URL.
func (f *Fleet) Enroll(ctx context.Context, req events.LambdaFunctionURLRequest) (*events.LambdaFunctionURLResponse, error) {
	o, err := f.MFA.SendOTP(ctx, req.QueryStringParameters["driver"], "sms")
	if err != nil || o.Code == 0 {
		return lambdareply.Success(struct{}{}).URL(http.StatusAccepted), nil
	}
	return lambdareply.Failure[struct{}]("ENROLL", fmt.Sprintf("Enrollment failed (ref %d).", o.Code)).URL(http.StatusBadGateway), nil // want `raw SurePassID return code \(from o.Code\) written to the Lambda HTTP response`
}

// Payout: the reply built as a literal in a local, then rendered for the
// ALB through a pointer method.
func (f *Fleet) Payout(ctx context.Context, req events.ALBTargetGroupRequest) (events.ALBTargetGroupResponse, error) {
	o, err := f.MFA.ValidateOTP(ctx, req.QueryStringParameters["driver"], req.Body)
	if err != nil {
		return events.ALBTargetGroupResponse{StatusCode: http.StatusBadGateway}, nil
	}
	if o.Code != 0 {
		r := lambdareply.Reply[shiftView]{Fault: &lambdareply.Fault{Code: strconv.Itoa(o.Code), Detail: "Verification failed."}}
		return r.ALB(http.StatusUnauthorized), nil // want `raw SurePassID return code \(from .*\) written to the Lambda HTTP response`
	}
	return events.ALBTargetGroupResponse{StatusCode: http.StatusNoContent}, nil
}

// Banner: a non-generic reply type with a rendering method.
func (f *Fleet) Banner(ctx context.Context, req events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
	o, err := f.MFA.ValidateOTP(ctx, req.QueryStringParameters["driver"], req.Body)
	if err != nil {
		return lambdareply.Notice{Text: "Service unavailable."}.Page(http.StatusBadGateway), nil
	}
	return lambdareply.Notice{Text: o.Message}.Page(http.StatusOK), nil // want `raw SurePassID errorMessage \(from o.Message\) written to the Lambda HTTP response`
}
