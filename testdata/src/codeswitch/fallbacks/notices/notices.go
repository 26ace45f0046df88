// Package notices picks what the self-service portal shows and decides
// for a provider code through fallback lookups: tables of text and
// statuses decide nothing, tables of verdicts do.
package notices

import (
	"errors"
	"net/http"

	"codeswitch/fallbacks/rules"
	"codeswitch/fallbacks/spauth"
	"github.com/kioskware/routing"
)

// userText is what a person reads for a code; anything else reads the
// generic line.
var userText = map[spauth.Code]string{
	spauth.OTPInvalid:                       "That code didn't work. Try again.",
	spauth.OTPAlreadyUsed:                   "That code was already used. Wait for a new one.",
	spauth.MaximumFailedOTPRequestsExceeded: "Too many attempts. Call the help desk.",
}

// Text turns a code into a line for the page. Not reported.
func Text(rep *spauth.Reply) string {
	return rules.Or(userText, rep.ErrorCode, "We couldn't check your code right now.")
}

// Notice is a banner's text.
type Notice string

var banners = map[spauth.Code]Notice{
	spauth.AccountExpired: "Your account has expired.",
	spauth.BogusOTP:       "That code looks wrong.",
}

// Banner picks the banner. Not reported.
func Banner(rep *spauth.Reply) Notice {
	return rules.Or(banners, rep.ErrorCode, Notice("Something went wrong."))
}

// Status picks the HTTP status of the page that shows the text. Not
// reported.
func Status(rep *spauth.Reply) int {
	return rules.Or(map[spauth.Code]int{
		spauth.OTPInvalid:               http.StatusUnauthorized,
		spauth.PartnerUserLoginDisabled: http.StatusForbidden,
	}, rep.ErrorCode, http.StatusOK)
}

// Hint is a method lookup in a table of text. Not reported.
func Hint(rep *spauth.Reply) string {
	return routing.Table[string]{spauth.OTPInvalid: "Check the time on your phone."}.Or(rep.ErrorCode, "")
}

// refused marks the codes that refuse an address change; every other
// code, Success and unlisted failures alike, gets false.
var refused = map[spauth.Code]bool{
	spauth.OTPInvalid: true,
	spauth.BogusOTP:   true,
}

var errRefused = errors.New("notices: refused")

// ChangeAddress refuses only the listed codes: reported.
func ChangeAddress(rep *spauth.Reply) error {
	if rules.Or(refused, rep.ErrorCode, false) { // want `fail-open table lookup over SurePassID return codes: rules.Or gives false, Success's value`
		return errRefused
	}
	return nil
}

// Verdict is what the portal does with a request.
type Verdict string

const (
	Allow     Verdict = "allow"
	Deny      Verdict = "deny"
	Challenge Verdict = "challenge"
)

var verdicts = routing.Table[Verdict]{
	spauth.OTPInvalid:               Challenge,
	spauth.PartnerUserLoginDisabled: Deny,
}

// Decide allows every code the table leaves out: reported.
func Decide(rep *spauth.Reply) Verdict {
	return verdicts.Or(rep.ErrorCode, Allow) // want `fail-open table lookup over SurePassID return codes: verdicts.Or gives Allow, Success's value`
}

// DecideInPlace writes its table in the call: reported.
func DecideInPlace(rep *spauth.Reply) bool {
	return rules.Or(map[spauth.Code]bool{spauth.AccountExpired: false}, rep.ErrorCode, true) // want `fail-open table lookup over SurePassID return codes: rules.Or gives true`
}
