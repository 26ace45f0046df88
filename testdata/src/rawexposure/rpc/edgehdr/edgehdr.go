// Package edgehdr is the platform team's toolkit for Envoy filters: header
// options and ext_authz answers. It knows nothing of SurePassID.
package edgehdr

import (
	"sort"

	corev3 "github.com/envoyproxy/go-control-plane/envoy/config/core/v3"
	authv3 "github.com/envoyproxy/go-control-plane/envoy/service/auth/v3"
)

// Set is a header Envoy overwrites.
func Set(name, value string) *corev3.HeaderValueOption { // want Set:"result 0 from params 0,1"
	return &corev3.HeaderValueOption{
		Header:       &corev3.HeaderValue{Key: name, Value: value},
		AppendAction: corev3.HeaderValueOption_OVERWRITE_IF_EXISTS,
	}
}

// FromMap turns a map of headers into options, in name order.
func FromMap(m map[string]string) []*corev3.HeaderValueOption { // want FromMap:"result 0 from params 0"
	names := make([]string, 0, len(m))
	for name := range m {
		names = append(names, name)
	}
	sort.Strings(names)
	opts := make([]*corev3.HeaderValueOption, 0, len(names))
	for _, name := range names {
		opts = append(opts, Set(name, m[name]))
	}
	return opts
}

// Deny answers the downstream client with status, a JSON body and extra
// headers.
func Deny(status int32, body string, extra ...*corev3.HeaderValueOption) *authv3.CheckResponse { // want Deny:"param 1 reaches the Envoy ext_authz denial body.*param 2 reaches the headers of the Envoy ext_authz denial"
	hs := []*corev3.HeaderValueOption{Set("content-type", "application/json")}
	hs = append(hs, extra...)
	return &authv3.CheckResponse{
		Status: 7,
		HttpResponse: &authv3.CheckResponse_DeniedResponse{
			DeniedResponse: &authv3.DeniedHttpResponse{Status: status, Headers: hs, Body: body},
		},
	}
}

// Allow lets the request through with headers for the upstream service.
func Allow(upstream ...*corev3.HeaderValueOption) *authv3.CheckResponse {
	return &authv3.CheckResponse{
		HttpResponse: &authv3.CheckResponse_OkResponse{
			OkResponse: &authv3.OkHttpResponse{Headers: upstream},
		},
	}
}
