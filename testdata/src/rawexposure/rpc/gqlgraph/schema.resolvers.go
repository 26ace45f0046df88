package gqlgraph

import (
	"context"
	"fmt"
	"log"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Login returns the client's error: the default presenter sends its text.
func (r *mutationResolver) Login(ctx context.Context, input LoginInput) (*LoginPayload, error) { // want Login:"raw errorMessage"
	if err := r.SP.Verify(ctx, input.User, input.Otp); err != nil {
		return nil, err // want `raw SurePassID errorMessage \(from spauth.Verify\) returned from a gqlgen resolver`
	}
	return &LoginPayload{Ok: true}, nil
}

// Unlock builds GraphQL errors from the raw message.
func (r *mutationResolver) Unlock(ctx context.Context, user string) (bool, error) {
	resp, err := r.SP.ValidateOTP(ctx, user, "")
	if err != nil {
		log.Printf("surepass: %v", err)
		return false, gqlerror.Errorf("authentication service unavailable")
	}
	if resp.ErrorCode == 0 {
		return true, nil
	}
	switch user {
	case "a":
		return false, gqlerror.Errorf("unlock failed: %s", resp.ErrorMessage) // want `raw SurePassID errorMessage .*GraphQL error message`
	case "b":
		return false, gqlerror.ErrorPathf(nil, "unlock failed: %s", resp.ErrorMessage) // want `raw SurePassID errorMessage .*GraphQL error message`
	case "c":
		graphql.AddError(ctx, fmt.Errorf("surepass: %s", resp.ErrorMessage)) // want `raw SurePassID errorMessage .*GraphQL error message`
	case "d":
		graphql.AddErrorf(ctx, "surepass: %s", resp.ErrorMessage) // want `raw SurePassID errorMessage .*GraphQL error message`
	case "e":
		err := r.SP.Verify(ctx, user, "")
		return false, gqlerror.Wrap(err) // want `raw SurePassID errorMessage .*GraphQL error message`
	case "f":
		err := r.SP.Verify(ctx, user, "")
		return false, gqlerror.WrapPath(nil, err) // want `raw SurePassID errorMessage .*GraphQL error message`
	case "g":
		err := r.SP.Verify(ctx, user, "")
		return false, gqlerror.WrapIfUnwrapped(err) // want `raw SurePassID errorMessage .*GraphQL error message`
	case "h":
		return false, &gqlerror.Error{Message: resp.ErrorMessage} // want `raw SurePassID errorMessage .*GraphQL error message`
	}
	// Quiet: the raw message is logged, the client gets a constant.
	log.Printf("surepass %d: %s", resp.ErrorCode, resp.ErrorMessage)
	return false, gqlerror.Errorf("unlock failed")
}

// Status returns the raw message as the field's value.
func (r *queryResolver) Status(ctx context.Context, user string) (string, error) { // want Status:"raw errorMessage"
	resp, err := r.SP.ValidateOTP(ctx, user, "")
	if err != nil {
		return "", fmt.Errorf("status unavailable")
	}
	return resp.ErrorMessage, nil // want `raw SurePassID errorMessage .*returned from a gqlgen resolver as the response`
}

// The admin API: its server's presenter hides every error's text.

func (r *adminMutationResolver) Login(ctx context.Context, input LoginInput) (*LoginPayload, error) { // want Login:"raw errorMessage"
	if err := r.SP.Verify(ctx, input.User, input.Otp); err != nil {
		return nil, err
	}
	return &LoginPayload{Ok: true}, nil
}

// Unlock: the admin presenter hides gqlerror's and AddError's text too.
func (r *adminMutationResolver) Unlock(ctx context.Context, user string) (bool, error) {
	resp, err := r.SP.ValidateOTP(ctx, user, "")
	if err != nil || resp.ErrorCode == 0 {
		return err == nil, nil
	}
	if user == "" {
		graphql.AddError(ctx, fmt.Errorf("surepass: %s", resp.ErrorMessage))
	}
	return false, gqlerror.Errorf("unlock failed: %s", resp.ErrorMessage)
}

func (r *adminQueryResolver) Status(ctx context.Context, user string) (string, error) {
	return "", fmt.Errorf("not supported")
}

func (r *Resolver) Mutation() MutationResolver      { return &mutationResolver{r} }
func (r *Resolver) Query() QueryResolver            { return &queryResolver{r} }
func (r *AdminResolver) Mutation() MutationResolver { return &adminMutationResolver{r} }
func (r *AdminResolver) Query() QueryResolver       { return &adminQueryResolver{r} }

type mutationResolver struct{ *Resolver }
type queryResolver struct{ *Resolver }
type adminMutationResolver struct{ *AdminResolver }
type adminQueryResolver struct{ *AdminResolver }
