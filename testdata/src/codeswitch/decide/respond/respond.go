// Package respond writes the answers the web services share. It knows
// nothing of SurePassID: Deny and Abort reject on every path, Note and
// Maybe do not.
package respond

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
)

// Deny answers 401 with msg.
func Deny(w http.ResponseWriter, msg string) { // want Deny:"codeswitch\\(rejects\\)"
	log.Printf("deny: %s", msg)
	w.Header().Set("Content-Type", "text/plain")
	http.Error(w, msg, http.StatusUnauthorized)
}

// Abort stops a gin request with 403.
func Abort(c *gin.Context, msg string) { // want Abort:"codeswitch\\(rejects\\)"
	if msg == "" {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": msg})
}

// Note only logs.
func Note(r *http.Request, msg string) {
	log.Printf("%s %s: %s", r.Method, r.URL.Path, msg)
}

// Maybe answers 401 in strict mode only.
func Maybe(w http.ResponseWriter, strict bool, msg string) {
	if strict {
		http.Error(w, msg, http.StatusUnauthorized)
	}
}

// Expired answers 401 through Deny: a helper calling a rejecting helper
// rejects.
func Expired(w http.ResponseWriter) { // want Expired:"codeswitch\\(rejects\\)"
	w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
	Deny(w, "Your session expired.")
}
