// Package lobby runs the front desk's check-in through rowkit.Route,
// with tables built in place.
package lobby

import (
	"context"
	"errors"
	"log"

	"codeswitch/gates/ssoauth"
	"github.com/gymkit/rowkit"
)

var errDenied = errors.New("lobby: check-in denied")

// Badge is what the front desk prints.
type Badge struct{ Member string }

// Desk checks members in.
type Desk struct{ SP ssoauth.Client }

// deny builds a row that refuses and logs why.
func deny(why string) func() (*Badge, error) {
	return func() (*Badge, error) {
		log.Printf("lobby: %s", why)
		return nil, errDenied
	}
}

// CheckIn refuses two codes through built rows and prints a badge for
// every other one: reported at the call.
func (d *Desk) CheckIn(ctx context.Context, member, otp string) (*Badge, error) {
	ans, err := d.SP.ValidateOTP(ctx, member, otp)
	if err != nil {
		return nil, err
	}
	rows := rowkit.Reactions[ssoauth.Status, *Badge]{
		ssoauth.StatusOtpInvalid: deny("wrong code"),
		ssoauth.StatusBogusOtp:   deny("forged code"),
	}
	return rowkit.Route(ans.ErrorCode, rows, func() (*Badge, error) { // want `fail-open table dispatch over SurePassID return codes: rowkit.Route runs the fallback passed to it, which accepts, for \d+ security-relevant codes its table of handlers does not list`
		return &Badge{Member: member}, nil
	})
}

// Guest lists Success with the badge and refuses what the table does not
// list. Not reported.
func (d *Desk) Guest(ctx context.Context, member, otp string) (*Badge, error) {
	ans, err := d.SP.ValidateOTP(ctx, member, otp)
	if err != nil {
		return nil, err
	}
	rows := rowkit.Reactions[ssoauth.Status, *Badge]{
		ssoauth.StatusSuccess:    func() (*Badge, error) { return &Badge{Member: member}, nil },
		ssoauth.StatusOtpInvalid: deny("wrong code"),
	}
	return rowkit.Route(ans.ErrorCode, rows, func() (*Badge, error) { return nil, errDenied })
}

// Count only logs the codes it lists, and prints for all: no row
// refuses. Not reported.
func (d *Desk) Count(ans *ssoauth.Answer, member string) (*Badge, error) {
	note := func(what string) func() (*Badge, error) {
		return func() (*Badge, error) {
			log.Printf("lobby: %s", what)
			return &Badge{Member: member}, nil
		}
	}
	rows := rowkit.Reactions[ssoauth.Status, *Badge]{
		ssoauth.StatusOtpInvalid: note("wrong code"),
	}
	return rowkit.Route(ans.ErrorCode, rows, func() (*Badge, error) { return &Badge{Member: member}, nil })
}
