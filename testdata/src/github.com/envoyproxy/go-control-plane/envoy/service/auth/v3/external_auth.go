// Package authv3 is a test stub of
// github.com/envoyproxy/go-control-plane/envoy/service/auth/v3 (v1.40): the
// check request and response messages, with the real field names and no
// behaviour (statuses and headers simplified).
package authv3

import "context"

// CheckRequest is the request Envoy sends.
type CheckRequest struct{ Attributes *AttributeContext }

// AttributeContext holds the request's attributes.
type AttributeContext struct{ Headers map[string]string }

// HeaderValueOption is a header to add.
type HeaderValueOption struct{ Key, Value string }

// DeniedHttpResponse is sent to the downstream client.
type DeniedHttpResponse struct {
	Status  int32
	Headers []*HeaderValueOption
	Body    string
}

// OkHttpResponse adds headers to the upstream request.
type OkHttpResponse struct {
	Headers []*HeaderValueOption
}

// isCheckResponse_HttpResponse is the oneof.
type isCheckResponse_HttpResponse interface{ isCheckResponse_HttpResponse() }

// CheckResponse_DeniedResponse is the denied oneof case.
type CheckResponse_DeniedResponse struct{ DeniedResponse *DeniedHttpResponse }

// CheckResponse_OkResponse is the ok oneof case.
type CheckResponse_OkResponse struct{ OkResponse *OkHttpResponse }

func (*CheckResponse_DeniedResponse) isCheckResponse_HttpResponse() {}
func (*CheckResponse_OkResponse) isCheckResponse_HttpResponse()     {}

// CheckResponse is the answer to Envoy.
type CheckResponse struct {
	Status       int32
	HttpResponse isCheckResponse_HttpResponse
}

// AuthorizationServer is the service.
type AuthorizationServer interface {
	Check(context.Context, *CheckRequest) (*CheckResponse, error)
}
