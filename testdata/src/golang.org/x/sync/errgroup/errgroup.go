// Package errgroup is a test stub of golang.org/x/sync/errgroup (v0.16.0):
// Group, WithContext, Go, TryGo and Wait, with the real signatures and no
// behaviour.
package errgroup

import "context"

// A Group is a collection of goroutines working on subtasks that are part
// of the same overall task.
type Group struct{}

// WithContext returns a new Group and an associated Context derived from
// ctx.
func WithContext(ctx context.Context) (*Group, context.Context) { return &Group{}, ctx }

// Wait blocks until all function calls from the Go method have returned,
// then returns the first non-nil error (if any) from them.
func (g *Group) Wait() error { return nil }

// Go calls the given function in a new goroutine.
func (g *Group) Go(f func() error) {}

// TryGo calls the given function in a new goroutine only if the number of
// active goroutines in the group is currently below the configured limit.
func (g *Group) TryGo(f func() error) bool { return true }

// SetLimit limits the number of active goroutines in this group.
func (g *Group) SetLimit(n int) {}
