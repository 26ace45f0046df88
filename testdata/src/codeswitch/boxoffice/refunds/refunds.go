// Package refunds pays back tickets after the patron confirms with an OTP.
// The err whose code a dispatch reads is reused by the next call on the
// success path (order, err := ...): a failure code that no case lists
// reaches that call, the refund goes ahead.
package refunds

import (
	"context"
	"errors"
	"net/http"

	"codeswitch/boxoffice/seatauth"
)

// Order is a paid order.
type Order struct {
	ID     string
	Patron string
	Cents  int
}

// Store keeps orders.
type Store interface {
	Order(ctx context.Context, id string) (*Order, error)
	Refund(ctx context.Context, o *Order) error
}

// Desk is the refund desk.
type Desk struct{ Orders Store }

var errDenied = errors.New("refund denied")

// Refund lists two codes; a locked account or a database failure refunds.
func (d *Desk) Refund(ctx context.Context, patron, orderID, otp string) error {
	err := seatauth.Verify(ctx, patron, otp)
	switch seatauth.CodeOf(err) { // want `fail-open switch over SurePassID return codes`
	case seatauth.OTPInvalid:
		return errDenied
	case seatauth.OTPReplayed:
		return errDenied
	}
	o, err := d.Orders.Order(ctx, orderID)
	if err != nil {
		return err
	}
	return d.Orders.Refund(ctx, o)
}

// ServeHTTP reads the code once, tests it in an if chain, and reuses err
// with a plain assignment.
func (d *Desk) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	err := seatauth.Verify(ctx, r.FormValue("patron"), r.FormValue("otp"))
	if code := seatauth.CodeOf(err); code == seatauth.OTPInvalid { // want `fail-open if-else chain over SurePassID return codes`
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	} else if code == seatauth.AccountLocked {
		http.Error(w, "account locked", http.StatusForbidden)
		return
	}
	var o *Order
	o, err = d.Orders.Order(ctx, r.FormValue("order"))
	if err != nil {
		http.Error(w, "no such order", http.StatusNotFound)
		return
	}
	if err := d.Orders.Refund(ctx, o); err != nil {
		http.Error(w, "refund failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Exchange rejects every other failure before err is reused: quiet.
func (d *Desk) Exchange(ctx context.Context, patron, orderID, otp string) error {
	err := seatauth.Verify(ctx, patron, otp)
	switch seatauth.CodeOf(err) {
	case seatauth.OTPInvalid:
		return errors.New("wrong code")
	case seatauth.AccountLocked:
		return errors.New("account locked")
	}
	if err != nil {
		return errDenied
	}
	o, err := d.Orders.Order(ctx, orderID)
	if err != nil {
		return err
	}
	return d.Orders.Refund(ctx, o)
}

// Void has a default that rejects: quiet.
func (d *Desk) Void(ctx context.Context, patron, orderID, otp string) error {
	err := seatauth.Verify(ctx, patron, otp)
	switch seatauth.CodeOf(err) {
	case -1:
		// no SurePassID failure: err is nil or a transport error
		if err != nil {
			return err
		}
	case seatauth.OTPInvalid:
		return errors.New("wrong code")
	default:
		return errDenied
	}
	o, err := d.Orders.Order(ctx, orderID)
	if err != nil {
		return err
	}
	return d.Orders.Refund(ctx, o)
}
