// Package verdicts is a client whose callers see its own enum, Status,
// filled from the codes by a table; its service code ties sentinels to
// the Status constants (so to the codes each stands for) by a switch, a
// map and an if.
package verdicts

import (
	"errors"
	"fmt"
)

// Endpoint is the SurePassID endpoint.
const Endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Status is the client's name for an answer.
type Status string

const (
	Passed   Status = "passed"
	BadCode  Status = "bad-code"
	Reused   Status = "reused"
	Blocked  Status = "blocked"
	Bypass   Status = "bypass"
	Upstream Status = "upstream"
)

var statusByCode = map[int]Status{
	0:    Passed,
	9003: BadCode,
	9030: BadCode,
	9002: Reused,
	9015: Blocked,
	9096: Blocked,
	9051: Bypass,
	9010: Upstream,
}

// Tier is a loyalty tier: no mirror of the codes.
type Tier string

const (
	Gold   Tier = "gold"
	Silver Tier = "silver"
)

var (
	ErrWrongCode = errors.New("verdicts: wrong code")   // want "sentinel OTPAlreadyUsed, OTPInvalid, BogusOTP$"
	ErrLocked    = errors.New("verdicts: locked")       // want "sentinel MaximumFailedOTPRequestsExceeded, MaximumLoginPartnerUserAttempsExceeded$"
	ErrTampering = errors.New("verdicts: bypass")       // want "sentinel PartnerUserLoginAttepmtedOTPByPass$"
	ErrBackend   = errors.New("verdicts: backend down") // want "sentinel DatabaseError$"
	ErrNoPerk    = errors.New("verdicts: no perk")
)

func errorOf(s Status) error {
	switch s {
	case Passed:
		return nil
	case BadCode, Reused:
		return errors.Join(ErrWrongCode, fmt.Errorf("status %s", s))
	}
	return fmt.Errorf("verdicts: %s", s)
}

var lockouts = map[Status]error{
	Blocked: fmt.Errorf("verdicts: try later: %w", ErrLocked),
}

func guard(s Status) error {
	if s == Bypass {
		return ErrTampering
	}
	if s == Upstream {
		return ErrBackend
	}
	return lockouts[s]
}

func perk(t Tier) error {
	switch t {
	case Silver:
		return ErrNoPerk
	}
	return nil
}
