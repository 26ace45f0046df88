package mixed

import "github.com/surepasslint/surepasslint/codes"

func undefinedHelper(env codes.Envelope) error {
	return check(env.ErrorCode, undefinedVar)
}

func wrongReturn(env codes.Envelope) string {
	return env.ErrorCode
}
