// Package mailtpl holds the help desk's mail templates and the data they
// are executed with.
package mailtpl

import (
	htmltemplate "html/template"
	"text/template"

	"rawexposure/notices/spclient"
)

// Text is the plain-text body.
var Text = template.Must(template.New("text").Parse("Hello {{.Name}},\n\n{{.Headline}}\n{{with .Reason}}Reason: {{.}}\n{{end}}"))

// HTML is the HTML body.
var HTML = htmltemplate.Must(htmltemplate.New("html").Parse("<p>Hello {{.Name}},</p><p>{{.Headline}}</p>{{with .Reason}}<p>{{.}}</p>{{end}}"))

// Notice is what both templates show.
type Notice struct {
	Name     string
	Headline string
	Reason   string // want Reason:"raw errorMessage from mailtpl.Notice.Reason"
}

// Refused is the notice of an enrollment SurePassID refused, with its
// answer's text.
func Refused(name string, a *spclient.Answer) Notice { // want Refused:"result 0 raw errorMessage from mailtpl.Refused"
	return Notice{Name: name, Headline: "Your authenticator could not be set up.", Reason: a.ErrorMessage}
}
