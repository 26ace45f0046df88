// Package spgw is an online pharmacy's gateway to SurePassID: it turns
// every answer into a Gate the refill desk acts on, through tables keyed by
// the return code.
package spgw

import (
	"context"
	"errors"
	"net/http"
)

// RC is SurePassID's return code, as the gateway names it.
type RC int

const (
	RCSuccess           RC = 0
	RCOTPAlreadyUsed    RC = 9002
	RCOTPInvalid        RC = 9003
	RCDeviceInvalid     RC = 9004
	RCUserLoginDisabled RC = 9007
	RCDatabaseError     RC = 9010
	RCMaxFailedRequests RC = 9015
	RCBogusOTP          RC = 9030
	RCAccountExpired    RC = 9032
	RCSessionInvalid    RC = 9106
	RCSessionFailed     RC = 9107
)

// Reply is what every call answers.
type Reply struct {
	ErrorCode    RC     `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Gate is what the refill desk sees of a verification: its zero value
// opens.
type Gate int

const (
	GateOpen Gate = iota
	GateClosed
	GateLocked
	GateRetry
	GateOffline
)

var gateByCode = map[RC]Gate{
	RCSuccess:           GateOpen,
	RCOTPInvalid:        GateClosed,
	RCBogusOTP:          GateClosed,
	RCOTPAlreadyUsed:    GateClosed,
	RCUserLoginDisabled: GateLocked,
	RCMaxFailedRequests: GateLocked,
	RCDatabaseError:     GateOffline,
}

// gateOf closes the gate for every code the table does not know. Not
// reported: the lookup's ok is tested.
func gateOf(rc RC) Gate {
	if g, ok := gateByCode[rc]; ok {
		return g
	}
	return GateClosed
}

var (
	ErrDevice  = errors.New("spgw: device refused")
	ErrLocked  = errors.New("spgw: account locked")
	ErrExpired = errors.New("spgw: account expired")
)

// Caller sends one request and decodes the reply.
type Caller interface {
	Call(ctx context.Context, op string, body map[string]string) (*Reply, error)
}

// Client is the gateway.
type Client struct {
	SP Caller
}

// Verify checks a one-time password.
func (c *Client) Verify(ctx context.Context, user, otp string) (Gate, error) {
	rep, err := c.SP.Call(ctx, "validate_oath_otp", map[string]string{"username": user, "otp": otp})
	if err != nil {
		return GateOffline, err
	}
	return gateOf(rep.ErrorCode), nil
}

// sessionGates classifies the answers to is_session_token_valid.
var sessionGates = map[RC]Gate{
	RCSessionInvalid: GateClosed,
	RCSessionFailed:  GateClosed,
	RCDatabaseError:  GateOffline,
}

// RememberedDevice opens the gate for every code sessionGates leaves out:
// a locked account's token is trusted. Reported at the lookup.
func (c *Client) RememberedDevice(ctx context.Context, token string) (Gate, error) {
	rep, err := c.SP.Call(ctx, "is_session_token_valid", map[string]string{"sessionTokenId": token})
	if err != nil {
		return GateOffline, err
	}
	return sessionGates[rep.ErrorCode], nil // want `fail-open table lookup over SurePassID return codes: sessionGates\[rep.ErrorCode\] gives GateOpen, the zero value, to \d+ security-relevant codes sessionGates does not list \(.*\)`
}

var pushGates = map[RC]Gate{
	RCOTPInvalid:        GateClosed,
	RCUserLoginDisabled: GateLocked,
}

// Push keeps the lookup in a local and drops its ok: the same lookup.
// Reported.
func (c *Client) Push(ctx context.Context, user string) (Gate, error) {
	rep, err := c.SP.Call(ctx, "push_oath_otp", map[string]string{"username": user})
	if err != nil {
		return GateOffline, err
	}
	g, _ := pushGates[rep.ErrorCode] // want `fail-open table lookup over SurePassID return codes: pushGates\[rep.ErrorCode\] gives GateOpen`
	return g, nil
}

var enrolErrors = map[RC]error{
	RCDeviceInvalid:     ErrDevice,
	RCUserLoginDisabled: ErrLocked,
	RCAccountExpired:    ErrExpired,
}

// Enrol answers nil, the success error, for every code enrolErrors does
// not list: reported.
func (c *Client) Enrol(ctx context.Context, user, psn string) error {
	rep, err := c.SP.Call(ctx, "add_oath_device", map[string]string{"username": user, "psn": psn})
	if err != nil {
		return err
	}
	return enrolErrors[rep.ErrorCode] // want `fail-open table lookup over SurePassID return codes: enrolErrors\[rep.ErrorCode\] gives nil, the zero value,`
}

// StrictRememberedDevice tests the lookup's ok and closes the gate for
// the codes the table leaves out. Not reported.
func (c *Client) StrictRememberedDevice(ctx context.Context, token string) (Gate, error) {
	rep, err := c.SP.Call(ctx, "is_session_token_valid", map[string]string{"sessionTokenId": token})
	if err != nil {
		return GateOffline, err
	}
	g, known := sessionGates[rep.ErrorCode]
	if !known && rep.ErrorCode != RCSuccess {
		return GateClosed, nil
	}
	return g, nil
}

// Verdict is a reviewer's answer; its zero value refuses.
type Verdict int

const (
	VerdictDeny Verdict = iota
	VerdictAllow
	VerdictStepUp
)

var reviewVerdicts = map[RC]Verdict{
	RCOTPInvalid:        VerdictStepUp,
	RCUserLoginDisabled: VerdictStepUp,
}

// Review leaves the unlisted codes, Success among them, at VerdictDeny:
// fail-closed. Not reported.
func (c *Client) Review(rep *Reply) Verdict {
	return reviewVerdicts[rep.ErrorCode]
}

// Tier is a device's trust tier; its zero value is unknown.
type Tier int

const (
	TierUnknown Tier = iota
	TierTrusted
	TierBlocked
)

var deviceTiers = map[RC]Tier{
	RCDeviceInvalid: TierBlocked,
	RCBogusOTP:      TierBlocked,
}

// DeviceTier answers TierUnknown, which grants nothing, for the codes the
// table leaves out. Not reported.
func DeviceTier(rep *Reply) Tier {
	return deviceTiers[rep.ErrorCode]
}

var (
	notices = map[RC]string{
		RCOTPInvalid:        "That code isn't right.",
		RCUserLoginDisabled: "Your account is locked. Call the pharmacy.",
	}
	statuses = map[RC]int{
		RCOTPInvalid:        http.StatusUnauthorized,
		RCUserLoginDisabled: http.StatusLocked,
	}
)

// Notice and Status pick what is shown: not reported.
func Notice(rep *Reply) string { return notices[rep.ErrorCode] }
func Status(rep *Reply) int    { return statuses[rep.ErrorCode] }

// Decision is a struct whose zero value refuses.
type Decision struct {
	Allowed bool
	Reason  string
}

var refillDecisions = map[RC]Decision{
	RCOTPInvalid:     {Reason: "wrong code"},
	RCAccountExpired: {Reason: "expired"},
}

// RefillDecision answers the zero Decision, Allowed false, for the codes
// the table leaves out. Not reported.
func RefillDecision(rep *Reply) Decision {
	return refillDecisions[rep.ErrorCode]
}

var fullGates = map[RC]Gate{
	RCSuccess:        GateOpen,
	RCOTPInvalid:     GateClosed,
	RCAccountExpired: GateClosed,
}

// Listed lists Success with GateOpen, the zero value every code it
// leaves out gets too: reported.
func Listed(rep *Reply) Gate {
	return fullGates[rep.ErrorCode] // want `fail-open table lookup over SurePassID return codes: fullGates\[rep.ErrorCode\] gives GateOpen, the zero value,`
}

// Access is a device's access, no mirror of the codes; its zero value is
// named as a grant.
type Access int

const (
	AccessAllowed Access = iota
	AccessDenied
)

var deviceAccess = map[RC]Access{
	RCDeviceInvalid: AccessDenied,
	RCBogusOTP:      AccessDenied,
}

// DeviceAccess allows every device whose code deviceAccess leaves out, a
// locked account's too: reported.
func DeviceAccess(rep *Reply) Access {
	return deviceAccess[rep.ErrorCode] // want `fail-open table lookup over SurePassID return codes: deviceAccess\[rep.ErrorCode\] gives AccessAllowed, the zero value,`
}

// Standing is what the nightly sweep does with a pharmacist's stored
// device: its zero value leaves the device as it is.
type Standing int

const (
	StandingKeep Standing = iota
	StandingRevoke
	StandingRecheck
)

var sweepPolicy = map[RC]Standing{
	RCSuccess:       StandingKeep,
	RCDeviceInvalid: StandingRevoke,
	RCBogusOTP:      StandingRevoke,
	RCDatabaseError: StandingRecheck,
}

// Devices is what the sweep changes.
type Devices interface {
	Revoke(ctx context.Context, pharmacist string) error
	Trust(ctx context.Context, pharmacist string) error
}

// Sweep keeps the lookup and switches over it later: a locked or
// disabled account's device takes StandingKeep, Success's row, and stays
// trusted: reported at the lookup.
func Sweep(ctx context.Context, devs Devices, pharmacists map[string]*Reply) {
	for who, rep := range pharmacists {
		next := sweepPolicy[rep.ErrorCode] // want `fail-open table lookup over SurePassID return codes: sweepPolicy\[rep.ErrorCode\] gives StandingKeep, the zero value,`
		switch next {
		case StandingRevoke:
			_ = devs.Revoke(ctx, who)
		case StandingRecheck:
			continue
		case StandingKeep:
			_ = devs.Trust(ctx, who)
		}
	}
}

// SweepKnown tests the lookup's ok and revokes what the table does not
// know: quiet.
func SweepKnown(ctx context.Context, devs Devices, pharmacists map[string]*Reply) {
	for who, rep := range pharmacists {
		next, known := sweepPolicy[rep.ErrorCode]
		if !known {
			next = StandingRevoke
		}
		if next == StandingKeep {
			_ = devs.Trust(ctx, who)
			continue
		}
		_ = devs.Revoke(ctx, who)
	}
}

// Hold is a refill's hold: its zero value holds the refill, and Success
// releases it.
type Hold int

const (
	HoldKeep Hold = iota
	HoldRelease
)

var refillHolds = map[RC]Hold{
	RCSuccess:        HoldRelease,
	RCOTPInvalid:     HoldKeep,
	RCAccountExpired: HoldKeep,
}

// Refill keeps the lookup for later, and every code the table leaves out
// keeps the hold, as a wrong code does: quiet.
func Refill(ctx context.Context, devs Devices, who string, rep *Reply) {
	hold := refillHolds[rep.ErrorCode]
	if hold == HoldRelease {
		_ = devs.Trust(ctx, who)
	}
}
