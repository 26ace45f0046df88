package stepupedge

import (
	"context"
	"log"
	"strconv"

	corev3 "github.com/envoyproxy/go-control-plane/envoy/config/core/v3"
	extprocv3 "github.com/envoyproxy/go-control-plane/envoy/service/ext_proc/v3"

	"rawexposure/rpc/edgehdr"
	"rawexposure/rpc/spauth"
)

// Processor is an ext_proc filter checking step-up on request headers.
type Processor struct{ SP *spauth.Client }

func immediate(status int32, body string, hs ...*corev3.HeaderValueOption) *extprocv3.ProcessingResponse {
	return &extprocv3.ProcessingResponse{Response: &extprocv3.ProcessingResponse_ImmediateResponse{
		ImmediateResponse: &extprocv3.ImmediateResponse{
			Status:  status,
			Headers: &extprocv3.HeaderMutation{SetHeaders: hs},
			Body:    []byte(body),
		},
	}}
}

func mutate(hs ...*corev3.HeaderValueOption) *extprocv3.ProcessingResponse {
	return &extprocv3.ProcessingResponse{Response: &extprocv3.ProcessingResponse_RequestHeaders{
		RequestHeaders: &extprocv3.HeadersResponse{Response: &extprocv3.CommonResponse{
			HeaderMutation: &extprocv3.HeaderMutation{SetHeaders: hs},
		}},
	}}
}

// Process answers each request's headers.
func (p *Processor) Process(srv extprocv3.ExternalProcessor_ProcessServer) error {
	for {
		req, err := srv.Recv()
		if err != nil {
			return err
		}
		h := req.RequestHeaders.Headers
		res, err := p.SP.ValidateOTP(context.Background(), h["x-user"], h["x-otp"])
		switch {
		case err != nil:
			err = srv.Send(immediate(503, "unavailable"))
		case res.ErrorCode == 9003:
			err = srv.Send(immediate(401, "invalid code", edgehdr.Set("x-stepup-detail", res.ErrorMessage))) // want `raw SurePassID errorMessage .*client`
		case res.ErrorCode != 0:
			err = srv.Send(immediate(401, res.ErrorMessage)) // want `raw SurePassID errorMessage .*client`
		default:
			err = srv.Send(mutate(edgehdr.Set("x-stepup-message", res.ErrorMessage)))
		}
		if err != nil {
			return err
		}
	}
}

// ProcessQuiet denies with fixed text; the details only reach Envoy's
// access log.
func (p *Processor) ProcessQuiet(srv extprocv3.ExternalProcessor_ProcessServer) error {
	req, err := srv.Recv()
	if err != nil {
		return err
	}
	h := req.RequestHeaders.Headers
	res, err := p.SP.ValidateOTP(context.Background(), h["x-user"], h["x-otp"])
	if err != nil || res.ErrorCode != 0 {
		if res != nil {
			log.Printf("step-up: %s", res.ErrorMessage)
			return srv.Send(&extprocv3.ProcessingResponse{Response: &extprocv3.ProcessingResponse_ImmediateResponse{
				ImmediateResponse: &extprocv3.ImmediateResponse{Status: 401, Body: []byte("denied"), Details: res.ErrorMessage},
			}})
		}
		return srv.Send(immediate(503, "unavailable"))
	}
	return srv.Send(mutate())
}

// ProcessInline builds the immediate response in place.
func (p *Processor) ProcessInline(srv extprocv3.ExternalProcessor_ProcessServer) error {
	req, err := srv.Recv()
	if err != nil {
		return err
	}
	h := req.RequestHeaders.Headers
	res, err := p.SP.ValidateOTP(context.Background(), h["x-user"], h["x-otp"])
	if err != nil {
		return err
	}
	if res.ErrorCode == 0 {
		return srv.Send(mutate())
	}
	ir := &extprocv3.ImmediateResponse{Status: 403, Body: []byte("step-up failed: " + res.ErrorMessage)} // want `raw SurePassID errorMessage .*ext_proc immediate response`
	ir.Headers = &extprocv3.HeaderMutation{SetHeaders: []*corev3.HeaderValueOption{                      // want `raw SurePassID return code .*ext_proc immediate response`
		{Header: &corev3.HeaderValue{Key: "x-stepup-code", Value: strconv.Itoa(res.ErrorCode)}},
	}}
	return srv.Send(&extprocv3.ProcessingResponse{Response: &extprocv3.ProcessingResponse_ImmediateResponse{ImmediateResponse: ir}})
}
