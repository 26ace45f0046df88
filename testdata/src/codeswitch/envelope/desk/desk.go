// Package desk is a support console served with connect: an agent asks a
// caller for a code from their token before touching the account.
package desk

import (
	"context"
	"errors"
	"log/slog"

	"connectrpc.com/connect"

	"codeswitch/envelope/tokens"
)

// IdentifyRequest is the agent's question.
type IdentifyRequest struct {
	User, Serial, OTP string
}

// IdentifyReply tells the agent whether the caller proved who they are.
type IdentifyReply struct {
	Confirmed bool   // not a success flag the check knows: left alone
	Verified  bool   `json:"verified"`
	Hint      string `json:"hint,omitempty"`
}

// TokenInfo describes a caller's token; it decides nothing.
type TokenInfo struct {
	Note string
}

// Console is the connect service.
type Console struct {
	Tokens tokens.Verifier
	Log    *slog.Logger
}

// Identify answers with a hint for three failures; any other failure (a
// disabled user, an expired push) is answered as verified. Reported.
func (c *Console) Identify(ctx context.Context, req *connect.Request[IdentifyRequest]) (*connect.Response[IdentifyReply], error) {
	chk, err := c.Tokens.CheckToken(ctx, req.Msg.User, req.Msg.Serial, req.Msg.OTP)
	if err != nil {
		return nil, connect.NewError(connect.CodeUnavailable, errors.New("token service unavailable"))
	}
	switch chk.Status { // want `fail-open switch over SurePassID return codes`
	case tokens.StatusOTPInvalid, tokens.StatusOTPAlreadyUsed:
		return connect.NewResponse(&IdentifyReply{Hint: "ask the caller to read the next code"}), nil
	case tokens.StatusDeviceNotFound:
		return connect.NewResponse(&IdentifyReply{Hint: "the token is not the caller's"}), nil
	}
	c.Log.InfoContext(ctx, "caller identified", "user", req.Msg.User)
	return connect.NewResponse(&IdentifyReply{Verified: true}), nil
}

// IdentifyBySerial compares the code in an if chain, and answers with a
// reply built beforehand for the one it knows. Reported.
func (c *Console) IdentifyBySerial(ctx context.Context, req *connect.Request[IdentifyRequest]) (*connect.Response[IdentifyReply], error) {
	chk, err := c.Tokens.CheckToken(ctx, req.Msg.User, req.Msg.Serial, req.Msg.OTP)
	if err != nil {
		return nil, err
	}
	if chk.Status == tokens.StatusTimeDriftInvalid { // want `fail-open if-else chain over SurePassID return codes`
		return connect.NewResponse(&IdentifyReply{Hint: "the token's clock drifted"}), nil
	} else if chk.Status == tokens.StatusOTPInvalid {
		return connect.NewResponse(&IdentifyReply{Verified: false, Hint: "wrong code"}), nil
	}
	return connect.NewResponse(&IdentifyReply{Verified: true, Hint: req.Msg.Serial}), nil
}

// IdentifyStrict answers every failure with a hint: not reported.
func (c *Console) IdentifyStrict(ctx context.Context, req *connect.Request[IdentifyRequest]) (*connect.Response[IdentifyReply], error) {
	chk, err := c.Tokens.CheckToken(ctx, req.Msg.User, req.Msg.Serial, req.Msg.OTP)
	if err != nil {
		return nil, err
	}
	switch chk.Status {
	case tokens.StatusOTPInvalid, tokens.StatusOTPAlreadyUsed:
		return connect.NewResponse(&IdentifyReply{Hint: "ask the caller to read the next code"}), nil
	case tokens.StatusSuccess:
	default:
		return connect.NewResponse(&IdentifyReply{Hint: "the caller could not be verified"}), nil
	}
	return connect.NewResponse(&IdentifyReply{Verified: true}), nil
}

// Describe explains a token's state to the agent; every answer is a note,
// none says the caller is who they claim: not reported.
func (c *Console) Describe(ctx context.Context, req *connect.Request[IdentifyRequest]) (*connect.Response[TokenInfo], error) {
	chk, err := c.Tokens.CheckToken(ctx, req.Msg.User, req.Msg.Serial, req.Msg.OTP)
	if err != nil {
		return nil, err
	}
	switch chk.Status {
	case tokens.StatusNoDevicesDefined:
		return connect.NewResponse(&TokenInfo{Note: "no token assigned"}), nil
	case tokens.StatusDeviceInvalid, tokens.StatusDeviceNotFound:
		return connect.NewResponse(&TokenInfo{Note: "serial unknown"}), nil
	}
	return connect.NewResponse(&TokenInfo{Note: "token in use"}), nil
}

// Confirm answers Confirmed, a flag named like no success flag the check
// knows, and leaves Verified false on every path, success's included: the
// reply decides nothing the check can read: not reported.
func (c *Console) Confirm(ctx context.Context, req *connect.Request[IdentifyRequest]) (*connect.Response[IdentifyReply], error) {
	chk, err := c.Tokens.CheckToken(ctx, req.Msg.User, req.Msg.Serial, req.Msg.OTP)
	if err != nil {
		return nil, err
	}
	switch chk.Status {
	case tokens.StatusOTPInvalid:
		return connect.NewResponse(&IdentifyReply{Hint: "wrong code"}), nil
	}
	return connect.NewResponse(&IdentifyReply{Confirmed: true}), nil
}
