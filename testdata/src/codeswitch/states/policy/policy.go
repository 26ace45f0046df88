// Package policy rules on a treasury transfer after the approver's
// second factor, combining the answer with the engine's own signals.
package policy

import (
	"context"
	"errors"
	"log/slog"

	"codeswitch/outcomedata/devreg"
	"codeswitch/states/verdict"
)

// Ruling is what callers act on.
type Ruling struct {
	Allow  bool
	StepUp bool
	Note   string
}

// verdictByCode feeds the answer into the engine; codes it leaves out get
// VerdictAllow.
var verdictByCode = map[devreg.Code]verdict.Verdict{
	devreg.OTPInvalid:                       verdict.VerdictBlock,
	devreg.BogusOTP:                         verdict.VerdictBlock,
	devreg.SMSSendError:                     verdict.VerdictChallenge,
	devreg.MaximumFailedOTPRequestsExceeded: verdict.VerdictLocked,
}

// riskByCode bands the answer; codes it leaves out are unknown.
var riskByCode = map[devreg.Code]verdict.Risk{
	devreg.OTPInvalid: verdict.RiskHigh,
	devreg.BogusOTP:   verdict.RiskHigh,
}

// Rule switches on the looked-up verdict: every code the table leaves
// out, PartnerUserLoginLocked among them, is permitted: reported.
func Rule(code devreg.Code, trusted bool) Ruling {
	v := verdictByCode[code] // want `fail-open table lookup over SurePassID return codes: .* fall through unhandled`
	switch v {
	case verdict.VerdictBlock, verdict.VerdictLocked:
		return Ruling{Note: "second factor declined"}
	case verdict.VerdictChallenge:
		return Ruling{StepUp: true, Note: "new code required"}
	}
	if !trusted {
		return Ruling{StepUp: true, Note: "untrusted device"}
	}
	return Ruling{Allow: true}
}

// RuleKnown rejects the codes the table does not list: quiet.
func RuleKnown(code devreg.Code) Ruling {
	v, ok := verdictByCode[code]
	if !ok {
		return Ruling{Note: "unexpected answer"}
	}
	if v != verdict.VerdictAllow {
		return Ruling{Note: "second factor declined"}
	}
	return Ruling{Allow: true}
}

// RuleRisk bands the answer, whose zero value is unknown and refused:
// quiet.
func RuleRisk(code devreg.Code) Ruling {
	r := riskByCode[code]
	if r == verdict.RiskLow {
		return Ruling{Allow: true}
	}
	return Ruling{Note: "risk not settled"}
}

var errChallenge = errors.New("policy: challenge the approver again")

// Gate admits transfers.
type Gate struct {
	api devreg.API
	log *slog.Logger
}

// Admit tests the looked-up verdict in an if chain and logs the code:
// every code the table leaves out is admitted: reported.
func (g *Gate) Admit(ctx context.Context, user, otp string) (bool, error) {
	ans, err := g.api.ValidateOTP(ctx, user, otp)
	if err != nil {
		return false, err
	}
	v := verdictByCode[ans.Code()] // want `fail-open table lookup over SurePassID return codes: .* fall through unhandled`
	g.log.Info("transfer answer", "code", ans.Code())
	if v == verdict.VerdictBlock || v == verdict.VerdictLocked {
		return false, nil
	}
	if v == verdict.VerdictChallenge {
		return false, errChallenge
	}
	return true, nil
}

// AdmitChecked lets only Success through before the lookup: quiet.
func (g *Gate) AdmitChecked(ctx context.Context, user, otp string) (bool, error) {
	ans, err := g.api.ValidateOTP(ctx, user, otp)
	if err != nil {
		return false, err
	}
	v := verdictByCode[ans.Code()]
	if ans.Code() != devreg.Success {
		return false, nil
	}
	if v == verdict.VerdictChallenge {
		return false, errChallenge
	}
	return true, nil
}
