// Package svc is linted against the real connect-go, twirp, gqlparser,
// gqlgen, graphql-go, huma and go-kit modules, at the versions go.mod pins.
package svc

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"connectrpc.com/connect"
	"github.com/99designs/gqlgen/graphql"
	"github.com/danielgtaylor/huma/v2"
	httptransport "github.com/go-kit/kit/transport/http"
	gqlerrors "github.com/graph-gophers/graphql-go/errors"
	"github.com/twitchtv/twirp"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"example.com/realrpc/spauth"
)

type LoginRequest struct{ User, Otp string }
type LoginResponse struct{ Message string } // want Message:"raw errorMessage"

type Service struct{ SP *spauth.Client }

// Login is a connect handler by its signature.
func (s *Service) Login(ctx context.Context, req *connect.Request[LoginRequest]) (*connect.Response[LoginResponse], error) { // want Login:"raw errorMessage"
	resp, err := s.SP.ValidateOTP(ctx, req.Msg.User, req.Msg.Otp)
	if err != nil {
		return nil, connect.NewError(connect.CodeUnavailable, errors.New("unavailable"))
	}
	if resp.ErrorCode != 0 {
		if req.Msg.Otp == "" {
			return connect.NewResponse(&LoginResponse{Message: resp.ErrorMessage}), nil // want `returned from a connect handler as the response`
		}
		return nil, fmt.Errorf("surepass: %s", resp.ErrorMessage) // want `returned from a connect handler`
	}
	return connect.NewResponse(&LoginResponse{}), nil
}

// Errors builds each framework's error from the raw message.
func (s *Service) Errors(ctx context.Context, w http.ResponseWriter, user string, n int) error {
	resp, err := s.SP.ValidateOTP(ctx, user, "")
	if err != nil || resp.ErrorCode == 0 {
		return nil
	}
	switch n {
	case 0:
		return connect.NewError(connect.CodeUnauthenticated, errors.New(resp.ErrorMessage)) // want `connect error message`
	case 1:
		return twirp.NewError(twirp.Unauthenticated, resp.ErrorMessage) // want `twirp error`
	case 2:
		return twirp.Unauthenticated.Errorf("rejected: %s", resp.ErrorMessage) // want `twirp error`
	case 3:
		return gqlerror.Errorf("rejected: %s", resp.ErrorMessage) // want `GraphQL error message`
	case 4:
		graphql.AddError(ctx, errors.New(resp.ErrorMessage)) // want `GraphQL error message`
	case 5:
		return gqlerrors.Errorf("rejected: %s", resp.ErrorMessage) // want `GraphQL error message`
	case 6:
		return huma.Error401Unauthorized("rejected", errors.New(resp.ErrorMessage)) // want `huma error response`
	case 7:
		return huma.NewError(http.StatusUnauthorized, resp.ErrorMessage) // want `huma error response`
	case 8:
		httptransport.DefaultErrorEncoder(ctx, errors.New(resp.ErrorMessage), w) // want `go-kit HTTP response body`
	}
	return nil
}

type In struct {
	User string `query:"user"`
}

type Out struct {
	Body struct {
		Ok bool `json:"ok"`
	}
}

// Register registers a huma handler returning a plain raw error.
func Register(api huma.API, sp *spauth.Client) {
	huma.Get(api, "/verify", func(ctx context.Context, in *In) (*Out, error) {
		if err := sp.Verify(ctx, in.User, ""); err != nil {
			return nil, err // want `returned from a huma handler`
		}
		return &Out{}, nil
	})
}
