// Package gate decides, for the support desk's services, whether an
// answer of SurePassID lets a request through: deny sets held in a
// struct, in a package-level table of errors, and tables of handlers
// passed to a generic helper.
package gate

import (
	"errors"
	"fmt"

	"codeswitch/denyset/mfa"
)

// Policy holds the answers that refuse a request.
type Policy struct {
	deny  map[mfa.Outcome]bool
	allow map[mfa.Outcome]bool
}

// NewPolicy builds the desk's policy.
func NewPolicy() *Policy {
	return &Policy{
		deny: map[mfa.Outcome]bool{
			mfa.OtpInvalid: true,
			mfa.BogusOtp:   true,
		},
		allow: map[mfa.Outcome]bool{mfa.Success: true},
	}
}

// Permits refuses the codes of the deny set and lets every other through.
// Reported.
func (p *Policy) Permits(res *mfa.Reply) bool { // want Permits:"codeswitch\\(predicate: true when param 0.ErrorCode is Success, PartnerLoginFailed, PartnerUserLoginFailed, and \\d+ more\\)"
	if p.deny[res.ErrorCode] { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return false
	}
	return true
}

// Strict lets only the allow set through. Not reported.
func (p *Policy) Strict(res *mfa.Reply) bool { // want Strict:"codeswitch\\(predicate: true when param 0.ErrorCode is Success\\)"
	if !p.allow[res.ErrorCode] {
		return false
	}
	return true
}

var (
	errPushDenied = errors.New("push denied")
	errLocked     = errors.New("account locked")
)

// pushBlocks maps the answers that refuse a push to their error.
var pushBlocks = map[mfa.Outcome]error{
	mfa.PushDenied:      errPushDenied,
	mfa.MaxUserAttempts: errLocked,
	mfa.OtpInvalid:      fmt.Errorf("wrong code"),
}

// CheckPush returns the table's error for its codes and nil for every
// other: reported.
func CheckPush(st *mfa.Reply) error {
	if err, blocked := pushBlocks[st.ErrorCode]; blocked { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return err
	}
	return nil
}

// Pusher sends the push.
type Pusher interface {
	Push(user string) (*mfa.Reply, error)
}

// ApprovePush checks the transport error, then the table of refusals,
// whose value is named err too: every other code approves. Reported.
func ApprovePush(p Pusher, user string) error {
	st, err := p.Push(user)
	if err != nil {
		return err
	}
	if err, blocked := pushBlocks[st.ErrorCode]; blocked { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return err
	}
	return nil
}

// Approval is what an approved push grants.
type Approval struct{ User string }

// Approve returns the table's error beside an empty approval, and an
// approval for every other code. Reported.
func Approve(p Pusher, user string) (Approval, error) {
	st, err := p.Push(user)
	if err != nil {
		return Approval{}, err
	}
	if err, blocked := pushBlocks[st.ErrorCode]; blocked { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return Approval{}, err
	}
	return Approval{User: user}, nil
}

// pushPasses lists the answers that let a push through.
var pushPasses = map[mfa.Outcome]string{mfa.Success: "approved"}

// CheckPushStrict refuses every code its table leaves out. Not reported.
func CheckPushStrict(st *mfa.Reply) error {
	if _, ok := pushPasses[st.ErrorCode]; !ok {
		return errPushDenied
	}
	return nil
}

// Comma-ok with !ok rejecting: an allow set. Not reported.
func CheckPassed(st *mfa.Reply) error {
	reason, ok := pushPasses[st.ErrorCode]
	if !ok {
		return errPushDenied
	}
	_ = reason
	return nil
}

// PushError is a refused push; errors.Is(err, errLocked) finds the
// table's sentinel through Unwrap.
type PushError struct {
	Code mfa.Outcome
	Text string
}

func (e *PushError) Error() string { return "push refused: " + e.Text }

// Unwrap gives the table's sentinel, nil for the codes it leaves out: the
// PushError itself is the failure, the nil is "no cause". Not reported.
func (e *PushError) Unwrap() error { return pushBlocks[e.Code] }

// Cause is the same for errors.Cause-style callers. Not reported.
func (e *PushError) Cause() error {
	return pushBlocks[e.Code]
}

// Blocking returns the table's error for a reply: nil for every code the
// table leaves out lets them through. Reported.
func (r *PushRefusal) Blocking() error {
	return pushBlocks[r.Reply.ErrorCode] // want `fail-open table lookup over SurePassID return codes`
}

// PushRefusal keeps a reply for later.
type PushRefusal struct{ Reply *mfa.Reply }
