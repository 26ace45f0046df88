// Package lambdahttp builds the HTTP responses of the clinic's Lambda
// functions, for API Gateway (REST and HTTP APIs), Function URLs and the
// ALB. It knows nothing of SurePassID: its facts say which parameters end
// up in what the client reads.
package lambdahttp

import (
	"encoding/json"
	"log"
	"net/http"
	"strings"

	"github.com/aws/aws-lambda-go/events"
)

type problem struct {
	Title  string `json:"title"`
	Status int    `json:"status"`
}

func marshal(v any) string {
	out, err := json.Marshal(v)
	if err != nil {
		return `{"title":"internal error"}`
	}
	return string(out)
}

// Problem is a REST API problem+json response.
func Problem(status int, title string) events.APIGatewayProxyResponse { // want Problem:`rawexposure\(param 1 reaches the Lambda HTTP response`
	return events.APIGatewayProxyResponse{
		StatusCode: status,
		Headers:    map[string]string{"Content-Type": "application/problem+json"},
		Body:       marshal(problem{Title: title, Status: status}),
	}
}

// Data is an HTTP API response with v encoded as JSON.
func Data(status int, v any) events.APIGatewayV2HTTPResponse { // want Data:`rawexposure\(param 1 reaches the Lambda HTTP response`
	var resp events.APIGatewayV2HTTPResponse
	resp.StatusCode = status
	resp.Body = marshal(v)
	return resp
}

// SeeOther sends the browser to target.
func SeeOther(target string) events.APIGatewayV2HTTPResponse { // want SeeOther:`rawexposure\(param 0 reaches the Lambda HTTP response`
	h := map[string]string{"Cache-Control": "no-store"}
	h["Location"] = target
	return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusSeeOther, Headers: h}
}

// Page is a Function URL response holding an HTML page.
func Page(status int, html string) *events.LambdaFunctionURLResponse { // want Page:`rawexposure\(param 1 reaches the Lambda HTTP response`
	return &events.LambdaFunctionURLResponse{
		StatusCode: status,
		Headers:    map[string]string{"Content-Type": "text/html; charset=utf-8"},
		Body:       strings.TrimSpace(html),
	}
}

// Plain is an ALB response with a text body.
func Plain(status int, text string) events.ALBTargetGroupResponse { // want Plain:`rawexposure\(param 1 reaches the Lambda HTTP response`
	return events.ALBTargetGroupResponse{StatusCode: status, StatusDescription: http.StatusText(status), Body: text}
}

// Status is a response without a body.
func Status(status int) events.APIGatewayProxyResponse {
	return events.APIGatewayProxyResponse{StatusCode: status}
}

// Trace logs a line to CloudWatch; nothing reaches the client.
func Trace(route, detail string) {
	log.Printf("%s: %s", route, detail)
}
