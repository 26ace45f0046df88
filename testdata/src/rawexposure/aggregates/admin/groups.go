package admin

import (
	"context"
	"errors"
	"log"
	"net/http"

	"github.com/hashicorp/go-multierror"
	"golang.org/x/sync/errgroup"
)

var errPartial = errors.New("some accounts were not updated")

// suspend fans out with errgroup; Wait returns the first error.
func (c *Console) suspend(w http.ResponseWriter, r *http.Request) {
	g, ctx := errgroup.WithContext(r.Context())
	g.SetLimit(8)
	for _, u := range users(r) {
		g.Go(func() error {
			return c.Dir.Disable(ctx, u)
		})
	}
	if err := g.Wait(); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway) // want `raw SurePassID errorMessage .*HTTP response`
	}
}

type job struct {
	c    *Console
	ctx  context.Context
	user string
}

func (j job) run() error { return j.c.Dir.Unenroll(j.ctx, j.user) }

// unenrollAll runs a method value per user on a go-multierror Group.
func (c *Console) unenrollAll(w http.ResponseWriter, r *http.Request) {
	var g multierror.Group
	for _, u := range users(r) {
		g.Go(job{c: c, ctx: r.Context(), user: u}.run)
	}
	if merr := g.Wait(); merr.ErrorOrNil() != nil {
		w.WriteHeader(http.StatusBadGateway)
		_, _ = w.Write([]byte(merr.Error())) // want `raw SurePassID errorMessage .*HTTP response`
	}
}

// suspendQuietly logs each failure in its goroutine and returns a fixed
// error: what Wait returns says nothing of SurePassID's answer.
func (c *Console) suspendQuietly(w http.ResponseWriter, r *http.Request) {
	var g errgroup.Group
	for _, u := range users(r) {
		g.Go(func() error {
			if err := c.Dir.Disable(r.Context(), u); err != nil {
				log.Printf("disable %s: %v", u, err)
				return errPartial
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
	}
}
