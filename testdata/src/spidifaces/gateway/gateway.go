// Package gateway calls the interface of package verify: the role crosses
// packages as a fact.
package gateway // want "relevant package"

import (
	"context"

	"spidifaces/verify"
)

func handle(ctx context.Context, s *verify.Service) {
	_, _, _ = s.V.ValidateOTP(ctx, "u", "1") // want "call is code"
}
