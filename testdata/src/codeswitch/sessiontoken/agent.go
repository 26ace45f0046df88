// Package sessiontoken is a desktop agent's SurePassID session-token
// client: plain int error codes compared with literals, a fan-out over the
// user's devices, a watcher that keeps a session alive, and a retry loop.
package sessiontoken

import (
	"context"
	"errors"
	"fmt"
	"log"
	"sync"
	"time"
)

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// The codes the agent names, with their published values.
const (
	errPartnerLoginFailed         = 9000
	errSessionTokenInvalid        = 9106
	errSessionTokenCreationFailed = 9107
)

// SessionResult is the answer to validate_otp and validate_session_token.
type SessionResult struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
	SessionToken string `json:"sessionToken"`
}

// Client calls SurePassID.
type Client interface {
	ValidateOTP(ctx context.Context, user, device, otp string) (*SessionResult, error)
	ValidateSession(ctx context.Context, token string) (*SessionResult, error)
}

var (
	errExpired     = errors.New("session expired")
	errUnavailable = errors.New("authentication service unavailable")
)

// VerifyAny asks every enrolled device at once and signs in when one of
// them accepts the OTP. A goroutine rejects by sending false and
// returning; every unlisted code reaches the send of true.
func VerifyAny(ctx context.Context, c Client, user, otp string, devices []string) bool {
	results := make(chan bool, len(devices))
	var wg sync.WaitGroup
	for _, dev := range devices {
		wg.Add(1)
		go func(dev string) {
			defer wg.Done()
			res, err := c.ValidateOTP(ctx, user, dev, otp)
			if err != nil {
				results <- false
				return
			}
			switch res.ErrorCode { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, DeviceInvalid, and 78 more\)`
			case 9002, 9003:
				results <- false
				return
			}
			results <- true
		}(dev)
	}
	wg.Wait()
	close(results)
	for ok := range results {
		if ok {
			return true
		}
	}
	return false
}

// VerifyAnyStrict sends true for Success only: not reported.
func VerifyAnyStrict(ctx context.Context, c Client, user, otp string, devices []string) bool {
	results := make(chan bool, len(devices))
	var wg sync.WaitGroup
	for _, dev := range devices {
		wg.Add(1)
		go func(dev string) {
			defer wg.Done()
			res, err := c.ValidateOTP(ctx, user, dev, otp)
			if err != nil {
				results <- false
				return
			}
			switch res.ErrorCode {
			case 0:
				results <- true
				return
			case 9015:
				log.Printf("agent: device %s is locked", dev)
			}
			results <- false
		}(dev)
	}
	wg.Wait()
	close(results)
	for ok := range results {
		if ok {
			return true
		}
	}
	return false
}

// Watcher keeps one session alive and revokes it once SurePassID stops
// vouching for it.
type Watcher struct {
	Client Client
	Token  string
	Every  time.Duration
	Revoke func(token string)
	Extend func(token string)
}

// Run polls until the session dies. The watcher rejects by revoking and
// returning; every unlisted code extends the session like Success.
func (w *Watcher) Run(ctx context.Context) {
	t := time.NewTicker(w.Every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		res, err := w.Client.ValidateSession(ctx, w.Token)
		if err != nil {
			continue // try again on the next tick
		}
		switch res.ErrorCode { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, OTPAlreadyUsed, and 78 more\)`
		case errSessionTokenInvalid, errSessionTokenCreationFailed:
			w.Revoke(w.Token)
			return
		}
		w.Extend(w.Token)
	}
}

// RunStrict extends the session on Success only: not reported.
func (w *Watcher) RunStrict(ctx context.Context) {
	t := time.NewTicker(w.Every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		res, err := w.Client.ValidateSession(ctx, w.Token)
		if err != nil {
			continue
		}
		switch res.ErrorCode {
		case 0:
			w.Extend(w.Token)
		case errSessionTokenInvalid:
			log.Printf("agent: session %s expired", w.Token)
			w.Revoke(w.Token)
			return
		default:
			w.Revoke(w.Token)
			return
		}
	}
}

// Refresh retries on a database error; every unlisted code hands back the
// session token like Success.
func Refresh(ctx context.Context, c Client, token string) (string, error) {
	for attempt := 0; attempt < 3; attempt++ {
		res, err := c.ValidateSession(ctx, token)
		if err != nil {
			time.Sleep(time.Second)
			continue
		}
		switch res.ErrorCode { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled`
		case errSessionTokenInvalid:
			return "", errExpired
		case 9010:
			time.Sleep(time.Second)
			continue
		}
		return res.SessionToken, nil
	}
	return "", errUnavailable
}

// RefreshStrict retries, then breaks out into a rejection: not reported.
func RefreshStrict(ctx context.Context, c Client, token string) (string, error) {
	for attempt := 0; attempt < 3; attempt++ {
		res, err := c.ValidateSession(ctx, token)
		if err != nil {
			continue
		}
		switch res.ErrorCode {
		case 0:
			return res.SessionToken, nil
		case errSessionTokenInvalid:
			return "", errExpired
		case 9010:
			continue
		}
		break
	}
	return "", fmt.Errorf("session refresh failed")
}

// logOutcome only logs; its early return rejects nothing: not reported.
func logOutcome(res *SessionResult) {
	switch res.ErrorCode {
	case errSessionTokenInvalid:
		log.Printf("agent: session expired")
		return
	}
	log.Printf("agent: session check returned %d", res.ErrorCode)
}

// AllVerified reports whether every device's answer signs in; each loop
// iteration rebinds res, and an unlisted code goes on to the next device
// and then to return true like Success.
func AllVerified(results []*SessionResult) bool {
	for _, res := range results {
		switch res.ErrorCode { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled`
		case 9002, 9003:
			return false
		}
	}
	return true
}

// AllVerifiedStrict goes on to the next device for Success only: not
// reported.
func AllVerifiedStrict(results []*SessionResult) bool {
	for _, res := range results {
		switch res.ErrorCode {
		case 0:
			continue
		case 9015:
			log.Printf("agent: a device is locked")
			return false
		}
		return false
	}
	return true
}
