// Package authz is the fleet portal's OAuth2 side: the Hydra login and // want package:`rawexposure\(wraps sentinels github.com/ory/fosite.ErrAccessDenied\)`
// consent endpoints, a fosite provider for the dispatch console and a
// zitadel/oidc op for the partner portal.
package authz

import (
	"context"
	"log"
	"net/http"

	"github.com/ory/fosite"
	hydra "github.com/ory/hydra-client-go/v2"
	oidcv2 "github.com/zitadel/oidc/v2/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/oidc"

	"rawexposure/oauthtempl/otpgate"
)

type Endpoints struct {
	Hydra    hydra.OAuth2API
	Gate     *otpgate.Gate
	Provider fosite.OAuth2Provider
}

// Login rejects a failed login with the reason in a literal body, on one
// line: Hydra sends the description to the relying party.
func (e *Endpoints) Login(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	challenge := r.FormValue("login_challenge")
	a, err := e.Gate.Verify(ctx, r.FormValue("driver"), r.FormValue("otp"))
	if err != nil {
		e.reject(w, r, challenge, "The sign-in service is unavailable.")
		return
	}
	if a.Code != 0 {
		out, _, err := e.Hydra.RejectOAuth2LoginRequest(ctx).LoginChallenge(challenge).RejectOAuth2Request(hydra.RejectOAuth2Request{Error: hydra.PtrString("access_denied"), ErrorDescription: hydra.PtrString(a.Message)}).Execute() // want `raw SurePassID errorMessage \(from a.Message\) written to the OAuth2 error description the relying party receives and shows`
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway) // Hydra's own error: no SurePassID text
			return
		}
		http.Redirect(w, r, out.RedirectTo, http.StatusFound)
	}
}

// Consent builds the body with the generated setters before the call.
func (e *Endpoints) Consent(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	challenge := r.FormValue("consent_challenge")
	a, err := e.Gate.Verify(ctx, r.FormValue("driver"), r.FormValue("otp"))
	if err != nil {
		log.Printf("verify: %v", err)
		http.Error(w, "Could not finish consent.", http.StatusBadGateway)
		return
	}
	if a.Code != 0 {
		body := hydra.NewRejectOAuth2Request()
		body.SetError("access_denied")
		body.SetErrorHint("step-up refused: " + a.Message)
		body.SetStatusCode(http.StatusForbidden)
		out, _, rerr := e.Hydra.RejectOAuth2ConsentRequest(ctx).
			ConsentChallenge(challenge).
			RejectOAuth2Request(*body). // want `raw SurePassID errorMessage \(from a.Message\) written to the OAuth2 error description`
			Execute()
		if rerr != nil {
			log.Printf("reject consent: %v", rerr)
			http.Error(w, "Could not finish consent.", http.StatusBadGateway)
			return
		}
		http.Redirect(w, r, out.RedirectTo, http.StatusFound)
	}
}

// reject sends a fixed description: every caller passes a constant.
func (e *Endpoints) reject(w http.ResponseWriter, r *http.Request, challenge, why string) {
	body := hydra.RejectOAuth2Request{Error: hydra.PtrString("access_denied"), ErrorDescription: hydra.PtrString(why), StatusCode: hydra.PtrInt64(http.StatusForbidden)}
	out, _, err := e.Hydra.RejectOAuth2LoginRequest(r.Context()).LoginChallenge(challenge).RejectOAuth2Request(body).Execute()
	if err != nil {
		http.Error(w, "Could not finish sign-in.", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, out.RedirectTo, http.StatusFound)
}

// Authorize is the dispatch console's fosite authorize endpoint.
func (e *Endpoints) Authorize(ctx context.Context, w http.ResponseWriter, ar fosite.AuthorizeRequester, driver, otp string) {
	a, err := e.Gate.Verify(ctx, driver, otp)
	if err != nil {
		e.Provider.WriteAuthorizeError(ctx, w, ar, fosite.ErrAccessDenied.WithHint("The sign-in service is unavailable."))
		return
	}
	switch {
	case a.Code == 9003:
		e.Provider.WriteAuthorizeError(ctx, w, ar, fosite.ErrAccessDenied.WithHint(a.Message)) // want `raw SurePassID errorMessage \(from a.Message\) written to the OAuth2 error description`
	case a.Code == 9021:
		e.Provider.WriteAuthorizeError(ctx, w, ar, fosite.ErrAccessDenied.WithHintf("token refused: %s", a.Message)) // want `raw SurePassID errorMessage \(from a.Message\) written to the OAuth2 error description`
	case a.Code != 0:
		denied := fosite.ErrAccessDenied.WithDebug(a.Message).WithDescription("Verification failed: " + a.Message) // want `raw SurePassID errorMessage \(from a.Message\) written to the OAuth2 error description`
		e.Provider.WriteAuthorizeError(ctx, w, ar, denied)
	}
}

// PartnerCheck is the partner portal's zitadel/oidc hook (v3 and the v2
// op still serving the old portal).
func (e *Endpoints) PartnerCheck(ctx context.Context, driver, otp string, legacy bool) error {
	a, err := e.Gate.Verify(ctx, driver, otp)
	if err != nil {
		return oidc.ErrAccessDenied().WithDescription("The sign-in service is unavailable.")
	}
	if a.Code == 0 {
		return nil
	}
	if legacy {
		return oidcv2.ErrAccessDenied().WithDescription("refused (%d)", a.Code) // want `raw SurePassID return code \(from a.Code\) written to the OAuth2 error description`
	}
	return oidc.ErrAccessDenied().WithDescription("refused: %s", a.Message) // want `raw SurePassID errorMessage \(from a.Message\) written to the OAuth2 error description`
}

// StepUp rejects a consent whose step-up failed: the body is built first,
// the finding is where it is sent.
func (e *Endpoints) StepUp(ctx context.Context, challenge, driver, otp string) (string, error) {
	a, err := e.Gate.Verify(ctx, driver, otp)
	if err != nil || a.Code == 0 {
		return "", err
	}
	body := hydra.RejectOAuth2Request{Error: hydra.PtrString("access_denied"), ErrorDescription: hydra.PtrString("Step-up failed: " + a.Message)}
	out, _, err := e.Hydra.RejectOAuth2ConsentRequest(ctx).ConsentChallenge(challenge).RejectOAuth2Request(body).Execute() // want `raw SurePassID errorMessage \(from a.Message\) written to the OAuth2 error description`
	if err != nil {
		return "", err
	}
	return out.RedirectTo, nil
}
