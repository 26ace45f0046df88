// Package wiredapi calls wired's exported interface, given to it.
package wiredapi // want "relevant package"

import (
	"context"

	"spidifaces/wired"
)

// Active asks the vendor whether the session is still valid.
func Active(ctx context.Context, s wired.Sessions) bool {
	code, _, err := s.IsSessionTokenValid(ctx, "t") // want "call is code" "operation code,message,none"
	return err == nil && code == 0
}
