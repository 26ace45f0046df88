package returncode

import (
	"context"
	"log"
	"net/http"

	"github.com/surepasslint/surepasslint/codes"
)

// VerifyOTP is the deny-list from the issue: every unlisted failure is a sign-in.
func VerifyOTP(ctx context.Context, api API, user, otp string) error {
	resp, err := api.ValidateOTP(ctx, user, otp)
	if err != nil {
		return ErrBackend
	}
	switch resp.ErrorCode { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, DeviceInvalid, and 78 more\)`
	case codes.OTPInvalid:
		return ErrBadOTP
	case codes.OTPAlreadyUsed:
		return ErrBadOTP
	}
	return nil // treated as authenticated
}

// VerifyLocked lists Success already; the fix must not list it twice.
func VerifyLocked(ctx context.Context, api API, user, otp string) (bool, error) {
	resp, err := api.ValidateOTP(ctx, user, otp)
	if err != nil {
		return false, err
	}
	switch resp.ErrorCode { // want `fail-open switch over SurePassID return codes: 82 security-relevant codes fall through unhandled`
	case codes.Success:
		log.Printf("otp ok for %s", user)
	case codes.MaximumFailedOTPRequestsExceeded:
		return false, ErrLocked
	}
	return true, nil
}

// Handler writes the failure itself and falls off the end on success.
func Handler(api API) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		resp, err := api.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
		if err != nil {
			http.Error(w, "try again later", http.StatusServiceUnavailable)
			return
		}
		code := resp.ErrorCode
		switch code { // want `fail-open switch over SurePassID return codes: 82 security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, OTPAlreadyUsed, and 79 more\)`
		case codes.OTPInvalid:
			http.Error(w, codes.GenericMessage, http.StatusUnauthorized)
			return
		case codes.SMSSendError:
			w.WriteHeader(http.StatusBadGateway)
			return
		}
		http.SetCookie(w, &http.Cookie{Name: "session", Value: "ok"})
		w.WriteHeader(http.StatusNoContent)
	}
}

// VerifyWithDefault has a default, but it signs the user in.
func VerifyWithDefault(ctx context.Context, api API, user, otp string) error {
	resp, err := api.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	switch resp.ErrorCode { // want `fail-open switch over SurePassID return codes: 80 security-relevant codes fall into a default that does not fail closed \(PartnerLoginFailed, PartnerUserLoginFailed, DeviceInvalid, and 77 more\)`
	case codes.OTPInvalid, codes.OTPAlreadyUsed:
		return ErrBadOTP
	case codes.MaximumFailedOTPRequestsExceeded:
		return ErrLocked
	default:
		log.Printf("surepassid: %v", resp.ErrorCode)
		return nil
	}
}

// VerifyChain is the same deny-list written as an if-else chain.
func VerifyChain(ctx context.Context, api API, user, otp string) error {
	resp, err := api.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	if resp.ErrorCode == codes.OTPInvalid { // want `fail-open if-else chain over SurePassID return codes: 80 security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, DeviceInvalid, and 77 more\)`
		return ErrBadOTP
	} else if resp.ErrorCode == codes.OTPAlreadyUsed || resp.ErrorCode == codes.BogusOTP {
		return ErrBadOTP
	}
	log.Printf("signed in %s", user)
	return nil
}

// VerifyIfs compares in consecutive ifs; reported once, at the first.
func VerifyIfs(ctx context.Context, api API, user, otp string) (string, error) {
	resp, err := api.ValidateOTP(ctx, user, otp)
	if err != nil {
		return "", err
	}
	if resp.ErrorCode == codes.OTPInvalid { // want `fail-open if-else chain over SurePassID return codes: 81 security-relevant codes`
		return "", ErrBadOTP
	}
	if resp.ErrorCode == codes.MaximumFailedOTPRequestsExceeded {
		return "", ErrLocked
	}
	return "session-token", nil
}

// VerifyAssign records the failure in a variable returned later; every
// unlisted code leaves err nil.
func VerifyAssign(ctx context.Context, api API, user, otp string) error {
	resp, err := api.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	var verr error
	switch resp.ErrorCode { // want `fail-open switch over SurePassID return codes: 82 security-relevant codes`
	case codes.OTPInvalid:
		verr = ErrBadOTP
	}
	return verr
}

// VerifyNested: the success path is after the enclosing if.
func VerifyNested(ctx context.Context, api API, user, otp string, strict bool) error {
	resp, err := api.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	if strict {
		switch resp.ErrorCode { // want `fail-open switch over SurePassID return codes: 82 security-relevant codes`
		case codes.OTPInvalid:
			return ErrBadOTP
		}
	}
	return nil
}

// AllowListOpen has the allow-list's Success clause, but the statements
// after the switch sign the user in: reported (compare allowList).
func AllowListOpen(ctx context.Context, api API, user, otp string) (bool, error) {
	resp, err := api.ValidateOTP(ctx, user, otp)
	if err != nil {
		return false, err
	}
	switch resp.ErrorCode { // want `fail-open switch over SurePassID return codes: 82 security-relevant codes fall through unhandled`
	case codes.Success:
		return true, nil
	case codes.MaximumFailedOTPRequestsExceeded:
		return false, ErrLocked
	}
	log.Printf("surepassid: code %v", resp.ErrorCode)
	return true, nil
}

// PassThrough returns the call's own error after the switch. Success takes
// that path too, and err is nil whenever a response came back, so every
// unlisted code signs in.
func PassThrough(ctx context.Context, api API, user, otp string) error {
	resp, err := api.ValidateOTP(ctx, user, otp)
	switch resp.ErrorCode { // want `fail-open switch over SurePassID return codes: 82 security-relevant codes fall through unhandled`
	case codes.OTPInvalid:
		return ErrBadOTP
	}
	return err
}
