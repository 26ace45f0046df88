// Package rxdesk is the pharmacy's refill desk (echo): it acts on the
// gateway's Gate and shows the patient a message for each.
package rxdesk

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"codeswitch/zerotable/spgw"
)

var errRefill = errors.New("We could not confirm it's you. Your refill was not sent.")

// Desk serves the refill pages.
type Desk struct {
	GW  *spgw.Client
	Log *slog.Logger
}

// Refill sends a refill once the patient's code opens the gate. The
// switch refuses GateClosed and GateLocked; GateOffline (a database
// error) and GateRetry fall through to the refill: reported, over the
// gateway's enum.
func (d *Desk) Refill(c echo.Context) error {
	g, err := d.GW.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		d.Log.Warn("verify failed", "err", err)
	}
	switch g { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes? falls? through unhandled`
	case spgw.GateClosed:
		return echo.NewHTTPError(http.StatusUnauthorized, "wrong code")
	case spgw.GateLocked:
		return echo.NewHTTPError(http.StatusLocked, "account locked")
	}
	return c.JSON(http.StatusOK, map[string]string{"refill": "sent"})
}

// gateNotice maps each Gate to the patient's message, with a generic
// default built from an error: it grants nothing. Not reported.
func gateNotice(g spgw.Gate) string {
	switch g {
	case spgw.GateLocked:
		return "Too many attempts. Please call the pharmacy."
	case spgw.GateOffline:
		return "Verification is unavailable, please try again shortly."
	case spgw.GateRetry:
		return "Please enter the new code we sent."
	default:
		return errRefill.Error()
	}
}

// codeNotice maps the raw code to a message, its last line formatted: a
// message mapping too. Not reported.
func codeNotice(rc spgw.RC, ref string) string {
	switch rc {
	case spgw.RCOTPInvalid, spgw.RCBogusOTP:
		return "That code isn't right."
	case spgw.RCUserLoginDisabled, spgw.RCMaxFailedRequests:
		return "Your account is locked."
	}
	return fmt.Sprintf("Verification failed (reference %s).", ref)
}

// banner picks a title and a body for the Gate with an if-else chain
// assigning its named results. Not reported.
func banner(g spgw.Gate) (title, body string) {
	if g == spgw.GateLocked {
		title, body = "Account locked", "Too many attempts."
	} else if g == spgw.GateClosed {
		title = "Wrong code"
		body = "That code isn't right."
	} else {
		title, body = "Not sent", errRefill.Error()
	}
	return
}

// Status shows the message for the patient's last attempt.
func (d *Desk) Status(c echo.Context) error {
	g, _ := d.GW.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	title, body := banner(g)
	return c.Render(http.StatusOK, "status", map[string]string{
		"Title":  title,
		"Body":   body,
		"Notice": gateNotice(g),
		"Detail": codeNotice(spgw.RCSuccess, c.FormValue("ref")),
		"Reply":  replyNotice(&spgw.Reply{}, c.FormValue("ref")),
	})
}

// Courier books a courier and answers a status line: it returns text, but
// revokes the hold for two Gates and books for every other, GateOffline
// among them. Reported: no message mapping acts.
func (d *Desk) Courier(g spgw.Gate, order string) string {
	switch g { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes? falls? through unhandled`
	case spgw.GateClosed:
		d.revokeHold(order)
		return "Refused: wrong code."
	case spgw.GateLocked:
		d.revokeHold(order)
		return "Refused: account locked."
	}
	d.book(order)
	return "Courier booked."
}

func (d *Desk) book(order string)       { d.Log.Info("courier booked", "order", order) }
func (d *Desk) revokeHold(order string) { d.Log.Info("hold revoked", "order", order) }

// smsGates classifies another vendor's SMS verification statuses: not
// SurePassID codes. Not reported.
var smsGates = map[int]spgw.Gate{
	60200: spgw.GateClosed,
	60202: spgw.GateLocked,
	20404: spgw.GateRetry,
}

// SMSGate reads another vendor's status.
func SMSGate(status int) spgw.Gate { return smsGates[status] }

// replyNotice declares the code before its switch and formats the last
// message: a message mapping. Not reported.
func replyNotice(rep *spgw.Reply, ref string) string {
	rc := rep.ErrorCode
	switch rc {
	case spgw.RCOTPInvalid, spgw.RCOTPAlreadyUsed:
		return "That code isn't right."
	case spgw.RCAccountExpired:
		return "Your account has expired."
	}
	return fmt.Sprintf("We could not verify you (reference %s, %d attempts).", strings.ToUpper(ref), min(len(ref), 3))
}
