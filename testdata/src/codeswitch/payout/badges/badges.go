// Package badges binds payout approvers' hardware tokens, mapping the
// vendor's refusals to the service's errors through tables of rows.
package badges

import (
	"context"
	"errors"

	"codeswitch/payout/spgate"
)

var (
	errTaken    = errors.New("token belongs to someone else")
	errUnknown  = errors.New("token not recognised")
	errDisabled = errors.New("token disabled")
	errRefused  = errors.New("token not accepted")
)

// refusal maps one vendor code to the service's error.
type refusal[C ~int32] struct {
	code C
	err  error
}

// findRefusal searches rows for code.
func findRefusal[C ~int32](rows []refusal[C], code C) (refusal[C], bool) {
	for _, r := range rows {
		if r.code == code {
			return r, true
		}
	}
	return refusal[C]{}, false
}

// errFor returns the error of the row listing code.
func errFor(rows []*outcome, code spgate.ReturnCode) (error, bool) {
	for _, o := range rows {
		if code == o.Code {
			return o.Err, true
		}
	}
	return nil, false
}

// has answers only whether a row lists code.
func has(rows []outcome, code spgate.ReturnCode) bool {
	for _, o := range rows {
		if o.Code == code {
			return true
		}
	}
	return false
}

type outcome struct {
	Code spgate.ReturnCode
	Err  error
}

var bindRefusals = []refusal[spgate.ReturnCode]{
	{spgate.DeviceInUse, errTaken},
	{spgate.DeviceNotFound, errUnknown},
	{spgate.DeviceDisabled, errDisabled},
}

var bindOutcomes = []*outcome{
	{Code: spgate.DeviceInUse, Err: errTaken},
	{Code: spgate.DeviceNotFound, Err: errUnknown},
}

var accepted = []outcome{{Code: spgate.Success}}

// Binder binds tokens.
type Binder struct {
	SP      *spgate.Client
	trusted map[string]string
}

// Bind refuses the codes of bindRefusals and trusts the token for any
// other code.
func (b *Binder) Bind(ctx context.Context, user, serial string) error {
	res, err := b.SP.VerifyOTP(ctx, user, serial)
	if err != nil {
		return err
	}
	if r, ok := findRefusal(bindRefusals, res.Code); ok { // want `fail-open if-else chain over SurePassID return codes`
		return r.err
	}
	b.trusted[serial] = user
	return nil
}

// Rebind finds the error itself in a table of pointers to rows.
func (b *Binder) Rebind(ctx context.Context, user, serial string) error {
	res, err := b.SP.VerifyOTP(ctx, user, serial)
	if err != nil {
		return err
	}
	if e, refused := errFor(bindOutcomes, res.Code); refused { // want `fail-open if-else chain over SurePassID return codes`
		return e
	}
	b.trusted[serial] = user
	return nil
}

// Local keeps its rows in a local.
func (b *Binder) Local(ctx context.Context, user, serial string) error {
	res, err := b.SP.VerifyOTP(ctx, user, serial)
	if err != nil {
		return err
	}
	rows := []refusal[spgate.ReturnCode]{
		{code: spgate.OtpInvalid, err: errRefused},
		{code: spgate.BogusOtp, err: errRefused},
	}
	if r, ok := findRefusal(rows, res.Code); ok { // want `fail-open if-else chain over SurePassID return codes`
		return r.err
	}
	b.trusted[serial] = user
	return nil
}

// Allowed trusts only the codes of an allow list of rows: quiet.
func (b *Binder) Allowed(ctx context.Context, user, serial string) error {
	res, err := b.SP.VerifyOTP(ctx, user, serial)
	if err != nil {
		return err
	}
	if !has(accepted, res.Code) {
		return errRefused
	}
	b.trusted[serial] = user
	return nil
}

// Closed maps the listed refusals and refuses every other failure
// below: quiet.
func (b *Binder) Closed(ctx context.Context, user, serial string) error {
	res, err := b.SP.VerifyOTP(ctx, user, serial)
	if err != nil {
		return err
	}
	if r, ok := findRefusal(bindRefusals, res.Code); ok {
		return r.err
	}
	if res.Code != spgate.Success {
		return errRefused
	}
	b.trusted[serial] = user
	return nil
}

// Loaded reads its rows from configuration at run time: the table is
// not known, and nothing is reported.
func (b *Binder) Loaded(ctx context.Context, user, serial string, rows []refusal[spgate.ReturnCode]) error {
	res, err := b.SP.VerifyOTP(ctx, user, serial)
	if err != nil {
		return err
	}
	if r, ok := findRefusal(rows, res.Code); ok {
		return r.err
	}
	b.trusted[serial] = user
	return nil
}

// firstOther is no search: it returns the first row not listing code.
func firstOther(rows []outcome, code spgate.ReturnCode) (outcome, bool) {
	for _, o := range rows {
		if o.Code != code {
			return o, true
		}
	}
	return outcome{}, false
}

// Other reads firstOther: nothing is reported.
func (b *Binder) Other(ctx context.Context, user, serial string) error {
	res, err := b.SP.VerifyOTP(ctx, user, serial)
	if err != nil {
		return err
	}
	if o, ok := firstOther(accepted, res.Code); ok {
		return o.Err
	}
	b.trusted[serial] = user
	return nil
}
