// Package pager reads another vendor's delivery answer through
// predicates over HTTP-like statuses: not SurePassID codes.
package pager

import "errors"

func statuses(xs ...int) map[int]struct{} {
	m := make(map[int]struct{}, len(xs))
	for _, x := range xs {
		m[x] = struct{}{}
	}
	return m
}

var (
	throttled = statuses(429, 420)
	down      = statuses(502, 503, 504)
)

// Receipt is a pager delivery answer.
type Receipt struct{ status int }

// Throttled reports a rate limit.
func (r Receipt) Throttled() bool {
	_, ok := throttled[r.status]
	return ok
}

// Down reports an outage.
func (r Receipt) Down() bool {
	_, ok := down[r.status]
	return ok
}

var errRetry = errors.New("retry")

// Deliver retries on the two families and reports success otherwise.
func Deliver(r Receipt) error {
	if r.Throttled() {
		return errRetry
	} else if r.Down() {
		return errRetry
	}
	return nil
}
