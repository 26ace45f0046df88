// Package enrollweb is the echo front end of the OTP enrollment: its view
// models collect notices across the steps of a request.
package enrollweb

// pageVM is what the enrollment templates render.
type pageVM struct {
	Title   string
	User    string
	Notices []string
	Steps   []stepVM
}

type stepVM struct {
	Name   string
	OK     bool
	Detail string
}

// notice adds a line to the page.
func (v *pageVM) notice(s string) { v.Notices = append(v.Notices, s) }

// step records a step's outcome.
func (v *pageVM) step(name string, ok bool, detail string) {
	v.Steps = append(v.Steps, stepVM{Name: name, OK: ok, Detail: detail})
}
