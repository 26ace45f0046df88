// Package account is the service layer over token binding.
package account

import (
	"context"

	"rawexposure/valuefields/tokens"
)

// Service registers tokens for accounts.
type Service struct {
	Tokens *tokens.Binder
}

// Register binds a token with our own wording only.
func (s *Service) Register(ctx context.Context, user, serial string) (tokens.Result, error) {
	return s.Tokens.Bind(ctx, user, serial)
}

// RegisterVerbose passes the server's wording on.
func (s *Service) RegisterVerbose(ctx context.Context, user, serial string) (tokens.Result, error) { // want RegisterVerbose:`result 0 raw errorMessage`
	return s.Tokens.BindVerbose(ctx, user, serial)
}
