// Package retry runs an operation again on transient failures. It knows
// nothing of SurePassID.
package retry

import (
	"context"
	"time"
)

// Do calls op until it succeeds, attempts times at most, and returns what
// the last call returned.
func Do[T any](ctx context.Context, attempts int, op func(context.Context) (T, error)) (T, error) { // want Do:`rawexposure\(result 0 from result 0 of param 2; result 1 from result 1 of param 2\)`
	var (
		v   T
		err error
	)
	for i := 0; i < attempts; i++ {
		if v, err = op(ctx); err == nil {
			return v, nil
		}
		select {
		case <-ctx.Done():
			return v, ctx.Err()
		case <-time.After(time.Duration(i+1) * 100 * time.Millisecond):
		}
	}
	return v, err
}
