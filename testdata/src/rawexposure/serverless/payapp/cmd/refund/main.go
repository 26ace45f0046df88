// Command refund answers through a local errorResponse, the module's apigw,
// a header and a local generic reply type rendered by its method, from the
// spx client's own Result[T].
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"rawexposure/serverless/payapp/internal/apigw"
	"rawexposure/serverless/payapp/internal/spx"
)

var c = &spx.Client{}

func errorResponse(status int, msg string) events.APIGatewayProxyResponse {
	return events.APIGatewayProxyResponse{StatusCode: status, Body: `{"error":"` + msg + `"}`}
}

func handler(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	r := c.Refund(ctx, req.PathParameters["user"])
	switch {
	case r.Err != nil && strings.Contains(req.Path, "a"):
		return errorResponse(400, r.Err.Error()), nil // want `raw SurePassID errorMessage \(from spx.Result.Err\) written to the Lambda HTTP response .* by main.errorResponse`
	case r.Status != 0 && strings.Contains(req.Path, "b"):
		return errorResponse(400, r.Msg), nil // want `raw SurePassID errorMessage \(from spx.Result.Msg\) written to the Lambda HTTP response .* by main.errorResponse`
	case r.Status != 0 && strings.Contains(req.Path, "c"):
		return apigw.ErrorResponse(400, "refund failed: "+r.Status.String()), nil // want `raw SurePassID return code \(from spx.Result.Status\) written to the Lambda HTTP response .* by apigw.ErrorResponse`
	case r.Status != 0 && strings.Contains(req.Path, "d"):
		return apigw.ErrorResponse(400, fmt.Sprintf("refund failed: %v", r.Status)), nil // want `raw SurePassID return code \(from spx.Result.Status\) written to the Lambda HTTP response .* by apigw.ErrorResponse`
	}
	code, msg := c.Status(ctx)
	if code != 0 {
		resp := events.APIGatewayProxyResponse{StatusCode: 401}
		resp.Headers = map[string]string{"X-Error": msg} // want `raw SurePassID errorMessage \(from spx.Status\) written to the Lambda HTTP response`
		return resp, nil
	}
	return events.APIGatewayProxyResponse{StatusCode: 200, Body: r.Value}, nil
}

func main() { lambda.Start(handler) }

type apiResult[T any] struct {
	Data  T      `json:"data,omitempty"`
	Error string `json:"error,omitempty"`
}

func (r apiResult[T]) proxy(status int) events.APIGatewayProxyResponse {
	b, _ := json.Marshal(r)
	return events.APIGatewayProxyResponse{StatusCode: status, Body: string(b)}
}

func local(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	r := c.Refund(ctx, req.PathParameters["user"])
	if r.Status != 0 {
		return apiResult[string]{Error: r.Msg}.proxy(400), nil // want `raw SurePassID errorMessage \(from spx.Result.Msg\) written to the Lambda HTTP response .* by main.apiResult.proxy`
	}
	out := apiResult[string]{Data: r.Value}
	return out.proxy(200), nil
}
