// Package gophpayload is a graph-gophers/graphql-go API whose mutations
// return payload objects: graphql-go resolves each field of a payload by
// calling its method (or, with UseFieldResolvers, reading its exported
// field), so the raw value is exposed where a field resolver returns it,
// not where the root resolver hands back a payload holding the vendor's
// response for its methods to read.
package gophpayload

import (
	"context"
	"errors"
	"log"

	graphql "github.com/graph-gophers/graphql-go"

	"rawexposure/rpc/spauth"
)

const schema = `
type Mutation {
	verifyOtp(user: String!, otp: String!): VerifyPayload!
	checkOtp(user: String!, otp: String!): CheckPayload!
	confirmOtp(user: String!, otp: String!): ConfirmPayload!
}
type VerifyPayload { ok: Boolean! message: String reason: String! }
type CheckPayload { ok: Boolean! message: String }
type ConfirmPayload { ok: Boolean! Message: String! }`

// Mutation is the schema's root.
type Mutation struct{ SP *spauth.Client }

// NewSchema parses the schema over the root.
func NewSchema(sp *spauth.Client) *graphql.Schema {
	return graphql.MustParseSchema(schema, &Mutation{SP: sp}, graphql.UseFieldResolvers())
}

type verifyPayload struct {
	res *spauth.Response
}

// Ok is a field resolver without an error.
func (p *verifyPayload) Ok() bool { return p.res.ErrorCode == 0 }

// Message hands the client SurePassID's text.
func (p *verifyPayload) Message() *string { // want Message:"result 0 raw errorMessage"
	if p.res.ErrorCode == 0 {
		return nil
	}
	msg := p.res.ErrorMessage
	return &msg // want `raw SurePassID errorMessage .*returned from a graphql-go resolver as the response`
}

// Reason is another field resolver, with a context.
func (p *verifyPayload) Reason(ctx context.Context) (string, error) { // want Reason:"result 0 raw errorMessage"
	if p.res.ErrorCode == 0 {
		return "", nil
	}
	return "rejected: " + p.res.ErrorMessage, nil // want `raw SurePassID errorMessage .*returned from a graphql-go resolver as the response`
}

// VerifyOtp returns the payload holding the whole response: its field
// resolvers are the findings, not this return.
func (m *Mutation) VerifyOtp(ctx context.Context, args struct{ User, Otp string }) (*verifyPayload, error) {
	res, err := m.SP.ValidateOTP(ctx, args.User, args.Otp)
	if err != nil {
		return nil, errors.New("verification unavailable")
	}
	return &verifyPayload{res: res}, nil
}

type checkPayload struct {
	res *spauth.Response
}

// Ok reports success.
func (p *checkPayload) Ok() bool { return p.res.ErrorCode == 0 }

// Message words the failure itself and logs the vendor's text.
func (p *checkPayload) Message() *string {
	if p.res.ErrorCode == 0 {
		return nil
	}
	log.Printf("otp rejected: %d %s", p.res.ErrorCode, p.res.ErrorMessage)
	msg := "That code did not work."
	return &msg
}

// CheckOtp returns a payload whose field resolvers answer our own text.
func (m *Mutation) CheckOtp(ctx context.Context, args struct{ User, Otp string }) (*checkPayload, error) {
	res, err := m.SP.ValidateOTP(ctx, args.User, args.Otp)
	if err != nil {
		return nil, errors.New("verification unavailable")
	}
	return &checkPayload{res: res}, nil
}

// ConfirmPayload is resolved by its exported fields (UseFieldResolvers).
type ConfirmPayload struct {
	Ok      bool
	Message string // want Message:"raw errorMessage"
}

// ConfirmOtp stores the text in a field graphql-go reads itself.
func (m *Mutation) ConfirmOtp(ctx context.Context, args struct{ User, Otp string }) (*ConfirmPayload, error) { // want ConfirmOtp:"result 0 raw errorMessage"
	res, err := m.SP.ValidateOTP(ctx, args.User, args.Otp)
	if err != nil {
		return nil, errors.New("verification unavailable")
	}
	return &ConfirmPayload{Ok: res.ErrorCode == 0, Message: res.ErrorMessage}, nil // want `raw SurePassID errorMessage .*returned from a graphql-go resolver as the response`
}
