package portal

import (
	"context"
	"errors"
	"net/http"

	"codeswitch/verdicts/idp"
)

// Door is what the badge reader does after the PIN+OTP check.
type Door uint8

const (
	DoorUnlock Door = iota
	DoorAskAgain
	DoorAlarm
)

// doorRules lists the answers that keep the door shut.
var doorRules = map[idp.Code]Door{
	idp.OTPInvalid:                       DoorAskAgain,
	idp.BogusOTP:                         DoorAskAgain,
	idp.MaximumFailedOTPRequestsExceeded: DoorAlarm,
}

var errAskAgain = errors.New("portal: enter the code again")
var errAlarm = errors.New("portal: door alarm raised")

// Badge starts from unlocking and lets the table override it: every code
// the table leaves out opens the door. Reported at the lookup.
func (p *Pages) Badge(ctx context.Context, user, otp string) error {
	rep, err := p.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	door := DoorUnlock
	if d, known := doorRules[rep.Code()]; known { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		door = d
	}
	switch door {
	case DoorAskAgain:
		return errAskAgain
	case DoorAlarm:
		return errAlarm
	}
	return nil
}

// Lane is the kiosk lane's answer.
type Lane string

const (
	LaneOpen   Lane = "open"
	LaneClosed Lane = "closed"
)

// laneClosures closes the lane for a lockout.
var laneClosures = map[idp.Code]Lane{
	idp.MaximumLoginPartnerUserAttempsExceeded: LaneClosed,
	idp.PartnerUserLoginDisabled:               LaneClosed,
}

// Lane reads the table again by index in the override and compares the
// result: every other code opens the lane. Reported at the lookup.
func (p *Pages) Lane(w http.ResponseWriter, r *http.Request) {
	rep, err := p.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	lane := LaneOpen
	if _, closes := laneClosures[rep.Code()]; closes { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		lane = laneClosures[rep.Code()]
	}
	if lane == LaneClosed {
		http.Error(w, "lane closed", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// turnstileOpens lists the only answer that opens the turnstile.
var turnstileOpens = map[idp.Code]Lane{
	idp.Success: LaneOpen,
}

// Turnstile defaults to closed: a code the table leaves out keeps it
// shut. Nothing is reported.
func (p *Pages) Turnstile(w http.ResponseWriter, r *http.Request) {
	rep, err := p.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	lane := LaneClosed
	if l, ok := turnstileOpens[rep.Code()]; ok {
		lane = l
	}
	switch lane {
	case LaneClosed:
		http.Error(w, "turnstile closed", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
