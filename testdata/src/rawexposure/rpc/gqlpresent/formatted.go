package gqlpresent

import (
	"context"
	"errors"
	"net/http"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"rawexposure/rpc/spauth"
)

// StaffResolver's server formats the error into its own message: the text
// is sent.
type StaffResolver struct{ SP *spauth.Client }

func (r *StaffResolver) Mutation() MutationResolver { return &staffMutation{r} }
func (r *StaffResolver) Query() QueryResolver       { return &staffQuery{r} }

type staffMutation struct{ *StaffResolver }
type staffQuery struct{ *StaffResolver }

func (r *staffMutation) Login(ctx context.Context, input LoginInput) (*LoginPayload, error) { // want Login:"raw errorMessage"
	if err := r.SP.Verify(ctx, input.User, input.Otp); err != nil {
		return nil, err // want `raw SurePassID errorMessage .*returned from a gqlgen resolver`
	}
	return &LoginPayload{Ok: true}, nil
}

func (r *staffMutation) Unlock(ctx context.Context, user string) (bool, error) {
	return false, errors.New("not supported")
}

func (r *staffQuery) Status(ctx context.Context, user string) (string, error) {
	return "", errors.New("not supported")
}

// MountStaff serves the staff API.
func MountStaff(mux *http.ServeMux, sp *spauth.Client) {
	staff := handler.New(NewExecutableSchema(Config{Resolvers: &StaffResolver{SP: sp}}))
	staff.SetErrorPresenter(func(ctx context.Context, err error) *gqlerror.Error {
		return gqlerror.Errorf("staff request failed: %v", err)
	})
	mux.Handle("/staff/query", staff)
}
