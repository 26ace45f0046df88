package letters

import (
	"rawexposure/accum/idcheck"
)

// Mailer keeps the page of the verification letter it is writing.
type Mailer struct {
	cur *page
}

// Start begins a verification letter.
func (m *Mailer) Start(name string) {
	m.cur = newPage("Verification")
	m.cur.add("Dear %s,", name)
}

// Outcome adds the server's answer to the letter being written.
func (m *Mailer) Outcome(a idcheck.Answer) {
	if !a.OK() {
		m.cur.add("We could not verify you: %s", a.ErrorMessage)
	}
}

// Finish renders the letter being written.
func (m *Mailer) Finish() []byte { // want Finish:`result 0 raw errorMessage`
	return m.cur.pdf()
}

// Claim is the claim acknowledgement: our own text only, on a page of its
// own, whatever other pages were given.
func Claim(name, ref string) []byte {
	p := newPage("Claim " + ref)
	p.add("Dear %s,", name)
	p.add("We received your claim %s and will answer within 10 days.", ref)
	return p.pdf()
}

// Reminder builds its page as a value.
func Reminder(name string) []byte {
	var p page
	p.title = "Reminder"
	p.add("Dear %s, your claim is still open.", name)
	return p.pdf()
}

// Denial quotes the server on a page of its own.
func Denial(a idcheck.Answer) []byte { // want Denial:`result 0 raw errorMessage`
	p := newPage("Denial")
	p.add("Reason: %s", a.ErrorMessage)
	return p.pdf()
}
