// Package errset is the platform team's error collection for fan-out
// work: no SurePassID in sight.
package errset

import (
	"errors"
	"strings"
	"sync"
)

// Set collects errors from concurrent workers.
type Set struct {
	mu   sync.Mutex
	errs []error
}

// Record keeps err, if any.
func (s *Set) Record(err error) {
	if err == nil {
		return
	}
	s.mu.Lock()
	s.errs = append(s.errs, err)
	s.mu.Unlock()
}

// Combined is every recorded error, nil when there is none.
func (s *Set) Combined() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return errors.Join(s.errs...)
}

// Count is how many errors were recorded.
func (s *Set) Count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.errs)
}

// List is a plain list of errors that is an error itself.
type List []error

// Push appends the non-nil errors.
func (l *List) Push(errs ...error) {
	for _, err := range errs {
		if err != nil {
			*l = append(*l, err)
		}
	}
}

func (l List) Error() string {
	parts := make([]string, len(l))
	for i, err := range l {
		parts[i] = err.Error()
	}
	return strings.Join(parts, " | ")
}

// OrNil is l as an error, nil when empty.
func (l List) OrNil() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
