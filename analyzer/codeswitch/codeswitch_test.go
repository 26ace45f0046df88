package codeswitch_test

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/unreachable"

	"github.com/surepasslint/surepasslint/analyzer/codeswitch"
	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
)

var update = flag.Bool("update", false, "rewrite the .golden files of the codeswitch testdata from the fixes")

// configure sets the shared recognition flags the testdata relies on
// (route 4: a configured code type) for the duration of t.
func configure(t *testing.T) {
	t.Helper()
	analyzertest.SetFlag(t, spid.Flags, "codetypes", "codeswitch/configured.Outcome")
}

// fixable are the testdata packages with fixes; the others have none.
var fixable = []string{
	"codeswitch/returncode",         // route 1: codes.ReturnCode
	"codeswitch/surepass",           // route 2: a mirror type, switched in its own package
	"codeswitch/web",                // route 2: the mirror type, switched in another package
	"codeswitch/wcf",                // route 3: plain int ErrorCode, integer literals
	"codeswitch/configured",         // route 4: -codetypes
	"codeswitch/frameworks",         // gin, echo, fiber and gRPC handlers
	"codeswitch/sessiontoken",       // int literals: goroutine fan-out, a watcher, a retry loop
	"codeswitch/restclient/sp",      // the mirror enum and its code tables: nothing reported
	"codeswitch/restclient/account", // success by a call, tagless switches, loops, listed codes that only log
	"codeswitch/restclient/api",     // net/http, gin, echo, fiber handlers rejecting through helpers
	"codeswitch/shapes",             // json.Number, string, float and pointer codes
	"codeswitch/getters/...",        // protobuf getters and the consumer's accessors
	"codeswitch/parsed",             // strconv.Atoi, json.Number.Int64 and conversions of a code
	"codeswitch/names/...",          // untyped SP_ constants, a protobuf enum
	"codeswitch/decide/signin",      // predicates on the code, helpers that always reject
	"codeswitch/decide/spapi",       // the predicates (facts)
	"codeswitch/decide/respond",     // the rejecting helpers (facts)
	"codeswitch/dock/...",           // quiet declines, a table of the caller's own steps, dispatches nested in failure branches
	"codeswitch/verdicts/...",       // accessors and predicates of an embedded envelope, tables with related information
	"codeswitch/teller/...",         // buf-style protobuf enums, an if declaring the code, a SOAP result, replies preset to success
	"codeswitch/loose/...",          // maps, gjson, fastjson and json.Number answers, (code, msg, err) helpers, published codes written as literals, a code in a private field, constants named the team's way
	"codeswitch/envelope/...",       // connect replies wrapped by connect.NewResponse, a table of errors
	"codeswitch/settle/...",         // final branches that act, comma-ok tables, literal chains on a port's int
	"codeswitch/arcade/...",         // state machines, errors.As cases, a code read back from an error, if-else chains with a link on something else
	"codeswitch/consumer/...",       // pointer codes, mixed tagless switches, table lookups, an error type's code, loosely named constants, a card acquirer
	"codeswitch/tables/...",         // tables of handlers and of HTTP statuses, local tables
	"codeswitch/lambda/...",         // serverless responses returned as values, Cognito triggers, deny lists
	"codeswitch/boxoffice/...",      // a code read back from an error whose variable the success path reuses
	"codeswitch/brokerage/...",      // plain table lookups kept in a local or a field, tables in fields and func literals, polling flags, pointer codes behind nil guards
	"codeswitch/vendoriface/...",    // a client called through the consumer's own interface or a func field, closures building rejections, deny lists in config fields, log levels
	"codeswitch/errpreds/...",       // predicates and getters reading the code back from an error
	"codeswitch/wrapped/...",        // predicates of a wrapper around the answer
	"codeswitch/zerotable/rxdesk",   // a dispatch over a client's derived enum; message mappings over it and over the code, quiet
}

var unfixable = []string{
	"codeswitch/othervendor", // another vendor's errorCode: nothing reported
	"codeswitch/generated",   // generated file: nothing reported
}

// TestAnalyzer checks the // want comments and the .golden files of every
// codeswitch testdata package (loading them once, as that is the slow part),
// then that every diagnostic has exactly one fix, that the fixes applied
// together type-check, and that nothing is reported after them.
func TestAnalyzer(t *testing.T) {
	configure(t)
	dir := analyzertest.TestData(t)
	var results []*analysistest.Result
	if *update {
		results = analysistest.Run(t, dir, codeswitch.Analyzer, append(fixable, unfixable...)...)
	} else {
		results = analysistest.RunWithSuggestedFixes(t, dir, codeswitch.Analyzer, append(fixable, unfixable...)...)
	}
	t.Run("related", func(t *testing.T) { checkRelated(t, results) })
	t.Run("related table", func(t *testing.T) { checkTableRelated(t, results) })
	t.Run("range", func(t *testing.T) { checkRange(t, results) })
	t.Run("category", func(t *testing.T) { checkCategory(t, results) })
	t.Run("fixes compile", func(t *testing.T) { checkFixesCompile(t, dir, results) })
}

// checkRelated: the related information is at the first missing code's
// declaration, in the mirror type's package when it declares the code, and
// absent when no declaration is that code (never the field or the type), or
// when the declaration is this linter's codes package (outside the user's
// module: a module-cache path users cannot open, outside %SRCROOT% in SARIF).
func checkRelated(t *testing.T, results []*analysistest.Result) {
	wantRelated(t, results, map[string]string{ // package -> file:line of the first missing code; "" for none
		"codeswitch/web":          "surepass/client.go:21",            // surepass.PartnerLoginFailed
		"codeswitch/returncode":   "",                                 // codes.PartnerLoginFailed: this linter's package
		"codeswitch/wcf":          "",                                 // plain int field, no constants
		"codeswitch/configured":   "",                                 // Outcome has no 9000 constant
		"codeswitch/surepass":     "codeswitch/surepass/client.go:21", // PartnerLoginFailed
		"codeswitch/sessiontoken": "sessiontoken/agent.go:19",         // errPartnerLoginFailed = 9000
	})
}

// checkTableRelated: a dispatch that looks its code up in a table has a
// related location at the table's declaration (the codes it lists are
// written there), besides the first missing code's; others have none.
func checkTableRelated(t *testing.T, results []*analysistest.Result) {
	want := map[string]string{ // file:line of a finding -> its table's declaration
		"verdicts/portal/tables.go:29":  "the table retryable is declared here at verdicts/portal/tables.go:20",
		"verdicts/portal/tables.go:56":  "the table reasons is declared here at verdicts/portal/tables.go:36",
		"verdicts/portal/stepup.go:79":  "",
		"tables/wallet/notices.go:50":   "the table customerNotice is declared here at tables/wallet/notices.go:11",
		"tables/wallet/cards.go:35":     "the table refusals is declared here at tables/wallet/cards.go:28",
		"tables/pharmacy/release.go:64": "the table returned by onAnswer is declared here at tables/pharmacy/release.go:48",

		// Lists of codes tested for membership.
		"lambda/storefront/lists.go:32": "the table declined is declared here at lambda/storefront/lists.go:18",
		"lambda/storefront/lists.go:73": "the table lockouts is declared here at lambda/storefront/lists.go:63",
	}
	seen := map[string]bool{}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			pos := r.Pass.Fset.Position(d.Pos)
			key := ""
			for k := range want {
				if strings.HasSuffix(filepath.ToSlash(pos.Filename)+":"+strconv.Itoa(pos.Line), k) {
					key = k
				}
			}
			if key == "" {
				continue
			}
			seen[key] = true
			got := ""
			for _, rel := range d.Related {
				if strings.Contains(rel.Message, "table") {
					p := r.Pass.Fset.Position(rel.Pos)
					got = rel.Message + " at " + filepath.ToSlash(p.Filename) + ":" + strconv.Itoa(p.Line)
				}
			}
			w := want[key]
			msg, loc, _ := strings.Cut(w, " at ")
			if (w == "") != (got == "") || w != "" && (!strings.HasPrefix(got, msg) || !strings.HasSuffix(got, "/"+loc)) {
				t.Errorf("%s: table related %q, want %q", key, got, w)
			}
		}
	}
	for k := range want {
		if !seen[k] {
			t.Errorf("%s: no diagnostic", k)
		}
	}
}

// TestRelatedModule: in module mode, as the drivers run, the related
// information points at a constant of another package of the analysed
// package's module, and never into another module.
func TestRelatedModule(t *testing.T) {
	dir := filepath.Join(analyzertest.TestData(t), "related")
	results := analysistest.Run(t, dir, codeswitch.Analyzer, "example.com/portal/web", "example.com/portal/vendorweb")
	wantRelated(t, results, map[string]string{
		"example.com/portal/web":       "related/surepass/client.go:18", // surepass.PartnerLoginFailed
		"example.com/portal/vendorweb": "",                              // spsdk.PartnerLoginFailed: module example.com/spsdk
	})
}

// wantRelated checks the related information of the packages of want
// (package -> file:line of the first missing code; "" for none).
func wantRelated(t *testing.T, results []*analysistest.Result, want map[string]string) {
	t.Helper()
	seen := map[string]bool{}
	for _, r := range results {
		path := r.Pass.Pkg.Path()
		w, ok := want[path]
		if !ok {
			continue
		}
		seen[path] = true
		if len(r.Diagnostics) == 0 {
			t.Errorf("%s: no diagnostics", path)
			continue
		}
		d := r.Diagnostics[0]
		if w == "" {
			for _, d := range r.Diagnostics {
				if len(d.Related) != 0 {
					t.Errorf("%s: related at %s, want none", path, r.Pass.Fset.Position(d.Related[0].Pos))
				}
			}
			continue
		}
		if len(d.Related) != 1 {
			t.Errorf("%s: %d related, want 1", path, len(d.Related))
			continue
		}
		pos := r.Pass.Fset.Position(d.Related[0].Pos)
		got := filepath.ToSlash(pos.Filename) + ":" + strconv.Itoa(pos.Line)
		if !strings.HasSuffix(got, w) {
			t.Errorf("%s: related at %s, want %s", path, got, w)
		}
	}
	for path := range want {
		if !seen[path] {
			t.Errorf("%s: not analysed", path)
		}
	}
}

// checkCategory: every finding is in category "failopen", which editors
// show beside the check's name (VS Code: codeswitch(failopen)); without one
// gopls shows "default".
func checkCategory(t *testing.T, results []*analysistest.Result) {
	analyzertest.CheckCategory(t, results, func(analysis.Diagnostic) string { return "failopen" })
}

// checkRange: a diagnostic covers the switch or if keyword, or the
// statement keeping a table lookup, or the return of a predicate judged
// on its own.
func checkRange(t *testing.T, results []*analysistest.Result) {
	for _, r := range results {
		for _, d := range r.Diagnostics {
			tf := r.Pass.Fset.File(d.Pos)
			src, err := os.ReadFile(tf.Name())
			if err != nil {
				t.Fatal(err)
			}
			if got := string(src[tf.Offset(d.Pos):tf.Offset(d.End)]); got != "switch" && got != "if" && !strings.HasPrefix(d.Message, "fail-open table lookup") && !strings.HasPrefix(d.Message, "fail-open table dispatch") && (got != "return" || !strings.HasPrefix(d.Message, "fail-open predicate")) {
				t.Errorf("%s: diagnostic covers %q, want the keyword", r.Pass.Fset.Position(d.Pos), got)
			}
		}
	}
}

// checkFixesCompile applies every fix of every diagnostic at once, writes
// the .golden files with -update, and type-checks and re-analyzes the result.
// The testdata has no unreachable code, so none may appear.
func checkFixesCompile(t *testing.T, dir string, results []*analysistest.Result) {
	fixed := analyzertest.ApplyFixes(t, results)
	if *update {
		analyzertest.WriteGoldens(t, fixed)
	}
	analyzertest.Recheck(t, dir, fixed, fixable, codeswitch.Analyzer, unreachable.Analyzer)
}

// TestDoc: -explain codeswitch prints Analyzer.Doc, the package comment of
// doc.go, which must hold the contract and an example.
func TestDoc(t *testing.T) {
	if !strings.HasPrefix(codeswitch.Analyzer.Doc, "Package codeswitch reports ") {
		t.Errorf("Analyzer.Doc does not start with the package comment's first sentence:\n%s", codeswitch.Analyzer.Doc)
	}
	for _, want := range []string{"# Fails closed", "# Suggested fix", "switch resp.ErrorCode {", "default:"} {
		if !strings.Contains(codeswitch.Analyzer.Doc, want) {
			t.Errorf("Analyzer.Doc lacks %q", want)
		}
	}
}

func TestFlags(t *testing.T) {
	f := codeswitch.Analyzer.Flags.Lookup("require")
	if err := f.Value.Set("SMSSendError, OTPInvalid"); err != nil {
		t.Fatal(err)
	}
	if got := f.Value.String(); got != "OTPInvalid,SMSSendError" {
		t.Errorf("require = %q", got)
	}
	err := f.Value.Set("OTPInvalid,NoSuchCode")
	if err == nil || !strings.Contains(err.Error(), `unknown SurePassID return code "NoSuchCode"`) || strings.Contains(err.Error(), "\n") {
		t.Errorf("Set(NoSuchCode) = %v, want one line naming the unknown code", err)
	}
	if err := f.Value.Set(""); err != nil {
		t.Fatal(err)
	}
	if codeswitch.Analyzer.Flags.Lookup("ignore") == nil {
		t.Error("no -ignore flag")
	}
}

// TestRequireIgnore: -codeswitch.require adds codes to the required set,
// -codeswitch.ignore removes them (see the want comment in testdata).
func TestRequireIgnore(t *testing.T) {
	analyzertest.SetFlag(t, &codeswitch.Analyzer.Flags, "require", "SMSSendError")
	analyzertest.SetFlag(t, &codeswitch.Analyzer.Flags, "ignore", "PartnerLoginFailed,PartnerUserLoginFailed,OTPAlreadyUsed")
	analysistest.Run(t, analyzertest.TestData(t), codeswitch.Analyzer, "codeswitch/flagged")
}

// TestBroken: code with type and syntax errors, as in an editor, is
// analyzed without panics (RunDespiteErrors).
func TestBroken(t *testing.T) {
	analysistest.Run(t, analyzertest.TestData(t), codeswitch.Analyzer, "codeswitch/broken")
}

// TestFixesVet: the code every .golden file holds, each fix applied, passes
// go vet's printf check.
func TestFixesVet(t *testing.T) {
	analyzertest.VetGoldens(t, analyzertest.TestData(t), "codeswitch", "codeswitch/syntaxerr")
}

// TestNoFixInBrokenFile: a half-typed switch (`case 9002` with no colon) is
// reported, without a fix (the .golden file equals the input).
func TestNoFixInBrokenFile(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, analyzertest.TestData(t), codeswitch.Analyzer, "codeswitch/syntaxerr")
	analyzertest.NoFixes(t, results)
}

// TestNoFix: where no sound fix exists the diagnostic has none and its
// message says why.
func TestNoFix(t *testing.T) {
	results := analysistest.Run(t, analyzertest.TestData(t), codeswitch.Analyzer, "codeswitch/nofix/...")
	n := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			n++
			if len(d.SuggestedFixes) != 0 {
				t.Errorf("%s: %d suggested fixes, want none", r.Pass.Fset.Position(d.Pos), len(d.SuggestedFixes))
			}
			if !strings.Contains(d.Message, "(no suggested fix: ") {
				t.Errorf("%s: message %q does not say why there is no fix", r.Pass.Fset.Position(d.Pos), d.Message)
			}
		}
	}
	if n == 0 {
		t.Fatal("no diagnostics in codeswitch/nofix")
	}
}
