// Package approvals releases pick lists once the shift lead approves a
// push on their phone.
package approvals

import (
	"context"
	"fmt"
	"net/http"

	"codeswitch/mapped/spwire"
)

// Desk asks for approvals.
type Desk struct {
	SP spwire.Pusher
}

// refusal says why a push must not count as approved; "" means it does.
// Every code it does not list answers "". Reported.
func refusal(st spwire.Status) string {
	switch st { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
	case spwire.StatusSendOTPExpired:
		return "the approval timed out"
	case spwire.StatusOTPInvalid:
		return "the approval was declined"
	}
	return ""
}

// Approved asks the lead and reads an empty refusal as approval.
func (d *Desk) Approved(ctx context.Context, lead string) (bool, string, error) {
	rep, err := d.SP.Push(ctx, lead)
	if err != nil {
		return false, "", fmt.Errorf("push: %w", err)
	}
	if why := refusal(rep.Status); why != "" {
		return false, why, nil
	}
	return true, "", nil
}

// blocker is refusal as a method with an if-else chain. Reported.
func (d *Desk) blocker(st spwire.Status) string {
	if st == spwire.StatusUserLoginDisabled || st == spwire.StatusAccountExpired { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return "account not active"
	} else if st == spwire.StatusNoDevicesDefined {
		return "no phone enrolled"
	}
	return ""
}

// Release writes the pick list when the blocker is empty.
func (d *Desk) Release(w http.ResponseWriter, r *http.Request) {
	rep, err := d.SP.Push(r.Context(), r.FormValue("lead"))
	if err != nil {
		http.Error(w, "approval service unavailable", http.StatusBadGateway)
		return
	}
	msg := d.blocker(rep.Status)
	if len(msg) > 0 {
		http.Error(w, msg, http.StatusForbidden)
		return
	}
	fmt.Fprintln(w, "pick list released")
}

// holdReason says why a pick list stays held; "" releases it. Reported.
func holdReason(st spwire.Status) string {
	switch st { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
	case spwire.StatusNoDevicesAvailable, spwire.StatusNoDevicesDefined:
		return "no approver phone"
	case spwire.StatusAccountExpired:
		return "approver account expired"
	}
	return ""
}

// ReleaseList releases the list when holdReason is empty and refuses it
// after the if otherwise.
func (d *Desk) ReleaseList(ctx context.Context, lead, list string) error {
	rep, err := d.SP.Push(ctx, lead)
	if err != nil {
		return err
	}
	if held := holdReason(rep.Status); held == "" {
		return nil
	}
	return fmt.Errorf("pick list %s held", list)
}

// strictRefusal says why for the codes it lists and refuses every other
// one with a text too. Not reported.
func strictRefusal(st spwire.Status) string {
	switch st {
	case spwire.StatusOK:
		return ""
	case spwire.StatusSendOTPExpired:
		return "the approval timed out"
	default:
		return "the approval did not go through"
	}
}

// StrictApproved reads strictRefusal as Approved reads refusal.
func (d *Desk) StrictApproved(ctx context.Context, lead string) (bool, string, error) {
	rep, err := d.SP.Push(ctx, lead)
	if err != nil {
		return false, "", err
	}
	if why := strictRefusal(rep.Status); why != "" {
		return false, why, nil
	}
	return true, "", nil
}

// retryHint is shown beside a refusal; "" adds nothing. Its callers do not
// decide by it: a message mapping, not reported.
func retryHint(st spwire.Status) string {
	switch st {
	case spwire.StatusDatabaseError:
		return "Try again in a minute."
	case spwire.StatusNoDevicesAvailable:
		return "Ask IT to enrol a phone."
	}
	return ""
}

// Explain refuses every failure and adds the hint when there is one.
func (d *Desk) Explain(w http.ResponseWriter, rep *spwire.Reply) {
	if rep.Status == spwire.StatusOK {
		fmt.Fprintln(w, "approved")
		return
	}
	w.WriteHeader(http.StatusForbidden)
	if hint := retryHint(rep.Status); hint != "" {
		fmt.Fprintln(w, hint)
	}
}
