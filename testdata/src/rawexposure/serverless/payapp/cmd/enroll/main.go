// Command enroll is the enrollment function behind an HTTP API: the
// SurePassID answer (resty, Result[T], SPStatus) built into the response
// Body in the handler itself.
package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"rawexposure/serverless/payapp/internal/spclient"
)

var sp = spclient.New()

func handler(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	res, err := sp.PreEnroll(ctx, req.PathParameters["user"])
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 502, Body: `{"error":"unavailable"}`}, nil
	}
	if res.Failed() {
		body, _ := json.Marshal(map[string]any{"error": res.Message, "code": res.Status})
		return events.APIGatewayV2HTTPResponse{StatusCode: 400, Body: string(body)}, nil // want `raw SurePassID errorMessage \(from res.Message\) written to the Lambda HTTP response`
	}
	if res.Status != spclient.StatusOK {
		return events.APIGatewayV2HTTPResponse{StatusCode: 400, Body: fmt.Sprintf(`{"error":%q}`, res.Message)}, nil // want `raw SurePassID errorMessage \(from res.Message\) written to the Lambda HTTP response`
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: 200, Body: res.Data.QRCodeURL}, nil
}

func main() { lambda.Start(handler) }
