// Package kiosk runs the lobby kiosk's account procedures against
// SurePassID: unlocking an account, resynchronizing a token and
// activating a replacement device.
package kiosk

import (
	"context"
	"time"
)

// APIURL is the SurePassID REST endpoint the kiosk talks to.
const APIURL = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Answer is SurePassID's reply to a kiosk request.
type Answer struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// API sends the kiosk's requests.
type API interface {
	Call(ctx context.Context, op, user string) (Answer, error)
}

const (
	codeUserLocked  = 9004
	codeNoSuchUser  = 9010
	codeNoDevice    = 9028
	codeOutOfWindow = 9031
)

// UnlockResult is what the kiosk screen shows after an unlock.
type UnlockResult struct {
	User     string
	Unlocked bool
	Note     string // want Note:`raw errorMessage`
	At       time.Time
}

// Desk runs the procedures.
type Desk struct{ API API }

// Unlock leaves Unlocked false on the two refusals it quotes, and words
// the note itself once the account is unlocked.
func (d *Desk) Unlock(ctx context.Context, user string) (*UnlockResult, error) { // want Unlock:`result 0 raw errorMessage` Unlock:`result 0 raw only with Unlocked in false`
	res := &UnlockResult{User: user}
	a, err := d.API.Call(ctx, "unlock_user", user)
	if err != nil {
		return nil, err
	}
	switch a.ErrorCode {
	case codeUserLocked:
		res.Note = a.ErrorMessage
		return res, nil
	case codeNoSuchUser:
		res.Note = "no such user: " + a.ErrorMessage
		return res, nil
	}
	res.Unlocked = true
	res.At = time.Now()
	res.Note = "Your account is unlocked."
	return res, nil
}

// UnlockQuoting quotes the server whatever happened: Unlocked tells
// nothing.
func (d *Desk) UnlockQuoting(ctx context.Context, user string) (*UnlockResult, error) { // want UnlockQuoting:`result 0 raw errorMessage`
	res := &UnlockResult{User: user}
	a, err := d.API.Call(ctx, "unlock_user", user)
	if err != nil {
		return nil, err
	}
	if a.ErrorCode == codeUserLocked {
		res.Note = a.ErrorMessage
		return res, nil
	}
	res.Unlocked = true
	res.Note = "unlocked (" + a.ErrorMessage + ")"
	return res, nil
}

// UnlockNoted keeps the server's text from a refusal it goes on from:
// the store reaches the unlocked return too.
func (d *Desk) UnlockNoted(ctx context.Context, user string) (*UnlockResult, error) { // want UnlockNoted:`result 0 raw errorMessage`
	res := &UnlockResult{User: user}
	a, err := d.API.Call(ctx, "unlock_user", user)
	if err != nil {
		return nil, err
	}
	if a.ErrorCode != 0 {
		res.Note = a.ErrorMessage
	}
	if a.ErrorCode == codeNoSuchUser {
		return res, nil
	}
	res.Unlocked = true
	return res, nil
}

// SyncState is where a token resynchronization stands.
type SyncState int

const (
	SyncPending SyncState = iota
	SyncDone
	SyncFailed
)

// SyncReport is what the kiosk shows after a resync.
type SyncReport struct {
	Serial  string
	State   SyncState
	Message string // want Message:`raw errorMessage`
}

// Resync marks a refused resync failed and quotes the server there only.
func (d *Desk) Resync(ctx context.Context, user, serial string) (SyncReport, error) { // want Resync:`result 0 raw errorMessage` Resync:`result 0 raw only with State in 2`
	var rep SyncReport
	rep.Serial = serial
	rep.State = SyncPending
	a, err := d.API.Call(ctx, "resync_oath_device", user)
	if err != nil {
		return rep, err
	}
	if a.ErrorCode == codeOutOfWindow || a.ErrorCode == codeNoDevice {
		rep.State = SyncFailed
		rep.Message = a.ErrorMessage
		return rep, nil
	}
	rep.State = SyncDone
	return rep, nil
}

// ResyncLoose sets the state from the code: the state read by the
// caller is not a constant of the raw return.
func (d *Desk) ResyncLoose(ctx context.Context, user, serial string) (SyncReport, error) { // want ResyncLoose:`result 0 raw errorMessage`
	rep := SyncReport{Serial: serial}
	a, err := d.API.Call(ctx, "resync_oath_device", user)
	if err != nil {
		return rep, err
	}
	if a.ErrorCode != 0 {
		rep.State = stateOf(a.ErrorCode)
		rep.Message = a.ErrorMessage
		return rep, nil
	}
	rep.State = SyncDone
	return rep, nil
}

func stateOf(code int) SyncState {
	if code == codeOutOfWindow {
		return SyncPending
	}
	return SyncFailed
}

// Activation is what the kiosk shows after activating a device.
type Activation struct {
	Device  string
	Active  bool
	Message string // want Message:`raw errorMessage`
}

// Activate keeps the server's answer first and replaces it with its own
// words once the device is active.
func (d *Desk) Activate(ctx context.Context, user, device string) (Activation, error) { // want Activate:`result 0 raw errorMessage` Activate:`result 0 raw only with Active in false`
	a, err := d.API.Call(ctx, "activate_device", user)
	if err != nil {
		return Activation{Device: device}, err
	}
	out := Activation{Device: device}
	out.Message = a.ErrorMessage
	if a.ErrorCode != 0 {
		return out, nil
	}
	out.Active = true
	out.Message = "Device " + device + " is active."
	return out, nil
}

// ActivateKeeping keeps the server's answer on success too.
func (d *Desk) ActivateKeeping(ctx context.Context, user, device string) (Activation, error) { // want ActivateKeeping:`result 0 raw errorMessage`
	a, err := d.API.Call(ctx, "activate_device", user)
	if err != nil {
		return Activation{Device: device}, err
	}
	out := Activation{Device: device}
	out.Message = a.ErrorMessage
	if a.ErrorCode != 0 {
		return out, nil
	}
	out.Active = true
	return out, nil
}
