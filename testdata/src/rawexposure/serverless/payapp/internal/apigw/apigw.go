// Package apigw builds the API Gateway responses of the payment functions.
package apigw

import (
	"encoding/json"

	"github.com/aws/aws-lambda-go/events"
)

// ErrorResponse is a JSON error for a REST API.
func ErrorResponse(status int, msg string) events.APIGatewayProxyResponse { // want ErrorResponse:`rawexposure\(param 1 reaches the Lambda HTTP response .* via apigw.errorResponse\)`
	return errorResponse(status, msg)
}

func errorResponse(status int, msg string) events.APIGatewayProxyResponse {
	b, _ := json.Marshal(map[string]string{"error": msg})
	return events.APIGatewayProxyResponse{StatusCode: status, Headers: map[string]string{"Content-Type": "application/json"}, Body: string(b)}
}

// JSON is any value for an HTTP API.
func JSON(status int, v any) (events.APIGatewayV2HTTPResponse, error) { // want JSON:`rawexposure\(param 1 reaches the Lambda HTTP response`
	b, err := json.Marshal(v)
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, err
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: status, Body: string(b)}, nil
}
