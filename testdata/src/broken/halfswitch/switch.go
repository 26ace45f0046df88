// Package halfswitch holds switches over SurePassID codes as they look while
// being typed: the file does not parse.
package halfswitch

import "github.com/surepasslint/surepasslint/codes"

func failOpen(c codes.ReturnCode) bool {
	switch c {
	case codes.OTPInvalid:
		return false
	}
	return true
}

func decide(c codes.ReturnCode) bool {
	switch c {
	case codes.Success:
		return true
	case codes.
	}
	return false
}

func untagged(c codes.ReturnCode) bool {
	switch {
	case c == codes.Success:
		return true
	case c ==
	}
	return false
}

func noBody(c codes.ReturnCode) bool {
	switch c
	return c == codes.Success
}

func missingColon(env codes.Envelope) bool {
	switch env.ErrorCode {
	case codes.OTPInvalid
		return false
	default
		return true
	}
}

func unterminated(env codes.Envelope) bool {
	switch env.ErrorCode {
	case codes.Success:
		return true
