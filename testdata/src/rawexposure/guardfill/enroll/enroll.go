// Package enroll registers OATH tokens with SurePassID and keeps the
// outcome of each registration.
package enroll

import (
	"context"
	"log"
)

// Endpoint is the SurePassID REST endpoint.
const Endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Reply is SurePassID's answer.
type Reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Backend sends add_oath_device.
type Backend interface {
	AddDevice(ctx context.Context, user, psn string) (Reply, error)
}

// State is where an enrollment stands.
type State string

const (
	Enrolled State = "enrolled"
	InUse    State = "in_use"
	Failed   State = "failed"
)

// Enrollment is what the self-service pages show.
type Enrollment struct {
	Serial string `json:"serial"`
	State  State  `json:"state"`
	Detail string `json:"detail,omitempty"` // want Detail:`raw errorMessage`
}

func stateFor(code int) State {
	switch code {
	case 0:
		return Enrolled
	case 9019:
		return InUse
	}
	return Failed
}

// Service enrolls tokens.
type Service struct{ B Backend }

// Replace keeps the server's text on a failed enrollment only: the test of
// State guarding the store says which results carry it.
func (s *Service) Replace(ctx context.Context, user, psn string) (Enrollment, error) { // want Replace:`result 0 raw errorMessage` Replace:`result 0 raw only with State not in "enrolled"`
	r, err := s.B.AddDevice(ctx, user, psn)
	if err != nil {
		return Enrollment{}, err
	}
	e := Enrollment{Serial: psn, State: stateFor(r.ErrorCode)}
	if e.State != Enrolled {
		log.Printf("enroll %s: %s", psn, r.ErrorMessage)
		e.Detail = r.ErrorMessage
	}
	return e, nil
}

// Explain quotes the server for the two failures support asked about.
func (s *Service) Explain(ctx context.Context, user, psn string) (Enrollment, error) { // want Explain:`result 0 raw errorMessage` Explain:`result 0 raw only with State in "failed","in_use"`
	r, err := s.B.AddDevice(ctx, user, psn)
	if err != nil {
		return Enrollment{}, err
	}
	out := Enrollment{Serial: psn, State: stateFor(r.ErrorCode)}
	if out.State == InUse {
		out.Detail = r.ErrorMessage
	}
	if out.State == Failed && r.ErrorCode != 9010 {
		out.Detail = "token refused: " + r.ErrorMessage
	}
	return out, nil
}

// ReplaceByCode guards the store with the code, not with State: nothing
// says which results carry the text.
func (s *Service) ReplaceByCode(ctx context.Context, user, psn string) (Enrollment, error) { // want ReplaceByCode:`result 0 raw errorMessage`
	r, err := s.B.AddDevice(ctx, user, psn)
	if err != nil {
		return Enrollment{}, err
	}
	e := Enrollment{Serial: psn, State: stateFor(r.ErrorCode)}
	if r.ErrorCode != 0 {
		e.Detail = r.ErrorMessage
	}
	return e, nil
}

// ReplaceReset changes State after the guarded store: the test no longer
// tells.
func (s *Service) ReplaceReset(ctx context.Context, user, psn string) (Enrollment, error) { // want ReplaceReset:`result 0 raw errorMessage`
	r, err := s.B.AddDevice(ctx, user, psn)
	if err != nil {
		return Enrollment{}, err
	}
	e := Enrollment{Serial: psn, State: stateFor(r.ErrorCode)}
	if e.State != Enrolled {
		e.Detail = r.ErrorMessage
		e.State = Enrolled
	}
	return e, nil
}

// Lookup answers a pointer, filled the same way.
func (s *Service) Lookup(ctx context.Context, user, psn string) (*Enrollment, error) { // want Lookup:`result 0 raw errorMessage` Lookup:`result 0 raw only with State not in "enrolled"`
	r, err := s.B.AddDevice(ctx, user, psn)
	if err != nil {
		return nil, err
	}
	e := &Enrollment{Serial: psn, State: stateFor(r.ErrorCode)}
	if e.State != Enrolled && e != nil {
		e.Detail = r.ErrorMessage
	}
	return e, nil
}

// LookupAudited hands its pointer to a function that may change State.
func (s *Service) LookupAudited(ctx context.Context, user, psn string) (*Enrollment, error) { // want LookupAudited:`result 0 raw errorMessage`
	r, err := s.B.AddDevice(ctx, user, psn)
	if err != nil {
		return nil, err
	}
	e := &Enrollment{Serial: psn, State: stateFor(r.ErrorCode)}
	if e.State != Enrolled {
		e.Detail = r.ErrorMessage
	}
	settle(e)
	return e, nil
}

func settle(e *Enrollment) { e.State = Enrolled }

// Rebind tests the status it computed before building the result.
func (s *Service) Rebind(ctx context.Context, user, psn string) (Enrollment, error) { // want Rebind:`result 0 raw errorMessage` Rebind:`result 0 raw only with State not in "enrolled"`
	r, err := s.B.AddDevice(ctx, user, psn)
	if err != nil {
		return Enrollment{}, err
	}
	st := stateFor(r.ErrorCode)
	out := Enrollment{Serial: psn, State: st}
	if st != Enrolled {
		out.Detail = r.ErrorMessage
	}
	return out, nil
}

// RebindRetried tests a status it may change afterwards: the test says
// nothing of the result's State.
func (s *Service) RebindRetried(ctx context.Context, user, psn string) (Enrollment, error) { // want RebindRetried:`result 0 raw errorMessage`
	r, err := s.B.AddDevice(ctx, user, psn)
	if err != nil {
		return Enrollment{}, err
	}
	st := stateFor(r.ErrorCode)
	out := Enrollment{Serial: psn, State: st}
	if st != Enrolled {
		out.Detail = r.ErrorMessage
	}
	if st == InUse {
		st = Enrolled
	}
	return out, nil
}
