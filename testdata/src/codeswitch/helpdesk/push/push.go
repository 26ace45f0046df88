// Package push finishes the desk's push sign-ins: tables of errors keyed
// by the codes that stop one, looked up with a comma-ok test.
package push

import (
	"context"
	"errors"

	"codeswitch/helpdesk/otp"
)

// Reply is SurePassID's answer to a push status poll.
type Reply = otp.PushReply

// Outcome is SurePassID's return code as the push worker keeps it.
type Outcome int32

// Errors the sign-in page shows.
var (
	ErrDeclined = errors.New("push declined")
	ErrExpired  = errors.New("push expired")
	ErrLocked   = errors.New("account locked")
)

// stops are the replies that stop a push sign-in.
var stops = map[int]error{
	9003: ErrDeclined,
	9108: ErrExpired,
	9007: ErrLocked,
}

// byOutcome is stops keyed by the worker's own code type.
var byOutcome = map[Outcome]error{
	9003: ErrDeclined,
	9108: ErrExpired,
	9015: ErrLocked,
}

// Session is a sign-in waiting on a push.
type Session struct {
	User string
	MFA  bool
}

// Audit records push decisions.
type Audit interface {
	Record(ctx context.Context, user, event string)
}

// Finisher completes push sign-ins.
type Finisher struct {
	Audit Audit
}

// Accept stops the sign-in for the replies stops lists and completes it
// for every other: reported.
func (f *Finisher) Accept(ctx context.Context, s *Session, rep *Reply) error {
	if err, stopped := stops[rep.ErrorCode]; stopped { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		f.Audit.Record(ctx, s.User, "push stopped")
		return err
	}
	s.MFA = true
	return nil
}

// AcceptTyped converts the code to the table's key type: reported too.
func (f *Finisher) AcceptTyped(ctx context.Context, s *Session, rep *Reply) (*Session, error) {
	if e, ok := byOutcome[Outcome(rep.ErrorCode)]; ok { // want `fail-open if-else chain over SurePassID return codes`
		return nil, e
	}
	s.MFA = true
	return s, nil
}

// AcceptChecked refuses every other failure after the table: the later
// check reads the same code, unconverted: quiet.
func (f *Finisher) AcceptChecked(ctx context.Context, s *Session, rep *Reply) (*Session, error) {
	if e, ok := byOutcome[Outcome(rep.ErrorCode)]; ok {
		return nil, e
	}
	if rep.ErrorCode != 0 {
		return nil, errors.New("push: " + rep.Status)
	}
	s.MFA = true
	return s, nil
}

// AcceptLocal keeps the converted code in a local before the lookup and
// refuses the rest through the reply's field: quiet.
func (f *Finisher) AcceptLocal(ctx context.Context, s *Session, rep *Reply) error {
	code := int64(rep.ErrorCode)
	if err, stopped := stops[int(code)]; stopped {
		return err
	}
	if rep.ErrorCode != 0 {
		return ErrDeclined
	}
	s.MFA = true
	return nil
}

// Reason maps the stopping replies to a label for the audit log, and
// completes nothing: quiet.
func (f *Finisher) Reason(rep *Reply) string {
	if err, ok := stops[rep.ErrorCode]; ok {
		return err.Error()
	}
	return "approved"
}
