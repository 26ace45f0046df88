// Package keyvault unseals a secret after a SurePassID OTP check, testing
// the answer's code against sets it fills at start-up.
package keyvault

import (
	"context"
	"errors"
	"net/http"
)

// Reply is the server's answer.
type Reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// The codes the vault names.
const (
	spOTPInvalid   = 9003
	spMaxFailedOTP = 9015
	spBogusOTP     = 9030
	spTimeDrift    = 9035
)

var errSealed = errors.New("vault stays sealed")

// denied is filled at start-up, one code at a time.
var denied = map[int]bool{}

// lockedOut is a set type with a membership method.
type codeSet map[int]struct{}

func (s codeSet) Contains(code int) bool {
	_, ok := s[code]
	return ok
}

var lockedOut = make(codeSet)

func init() {
	denied[spOTPInvalid] = true
	denied[spBogusOTP] = true
	for _, c := range [...]int{spMaxFailedOTP, spTimeDrift} {
		lockedOut[c] = struct{}{}
	}
}

type otpClient interface {
	Validate(ctx context.Context, user, otp string) (*Reply, error)
}

// Vault unseals secrets.
type Vault struct {
	sp      otpClient
	secrets map[string]string
}

// Unseal refuses the codes in denied and unseals for every other answer.
// Reported.
func (v *Vault) Unseal(ctx context.Context, user, otp string) (string, error) {
	rep, err := v.sp.Validate(ctx, user, otp)
	if err != nil {
		return "", err
	}
	if denied[rep.ErrorCode] { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return "", errSealed
	}
	return v.secrets[user], nil
}

// UnsealHTTP refuses the lockouts through the set's method and unseals
// for every other answer. Reported.
func (v *Vault) UnsealHTTP(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	rep, err := v.sp.Validate(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if lockedOut.Contains(rep.ErrorCode) { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		http.Error(w, "locked", http.StatusLocked)
		return
	}
	w.Write([]byte(v.secrets[user]))
}

// UnsealChecked refuses every other failure after the set: fail closed.
// Not reported.
func (v *Vault) UnsealChecked(ctx context.Context, user, otp string) (string, error) {
	rep, err := v.sp.Validate(ctx, user, otp)
	if err != nil {
		return "", err
	}
	if lockedOut.Contains(rep.ErrorCode) {
		return "", errSealed
	}
	if rep.ErrorCode != 0 {
		return "", errSealed
	}
	return v.secrets[user], nil
}

// allowSet is a set type that the service grows at run time.
type allowSet map[int]struct{}

func (s allowSet) Has(code int) bool {
	_, ok := s[code]
	return ok
}

func (s allowSet) Add(code int) { s[code] = struct{}{} }

var retried = allowSet{}

func init() {
	retried[spTimeDrift] = struct{}{}
}

// Retry adds a code to the retried set.
func Retry(code int) { retried.Add(code) }

// UnsealRetried reads a set grown at run time. Not reported.
func (v *Vault) UnsealRetried(ctx context.Context, user, otp string) (string, error) {
	rep, err := v.sp.Validate(ctx, user, otp)
	if err != nil {
		return "", err
	}
	if retried.Has(rep.ErrorCode) {
		return "", errSealed
	}
	return v.secrets[user], nil
}

// configured is filled at start-up and again from the operator's
// settings: a set built at run time, no table. Not reported.
var configured = map[int]bool{}

func init() {
	configured[spOTPInvalid] = true
}

// Configure adds the operator's codes.
func Configure(codes []int) {
	for _, c := range codes {
		configured[c] = true
	}
}

// UnsealConfigured reads the operator's set. Not reported.
func (v *Vault) UnsealConfigured(ctx context.Context, user, otp string) (string, error) {
	rep, err := v.sp.Validate(ctx, user, otp)
	if err != nil {
		return "", err
	}
	if configured[rep.ErrorCode] {
		return "", errSealed
	}
	return v.secrets[user], nil
}
