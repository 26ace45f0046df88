// Package filters holds the gym portal's request gates: Beego filters in
// front of the member pages and gin middleware in front of the door API.
// A Beego filter, like a gin middleware that does not abort, lets the
// request through when it returns without answering.
package filters

import (
	"log"
	"net/http"

	"github.com/beego/beego/v2/server/web"
	"github.com/beego/beego/v2/server/web/context"

	"codeswitch/gates/ssoauth"
)

// Install registers the filters.
func Install(sp ssoauth.Client) {
	web.InsertFilter("/lockers/*", web.BeforeExec, LockerGate(sp))
	web.InsertFilter("/billing/*", web.BeforeExec, BillingGate(sp))
	web.InsertFilter("/classes/*", web.BeforeRouter, ClassGate(sp))
	web.InsertFilter("/trainer/*", web.BeforeRouter, TrainerGate(sp))
	web.InsertFilter("/audit/*", web.BeforeRouter, AuditGate(sp))
	web.InsertFilter("/studio/*", web.BeforeRouter, StudioGate(sp))
}

// LockerGate sends two codes back to sign in; every other code returns
// from the filter and Beego runs the locker page: reported.
func LockerGate(sp ssoauth.Client) web.FilterFunc {
	return func(ctx *context.Context) {
		tok, _ := ctx.Input.Session("sso_token").(string)
		ans, err := sp.CheckSession(ctx.Request.Context(), tok)
		if err != nil {
			ctx.Redirect(http.StatusFound, "/signin")
			return
		}
		switch ans.ErrorCode { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		case ssoauth.StatusSessionTokenInvalid:
			ctx.Output.Session("sso_token", nil)
			ctx.Redirect(http.StatusFound, "/signin?next=/lockers")
		case ssoauth.StatusPartnerUserLoginDisabled:
			ctx.Redirect(http.StatusSeeOther, "/goodbye")
		}
	}
}

// BillingGate is a named filter written as an if-else chain; a code it
// does not list returns from it: reported.
func BillingGate(sp ssoauth.Client) web.FilterFunc {
	return billing{sp}.filter
}

type billing struct{ sp ssoauth.Client }

func (b billing) filter(ctx *context.Context) {
	ans, err := b.sp.ValidateOTP(ctx.Request.Context(), ctx.Input.Header("X-Member"), ctx.Input.Header("X-OTP"))
	if err != nil {
		ctx.Abort(http.StatusServiceUnavailable, "try again later")
		return
	}
	if ans.ErrorCode == ssoauth.StatusOtpInvalid { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		ctx.Redirect(http.StatusFound, "/billing/otp")
	} else if ans.ErrorCode == ssoauth.StatusOtpAlreadyUsed || ans.ErrorCode == ssoauth.StatusBogusOtp {
		log.Printf("billing: replayed code for %s", ctx.Input.Header("X-Member"))
		ctx.Redirect(http.StatusFound, "/billing/otp")
	}
}

// ClassGate redirects every code but Success: fail-closed, not reported.
func ClassGate(sp ssoauth.Client) web.FilterFunc {
	return func(ctx *context.Context) {
		tok, _ := ctx.Input.Session("sso_token").(string)
		ans, err := sp.CheckSession(ctx.Request.Context(), tok)
		if err != nil {
			ctx.Redirect(http.StatusFound, "/signin")
			return
		}
		switch ans.ErrorCode {
		case ssoauth.StatusSuccess:
		case ssoauth.StatusSessionTokenInvalid:
			ctx.Redirect(http.StatusFound, "/signin?next=/classes")
		default:
			ctx.Redirect(http.StatusFound, "/signin")
		}
	}
}

// TrainerGate returns early for Success and aborts for the rest:
// fail-closed, not reported.
func TrainerGate(sp ssoauth.Client) web.FilterFunc {
	return func(ctx *context.Context) {
		ans, err := sp.CheckSession(ctx.Request.Context(), ctx.Input.Header("Authorization"))
		if err == nil && ans.ErrorCode == ssoauth.StatusSuccess {
			return
		}
		if err == nil && ans.ErrorCode == ssoauth.StatusMaxFailedOtpRequests {
			ctx.Abort(http.StatusLocked, "too many attempts")
			return
		}
		ctx.Abort(http.StatusUnauthorized, "sign in again")
	}
}

// AuditGate only logs the codes it knows and lets every request through
// on purpose (the audit pages check on their own): no code is rejected,
// not reported.
func AuditGate(sp ssoauth.Client) web.FilterFunc {
	return func(ctx *context.Context) {
		ans, err := sp.CheckSession(ctx.Request.Context(), ctx.Input.Header("Authorization"))
		if err != nil {
			return
		}
		switch ans.ErrorCode {
		case ssoauth.StatusSessionTokenInvalid:
			log.Printf("audit: stale token")
		case ssoauth.StatusPartnerUserLoginDisabled:
			log.Printf("audit: disabled member")
		}
	}
}

// StudioGate returns at once for Success, refuses a disabled member, and
// falls off its end for every other code, a path Success never takes:
// the filter returns without answering and the studio page runs.
// Reported.
func StudioGate(sp ssoauth.Client) web.FilterFunc {
	return func(ctx *context.Context) {
		ans, err := sp.CheckSession(ctx.Request.Context(), ctx.Input.Header("Authorization"))
		if err != nil {
			ctx.Abort(http.StatusServiceUnavailable, "try again later")
			return
		}
		if ans.ErrorCode == ssoauth.StatusSuccess { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
			return
		} else if ans.ErrorCode == ssoauth.StatusPartnerUserLoginDisabled {
			ctx.Output.Session("sso_token", nil)
			ctx.Redirect(http.StatusFound, "/goodbye")
		}
	}
}
