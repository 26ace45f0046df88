// Package lambdareply is the fleet's uniform JSON reply, {"ok":true,
// "data":...} or {"ok":false,"fault":{...}}, rendered for whichever Lambda
// integration serves the route: a generic envelope built by one call and
// turned into the response by a method of it. It knows nothing of
// SurePassID: its facts say that what Failure is given ends up in its
// result, and that the methods write their receiver to the client.
package lambdareply

import (
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
)

// Fault is the error object the app shows.
type Fault struct {
	Code   string `json:"code"`
	Detail string `json:"detail"`
}

// Reply is the envelope every route answers with.
type Reply[T any] struct {
	OK    bool   `json:"ok"`
	Data  T      `json:"data,omitempty"`
	Fault *Fault `json:"fault,omitempty"`
}

// Success wraps data.
func Success[T any](data T) Reply[T] { return Reply[T]{OK: true, Data: data} }

// Failure is a reply with a fault.
func Failure[T any](code, detail string) Reply[T] { // want Failure:`rawexposure\(result 0 from params 0,1\)`
	return Reply[T]{Fault: &Fault{Code: code, Detail: detail}}
}

func (r Reply[T]) encode() string {
	b, err := json.Marshal(r)
	if err != nil {
		return `{"ok":false,"fault":{"code":"INTERNAL","detail":"internal error"}}`
	}
	return string(b)
}

var jsonHeaders = map[string]string{"Content-Type": "application/json"}

// REST renders for a REST API (payload v1) integration.
func (r Reply[T]) REST(status int) events.APIGatewayProxyResponse { // want REST:`rawexposure\(param recv reaches the Lambda HTTP response`
	return events.APIGatewayProxyResponse{StatusCode: status, Headers: jsonHeaders, Body: r.encode()}
}

// HTTP renders for an HTTP API (payload v2) integration.
func (r Reply[T]) HTTP(status int) events.APIGatewayV2HTTPResponse { // want HTTP:`rawexposure\(param recv reaches the Lambda HTTP response`
	var out events.APIGatewayV2HTTPResponse
	out.StatusCode = status
	out.Headers = jsonHeaders
	out.Body = r.encode()
	return out
}

// ALB renders for an ALB target group.
func (r *Reply[T]) ALB(status int) events.ALBTargetGroupResponse { // want ALB:`rawexposure\(param recv reaches the Lambda HTTP response`
	return events.ALBTargetGroupResponse{StatusCode: status, StatusDescription: http.StatusText(status), Headers: jsonHeaders, Body: r.encode()}
}

// URL renders for a Lambda Function URL.
func (r Reply[T]) URL(status int) *events.LambdaFunctionURLResponse { // want URL:`rawexposure\(param recv reaches the Lambda HTTP response`
	return &events.LambdaFunctionURLResponse{StatusCode: status, Headers: jsonHeaders, Body: r.encode()}
}

// Audit logs the reply; nothing reaches the client.
func (r Reply[T]) Audit(log *slog.Logger, route string) {
	log.Info("reply", "route", route, "reply", r.encode())
}

// Failed says whether the reply carries a fault.
func (r Reply[T]) Failed() bool { return r.Fault != nil }

// Notice is a one-line banner the web console shows.
type Notice struct {
	Text string `json:"text"`
}

// Page renders the banner for a Function URL.
func (n Notice) Page(status int) events.LambdaFunctionURLResponse { // want Page:`rawexposure\(param recv reaches the Lambda HTTP response`
	b, _ := json.Marshal(n)
	return events.LambdaFunctionURLResponse{StatusCode: status, Body: string(b)}
}
