// Package respond builds the HTTP API responses every function of the
// ticket shop answers with.
package respond

import (
	"encoding/json"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
)

// JSON is a response with v as its body: a refusal when status is one.
func JSON(status int, v any) events.APIGatewayV2HTTPResponse {
	b, err := json.Marshal(v)
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusInternalServerError}
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: status, Body: string(b)}
}

// Forbidden always refuses.
func Forbidden(reason string) events.APIGatewayV2HTTPResponse { // want Forbidden:"codeswitch\\(rejects\\)"
	return JSON(http.StatusForbidden, map[string]string{"reason": reason})
}

// Locked always refuses, with a response of its own.
func Locked() *events.APIGatewayV2HTTPResponse { // want Locked:"codeswitch\\(rejects\\)"
	return &events.APIGatewayV2HTTPResponse{StatusCode: http.StatusLocked, Body: `{"reason":"locked"}`}
}
