// Package admin is the help-desk's bulk console: it offboards or resets
// many users at once and reports what failed.
package admin

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"strings"
	"sync"

	"github.com/hashicorp/go-multierror"
	"go.uber.org/multierr"

	"rawexposure/aggregates/errset"
	"rawexposure/aggregates/spdir"
)

// Console serves the bulk endpoints.
type Console struct {
	Dir *spdir.Directory
}

func users(r *http.Request) []string { return strings.Split(r.FormValue("users"), ",") }

// offboard disables users in parallel and collects the failures in the
// team's Set.
func (c *Console) offboard(w http.ResponseWriter, r *http.Request) {
	var (
		wg     sync.WaitGroup
		failed errset.Set
	)
	for _, u := range users(r) {
		wg.Add(1)
		go func(user string) {
			defer wg.Done()
			failed.Record(c.Dir.Disable(r.Context(), user))
		}(u)
	}
	wg.Wait()
	if err := failed.Combined(); err != nil {
		w.WriteHeader(http.StatusBadGateway)
		fmt.Fprintf(w, "offboarding incomplete: %v", err) // want `raw SurePassID errorMessage .*HTTP response`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// offboardQuietly logs the aggregate and shows a count.
func (c *Console) offboardQuietly(w http.ResponseWriter, r *http.Request) {
	var failed errset.Set
	for _, u := range users(r) {
		failed.Record(c.Dir.Disable(r.Context(), u))
	}
	if err := failed.Combined(); err != nil {
		log.Printf("offboard: %v", err)
		http.Error(w, fmt.Sprintf("%d of the accounts could not be disabled", failed.Count()), http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// reset collects with go-multierror.
func (c *Console) reset(w http.ResponseWriter, r *http.Request) {
	var merr *multierror.Error
	for _, u := range users(r) {
		if err := c.Dir.Unenroll(r.Context(), u); err != nil {
			merr = multierror.Append(merr, err)
		}
	}
	if err := merr.ErrorOrNil(); err != nil {
		w.WriteHeader(http.StatusMultiStatus)
		_, _ = w.Write([]byte(err.Error())) // want `raw SurePassID errorMessage .*HTTP response`
		return
	}
	if merr.Len() > 0 {
		http.Error(w, fmt.Sprint(merr.Len(), " resets failed"), http.StatusBadGateway)
	}
}

type bulkReply struct {
	Done  int    `json:"done"`
	Error string `json:"error,omitempty"`
}

// rotate collects with go.uber.org/multierr.
func (c *Console) rotate(w http.ResponseWriter, r *http.Request) {
	var err error
	done := 0
	for _, u := range users(r) {
		if multierr.AppendInto(&err, c.Dir.Unenroll(r.Context(), u)) {
			continue
		}
		done++
	}
	msg := ""
	if err != nil {
		msg = err.Error()
	}
	_ = json.NewEncoder(w).Encode(bulkReply{Done: done, Error: msg}) // want `raw SurePassID errorMessage .*HTTP response`
}

// pair disables and unenrolls one user, combining both outcomes.
func (c *Console) pair(w http.ResponseWriter, r *http.Request) {
	u := r.FormValue("user")
	err := multierr.Combine(c.Dir.Disable(r.Context(), u), c.Dir.Unenroll(r.Context(), u))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway) // want `raw SurePassID errorMessage .*HTTP response`
	}
}

// sweep hands each worker's error back on a channel.
func (c *Console) sweep(w http.ResponseWriter, r *http.Request) {
	list := users(r)
	results := make(chan error, len(list))
	for _, u := range list {
		go func() { results <- c.Dir.Disable(r.Context(), u) }()
	}
	for range list {
		if err := <-results; err != nil {
			http.Error(w, "sweep stopped: "+err.Error(), http.StatusBadGateway) // want `raw SurePassID errorMessage .*HTTP response`
			return
		}
	}
}

// purge pushes onto the team's List.
func (c *Console) purge(w http.ResponseWriter, r *http.Request) {
	var errs errset.List
	for _, u := range users(r) {
		errs.Push(c.Dir.Disable(r.Context(), u), c.Dir.Unenroll(r.Context(), u))
	}
	if err := errs.OrNil(); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway) // want `raw SurePassID errorMessage .*HTTP response`
	}
}

// batch is a job record holding errors beside other state: not a
// collector, its title is not what its errors say.
type batch struct {
	title string
	errs  []error
	notes map[string]string
}

func (b *batch) fail(err error) { b.errs = append(b.errs, err) }

func (b *batch) Title() string { return b.title }

// archive writes the batch's title, never its errors.
func (c *Console) archive(w http.ResponseWriter, r *http.Request) {
	b := &batch{title: "archive " + r.FormValue("ou")}
	for _, u := range users(r) {
		b.fail(c.Dir.Disable(r.Context(), u))
	}
	log.Printf("%s: %v", b.Title(), b.errs)
	fmt.Fprintf(w, "%s queued with %d failures", b.Title(), len(b.errs))
}
