// Package catalog stores a raw SurePassID answer in every field of the
// Lambda responses that the client reads, one response per type: each
// literal is one finding, at its return line.
package catalog

import (
	"context"
	"strconv"
	"strings"

	"github.com/aws/aws-lambda-go/events"

	"rawexposure/serverless/mfaclient"
)

type Catalog struct {
	MFA *mfaclient.Service
}

func (c *Catalog) outcome(ctx context.Context, user, otp string) (*mfaclient.Outcome, bool) {
	o, err := c.MFA.ValidateOTP(ctx, user, otp)
	return o, err == nil && o.Code != 0
}

func (c *Catalog) RESTStream(ctx context.Context, req events.APIGatewayProxyRequest) (*events.APIGatewayProxyStreamingResponse, error) {
	if o, failed := c.outcome(ctx, req.PathParameters["user"], req.Body); failed {
		return &events.APIGatewayProxyStreamingResponse{StatusCode: 401, Headers: map[string]string{"X-Reason": o.Message}, MultiValueHeaders: map[string][]string{"X-Reason": {o.Message}}, Body: strings.NewReader(o.Message), Cookies: []string{"why=" + o.Message}}, nil // want `raw SurePassID errorMessage \(from o.Message\) written to the Lambda HTTP response .* in events.APIGatewayProxyStreamingResponse.Headers`
	}
	return &events.APIGatewayProxyStreamingResponse{StatusCode: 204}, nil
}

func (c *Catalog) HTTPAPI(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	if o, failed := c.outcome(ctx, req.PathParameters["user"], req.Body); failed {
		return events.APIGatewayV2HTTPResponse{StatusCode: 401, Headers: map[string]string{"X-Reason": o.Message}, MultiValueHeaders: map[string][]string{"X-Code": {strconv.Itoa(o.Code)}}, Body: o.Message}, nil // want `raw SurePassID errorMessage \(from o.Message\) written to the Lambda HTTP response .* in events.APIGatewayV2HTTPResponse.Headers`
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: 204}, nil
}

func (c *Catalog) FunctionURL(ctx context.Context, req events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
	if o, failed := c.outcome(ctx, req.QueryStringParameters["user"], req.Body); failed {
		return events.LambdaFunctionURLResponse{StatusCode: 401, Headers: map[string]string{"X-Reason": o.Message}, Body: "<p>" + o.Message + "</p>", Cookies: []string{"why=" + o.Message}}, nil // want `raw SurePassID errorMessage \(from o.Message\) written to the Lambda HTTP response .* in events.LambdaFunctionURLResponse.Headers`
	}
	return events.LambdaFunctionURLResponse{StatusCode: 204}, nil
}

func (c *Catalog) FunctionURLStream(ctx context.Context, req events.LambdaFunctionURLRequest) (*events.LambdaFunctionURLStreamingResponse, error) {
	if o, failed := c.outcome(ctx, req.QueryStringParameters["user"], req.Body); failed {
		return &events.LambdaFunctionURLStreamingResponse{StatusCode: 401, Headers: map[string]string{"X-Reason": o.Message}, Body: strings.NewReader(o.Message), Cookies: []string{"why=" + o.Message}}, nil // want `raw SurePassID errorMessage \(from o.Message\) written to the Lambda HTTP response .* in events.LambdaFunctionURLStreamingResponse.Headers`
	}
	return &events.LambdaFunctionURLStreamingResponse{StatusCode: 204}, nil
}

func (c *Catalog) ALB(ctx context.Context, req events.ALBTargetGroupRequest) (events.ALBTargetGroupResponse, error) {
	if o, failed := c.outcome(ctx, req.QueryStringParameters["user"], req.Body); failed {
		return events.ALBTargetGroupResponse{StatusCode: 401, StatusDescription: "401 " + o.Message, Headers: map[string]string{"X-Reason": o.Message}, MultiValueHeaders: map[string][]string{"X-Reason": {o.Message}}, Body: o.Message}, nil // want `raw SurePassID errorMessage \(from o.Message\) written to the Lambda HTTP response .* in events.ALBTargetGroupResponse.StatusDescription`
	}
	return events.ALBTargetGroupResponse{StatusCode: 204, StatusDescription: strconv.Itoa(204) + " No Content"}, nil
}

func (c *Catalog) Email(ctx context.Context, ev events.CognitoEventUserPoolsCustomMessage) (events.CognitoEventUserPoolsCustomMessage, error) {
	if o, failed := c.outcome(ctx, ev.UserName, ev.Request.CodeParameter); failed {
		ev.Response = events.CognitoEventUserPoolsCustomMessageResponse{EmailSubject: "Sign-in problem: " + o.Message, EmailMessage: "<p>" + o.Message + "</p>"} // want `raw SurePassID errorMessage \(from o.Message\) written to the Cognito custom message .* in events.CognitoEventUserPoolsCustomMessageResponse.EmailSubject`
	}
	return ev, nil
}
