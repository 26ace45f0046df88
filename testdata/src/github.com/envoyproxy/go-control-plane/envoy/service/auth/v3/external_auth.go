// Package authv3 is a test stub of
// github.com/envoyproxy/go-control-plane/envoy/service/auth/v3 (v1.40): the
// check request and response messages, with the real field names and no
// behaviour (statuses and headers simplified).
package authv3

import (
	"context"

	corev3 "github.com/envoyproxy/go-control-plane/envoy/config/core/v3"
	"google.golang.org/protobuf/types/known/structpb"
)

// CheckRequest is the request Envoy sends.
type CheckRequest struct{ Attributes *AttributeContext }

// AttributeContext holds the request's attributes.
type AttributeContext struct{ Headers map[string]string }

// DeniedHttpResponse is sent to the downstream client.
type DeniedHttpResponse struct {
	Status  int32
	Headers []*corev3.HeaderValueOption
	Body    string
}

// OkHttpResponse lets the request through: Headers and HeadersToRemove
// change the request sent upstream, ResponseHeadersToAdd are added to the
// response sent to the downstream client.
type OkHttpResponse struct {
	Headers              []*corev3.HeaderValueOption
	HeadersToRemove      []string
	DynamicMetadata      *structpb.Struct
	ResponseHeadersToAdd []*corev3.HeaderValueOption
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
	Status          int32
	HttpResponse    isCheckResponse_HttpResponse
	DynamicMetadata *structpb.Struct
}

// AuthorizationServer is the service.
type AuthorizationServer interface {
	Check(context.Context, *CheckRequest) (*CheckResponse, error)
}
