package resolvers

import (
	"context"

	"rawexposure/rpc/spauth"
)

// Depot is a helper of the depot screens, no resolver: graphql-go could
// not bind a method taking a plain string, so the type is not a root.
type Depot struct{ SP *spauth.Client }

// Unlock returns the client's error to its Go caller.
func (d *Depot) Unlock(ctx context.Context, driver, otp string) error { // want Unlock:"raw errorMessage"
	return d.SP.Verify(ctx, driver, otp)
}

// Ready returns the client's error too.
func (d *Depot) Ready(ctx context.Context) (bool, error) { // want Ready:"raw errorMessage"
	return false, d.SP.Verify(ctx, "depot", "")
}
