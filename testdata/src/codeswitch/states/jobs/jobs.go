// Package jobs runs a payroll export's second-factor steps in the
// background and records each job's state as the text the dashboard shows.
package jobs

import (
	"context"
	"log"

	"codeswitch/outcomedata/devreg"
	"codeswitch/states/ledger"
)

// approvalState fails or retries the job on the listed codes and marks
// every other one succeeded: reported.
func approvalState(code devreg.Code) string {
	switch code { // want `fail-open switch over SurePassID return codes`
	case devreg.OTPInvalid, devreg.BogusOTP:
		return ledger.JobFailed
	case devreg.SMSSendError:
		return ledger.JobRetry
	}
	return ledger.JobSucceeded
}

// deliveryState succeeds only on Success: quiet.
func deliveryState(code devreg.Code) string {
	switch code {
	case devreg.Success:
		return ledger.JobSucceeded
	case devreg.SMSSendError:
		return ledger.JobRetry
	}
	return ledger.JobFailed
}

// pollState leaves every other code pending, which the dashboard polls
// again: quiet.
func pollState(code devreg.Code) string {
	switch code {
	case devreg.OTPInvalid, devreg.BogusOTP:
		return ledger.JobFailed
	}
	return ledger.JobPending
}

// approverText is what the approver's phone shows: text, no state; quiet.
func approverText(code devreg.Code) string {
	switch code {
	case devreg.OTPInvalid, devreg.BogusOTP:
		return ledger.MsgDeclined
	}
	return ledger.MsgApproved
}

// bannerText is free text: quiet.
func bannerText(code devreg.Code) string {
	switch code {
	case devreg.OTPInvalid:
		return "Check the code and try again."
	case devreg.PartnerUserLoginLocked:
		return "Call the payroll desk."
	}
	return "All set."
}

// laneFor routes a batch by the code: quiet.
func laneFor(code devreg.Code) string {
	if code == devreg.SMSSendError {
		return ledger.LaneBatch
	}
	return ledger.LaneInstant
}

// Approver confirms payouts with a one-time code.
type Approver struct {
	api devreg.API
}

// Confirm declines or escalates on the listed codes and approves on every
// other one, a block of states without a shared prefix: reported.
func (a *Approver) Confirm(ctx context.Context, user, otp string) (string, error) {
	ans, err := a.api.ValidateOTP(ctx, user, otp)
	if err != nil {
		return ledger.Declined, err
	}
	if ans.Code() == devreg.OTPInvalid || ans.Code() == devreg.BogusOTP { // want `fail-open`
		return ledger.Declined, nil
	}
	if ans.Code() == devreg.MaximumFailedOTPRequestsExceeded {
		return ledger.Escalated, nil
	}
	log.Printf("payout approved for %s", user)
	return ledger.Approved, nil
}

// batchState releases every code but the listed ones, the release named
// in the team's own words beside a rejection: reported.
func batchState(code devreg.Code) string {
	switch code { // want `fail-open switch over SurePassID return codes`
	case devreg.OTPInvalid:
		return ledger.PayoutRejected
	case devreg.SMSSendError:
		return ledger.PayoutHeld
	}
	return ledger.PayoutReleased
}

// Exit statuses of the export command.
const (
	exitOK     = 0
	exitDenied = 3
	exitRetry  = 4
)

// exitFor is the export command's exit status: the listed codes fail it,
// every other one exits as a success: reported.
func exitFor(code devreg.Code) int {
	switch code { // want `fail-open switch over SurePassID return codes`
	case devreg.OTPInvalid, devreg.BogusOTP:
		return exitDenied
	case devreg.SMSSendError:
		return exitRetry
	}
	return exitOK
}

var _, _, _, _, _, _, _, _ = approvalState, deliveryState, pollState, approverText, bannerText, laneFor, batchState, exitFor
