// Package portalfn is the patient portal: an HTTP API (payload v2) for the
// app, a Function URL serving the one-time-password page, an ALB target
// for the kiosk, and an SQS worker.
package portalfn

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html/template"
	"net/url"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"rawexposure/serverless/lambdahttp"
	"rawexposure/serverless/mfaclient"
)

var otpPage = template.Must(template.New("otp").Parse(`<p class="error">{{.Problem}}</p><form method="post"><input name="otp"></form>`))

type pageData struct {
	Patient string
	Problem string
}

type Portal struct {
	MFA *mfaclient.Service
}

// Session answers the app: a cookie, a redirect and a JSON body.
func (p *Portal) Session(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	user := req.RequestContext.Authorizer.JWT.Claims["sub"]
	o, err := p.MFA.ValidateOTP(ctx, user, req.QueryStringParameters["otp"])
	if err != nil {
		return lambdahttp.SeeOther("/signin?status=unavailable"), nil
	}
	switch req.RouteKey {
	case "GET /session/redirect":
		if o.Code != 0 {
			return lambdahttp.SeeOther("/signin?reason=" + url.QueryEscape(o.Message)), nil // want `raw SurePassID errorMessage \(from o.Message\) written to the Lambda HTTP response .* by lambdahttp.SeeOther`
		}
	case "GET /session/cookie":
		if o.Code != 0 {
			return events.APIGatewayV2HTTPResponse{StatusCode: 401, Cookies: []string{"mfa_error=" + o.Message + "; Secure; HttpOnly"}}, nil // want `raw SurePassID errorMessage \(from o.Message\) written to the Lambda HTTP response .* in events.APIGatewayV2HTTPResponse.Cookies`
		}
	default:
		if o.Code != 0 {
			return lambdahttp.Data(401, map[string]any{"ok": false, "code": o.Code}), nil // want `raw SurePassID return code \(from o.Code\) written to the Lambda HTTP response .* by lambdahttp.Data`
		}
	}
	return lambdahttp.Data(200, map[string]bool{"ok": true}), nil
}

// OTPForm renders the page into a buffer that becomes the Function URL
// response's body: the template's execution is where the raw text enters
// the page. The same buffer rendered from fixed data is no finding, nor
// is the helper call that sends it.
func (p *Portal) OTPForm(ctx context.Context, req events.LambdaFunctionURLRequest) (*events.LambdaFunctionURLResponse, error) {
	form, _ := url.ParseQuery(req.Body)
	user := form.Get("patient")
	var buf bytes.Buffer
	o, err := p.MFA.ValidateOTP(ctx, user, form.Get("otp"))
	if err != nil {
		if err := otpPage.Execute(&buf, pageData{Patient: user, Problem: "The service is busy, try again."}); err != nil {
			return nil, err
		}
		return lambdahttp.Page(503, buf.String()), nil
	}
	if o.Code != 0 {
		if err := otpPage.Execute(&buf, pageData{Patient: user, Problem: o.Message}); err != nil { // want `raw SurePassID errorMessage \(from o.Message\) written to the HTTP response`
			return nil, err
		}
		return lambdahttp.Page(401, buf.String()), nil
	}
	return lambdahttp.Page(200, "<p>Signed in.</p>"), nil
}

// Receipt encodes into a strings.Builder whose text is the body.
func (p *Portal) Receipt(ctx context.Context, req events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
	o, err := p.MFA.ValidateOTP(ctx, req.QueryStringParameters["patient"], req.QueryStringParameters["otp"])
	if err != nil {
		return events.LambdaFunctionURLResponse{StatusCode: 502}, nil
	}
	var sb strings.Builder
	if o.Code != 0 {
		fmt.Fprintf(&sb, "verification failed (%d)", o.Code) // want `raw SurePassID return code \(from o.Code\) written to the HTTP response`
	} else {
		sb.WriteString("ok")
	}
	return events.LambdaFunctionURLResponse{StatusCode: 200, Body: sb.String()}, nil
}

// Kiosk is the ALB target of the waiting-room kiosks.
func (p *Portal) Kiosk(ctx context.Context, req events.ALBTargetGroupRequest) (events.ALBTargetGroupResponse, error) {
	o, err := p.MFA.ValidateOTP(ctx, req.QueryStringParameters["patient"], req.QueryStringParameters["otp"])
	if err != nil {
		return lambdahttp.Plain(503, "kiosk offline"), nil
	}
	if o.Code != 0 {
		return lambdahttp.Plain(401, "Rejected: "+o.Message), nil // want `raw SurePassID errorMessage \(from o.Message\) written to the Lambda HTTP response .* by lambdahttp.Plain`
	}
	return lambdahttp.Plain(200, "checked in"), nil
}

type reminderJob struct {
	Patient string `json:"patient"`
	OTP     string `json:"otp"`
}

// Reminders is an SQS worker: its errors go back to Lambda (the message is
// retried), and the audit buffer is logged, never sent to a user.
func (p *Portal) Reminders(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) { // want Reminders:`rawexposure\(result 1 raw errorMessage from portalfn.Reminders\)`
	var out events.SQSEventResponse
	for _, m := range ev.Records {
		var job reminderJob
		if json.Unmarshal([]byte(m.Body), &job) != nil {
			continue
		}
		o, err := p.MFA.ValidateOTP(ctx, job.Patient, job.OTP)
		if err != nil {
			return out, err
		}
		if o.Code != 0 {
			var audit bytes.Buffer
			fmt.Fprintf(&audit, "reminder %s refused: %d %s", m.MessageId, o.Code, o.Message)
			lambdahttp.Trace("reminders", audit.String())
			return out, fmt.Errorf("surepassid refused reminder %s: %s", m.MessageId, o.Message)
		}
	}
	return out, nil
}

// Main starts the function for the route the deployment names.
func Main(p *Portal, route string) {
	switch route {
	case "kiosk":
		lambda.Start(p.Kiosk)
	case "reminders":
		lambda.Start(p.Reminders)
	default:
		lambda.Start(func(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
			if err := p.MFA.Check(ctx, req.QueryStringParameters["patient"], req.QueryStringParameters["otp"]); err != nil {
				return lambdahttp.Data(401, map[string]string{"error": err.Error()}), nil // want `raw SurePassID errorMessage \(from mfaclient.Check\) written to the Lambda HTTP response .* by lambdahttp.Data`
			}
			return p.Session(ctx, req)
		})
	}
}
