package teller

import (
	"context"
	"errors"
	"net/http"

	"codeswitch/sentinels/faults"
	"codeswitch/sentinels/vault"
)

// Reveal shows a stored secret after a one-time password: the
// vault client's sentinels are matched by StatusError.Is.
func Reveal(w http.ResponseWriter, r *http.Request) {
	secret, err := vault.Unseal(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if errors.Is(err, vault.ErrWrongCode) || errors.Is(err, vault.ErrExpiredCode) { // want `fail-open errors.Is chain over SurePassID return codes`
		http.Error(w, "wrong code", http.StatusForbidden)
		return
	}
	if errors.Is(err, vault.ErrReplay) {
		http.Error(w, "code already used", http.StatusForbidden)
		return
	}
	w.Write([]byte(secret))
}

// RevealChecked rejects every other error too.
func RevealChecked(ctx context.Context, user, otp string) (string, error) {
	secret, err := vault.Unseal(ctx, user, otp)
	switch {
	case errors.Is(err, vault.ErrWrongCode):
		return "", errors.New("wrong code")
	case err != nil:
		return "", errors.New("not revealed")
	}
	return secret, nil
}

// Rotate names only the shared faults package's error, which the vault
// client ties to DatabaseError: every other failure rotates the key.
func Rotate(ctx context.Context, user, otp string) error {
	_, err := vault.Unseal(ctx, user, otp)
	if errors.Is(err, faults.ErrUnavailable) { // want `fail-open errors.Is chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, OTPAlreadyUsed, and \d+ more\)`
		return errors.New("teller: try again later")
	}
	return nil
}
