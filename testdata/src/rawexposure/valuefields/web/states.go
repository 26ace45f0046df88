package web

import (
	"encoding/json"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"

	"rawexposure/valuefields/tokens"
)

// created answers a binding: only a refused Result quotes the server, and
// the handler has returned on every other state before the 201.
func (p *Pages) created(w http.ResponseWriter, r *http.Request) {
	res, err := p.Tokens.BindVerbose(r.Context(), r.FormValue("user"), r.FormValue("serial"))
	if err != nil {
		http.Error(w, "token service unavailable", http.StatusBadGateway)
		return
	}
	if res.State != tokens.Bound {
		w.WriteHeader(http.StatusUnprocessableEntity)
		_ = json.NewEncoder(w).Encode(res) // want `raw SurePassID errorMessage`
		return
	}
	w.WriteHeader(http.StatusCreated)
	_ = json.NewEncoder(w).Encode(res)
}

// logged only logs on a refusal, and goes on to send it.
func (p *Pages) logged(w http.ResponseWriter, r *http.Request) {
	res, err := p.Tokens.BindVerbose(r.Context(), r.FormValue("user"), r.FormValue("serial"))
	if err != nil {
		http.Error(w, "token service unavailable", http.StatusBadGateway)
		return
	}
	if res.State != tokens.Bound {
		log.Printf("binding refused: %s", res.Note)
	}
	_ = json.NewEncoder(w).Encode(res) // want `raw SurePassID errorMessage`
}

// status switches over the state (gin).
func (p *Pages) status(c *gin.Context) {
	res, err := p.Tokens.BindVerbose(c.Request.Context(), c.PostForm("user"), c.PostForm("serial"))
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": "token service unavailable"})
		return
	}
	switch res.State {
	case tokens.Bound, tokens.Queued:
		c.JSON(http.StatusOK, res)
	case tokens.Refused:
		c.JSON(http.StatusUnprocessableEntity, gin.H{"note": res.Note}) // want `raw SurePassID errorMessage`
	}
}

// bound tests for the good state.
func (p *Pages) bound(c *gin.Context) {
	res, err := p.Tokens.BindVerbose(c.Request.Context(), c.PostForm("user"), c.PostForm("serial"))
	if err == nil && res.State == tokens.Bound {
		c.JSON(http.StatusCreated, res)
		return
	}
	c.JSON(http.StatusUnprocessableEntity, res) // want `raw SurePassID errorMessage`
}

// fromLogged's callee fills the text in after the fact: no state tells.
func (p *Pages) fromLogged(c *gin.Context) {
	res, err := p.Tokens.BindLogged(c.Request.Context(), c.PostForm("user"), c.PostForm("serial"))
	if err != nil || res.State != tokens.Bound {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"error": "the token could not be bound"})
		return
	}
	c.JSON(http.StatusCreated, res) // want `raw SurePassID errorMessage`
}

// refusal tests for the refused state and sends the result in it.
func (p *Pages) refusal(c *gin.Context) {
	res, err := p.Tokens.BindVerbose(c.Request.Context(), c.PostForm("user"), c.PostForm("serial"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	if res.State == tokens.Refused {
		c.JSON(http.StatusConflict, res) // want `raw SurePassID errorMessage`
		return
	}
	c.JSON(http.StatusOK, gin.H{"state": res.State, "serial": res.Serial})
}

// pair binds a token and its backup and checks only the first: the
// backup's result may still be a refusal.
func (p *Pages) pair(c *gin.Context) {
	main, err := p.Tokens.BindVerbose(c.Request.Context(), c.PostForm("user"), c.PostForm("serial"))
	if err != nil || main.State != tokens.Bound {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"error": "the token could not be bound"})
		return
	}
	backup, _ := p.Tokens.BindVerbose(c.Request.Context(), c.PostForm("user"), c.PostForm("backup"))
	c.JSON(http.StatusCreated, gin.H{"main": main, "backup": backup}) // want `raw SurePassID errorMessage`
}

// notRefused returns on the one raw state first.
func (p *Pages) notRefused(w http.ResponseWriter, r *http.Request) {
	res, err := p.Tokens.BindVerbose(r.Context(), r.FormValue("user"), r.FormValue("serial"))
	if err != nil || res.State == tokens.Refused {
		http.Error(w, "the token could not be bound", http.StatusUnprocessableEntity)
		return
	}
	_ = json.NewEncoder(w).Encode(res)
}

// otherwise switches on the raw state only; the default holds the rest.
func (p *Pages) otherwise(c *gin.Context) {
	res, err := p.Tokens.BindVerbose(c.Request.Context(), c.PostForm("user"), c.PostForm("serial"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	switch res.State {
	case tokens.Refused:
		c.JSON(http.StatusUnprocessableEntity, res) // want `raw SurePassID errorMessage`
	default:
		c.JSON(http.StatusOK, res)
	}
}

// unlessQueued rules out a clean state only: a refusal still gets through.
func (p *Pages) unlessQueued(c *gin.Context) {
	res, err := p.Tokens.BindVerbose(c.Request.Context(), c.PostForm("user"), c.PostForm("serial"))
	if err != nil || res.State == tokens.Queued {
		c.AbortWithStatus(http.StatusAccepted)
		return
	}
	if res.State != tokens.Bound && res.State != tokens.Refused {
		c.JSON(http.StatusOK, res)
	}
	c.JSON(http.StatusOK, res) // want `raw SurePassID errorMessage`
}
