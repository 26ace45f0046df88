package fuzzcheck_test

import (
	"strings"
	"testing"
)

// brokenFindings are the findings expected in testdata/src/broken, by
// file:line, check and the start of the message: what a user expects from
// the parts of the broken code that make sense.
var brokenFindings = []string{
	// http.Error(w, env.ErrorMessage   (the call is not closed)
	"broken/halfhandler/handler.go:15: rawexposure: raw SurePassID errorMessage (from env.ErrorMessage) written to the HTTP response",
	// a complete switch before the half-written ones
	"broken/halfswitch/switch.go:8: codeswitch: fail-open switch",
	// a good file beside a broken one
	"broken/mixed/mixed.go:15: codeswitch: fail-open switch",
	// a switch that type-checks in a file that does not
	"broken/typeerrs/client.go:35: codeswitch: fail-open switch",
	// http.Error with too few arguments, and message + code
	"broken/typeerrs/client.go:55: rawexposure: raw SurePassID errorMessage (from resp.ErrorMessage) written to the HTTP response",
	"broken/typeerrs/client.go:56: rawexposure: raw SurePassID errorMessage (from resp.ErrorMessage) written to the HTTP response",
}

// TestBroken runs every check, through the x/tools checker as the CLI does,
// over testdata/src/broken: code with type errors, missing imports and
// half-written switches and handlers, as an editor sees it while one types.
// No check may panic or fail, and the findings are those listed.
func TestBroken(t *testing.T) {
	e, _ := load(t)
	got, errs, err := e.Analyze("broken/")
	if err != nil {
		t.Fatal(err)
	}
	for _, err := range errs {
		t.Error(err)
	}
	checks := map[string]bool{}
	for _, a := range e.Analyzers {
		checks[a.Name] = true
	}
	var want []string
	for _, w := range brokenFindings {
		// Only the checks that are in analyzer/all yet.
		if check := strings.TrimSuffix(strings.Fields(w)[1], ":"); checks[check] {
			want = append(want, w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %d findings, want %d", len(got), len(want))
	}
	for i := 0; i < len(got) || i < len(want); i++ {
		switch {
		case i >= len(got):
			t.Errorf("missing: %s", want[i])
		case i >= len(want):
			t.Errorf("unexpected: %s", got[i])
		case !strings.HasPrefix(got[i], want[i]):
			t.Errorf("got  %s\nwant %s...", got[i], want[i])
		}
	}
}
