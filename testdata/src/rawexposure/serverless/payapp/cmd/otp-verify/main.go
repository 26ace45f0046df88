// Command otp-verify checks a one-time password behind a REST API, answering
// through the module's apigw helpers.
package main

import (
	"context"
	"fmt"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"rawexposure/serverless/payapp/internal/apigw"
	"rawexposure/serverless/payapp/internal/spclient"
)

type verifier struct{ sp *spclient.Client }

func (v *verifier) handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	res, err := v.sp.ValidateOTP(ctx, req.PathParameters["user"], req.Body)
	if err != nil {
		return apigw.ErrorResponse(502, "verification unavailable"), nil
	}
	if res.Status != spclient.StatusOK {
		return apigw.ErrorResponse(401, res.Message), nil // want `raw SurePassID errorMessage \(from res.Message\) written to the Lambda HTTP response .* by apigw.ErrorResponse`
	}
	return apigw.ErrorResponse(200, fmt.Sprintf("ok (%d)", res.Status)), nil // want `raw SurePassID return code \(from res.Status\) written to the Lambda HTTP response .* by apigw.ErrorResponse`
}

func main() { lambda.Start((&verifier{sp: spclient.New()}).handle) }
