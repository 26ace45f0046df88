// Package kitfailerquiet serves go-kit Failer responses through an error
// encoder that logs the error and writes a fixed text: the raw error an
// endpoint puts in its response is not sent.
package kitfailerquiet

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/go-kit/kit/endpoint"
	kithttp "github.com/go-kit/kit/transport/http"

	"rawexposure/rpc/spauth"
)

type enrollResponse struct {
	Enrolled bool  `json:"enrolled"`
	Err      error `json:"-"`
}

func (r enrollResponse) Failed() error { return r.Err }

func makeEnrollEndpoint(sp *spauth.Client) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		user, _ := request.(string)
		if err := sp.Verify(ctx, user, ""); err != nil {
			return enrollResponse{Err: err}, nil
		}
		return enrollResponse{Enrolled: true}, nil
	}
}

// Handler serves the endpoint with a hiding error encoder.
func Handler(sp *spauth.Client, log *slog.Logger) http.Handler {
	return kithttp.NewServer(makeEnrollEndpoint(sp),
		func(_ context.Context, r *http.Request) (interface{}, error) { return r.FormValue("user"), nil },
		kithttp.EncodeJSONResponse,
		kithttp.ServerErrorEncoder(func(ctx context.Context, err error, w http.ResponseWriter) {
			log.ErrorContext(ctx, "enroll failed", "err", err)
			http.Error(w, "enrollment failed", http.StatusBadGateway)
		}),
	)
}
