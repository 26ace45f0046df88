// Package kitsafe serves a go-kit endpoint whose server has an error
// encoder that writes a constant: the endpoint's raw error stays quiet.
package kitsafe

import (
	"context"
	"log"
	"net/http"

	"github.com/go-kit/kit/endpoint"
	httptransport "github.com/go-kit/kit/transport/http"

	"rawexposure/rpc/spauth"
)

// MakeLoginEndpoint returns the client's error; the encoder hides it.
func MakeLoginEndpoint(sp *spauth.Client) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		user, _ := request.(string)
		if err := sp.Verify(ctx, user, ""); err != nil {
			return nil, err
		}
		return true, nil
	}
}

func encodeError(_ context.Context, err error, w http.ResponseWriter) {
	log.Printf("login: %v", err)
	http.Error(w, "sign-in failed", http.StatusUnauthorized)
}

func decode(_ context.Context, r *http.Request) (interface{}, error) { return r.FormValue("user"), nil }

// Handler serves the endpoint.
func Handler(sp *spauth.Client) http.Handler {
	return httptransport.NewServer(MakeLoginEndpoint(sp), decode, httptransport.EncodeJSONResponse,
		httptransport.ServerErrorEncoder(encodeError))
}
