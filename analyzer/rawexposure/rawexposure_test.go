package rawexposure_test

import (
	"flag"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
	"github.com/surepasslint/surepasslint/analyzer/rawexposure"
)

var update = flag.Bool("update", false, "rewrite the .golden files of the rawexposure cases from the suggested fixes")

// cases are the packages of testdata/src/rawexposure this file owns (the
// framework cases have their own test).
var cases = []string{
	"rawexposure/surepass", "rawexposure/httpx", "rawexposure/web", "rawexposure/flows",
	"rawexposure/guards", "rawexposure/printf", "rawexposure/othervendor", "rawexposure/plainclient", "rawexposure/typeerr",
	"rawexposure/idp/...",        // flow sensitivity and guards in conditions
	"rawexposure/shapes/...",     // json.Number, string and pointer fields, xml tags
	"rawexposure/accessors/...",  // protobuf getters and the consumer's accessors
	"rawexposure/errtype/...",    // a client's error type and results through the module's interfaces
	"rawexposure/loose/...",      // decoded maps, gjson and json.Number answers; replies built in a package with no evidence
	"rawexposure/sentinels/...",  // errors.Is and == on fixed sentinels
	"rawexposure/isnarrow/...",   // errors.Is (pkg/errors too) narrowing to sentinels no raw error wraps
	"rawexposure/fixedwrap/...",  // sentinels wrapped only with the team's fixed reasons
	"rawexposure/aggregates/...", // errors collected (errors.Join, multierror, multierr, a team's collector, channels)
	"rawexposure/parsefail/...",  // a code quoted where its own parse failed
	"rawexposure/voicexml",       // encoders over the response built by a helper of the package (enc := open(w))
	"rawexposure/rawbody/...",    // the bytes of an answer decoded into a response, kept in errors and relayed
}

// broken are the cases that do not compile on purpose.
var broken = map[string]bool{"rawexposure/typeerr": true}

// TestRawExposure checks diagnostics and facts (// want), then the fixes:
// each diagnostic has exactly one, the fixed files match their .golden
// files, the fixed packages type-check, and the check finds nothing left
// in them.
func TestRawExposure(t *testing.T) {
	dir := analyzertest.TestData(t)
	var results []*analysistest.Result
	if *update {
		results = analysistest.Run(t, dir, rawexposure.Analyzer, cases...)
	} else {
		results = analysistest.RunWithSuggestedFixes(t, dir, rawexposure.Analyzer, cases...)
	}
	analyzertest.RelatedInPackage(t, results)
	checkCategory(t, results)
	fixed := analyzertest.ApplyFixes(t, results)
	if *update {
		analyzertest.WriteGoldens(t, fixed)
	}
	recheck(t, dir, fixed)
}

// checkCategory: a finding about a raw errorMessage is in category
// "message", one about a return code in category "code": editors show it
// beside the check's name (VS Code: rawexposure(message)); without one gopls
// shows "default".
func checkCategory(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	seen := map[string]bool{}
	analyzertest.CheckCategory(t, results, func(d analysis.Diagnostic) string {
		seen[d.Category] = true
		switch {
		case strings.HasPrefix(d.Message, "raw SurePassID errorMessage "):
			return "message"
		case strings.HasPrefix(d.Message, "raw SurePassID return code "):
			return "code"
		}
		return "(not a finding)"
	})
	if !seen["message"] || !seen["code"] {
		t.Errorf("categories seen: %v, want both message and code", seen)
	}
}

// recheck type-checks the fixed packages and runs the check on them again:
// no fix may break the build or leave its finding behind.
func recheck(t *testing.T, dir string, fixed map[string][]byte) {
	t.Helper()
	var patterns []string
	for _, c := range cases {
		if !broken[c] {
			patterns = append(patterns, c)
		}
	}
	analyzertest.Recheck(t, dir, fixed, patterns, rawexposure.Analyzer)
}

// TestDoc: -explain rawexposure prints Analyzer.Doc, the package comment of
// doc.go, which must hold a before/after example.
func TestDoc(t *testing.T) {
	if !strings.HasPrefix(rawexposure.Analyzer.Doc, "Package rawexposure reports ") {
		t.Errorf("Analyzer.Doc does not start with the package comment's first sentence:\n%s", rawexposure.Analyzer.Doc)
	}
	if !strings.Contains(rawexposure.Analyzer.Doc, "Before:") {
		t.Error("Doc has no before/after example")
	}
}

// TestUserSinks runs the check with -rawexposure.sinks naming a method and
// a variadic function of a project's own notification package.
func TestUserSinks(t *testing.T) {
	analyzertest.SetFlag(t, &rawexposure.Analyzer.Flags, "sinks", "rawexposure/usersinks/notify.Banner.Show:0, rawexposure/usersinks/notify.Toast:1...")
	analysistest.Run(t, analyzertest.TestData(t), rawexposure.Analyzer, "rawexposure/usersinks/app")
}

// TestNotifiers runs the check over an SQS worker telling end users about a
// failed push through the team's own senders: an SMS Notifier interface and
// its provider-backed type named with -rawexposure.sinks, a Mailer whose
// interface method carries a sink directive, and an on-call Pager that is
// neither (its reader is an operator). Every fix is applied (.golden files).
func TestNotifiers(t *testing.T) {
	analyzertest.SetFlag(t, &rawexposure.Analyzer.Flags, "sinks", "rawexposure/notifiers/notify.Notifier.SendText:2,rawexposure/notifiers/notify.SMS.SendText:2")
	checkFixed(t, "rawexposure/notifiers/...")
}

func TestSinksFlagFormat(t *testing.T) {
	f := rawexposure.Analyzer.Flags.Lookup("sinks")
	defer func() { _ = f.Value.Set("") }()
	for _, good := range []string{
		"example.com/app/ui.Show:0",
		"example.com/app/ui.Banner.Show:2...",
		"ui.Show:0,example.com/x.Y.Z:1",
		"",
	} {
		if err := f.Value.Set(good); err != nil {
			t.Errorf("Set(%q): %v", good, err)
		}
	}
	for _, bad := range []string{
		"example.com/app/ui.Show",          // no index
		"example.com/app/ui.Show:x",        // not a number
		"example.com/app/ui.Show:-1",       // negative
		"example.com/app/ui:0",             // no function
		"example.com/app/ui.A.B.C:0",       // too many parts
		"example.com/app/ui.Show-Now:0",    // not an identifier
		"example.com/app/ui.Banner.:0",     // empty method
		"example.com/app/ui.Show:0,broken", // one bad entry
	} {
		err := f.Value.Set(bad)
		if err == nil {
			t.Errorf("Set(%q) succeeded, want an error", bad)
			continue
		}
		if !strings.Contains(err.Error(), "import/path.Func:N") {
			t.Errorf("Set(%q): error %q does not say the format", bad, err)
		}
	}
}

// TestFixesVet: the code every .golden file holds, each fix applied, passes
// go vet's printf check (a code formatted with %d must not become a string
// formatted with %d).
func TestFixesVet(t *testing.T) {
	analyzertest.VetGoldens(t, analyzertest.TestData(t), "rawexposure", "rawexposure/typeerr", "rawexposure/syntaxerr")
}

// TestNoFixInBrokenFile: in a file that does not parse the finding stays,
// without a fix (the .golden file equals the input).
func TestNoFixInBrokenFile(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, analyzertest.TestData(t), rawexposure.Analyzer, "rawexposure/syntaxerr")
	analyzertest.NoFixes(t, results)
}
