// Package lambdafn is an AWS Lambda function built against the real
// aws-lambda-go: API Gateway (REST and HTTP APIs), Function URL and ALB
// handlers return the events responses, whose Body, Headers and Cookies
// API Gateway, the Function URL or the ALB send to the client; a Cognito
// trigger's returned error and a custom challenge's public parameters reach
// the app. An API Gateway handler's returned error becomes a generic 502,
// an SQS worker's reaches nobody, and PrivateChallengeParameters stay in
// Cognito.
package lambdafn

import (
	"bytes"
	"context"
	"html/template"
	"net/http"
	"strconv"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/frameworks/spclient"
)

var sp = &spclient.Client{HTTP: http.DefaultClient}

var page = template.Must(template.New("p").Parse(`<p>{{.}}</p>`))

func restLogin(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	resp, err := sp.ValidateOTP(ctx, req.QueryStringParameters["user"], req.QueryStringParameters["otp"])
	if err != nil {
		return events.APIGatewayProxyResponse{}, err
	}
	if resp.ErrorCode != 0 {
		return events.APIGatewayProxyResponse{ // want "raw SurePassID errorMessage .*events.APIGatewayProxyResponse.Body"
			StatusCode: http.StatusUnauthorized,
			Body:       resp.ErrorMessage,
		}, nil
	}
	return events.APIGatewayProxyResponse{StatusCode: http.StatusNoContent}, nil
}

func httpLogin(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	if err := sp.Verify(ctx, req.QueryStringParameters["user"], req.QueryStringParameters["otp"]); err != nil {
		out := events.APIGatewayV2HTTPResponse{StatusCode: http.StatusSeeOther}
		out.Headers = map[string]string{"Location": "/login?error=" + err.Error()} // want "raw SurePassID errorMessage .*events.APIGatewayV2HTTPResponse.Headers"
		out.Cookies = []string{"last_error=" + err.Error()}                        // want "raw SurePassID errorMessage .*events.APIGatewayV2HTTPResponse.Cookies"
		return out, nil
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusNoContent}, nil
}

func urlLogin(ctx context.Context, req events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
	resp, err := sp.ValidateOTP(ctx, req.QueryStringParameters["user"], req.QueryStringParameters["otp"])
	if err != nil {
		return events.LambdaFunctionURLResponse{StatusCode: http.StatusBadGateway, Body: spclient.SafeMessage}, nil
	}
	var buf bytes.Buffer
	if resp.ErrorCode != 0 {
		_ = page.Execute(&buf, resp.ErrorMessage) // want "raw SurePassID errorMessage .*written to the HTTP response"
	} else {
		_ = page.Execute(&buf, "signed in")
	}
	return events.LambdaFunctionURLResponse{StatusCode: http.StatusOK, Body: buf.String()}, nil
}

func albLogin(ctx context.Context, req events.ALBTargetGroupRequest) (events.ALBTargetGroupResponse, error) {
	resp, err := sp.ValidateOTP(ctx, req.QueryStringParameters["user"], req.QueryStringParameters["otp"])
	if err != nil {
		return events.ALBTargetGroupResponse{StatusCode: http.StatusBadGateway, StatusDescription: "502 Bad Gateway"}, nil
	}
	return events.ALBTargetGroupResponse{StatusCode: http.StatusOK, MultiValueHeaders: map[string][]string{"X-Result": {strconv.Itoa(resp.ErrorCode)}}}, nil // want "raw SurePassID return code .*events.ALBTargetGroupResponse.MultiValueHeaders"
}

func createChallenge(ctx context.Context, ev events.CognitoEventUserPoolsCreateAuthChallenge) (events.CognitoEventUserPoolsCreateAuthChallenge, error) {
	resp, err := sp.ValidateOTP(ctx, ev.UserName, "")
	if err != nil {
		return ev, err // a transport error: no SurePassID text
	}
	ev.Response.PrivateChallengeParameters = map[string]string{"result": resp.ErrorMessage}
	if resp.ErrorCode != 0 {
		ev.Response.PublicChallengeParameters = map[string]string{"hint": resp.ErrorMessage} // want "raw SurePassID errorMessage .*PublicChallengeParameters"
	}
	return ev, nil
}

func preAuth(ctx context.Context, ev events.CognitoEventUserPoolsPreAuthentication) (events.CognitoEventUserPoolsPreAuthentication, error) {
	if err := sp.Verify(ctx, ev.UserName, ev.Request.ValidationData["otp"]); err != nil {
		return ev, err // want "raw SurePassID errorMessage .*returned from a Cognito user pool trigger"
	}
	return ev, nil
}

func worker(ctx context.Context, ev events.SQSEvent) error {
	for _, m := range ev.Records {
		if err := sp.Verify(ctx, m.MessageId, m.Body); err != nil {
			return err
		}
	}
	return nil
}

// Start starts the function the deployment names.
func Start(name string) {
	switch name {
	case "rest":
		lambda.Start(restLogin)
	case "http":
		lambda.Start(httpLogin)
	case "url":
		lambda.Start(urlLogin)
	case "alb":
		lambda.Start(albLogin)
	case "create":
		lambda.Start(createChallenge)
	case "preauth":
		lambda.Start(preAuth)
	default:
		lambda.Start(worker)
	}
}
