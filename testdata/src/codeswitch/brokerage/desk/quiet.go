package desk

import (
	"context"
	"log/slog"

	"codeswitch/brokerage/spauth"
)

// Gate is a verdict whose zero value refuses.
type Gate int

const (
	Closed Gate = iota
	Open
	Review
)

var gates = map[spauth.Code]Gate{
	spauth.Success:        Open,
	spauth.DatabaseError:  Review,
	spauth.OTPInvalid:     Closed,
	spauth.OTPAlreadyUsed: Closed,
}

// Settle: an unlisted code gets Closed, which refuses. Not reported.
func (d *Desk) Settle(ctx context.Context, user, otp, order string) error {
	resp, err := d.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	gate := gates[resp.ErrorCode]
	if gate != Open {
		return errDenied
	}
	return d.book.Place(ctx, order)
}

// Margin looks up with comma-ok and refuses a code the table leaves out.
// Not reported.
func (d *Desk) Margin(ctx context.Context, user, otp, order string) error {
	resp, err := d.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	action, ok := policy[resp.ErrorCode]
	if !ok && resp.ErrorCode != spauth.Success {
		return errDenied
	}
	if action == Refuse {
		return errDenied
	}
	if action == StepUp {
		return errStepUp
	}
	return d.book.Place(ctx, order)
}

// levels picks a log level per code: no decision. Not reported.
var levels = map[spauth.Code]slog.Level{
	spauth.DatabaseError:                      slog.LevelError,
	spauth.PartnerUserLoginAttepmtedOTPByPass: slog.LevelError,
	spauth.OTPInvalid:                         slog.LevelWarn,
}

// labels names the metric a code counts under. Not reported.
var labels = map[spauth.Code]string{
	spauth.OTPInvalid:     "otp_invalid",
	spauth.OTPAlreadyUsed: "otp_replay",
}

func (d *Desk) Audit(ctx context.Context, user, otp string) error {
	resp, err := d.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	level := levels[resp.ErrorCode]
	slog.Log(ctx, level, "desk: answer", "user", user, "code", int(resp.ErrorCode))
	label := labels[resp.ErrorCode]
	if label == "" {
		label = "other"
	}
	count(label)
	if resp.ErrorCode != spauth.Success {
		return errDenied
	}
	return nil
}

func count(string) {}

// strict lists every security-relevant code the client names, and
// Success.
var strict = map[spauth.Code]Verdict{
	spauth.Success:                            Proceed,
	spauth.PartnerUserLoginFailed:             Refuse,
	spauth.OTPAlreadyUsed:                     Refuse,
	spauth.OTPInvalid:                         Refuse,
	spauth.PartnerUserLoginDisabled:           Refuse,
	spauth.DatabaseError:                      Refuse,
	spauth.MaximumFailedOTPRequestsExceeded:   Refuse,
	spauth.BogusOTP:                           Refuse,
	spauth.AccountExpired:                     Refuse,
	spauth.PartnerUserLoginAttepmtedOTPByPass: Refuse,
	spauth.SessionTokenInvalid:                Refuse,
}

// Short checks with a table of the client's codes; codes the client does
// not name still take Proceed. Reported, since the server sends others.
func (d *Desk) Short(ctx context.Context, user, otp, order string) error {
	resp, err := d.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	if strict[resp.ErrorCode] == Refuse { // want `fail-open if-else chain over SurePassID return codes`
		return errDenied
	}
	return d.book.Place(ctx, order)
}

// cardReply is the card processor's answer: its status numbers look like
// SurePassID's but are not.
type cardReply struct {
	Status int    `json:"status"`
	Reason string `json:"reason"`
}

var cardPolicy = map[int]Verdict{
	9003: Refuse,
	9002: Refuse,
}

// Charge looks up another vendor's code. Not reported.
func (d *Desk) Charge(ctx context.Context, rep cardReply, order string) error {
	v := cardPolicy[rep.Status]
	if v == Refuse {
		return errDenied
	}
	return d.book.Place(ctx, order)
}
