// Package gqlleaky is a gqlgen API whose presenter special-cases
// *spotp.Refusal but shows its text: the refusal a resolver returns is sent.
package gqlleaky

import (
	"context"
	"errors"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"rawexposure/rpc/spotp"
)

// Resolver is the root resolver.
type Resolver struct{ OTP *spotp.Client }

type subscriptionResolver struct{ *Resolver }

type userResolver struct{ *Resolver }

// Unlock resolves User.unlock.
func (r *userResolver) Unlock(ctx context.Context, user, otp string) (bool, error) { // want Unlock:"result 1 raw errorMessage from spotp.Err"
	rep, err := r.OTP.Check(ctx, user, otp)
	if err != nil {
		return false, errors.New("verification is unavailable")
	}
	if err := rep.Err(); err != nil {
		return false, err // want `raw SurePassID errorMessage \(from spotp.Err\) returned from a gqlgen resolver`
	}
	return true, nil
}

// Handler serves the API.
func Handler(schema graphql.ExecutableSchema) http.Handler {
	srv := handler.New(schema)
	srv.SetErrorPresenter(func(ctx context.Context, err error) *gqlerror.Error {
		var refusal *spotp.Refusal
		if errors.As(err, &refusal) {
			return gqlerror.Errorf("refused: %s", refusal.Text) // want `raw SurePassID errorMessage \(from spotp.Refusal.Text\) written to a GraphQL error message`
		}
		return graphql.DefaultErrorPresenter(ctx, err)
	})
	return srv
}
