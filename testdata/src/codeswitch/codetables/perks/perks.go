// Package perks spends a member's perk points after a step-up code. The
// code comes back through an interface the package declares, as a plain
// int, and nothing in the package names SurePassID: only the tables below,
// keyed by published failure codes, say it is a SurePassID code.
package perks

import (
	"context"
	"errors"
)

// Approver checks a step-up code; the adapter lives in another package.
type Approver interface {
	Approve(ctx context.Context, member, otp string) (int, error)
}

var (
	errWrongCode = errors.New("that code did not work")
	errTooMany   = errors.New("too many attempts")
	errNoSuchSKU = errors.New("no such perk")
)

// approvalFailures maps the codes a mistyped or replayed step-up code
// brings back to the member-facing error; every other failure is missing.
var approvalFailures = map[int]error{
	9002: errWrongCode,
	9003: errWrongCode,
	9030: errWrongCode,
	9015: errTooMany,
}

// hardStops are the codes the front desk must see.
var hardStops = map[int]bool{
	9007: true,
	9096: true,
	9051: true,
}

// pinNotices are the notices of the gift-card PIN check, whose gateway
// answers the code as text.
var pinNotices = map[string]string{
	"9002": "that PIN was already used",
	"9003": "wrong PIN",
	"9030": "wrong PIN",
}

// warehousePorts are the stock service's ports by region: not codes.
var warehousePorts = map[int]string{
	9000: "eu",
	9001: "us",
	9090: "apac",
}

// carrierErrors are the parcel carrier's own codes: not SurePassID's.
var carrierErrors = map[int]error{
	9901: errors.New("address rejected"),
	9902: errors.New("parcel too heavy"),
	9903: errors.New("carrier down"),
}

// statusErrors maps HTTP statuses of the catalogue service: not codes.
var statusErrors = map[int]error{
	401: errors.New("catalogue auth"),
	403: errors.New("catalogue forbidden"),
	429: errors.New("catalogue busy"),
}

// Wallet spends points.
type Wallet struct {
	approver Approver
	debit    func(member string, points int) error
	ship     func(region string) error
	catalog  func(sku string) (int, error)
	checkPIN func(card, pin string) (string, error)
}

// Redeem looks the text code up: reported at the lookup.
func (w *Wallet) Redeem(card, pin, member string, points int) error {
	status, err := w.checkPIN(card, pin)
	if err != nil {
		return err
	}
	if notice, refused := pinNotices[status]; refused { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, DeviceInvalid`
		return errors.New(notice)
	}
	return w.debit(member, points)
}

// Spend looks the code up in the table and debits on any code the table
// leaves out: reported at the lookup.
func (w *Wallet) Spend(ctx context.Context, member, otp string, points int) error {
	code, err := w.approver.Approve(ctx, member, otp)
	if err != nil {
		return err
	}
	if ferr, ok := approvalFailures[code]; ok { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, DeviceInvalid`
		return ferr
	}
	if err := w.debit(member, points); err != nil {
		return err
	}
	return nil
}

// Gift stops on the hard stops only: reported too.
func (w *Wallet) Gift(ctx context.Context, member, otp string, points int) error {
	code, err := w.approver.Approve(ctx, member, otp)
	if err != nil {
		return err
	}
	if hardStops[code] { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, OTPAlreadyUsed`
		return errTooMany
	}
	return w.debit(member, points)
}

// Transfer reads the table and then refuses every code but 0: not
// reported.
func (w *Wallet) Transfer(ctx context.Context, member, otp string, points int) error {
	code, err := w.approver.Approve(ctx, member, otp)
	if err != nil {
		return err
	}
	if ferr, ok := approvalFailures[code]; ok {
		return ferr
	} else if code != 0 {
		return errWrongCode
	}
	return w.debit(member, points)
}

// Ship looks a port up: not a code table.
func (w *Wallet) Ship(port int) error {
	region, ok := warehousePorts[port]
	if !ok {
		return errNoSuchSKU
	}
	return w.ship(region)
}

// Deliver maps the carrier's codes: another vendor's, not reported.
func (w *Wallet) Deliver(carrierCode int) error {
	if cerr, ok := carrierErrors[carrierCode]; ok {
		return cerr
	}
	return w.ship("eu")
}

// Browse maps the catalogue's HTTP statuses: not reported.
func (w *Wallet) Browse(sku string) error {
	st, err := w.catalog(sku)
	if err != nil {
		return err
	}
	if serr, ok := statusErrors[st]; ok {
		return serr
	}
	return nil
}
