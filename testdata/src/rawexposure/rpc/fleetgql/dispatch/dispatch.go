// Package dispatch assigns delivery routes to drivers after a second
// factor; the GraphQL layer (package resolvers) calls it.
package dispatch

import (
	"context"
	"errors"
	"fmt"

	"rawexposure/rpc/spauth"
)

// ErrNoRoute is returned when the route is unknown: a fixed text.
var ErrNoRoute = errors.New("no such route")

// Service books routes.
type Service struct {
	SP     *spauth.Client
	routes map[string]string
}

// Assign gives route to driver once the driver's OTP checks out. The
// SurePassID failure is wrapped, its raw text kept.
func (s *Service) Assign(ctx context.Context, driver, route, otp string) error { // want Assign:"raw errorMessage"
	if err := s.SP.Verify(ctx, driver, otp); err != nil {
		return fmt.Errorf("dispatch: assign %s: %w", route, err)
	}
	if _, ok := s.routes[route]; !ok {
		return ErrNoRoute
	}
	s.routes[route] = driver
	return nil
}

// Release frees a route; its only error is the generic sentinel.
func (s *Service) Release(ctx context.Context, route string) error {
	if _, ok := s.routes[route]; !ok {
		return ErrNoRoute
	}
	delete(s.routes, route)
	return nil
}
