// Package deskapi serves the console's activity list as JSON.
package deskapi

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"

	"rawexposure/unsent/helpdesk"
)

type event struct {
	User   string `json:"user"`
	Status string `json:"status"`
	vendor string
}

type eventList struct {
	Events []event `json:"events"`
	Count  int     `json:"count"`
}

// API serves the events.
type API struct {
	sp     *helpdesk.Client
	events map[string][]event
}

// Reset answers with the event list; the vendor text is not encoded.
func (a *API) Reset(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	res, err := a.sp.ResetToken(r.Context(), user)
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	ev := event{User: user, Status: "ok"}
	if res.ErrorCode != 0 {
		ev = event{User: user, Status: "failed", vendor: res.ErrorMessage}
	}
	a.events[user] = append(a.events[user], ev)
	json.NewEncoder(w).Encode(eventList{Events: a.events[user], Count: len(a.events[user])})
}

// History answers with gin.
func (a *API) History(c *gin.Context) {
	c.JSON(http.StatusOK, a.events)
}

// Plain writes the vendor text itself.
func (a *API) Plain(w http.ResponseWriter, r *http.Request) {
	for _, ev := range a.events[r.FormValue("user")] {
		json.NewEncoder(w).Encode(map[string]string{"status": ev.Status, "detail": ev.vendor}) // want `raw SurePassID errorMessage`
	}
}

// Export marshals the events first; the vendor text is not marshaled.
func (a *API) Export(w http.ResponseWriter, r *http.Request) {
	b, err := json.MarshalIndent(a.events, "", "  ")
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(b)
}

// Page renders the events with gin's HTML renderer.
func (a *API) Page(c *gin.Context) {
	c.HTML(http.StatusOK, "events.tmpl", gin.H{"events": a.events[c.Query("user")]})
}
