// Package adminui is the help desk's console: its helpers render a
// template into a buffer and hand the bytes to the response in the ways
// teams write it.
package adminui

import (
	"bytes"
	"io"
	"log"
	"net/http"
	"strings"
	"text/template"

	"rawexposure/rendered/tokensvc"
)

var views = template.Must(template.New("msg").Parse(`<p>{{.}}</p>`))

type view struct {
	Title, Detail string
}

func writePage(w http.ResponseWriter, status int, v view) {
	buf := new(bytes.Buffer)
	if err := views.Execute(buf, v); err != nil {
		http.Error(w, "template", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

func copyPage(w http.ResponseWriter, v view) {
	var buf bytes.Buffer
	if err := views.ExecuteTemplate(&buf, "msg", v); err != nil {
		http.Error(w, "template", http.StatusInternalServerError)
		return
	}
	io.Copy(w, &buf)
}

func builtPage(w http.ResponseWriter, detail string) {
	var sb strings.Builder
	if err := views.Execute(&sb, detail); err != nil {
		return
	}
	io.WriteString(w, sb.String())
}

// logPage renders the page for the server's log only.
func logPage(v view) {
	var buf bytes.Buffer
	if err := views.Execute(&buf, v); err == nil {
		log.Print(buf.String())
	}
}

// Console serves the help desk.
type Console struct {
	Tokens *tokensvc.Client
}

func (c *Console) Assign(w http.ResponseWriter, r *http.Request) {
	rep, err := c.Tokens.AssignToken(r.Context(), r.FormValue("user"), r.FormValue("serial"))
	if err != nil {
		writePage(w, http.StatusBadGateway, view{Title: "Unavailable", Detail: "Try again later."})
		return
	}
	switch {
	case rep.ErrorCode == 9019:
		copyPage(w, view{Title: "In use", Detail: rep.ErrorMessage}) // want `raw SurePassID errorMessage`
	case rep.ErrorCode == 9021:
		builtPage(w, "Unknown serial: "+rep.ErrorMessage) // want `raw SurePassID errorMessage`
	case rep.ErrorCode != 0:
		logPage(view{Title: "Refused", Detail: rep.ErrorMessage})
		writePage(w, http.StatusConflict, view{Title: "Refused", Detail: rep.ErrorMessage}) // want `raw SurePassID errorMessage`
	default:
		writePage(w, http.StatusOK, view{Title: "Assigned"})
	}
}
