// Package ext_procv3 is a test stub of
// github.com/envoyproxy/go-control-plane/envoy/service/ext_proc/v3 (v1.40):
// the immediate response and header mutation messages, with the real field
// names and no behaviour (statuses simplified).
package ext_procv3

import corev3 "github.com/envoyproxy/go-control-plane/envoy/config/core/v3"

// HeaderMutation changes headers: the request's or response's in a
// HeadersResponse, the client's answer in an ImmediateResponse.
type HeaderMutation struct {
	SetHeaders    []*corev3.HeaderValueOption
	RemoveHeaders []string
}

// ImmediateResponse ends the exchange: Envoy sends it to the downstream
// client. Details only go to Envoy's logs and stats.
type ImmediateResponse struct {
	Status  int32
	Headers *HeaderMutation
	Body    []byte
	Details string
}

// CommonResponse mutates the request or response passing through.
type CommonResponse struct {
	HeaderMutation *HeaderMutation
}

// HeadersResponse answers a headers message.
type HeadersResponse struct {
	Response *CommonResponse
}

// isProcessingResponse_Response is the oneof.
type isProcessingResponse_Response interface{ isProcessingResponse_Response() }

// ProcessingResponse_RequestHeaders is the request headers case.
type ProcessingResponse_RequestHeaders struct{ RequestHeaders *HeadersResponse }

// ProcessingResponse_ImmediateResponse is the immediate response case.
type ProcessingResponse_ImmediateResponse struct{ ImmediateResponse *ImmediateResponse }

func (*ProcessingResponse_RequestHeaders) isProcessingResponse_Response()    {}
func (*ProcessingResponse_ImmediateResponse) isProcessingResponse_Response() {}

// ProcessingResponse is what the processor streams back.
type ProcessingResponse struct {
	Response isProcessingResponse_Response
}

// HttpHeaders are the headers Envoy sends the processor.
type HttpHeaders struct{ Headers map[string]string }

// ProcessingRequest is what Envoy streams to the processor.
type ProcessingRequest struct{ RequestHeaders *HttpHeaders }

// ExternalProcessor_ProcessServer is the server side of the stream.
type ExternalProcessor_ProcessServer interface {
	Send(*ProcessingResponse) error
	Recv() (*ProcessingRequest, error)
}
