// Package stepupedge is an Envoy ext_authz server and ext_proc filter
// asking SurePassID for step-up. What a denial carries (its headers as its
// body) and the headers an allowed request's response gets go to the
// client; the headers an allowed request gets go to the upstream service.
package stepupedge

import (
	"context"
	"log"
	"strconv"

	corev3 "github.com/envoyproxy/go-control-plane/envoy/config/core/v3"
	authv3 "github.com/envoyproxy/go-control-plane/envoy/service/auth/v3"
	"google.golang.org/protobuf/types/known/structpb"

	"rawexposure/rpc/edgehdr"
	"rawexposure/rpc/spauth"
)

// Authz answers Envoy's checks.
type Authz struct {
	SP    *spauth.Client
	Debug bool
}

func hdr(k, v string) *corev3.HeaderValueOption {
	return &corev3.HeaderValueOption{Header: &corev3.HeaderValue{Key: k, Value: v}}
}

func denied(status int32, hs []*corev3.HeaderValueOption) *authv3.CheckResponse {
	return &authv3.CheckResponse{HttpResponse: &authv3.CheckResponse_DeniedResponse{
		DeniedResponse: &authv3.DeniedHttpResponse{Status: status, Headers: hs, Body: `{"error":"step-up failed"}`},
	}}
}

func reject(status int32, body string, extra ...*corev3.HeaderValueOption) *authv3.CheckResponse {
	hs := append([]*corev3.HeaderValueOption{hdr("content-type", "application/json")}, extra...)
	return &authv3.CheckResponse{HttpResponse: &authv3.CheckResponse_DeniedResponse{
		DeniedResponse: &authv3.DeniedHttpResponse{Status: status, Headers: hs, Body: body},
	}}
}

// CheckVerbose tells the canary why, in a header of the denial.
func (a *Authz) CheckVerbose(ctx context.Context, req *authv3.CheckRequest) (*authv3.CheckResponse, error) {
	h := req.Attributes.Headers
	res, err := a.SP.ValidateOTP(ctx, h["x-user"], h["x-otp"])
	if err != nil {
		return reject(503, `{"error":"unavailable"}`), nil
	}
	if a.Debug && res.ErrorCode != 0 {
		return reject(401, `{"error":"denied"}`, hdr("x-stepup-reason", strconv.Itoa(res.ErrorCode)), hdr("x-stepup-user", h["x-user"])), nil // want `raw SurePassID return code .*Envoy ext_authz denial sent`
	}
	if res.ErrorCode != 0 {
		return reject(401, `{"error":"denied"}`, hdr("x-stepup-user", h["x-user"])), nil
	}
	return edgehdr.Allow(hdr("x-user", h["x-user"])), nil
}

// CheckReason puts the return code in a header of the denial, through the
// toolkit's variadic Deny.
func (a *Authz) CheckReason(ctx context.Context, req *authv3.CheckRequest) (*authv3.CheckResponse, error) {
	h := req.Attributes.Headers
	res, err := a.SP.ValidateOTP(ctx, h["x-user"], h["x-otp"])
	if err != nil {
		return edgehdr.Deny(503, `{"error":"unavailable"}`), nil
	}
	if res.ErrorCode != 0 {
		return edgehdr.Deny(401, `{"error":"denied"}`, edgehdr.Set("x-stepup-reason", strconv.Itoa(res.ErrorCode))), nil // want `raw SurePassID return code .*Envoy ext_authz denial sent`
	}
	return edgehdr.Allow(edgehdr.Set("x-user", h["x-user"])), nil
}

// CheckDetail appends the message as a header to the ones built so far.
func (a *Authz) CheckDetail(ctx context.Context, req *authv3.CheckRequest) (*authv3.CheckResponse, error) {
	h := req.Attributes.Headers
	res, err := a.SP.ValidateOTP(ctx, h["x-user"], h["x-otp"])
	if err != nil {
		return nil, err
	}
	hs := []*corev3.HeaderValueOption{hdr("cache-control", "no-store")}
	if res.ErrorCode != 0 {
		if a.Debug {
			hs = append(hs, hdr("x-stepup-detail", res.ErrorMessage))
		}
		return &authv3.CheckResponse{HttpResponse: &authv3.CheckResponse_DeniedResponse{
			DeniedResponse: &authv3.DeniedHttpResponse{Status: 401, Headers: hs}, // want `raw SurePassID errorMessage .*Envoy ext_authz denial sent`
		}}, nil
	}
	return edgehdr.Allow(), nil
}

// CheckMap builds the denial's headers from a map, in a loop here and in
// the toolkit.
func (a *Authz) CheckMap(ctx context.Context, req *authv3.CheckRequest) (*authv3.CheckResponse, error) {
	h := req.Attributes.Headers
	res, err := a.SP.ValidateOTP(ctx, h["x-user"], h["x-otp"])
	if err != nil {
		return nil, err
	}
	if res.ErrorCode != 0 {
		diag := map[string]string{"x-stepup-code": strconv.Itoa(res.ErrorCode), "x-stepup-user": h["x-user"]}
		var hs []*corev3.HeaderValueOption
		for k, v := range diag {
			hs = append(hs, &corev3.HeaderValueOption{Header: &corev3.HeaderValue{Key: k, Value: v}})
		}
		if a.Debug {
			return denied(403, hs), nil // want `raw SurePassID return code .*Envoy ext_authz denial sent`
		}
		return denied(403, edgehdr.FromMap(map[string]string{"x-stepup-detail": res.ErrorMessage})), nil // want `raw SurePassID errorMessage .*Envoy ext_authz denial sent`
	}
	return edgehdr.Allow(), nil
}

// CheckSoft lets a failed check through in report-only mode, telling the
// client why in a response header.
func (a *Authz) CheckSoft(ctx context.Context, req *authv3.CheckRequest) (*authv3.CheckResponse, error) {
	h := req.Attributes.Headers
	res, err := a.SP.ValidateOTP(ctx, h["x-user"], h["x-otp"])
	if err != nil {
		return nil, err
	}
	ok := &authv3.OkHttpResponse{Headers: []*corev3.HeaderValueOption{hdr("x-user", h["x-user"])}}
	if res.ErrorCode != 0 {
		ok.ResponseHeadersToAdd = append(ok.ResponseHeadersToAdd, hdr("x-stepup-warning", res.ErrorMessage)) // want `raw SurePassID errorMessage .*client`
	}
	return &authv3.CheckResponse{HttpResponse: &authv3.CheckResponse_OkResponse{OkResponse: ok}}, nil
}

// CheckUpstream lets the request through and tells the upstream service,
// not the client, what SurePassID said: headers of the request, headers it
// removes and dynamic metadata stay inside the mesh.
func (a *Authz) CheckUpstream(ctx context.Context, req *authv3.CheckRequest) (*authv3.CheckResponse, error) { // want CheckUpstream:"result 0 raw errorMessage"
	h := req.Attributes.Headers
	res, err := a.SP.ValidateOTP(ctx, h["x-user"], h["x-otp"])
	if err != nil {
		return nil, err
	}
	meta := &structpb.Struct{Fields: map[string]*structpb.Value{
		"sp_code":    structpb.NewStringValue(strconv.Itoa(res.ErrorCode)),
		"sp_message": structpb.NewStringValue(res.ErrorMessage),
	}}
	up := []*corev3.HeaderValueOption{hdr("x-stepup-code", strconv.Itoa(res.ErrorCode))}
	up = append(up, edgehdr.Set("x-stepup-message", res.ErrorMessage))
	return &authv3.CheckResponse{
		HttpResponse: &authv3.CheckResponse_OkResponse{OkResponse: &authv3.OkHttpResponse{
			Headers:         up,
			HeadersToRemove: []string{"x-otp", "x-stepup-" + res.ErrorMessage},
		}},
		DynamicMetadata: meta,
	}, nil
}

// CheckUpstreamHelper hands the code to the upstream service through the
// toolkit's Allow.
func (a *Authz) CheckUpstreamHelper(ctx context.Context, req *authv3.CheckRequest) (*authv3.CheckResponse, error) {
	h := req.Attributes.Headers
	res, err := a.SP.ValidateOTP(ctx, h["x-user"], h["x-otp"])
	if err != nil {
		return nil, err
	}
	return edgehdr.Allow(edgehdr.Set("x-stepup-code", strconv.Itoa(res.ErrorCode))), nil
}

// CheckLogged denies with fixed headers and logs the rest.
func (a *Authz) CheckLogged(ctx context.Context, req *authv3.CheckRequest) (*authv3.CheckResponse, error) {
	h := req.Attributes.Headers
	res, err := a.SP.ValidateOTP(ctx, h["x-user"], h["x-otp"])
	if err != nil {
		return nil, err
	}
	if res.ErrorCode != 0 {
		log.Printf("step-up for %s: %d %s", h["x-user"], res.ErrorCode, res.ErrorMessage)
		return edgehdr.Deny(401, `{"error":"denied"}`, edgehdr.Set("x-stepup-reason", "otp")), nil
	}
	return edgehdr.Allow(), nil
}
