// Package ginreply serves gin routes through the team's own response
// objects: a handler returns a Reply, which renders itself into the gin
// context.
package ginreply

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"

	"rawexposure/frameworks/spclient"
)

// Reply is a JSON answer that writes itself.
type Reply struct {
	Status int    `json:"-"`
	OK     bool   `json:"ok"`
	Notice string `json:"notice,omitempty"` // want Notice:`rawexposure\(raw errorMessage from ginreply.Reply.Notice\)`
}

// Render writes the reply.
func (r Reply) Render(c *gin.Context) error { // want Render:`rawexposure\(param recv reaches the gin response body via gin.Context.JSON\)`
	c.JSON(r.Status, r)
	return nil
}

// Page is an HTML answer that writes itself.
type Page struct {
	Title, Flash string // want Flash:`rawexposure\(raw errorMessage from ginreply.Page.Flash\)`
}

// WriteTo writes the page.
func (p *Page) WriteTo(c *gin.Context) error { // want WriteTo:`rawexposure\(param recv reaches the gin response body via gin.Context.HTML\)`
	c.HTML(http.StatusOK, "page.html", p)
	return nil
}

// serve adapts a reply handler to gin; an error becomes a fixed 500.
func serve(h func(*gin.Context) (Reply, error)) gin.HandlerFunc {
	return func(c *gin.Context) {
		r, err := h(c)
		if err != nil {
			log.Printf("%s: %v", c.Request.URL.Path, err)
			c.JSON(http.StatusInternalServerError, gin.H{"error": "internal error"})
			return
		}
		_ = r.Render(c)
	}
}

type app struct {
	sp *spclient.Client
}

// Routes registers the handlers.
func (a *app) Routes(r *gin.Engine) {
	r.POST("/verify", serve(a.verify))
	r.POST("/verify/safe", serve(a.verifySafe))
}

func (a *app) verify(c *gin.Context) (Reply, error) {
	resp, err := a.sp.ValidateOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		return Reply{}, err // the adapter writes a fixed text
	}
	if resp.ErrorCode != 0 {
		return Reply{Status: http.StatusUnauthorized, Notice: resp.ErrorMessage}, nil // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) returned from a strict handler as the response sent to the client`
	}
	return Reply{Status: http.StatusOK, OK: true}, nil
}

func (a *app) verifySafe(c *gin.Context) (Reply, error) {
	resp, err := a.sp.ValidateOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		return Reply{}, err
	}
	if resp.ErrorCode != 0 {
		log.Printf("validate: %d %s", resp.ErrorCode, resp.ErrorMessage)
		return Reply{Status: http.StatusUnauthorized, Notice: "That code did not work."}, nil
	}
	return Reply{Status: http.StatusOK, OK: true}, nil
}

// stepUpPage renders the step-up page with the raw message as its flash.
func (a *app) stepUpPage(c *gin.Context) (*Page, error) {
	if err := a.sp.Verify(c.Request.Context(), c.Query("user"), c.PostForm("otp")); err != nil {
		return &Page{Title: "Verify", Flash: err.Error()}, nil // want `raw SurePassID errorMessage \(from spclient.Verify\) returned from a strict handler as the response sent to the client`
	}
	return &Page{Title: "Verified"}, nil
}
