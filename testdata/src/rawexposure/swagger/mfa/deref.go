package mfa

import (
	"context"
)

// deref reads a generated pointer, the zero value for nil.
func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// str reads a generated *string, "" for nil.
func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// Check is Verify for the older pages, with the team's own helpers.
func (c *Client) Check(ctx context.Context, user, otp string) (Result, error) { // want Check:"result 0 raw errorMessage"
	p, err := c.validate(ctx, user, otp)
	if err != nil {
		return Result{}, err
	}
	return Result{Code: deref(p.ErrorCode), Message: str(p.ErrorMessage)}, nil
}
