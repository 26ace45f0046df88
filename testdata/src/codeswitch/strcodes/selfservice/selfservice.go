// Package selfservice serves the password recovery pages of the portal.
package selfservice

import (
	"html/template"
	"log"
	"net/http"

	"codeswitch/strcodes/idp"
	"codeswitch/strcodes/otpcodes"
)

// Portal renders the self-service pages.
type Portal struct {
	IdP   *idp.Client
	Pages *template.Template
}

type view struct {
	User  string
	Rid   string
	Error string
}

func (p *Portal) show(w http.ResponseWriter, name string, v view) {
	if err := p.Pages.ExecuteTemplate(w, name, v); err != nil {
		log.Printf("render %s: %v", name, err)
	}
}

// ResetLink lands on the link of the recovery e-mail; the listed codes
// refuse by showing another page or by sending the user back to the
// login, and every other code gets the form to choose a new password.
func (p *Portal) ResetLink(w http.ResponseWriter, r *http.Request) {
	user, rid := r.URL.Query().Get("u"), r.URL.Query().Get("rid")
	code, _, err := p.IdP.Recover(r.Context(), user, rid)
	if err != nil {
		http.Error(w, "recovery unavailable", http.StatusServiceUnavailable)
		return
	}
	switch code { // want `fail-open switch`
	case otpcodes.RecoveryExpired, otpcodes.RecoveryNotFound:
		p.show(w, "link_expired", view{})
		return
	case otpcodes.RecoveryBadRid:
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	p.show(w, "new_password", view{User: user, Rid: rid})
}

// ResetLinkStrict is the fail-closed twin: only success reaches the form.
func (p *Portal) ResetLinkStrict(w http.ResponseWriter, r *http.Request) {
	user, rid := r.URL.Query().Get("u"), r.URL.Query().Get("rid")
	code, _, err := p.IdP.Recover(r.Context(), user, rid)
	if err != nil {
		http.Error(w, "recovery unavailable", http.StatusServiceUnavailable)
		return
	}
	switch code {
	case otpcodes.OK:
	case otpcodes.RecoveryExpired, otpcodes.RecoveryNotFound:
		p.show(w, "link_expired", view{})
		return
	default:
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	p.show(w, "new_password", view{User: user, Rid: rid})
}

// ResetLinkFlash refuses by a flash message kept in a cookie and a
// redirect: the same class, another spelling of the refusal.
func (p *Portal) ResetLinkFlash(w http.ResponseWriter, r *http.Request) {
	user, rid := r.URL.Query().Get("u"), r.URL.Query().Get("rid")
	code, _, err := p.IdP.Recover(r.Context(), user, rid)
	if err != nil {
		http.Error(w, "recovery unavailable", http.StatusServiceUnavailable)
		return
	}
	if code == otpcodes.RecoveryExpired { // want `fail-open if-else chain`
		http.SetCookie(w, &http.Cookie{Name: "flash", Value: "link-expired"})
		http.Redirect(w, r, "/forgot", http.StatusFound)
		return
	} else if code == otpcodes.RecoveryBadRid {
		http.Redirect(w, r, "/login", http.StatusFound)
		return
	}
	p.show(w, "new_password", view{User: user, Rid: rid})
}
