// Package gqlpresent builds two gqlgen servers whose presenters differ:
// the members' server keeps graphql.DefaultErrorPresenter's error but
// overwrites its Message (the text is hidden), the partners' server sets
// graphql.DefaultErrorPresenter itself (the text is sent).
package gqlpresent

import (
	"context"
	"errors"
	"log"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"rawexposure/rpc/spauth"
)

type MemberResolver struct{ SP *spauth.Client }
type PartnerResolver struct{ SP *spauth.Client }

func (r *MemberResolver) Mutation() MutationResolver  { return &memberMutation{r} }
func (r *MemberResolver) Query() QueryResolver        { return &memberQuery{r} }
func (r *PartnerResolver) Mutation() MutationResolver { return &partnerMutation{r} }
func (r *PartnerResolver) Query() QueryResolver       { return &partnerQuery{r} }

type memberMutation struct{ *MemberResolver }
type memberQuery struct{ *MemberResolver }
type partnerMutation struct{ *PartnerResolver }
type partnerQuery struct{ *PartnerResolver }

// Login: the members' presenter hides the text.
func (r *memberMutation) Login(ctx context.Context, input LoginInput) (*LoginPayload, error) { // want Login:"raw errorMessage"
	if err := r.SP.Verify(ctx, input.User, input.Otp); err != nil {
		return nil, err
	}
	return &LoginPayload{Ok: true}, nil
}

func (r *memberMutation) Unlock(ctx context.Context, user string) (bool, error) {
	return false, errors.New("not supported")
}

func (r *memberQuery) Status(ctx context.Context, user string) (string, error) {
	return "", errors.New("not supported")
}

// Login: the partners' server sends the text.
func (r *partnerMutation) Login(ctx context.Context, input LoginInput) (*LoginPayload, error) { // want Login:"raw errorMessage"
	if err := r.SP.Verify(ctx, input.User, input.Otp); err != nil {
		return nil, err // want `raw SurePassID errorMessage .*returned from a gqlgen resolver`
	}
	return &LoginPayload{Ok: true}, nil
}

func (r *partnerMutation) Unlock(ctx context.Context, user string) (bool, error) {
	return false, errors.New("not supported")
}

func (r *partnerQuery) Status(ctx context.Context, user string) (string, error) {
	return "", errors.New("not supported")
}

func memberPresenter(ctx context.Context, err error) *gqlerror.Error {
	log.Printf("graphql: %v", err)
	e := graphql.DefaultErrorPresenter(ctx, err)
	e.Message = "request failed"
	return e
}

// Mount serves both servers.
func Mount(mux *http.ServeMux, sp *spauth.Client) {
	members := handler.New(NewExecutableSchema(Config{Resolvers: &MemberResolver{SP: sp}}))
	members.SetErrorPresenter(memberPresenter)
	mux.Handle("/members/query", members)

	partners := handler.New(NewExecutableSchema(Config{Resolvers: &PartnerResolver{SP: sp}}))
	partners.SetErrorPresenter(graphql.DefaultErrorPresenter)
	mux.Handle("/partners/query", partners)
}
