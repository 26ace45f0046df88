// Package spcore holds the errors the team's SurePassID packages share. It
// makes no SurePassID call itself: spacct wraps ErrUpstream with the raw
// message, which errors.Is on it cannot rule out.
package spcore

import "errors"

// ErrUpstream is what spacct wraps the vendor's raw message in.
var ErrUpstream = errors.New("surepass upstream failure")

// ErrThrottled is returned bare.
var ErrThrottled = errors.New("too many attempts, try again later")
