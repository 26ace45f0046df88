// Package web serves the token pages over net/http and gin.
package web

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"

	"rawexposure/valuefields/account"
	"rawexposure/valuefields/tokens"
)

// Pages holds the dependencies.
type Pages struct {
	Tokens   *tokens.Binder
	Accounts *account.Service
}

// bind uses the call that never keeps the server's text: its Note is ours.
func (p *Pages) bind(w http.ResponseWriter, r *http.Request) {
	res, err := p.Tokens.Bind(r.Context(), r.FormValue("user"), r.FormValue("serial"))
	if err != nil {
		http.Error(w, "token service unavailable", http.StatusBadGateway)
		return
	}
	if res.State != tokens.Bound {
		http.Error(w, res.Note, http.StatusUnprocessableEntity)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// bindVerbose uses the call that keeps it.
func (p *Pages) bindVerbose(w http.ResponseWriter, r *http.Request) {
	res, err := p.Tokens.BindVerbose(r.Context(), r.FormValue("user"), r.FormValue("serial"))
	if err != nil {
		http.Error(w, "token service unavailable", http.StatusBadGateway)
		return
	}
	if res.State != tokens.Bound {
		http.Error(w, res.Note, http.StatusUnprocessableEntity) // want `raw SurePassID errorMessage`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// either may use both calls: the server's text may be in Note.
func (p *Pages) either(w http.ResponseWriter, r *http.Request) {
	res, err := p.Tokens.Bind(r.Context(), r.FormValue("user"), r.FormValue("serial"))
	if r.FormValue("verbose") != "" {
		res, err = p.Tokens.BindVerbose(r.Context(), r.FormValue("user"), r.FormValue("serial"))
	}
	if err != nil {
		http.Error(w, "token service unavailable", http.StatusBadGateway)
		return
	}
	fmt.Fprintln(w, res.Note) // want `raw SurePassID errorMessage`
}

// queued reads a fresh pointer nobody else holds.
func (p *Pages) queued(w http.ResponseWriter, r *http.Request) {
	q := p.Tokens.Pending(r.FormValue("serial"))
	if q == nil {
		http.NotFound(w, r)
		return
	}
	http.Error(w, q.Note, http.StatusConflict)
}

// explained hands the pointer to a method that fills in the server's text.
func (p *Pages) explained(w http.ResponseWriter, r *http.Request) {
	q := p.Tokens.Pending(r.FormValue("serial"))
	p.Tokens.Explain(r.Context(), q)
	http.Error(w, q.Note, http.StatusConflict) // want `raw SurePassID errorMessage`
}

// audited shows the field encoders skip: the literal's value leaves it out,
// the field still holds the server's text.
func (p *Pages) audited(w http.ResponseWriter, r *http.Request) {
	res := p.Tokens.Audit(r.Context(), r.FormValue("user"), r.FormValue("serial"))
	http.Error(w, res.Reason, http.StatusForbidden) // want `raw SurePassID errorMessage`
}

// draft builds its own Result.
func (p *Pages) draft(w http.ResponseWriter, r *http.Request) {
	res := tokens.Result{State: tokens.Queued, Serial: r.FormValue("serial")}
	fmt.Fprintf(w, "%s: %s", res.Serial, res.Note)
}

// register goes through the service layer (gin).
func (p *Pages) register(c *gin.Context) {
	res, err := p.Accounts.Register(c.Request.Context(), c.PostForm("user"), c.PostForm("serial"))
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": "token service unavailable"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"state": res.State, "note": res.Note})
}

// registerVerbose goes through the service layer's verbose call.
func (p *Pages) registerVerbose(c *gin.Context) {
	res, err := p.Accounts.RegisterVerbose(c.Request.Context(), c.PostForm("user"), c.PostForm("serial"))
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": "token service unavailable"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"state": res.State, "note": res.Note}) // want `raw SurePassID errorMessage`
}

// noteOf reads the field of a call's result directly.
func (p *Pages) noteOf(c *gin.Context) {
	c.String(http.StatusOK, "%s", p.Tokens.Pending(c.Query("serial")).Note)
}
