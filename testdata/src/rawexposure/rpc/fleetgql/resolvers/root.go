// Package resolvers is a fleet-management GraphQL API on
// graph-gophers/graphql-go. The schema is parsed in cmd/fleetd, not here:
// Root is known as the root by its methods' resolver shape.
package resolvers

import (
	"context"
	"errors"
	"log"

	graphql "github.com/graph-gophers/graphql-go"

	"rawexposure/rpc/fleetgql/dispatch"
	"rawexposure/rpc/spauth"
)

// Root is the root resolver (queries and mutations).
type Root struct {
	sp       *spauth.Client
	dispatch *dispatch.Service
}

// New builds the root resolver for graphql.MustParseSchema.
func New(sp *spauth.Client, d *dispatch.Service) *Root {
	return &Root{sp: sp, dispatch: d}
}

type driverArgs struct{ ID graphql.ID }

// Driver resolves a driver and the state of their authenticator.
func (r *Root) Driver(ctx context.Context, args driverArgs) (*driverResolver, error) { // want Driver:"raw errorMessage"
	resp, err := r.sp.ValidateOTP(ctx, string(args.ID), "")
	if err != nil {
		log.Printf("surepass lookup %s: %v", args.ID, err)
		return nil, errors.New("driver lookup failed")
	}
	d := &driverResolver{id: args.ID}
	if resp.ErrorCode != 0 {
		why := resp.ErrorMessage
		d.token = &why
	}
	return d, nil // want `raw SurePassID errorMessage .*graphql-go resolver as the response`
}

// driverResolver is the Driver type; graphql-go reads it through its
// getters.
type driverResolver struct {
	id    graphql.ID
	token *string
}

func (d *driverResolver) ID() graphql.ID        { return d.id }
func (d *driverResolver) TokenProblem() *string { return d.token } // want TokenProblem:"raw errorMessage"

// StartShift checks the driver's OTP before the shift starts.
func (r *Root) StartShift(ctx context.Context, args struct { // want StartShift:"raw errorMessage"
	Driver graphql.ID
	Otp    string
}) (bool, error) {
	resp, err := r.sp.ValidateOTP(ctx, string(args.Driver), args.Otp)
	if err != nil {
		return false, errors.New("authenticator unavailable")
	}
	if resp.ErrorCode != 0 {
		return false, errors.New(resp.ErrorMessage) // want `raw SurePassID errorMessage .*graphql-go resolver`
	}
	return true, nil
}

type assignArgs struct {
	Driver graphql.ID
	Route  string
	Otp    string
}

// AssignRoute returns the dispatch service's error as is: it wraps the
// client's, whose text holds the raw message.
func (r *Root) AssignRoute(ctx context.Context, args assignArgs) (*routeResolver, error) { // want AssignRoute:"raw errorMessage"
	if err := r.dispatch.Assign(ctx, string(args.Driver), args.Route, args.Otp); err != nil {
		return nil, err // want `raw SurePassID errorMessage .*graphql-go resolver`
	}
	return &routeResolver{name: args.Route}, nil
}

// ReleaseRoute returns only dispatch's generic sentinel: quiet.
func (r *Root) ReleaseRoute(ctx context.Context, args struct{ Route string }) (bool, error) {
	if err := r.dispatch.Release(ctx, args.Route); err != nil {
		return false, err
	}
	return true, nil
}

var shiftTexts = map[int]string{
	3: "your authenticator is locked, call the depot",
	7: "that code was already used",
}

// ShiftCheck maps the code to the depot's own texts: quiet.
func (r *Root) ShiftCheck(ctx context.Context, args struct{ Driver graphql.ID }) (*string, error) {
	resp, err := r.sp.ValidateOTP(ctx, string(args.Driver), "")
	if err != nil || resp.ErrorCode == 0 {
		return nil, err
	}
	msg, ok := shiftTexts[resp.ErrorCode]
	if !ok {
		msg = "authenticator problem"
	}
	return &msg, nil
}

type routeResolver struct{ name string }

func (r *routeResolver) Name() string { return r.name }
