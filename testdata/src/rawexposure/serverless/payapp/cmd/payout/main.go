// Command payout confirms a payout behind an HTTP API. An error the handler
// returns reaches no user: API Gateway answers a generic 502 ("Internal
// server error") and keeps the text in CloudWatch, so only the response
// built with apigw.JSON is reported.
package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"rawexposure/serverless/payapp/internal/apigw"
	"rawexposure/serverless/payapp/internal/spclient"
)

var sp = spclient.New()

type payoutErr struct {
	Code    spclient.SPStatus `json:"code"`
	Message string            `json:"message"`
}

func handler(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	res, err := sp.ValidateOTP(ctx, req.QueryStringParameters["user"], req.Body)
	if err != nil {
		return events.APIGatewayV2HTTPResponse{}, err
	}
	if res.Status == 9003 {
		return events.APIGatewayV2HTTPResponse{StatusCode: 401}, errors.New(res.Message)
	}
	if res.Failed() {
		return apigw.JSON(401, payoutErr{Code: res.Status, Message: res.Message}) // want `raw SurePassID errorMessage \(from res.Message\) written to the Lambda HTTP response .* by apigw.JSON`
	}
	if res.Status != 0 {
		return events.APIGatewayV2HTTPResponse{}, fmt.Errorf("payout: %s", res.Message)
	}
	return apigw.JSON(200, map[string]bool{"paid": true})
}

func main() { lambda.Start(handler) }
