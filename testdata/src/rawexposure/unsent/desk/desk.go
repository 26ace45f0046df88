// Package desk is the agents' console: an activity list rendered with
// html/template. SurePassID's own answer is kept in unexported fields for
// the audit export, which templates cannot read.
package desk

import (
	"fmt"
	"html/template"
	"net/http"
	"slices"
	"sync"

	"rawexposure/unsent/helpdesk"
)

// activity is one row of the console's list.
type activity struct {
	User    string
	Outcome string
	// kept for the audit export only
	spCode int
	spText string
}

// remark is a row whose vendor text a method hands to the template.
type remark struct {
	User   string
	detail string
}

// Detail is what {{.Detail}} shows.
func (r remark) Detail() string { return r.detail } // want Detail:"result 0 raw errorMessage from desk.Detail"

// shown is a row that keeps the vendor text in an exported field.
type shown struct {
	User   string
	Reason string
}

type listPage struct {
	Title string
	Rows  []activity
}

// Console serves the agent pages.
type Console struct {
	sp *helpdesk.Client

	mu   sync.Mutex
	rows []activity
	byID map[string]activity
}

var listTmpl = template.Must(template.New("list").Parse(`{{range .Rows}}<p>{{.User}}: {{.Outcome}}</p>{{end}}`))

func (c *Console) add(a activity) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.rows = append(c.rows, a)
}

func (c *Console) snapshot() []activity {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.rows)
}

// render is the console's one template helper.
func (c *Console) render(w http.ResponseWriter, data any) {
	if err := listTmpl.Execute(w, data); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
	}
}

// Reset keeps the vendor's answer in the unexported fields only.
func (c *Console) Reset(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	res, err := c.sp.ResetToken(r.Context(), user)
	if err != nil {
		http.Error(w, "the token service is unavailable", http.StatusBadGateway)
		return
	}
	if res.ErrorCode != 0 {
		c.add(activity{User: user, Outcome: "reset failed", spCode: res.ErrorCode, spText: res.ErrorMessage})
	} else {
		c.add(activity{User: user, Outcome: "reset"})
	}
	listTmpl.Execute(w, map[string]any{"Rows": c.snapshot()})
}

// List renders the rows through a struct field and a helper.
func (c *Console) List(w http.ResponseWriter, r *http.Request) {
	c.render(w, listPage{Title: "Activity", Rows: c.snapshot()})
}

// One stores the vendor text field by field and renders the row.
func (c *Console) One(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	res, err := c.sp.ResetToken(r.Context(), user)
	if err != nil || res == nil {
		http.Error(w, "the token service is unavailable", http.StatusBadGateway)
		return
	}
	var a activity
	a.User = user
	a.Outcome = "checked"
	a.spText = res.ErrorMessage
	c.mu.Lock()
	c.byID[user] = a
	c.mu.Unlock()
	listTmpl.Execute(w, &a)
}

// Dump prints the rows with %+v, which shows unexported fields.
func (c *Console) Dump(w http.ResponseWriter, r *http.Request) {
	rows := c.snapshot()
	fmt.Fprintf(w, "%+v\n", rows) // want `raw SurePassID errorMessage`
}

// Remark hands the vendor text to the template through a method.
func (c *Console) Remark(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	res, err := c.sp.ResetToken(r.Context(), user)
	if err != nil || res == nil {
		http.Error(w, "the token service is unavailable", http.StatusBadGateway)
		return
	}
	listTmpl.Execute(w, []remark{{User: user, detail: res.ErrorMessage}}) // want `raw SurePassID errorMessage`
}

// Shown keeps the vendor text in an exported field.
func (c *Console) Shown(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	res, err := c.sp.ResetToken(r.Context(), user)
	if err != nil || res == nil {
		http.Error(w, "the token service is unavailable", http.StatusBadGateway)
		return
	}
	c.render(w, shown{User: user, Reason: res.ErrorMessage}) // want `raw SurePassID errorMessage`
}
