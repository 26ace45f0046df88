package notices

import (
	"rawexposure/accum/idcheck"
)

// Identity is the identity-check notice; it quotes the server's text.
func Identity(name string, a idcheck.Answer) []byte { // want Identity:`result 0 raw errorMessage`
	var s sheet
	s.setTitle("Identity check")
	s.printf("Dear %s,", name)
	if a.OK() {
		s.printf("Your identity is confirmed.")
	} else {
		s.printf("Status: %s", a.ErrorMessage)
	}
	return s.bytes()
}

// Lockout puts the server's text in the title, on a sheet by pointer.
func Lockout(a idcheck.Answer) string { // want Lockout:`result 0 raw errorMessage`
	s := &sheet{}
	s.setTitle(a.ErrorMessage)
	s.printf("Your account is locked.")
	return s.text()
}

// Summary keeps the server's text in a keyed field.
func Summary(ref string, a idcheck.Answer) string { // want Summary:`result 0 raw errorMessage`
	s := new(sheet)
	s.field("Reference", ref)
	s.field("Reason", a.ErrorMessage)
	return s.text()
}

// Receipt is written by the team only: other sheets holding the server's
// text do not make it raw.
func Receipt(name, ref string) []byte {
	var s sheet
	s.setTitle("Receipt")
	s.printf("Dear %s,", name)
	s.printf("We received your request %s.", ref)
	s.field("Reference", ref)
	return s.bytes()
}

// Welcome fills a sheet by pointer with fixed text.
func Welcome(name string) string {
	s := &sheet{}
	s.setTitle("Welcome")
	s.printf("Hello %s, your portal account is ready.", name)
	return s.text()
}
