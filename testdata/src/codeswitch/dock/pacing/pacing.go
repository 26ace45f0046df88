// Package pacing decides nothing: it tells the kiosk how long to hold the
// keypad after an answer, in which tile to count it, and how much weight
// the fraud score gives it. The gate itself is opened elsewhere. Its
// enum-valued twin, Next, is a decision and is reported.
package pacing

import (
	"time"

	"codeswitch/dock/idp"
)

// Backoff is how long the keypad stays dark after a failed code.
func Backoff(c idp.Code) time.Duration {
	switch c {
	case idp.UserLocked, idp.OTPBypassAttempted:
		return 10 * time.Minute
	case idp.OTPInvalid, idp.OTPAlreadyUsed:
		return 3 * time.Second
	}
	return 0
}

// cooldowns is the same idea as a table.
var cooldowns = map[idp.Code]time.Duration{
	idp.UserLocked: time.Hour,
	idp.BogusOTP:   30 * time.Second,
}

// Cooldown looks the delay up; unlisted codes wait for nothing.
func Cooldown(c idp.Code) time.Duration {
	if d, ok := cooldowns[c]; ok {
		return d
	}
	return 0
}

// Weight is a number of points for the fraud score.
type Weight int

// ScoreWeight weighs an answer; every value is computed, none names an
// answer.
func ScoreWeight(c idp.Code, base Weight) Weight {
	switch c {
	case idp.OTPBypassAttempted:
		return base * 10
	case idp.OTPInvalid:
		return base + 1
	}
	return 0
}

// Tile names the dashboard tile an answer is counted in.
func Tile(c idp.Code) string {
	switch c {
	case idp.UserLocked, idp.UserDisabled:
		return "locked"
	case idp.OTPInvalid:
		return "typo"
	}
	return "ok"
}

// Step is what the kiosk does next.
type Step int

const (
	Proceed Step = iota
	AskAgain
	CallStaff
)

// Next is a decision: AskAgain and CallStaff differ from Success's Proceed,
// so every failure code left out proceeds.
func Next(c idp.Code) Step {
	switch c { // want `fail-open switch over SurePassID return codes`
	case idp.OTPInvalid, idp.OTPAlreadyUsed:
		return AskAgain
	case idp.UserLocked:
		return CallStaff
	}
	return Proceed
}
