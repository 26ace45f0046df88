// Package portal renders the token server's verdict: its accessors carry
// the code and the message here too.
package portal // want "relevant package"

import "spidjsonpath/tokengw"

func show(v *tokengw.Verdict) (int, string, string) {
	if v.Accepted() {
		return 0, "", v.Serial()
	}
	_ = v.Tries()
	return v.Status(), v.Detail(), "" // want "call is code" "call is message"
}

func advise(v *tokengw.Verdict) string {
	switch v.Status() { // want "call is code" "cases are codes by value"
	case tokengw.Replayed, tokengw.WrongOTP:
		return "retry"
	}
	return ""
}
