package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/all"
	"github.com/surepasslint/surepasslint/internal/sarif/sariftest"
)

// bin is surepasslint built with the test-only check testleak (see
// testcheck.go), so these tests do not depend on what the real checks find.
var bin string

func TestMain(m *testing.M) {
	os.Exit(func() int {
		dir, err := os.MkdirTemp("", "surepasslint-test")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(dir)
		bin = filepath.Join(dir, "surepasslint")
		build := exec.Command("go", "build", "-tags", "surepasslint_testcheck", "-o", bin, ".")
		if out, err := build.CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "building surepasslint: %v\n%s", err, out)
			return 1
		}
		return m.Run()
	}())
}

// fixtureEnv keeps the go command inside each fixture module and offline:
// the fixtures have no dependencies.
var fixtureEnv = []string{"GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off", "GOTOOLCHAIN=local"}

type result struct {
	stdout, stderr string
	code           int
}

// run runs name (bin if empty) with args in dir and returns its output and
// exit status.
func run(t *testing.T, dir, name string, args ...string) result {
	t.Helper()
	if name == "" {
		name = bin
	}
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), fixtureEnv...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("running %s: %v", name, err)
	}
	return result{stdout.String(), stderr.String(), cmd.ProcessState.ExitCode()}
}

// fixture returns a writable copy of testdata/name.
func fixture(t *testing.T, name string) string {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("testdata", name))); err != nil {
		t.Fatal(err)
	}
	return dir
}

const (
	leakFinding  = "web/web.go:8:28: call to leaky vendorapi.LeakMessage shows raw text"
	staleFinding = "web/web.go:19:2: //lint:ignore suppresses no testleak finding; remove it"
)

func TestExitStatus(t *testing.T) {
	for _, tc := range []struct {
		name    string
		fixture string
		args    []string
		code    int
		stdout  []string // substrings
		stderr  []string
		absent  []string // substrings of neither
	}{
		{name: "clean", fixture: "clean", args: []string{"./..."}, code: 0},
		{name: "findings", fixture: "findings", args: []string{"./..."}, code: 3,
			stderr: []string{leakFinding + " (testleak)\n", staleFinding + " (lintignore)\n",
				"surepasslint: 2 findings, 1 with a suggested fix: surepasslint -fix -diff ./... shows it, -fix applies it\n"},
			absent: []string{"web.go:14"}},
		{name: "type errors", fixture: "broken", args: []string{"./..."}, code: 1,
			stderr: []string{`cannot use "three"`}},
		// One rule in every mode: a package that does not type-check makes
		// the run exit 1, even with findings elsewhere (which are printed).
		{name: "type errors and findings", fixture: "brokenfindings", args: []string{"./..."}, code: 1,
			stderr: []string{"web/web.go:8:28: call to leaky vendorapi.LeakMessage shows raw text (testleak)",
				"# example.com/brokenfindings/admin\nadmin/count.go:5:30: cannot use \"three\""}},
		{name: "sarif type errors and findings", fixture: "brokenfindings", args: []string{"-sarif", "./..."}, code: 1,
			stdout: []string{`"ruleId": "testleak"`, `"executionSuccessful": false`, `"toolExecutionNotifications"`,
				`"text": "example.com/brokenfindings/admin: admin/count.go:5:30: cannot use \"three\"`, `"uri": "admin/count.go"`}},
		{name: "json type errors and findings", fixture: "brokenfindings", args: []string{"-json", "./..."}, code: 1,
			stdout: []string{"call to leaky vendorapi.LeakMessage", `"example.com/brokenfindings/admin": {`, `"error": "admin/count.go:5:30: cannot use`}},
		{name: "no packages matched", fixture: "clean", args: []string{"example.com/none/..."}, code: 1, stderr: []string{"matched no packages"}},
		{name: "test files", fixture: "brokenfindings", args: []string{"./..."}, code: 1,
			stderr: []string{"web/web_test.go:11:28: call to leaky vendorapi.LeakMessage shows raw text (testleak)"}},
		{name: "test files excluded", fixture: "brokenfindings", args: []string{"-test=false", "./..."}, code: 1,
			stderr: []string{"web/web.go:8:28: call to leaky"}, absent: []string{"web_test.go"}},
		{name: "build tags", fixture: "clean", args: []string{"-tags=integration", "./..."}, code: 0},
		{name: "no such package", fixture: "clean", args: []string{"./nosuch"}, code: 1},
		{name: "check disabled", fixture: "findings", args: []string{"-testleak=false", "./..."}, code: 0},
		{name: "check flag", fixture: "findings", args: []string{"-testleak.prefix=Status", "./..."}, code: 3,
			stderr: []string{"web/web.go:13:2: //lint:ignore suppresses no testleak finding"},
			absent: []string{"LeakMessage shows", "web.go:20"}},
		{name: "json exits 0", fixture: "findings", args: []string{"-json", "./..."}, code: 0,
			stdout: []string{`"testleak"`, "call to leaky vendorapi.LeakMessage"}},

		{name: "no packages", fixture: "clean", code: 2, stderr: []string{"surepasslint: no packages given"}},
		{name: "unknown flag", fixture: "clean", args: []string{"-nosuch", "./..."}, code: 2,
			stderr: []string{"flag provided but not defined: -nosuch"}},
		{name: "bad flag value", fixture: "clean", args: []string{"-c=many", "./..."}, code: 2,
			stderr: []string{`invalid value "many" for flag -c`}},
		{name: "bad recognition flag value", fixture: "clean", args: []string{"-codetypes=NoPackage", "./..."}, code: 2,
			stderr: []string{`invalid value "NoPackage" for flag -codetypes`}},
		{name: "bad check selection", fixture: "clean", args: []string{"-testleak=maybe", "./..."}, code: 2},
		{name: "bad -V", fixture: "clean", args: []string{"-V=short"}, code: 2, stderr: []string{"use -V or -V=full"}},
		{name: "diff without fix", fixture: "clean", args: []string{"-diff", "./..."}, code: 2, stderr: []string{"-diff goes with -fix"}},
		{name: "json with fix", fixture: "clean", args: []string{"-json", "-fix", "./..."}, code: 2},

		{name: "explain", fixture: "clean", args: []string{"-explain", "testleak"}, code: 0,
			stdout: []string{"testleak: report calls to another package's Leak* functions", "Before:", "After:",
				"\treturn \"request failed\"", "-testleak.prefix", "//lint:ignore testleak <why this finding is safe>"}},
		{name: "explain lintignore", fixture: "clean", args: []string{"-explain=lintignore"}, code: 0,
			stdout: []string{"//nolint:surepasslint // reason"}},
		{name: "explain unknown", fixture: "clean", args: []string{"-explain", "codeswtich"}, code: 2,
			stderr: []string{`surepasslint: -explain: unknown check "codeswtich"; known checks: `, "lintignore", "testleak"}},
		{name: "version", fixture: "clean", args: []string{"-version"}, code: 0, stdout: []string{"surepasslint ", " go1."}},
		{name: "vet protocol version", fixture: "clean", args: []string{"-V=full"}, code: 0, stdout: []string{"surepasslint version (devel) buildID="}},
		{name: "vet protocol flags", fixture: "clean", args: []string{"-flags"}, code: 0,
			stdout: []string{`"Name": "testleak.prefix"`, `"Name": "codetypes"`}, absent: []string{`"Name": "sarif"`}},
		{name: "help", fixture: "clean", args: []string{"help"}, code: 0,
			stdout: []string{"surepasslint reports Go code that consumes the SurePassID API", "testleak ", "-codetypes", "Exit status:"},
			absent: []string{"Printf", "strings.Split"}},
		{name: "-help", fixture: "clean", args: []string{"-help"}, code: 0, stdout: []string{"Usage:"}},
		{name: "help check", fixture: "clean", args: []string{"help", "testleak"}, code: 0, stdout: []string{"-testleak.prefix"}},
		{name: "bad flag hint", fixture: "clean", args: []string{"-nosuch", "./..."}, code: 2,
			stderr: []string{"run 'surepasslint help' for the flags"}, absent: []string{"-help"}},

		{name: "sarif clean", fixture: "clean", args: []string{"-sarif", "./..."}, code: 0, stdout: []string{`"results": []`}},
		{name: "sarif findings", fixture: "findings", args: []string{"-sarif", "./..."}, code: 3,
			stdout: []string{`"ruleId": "testleak"`, `"ruleId": "lintignore"`}},
		{name: "sarif type errors", fixture: "broken", args: []string{"-sarif", "./..."}, code: 1,
			stdout: []string{`"executionSuccessful": false`}},
		{name: "sarif check flag", fixture: "findings", args: []string{"-sarif", "-testleak.prefix=Status", "./..."}, code: 3,
			stdout: []string{`"startLine": 13`}, absent: []string{"LeakMessage shows"}},
		{name: "sarif only one check", fixture: "findings", args: []string{"-sarif", "-testleak=false", "./..."}, code: 0},
		{name: "sarif with fix", fixture: "findings", args: []string{"-sarif", "-fix", "./..."}, code: 2,
			stderr: []string{"-sarif cannot be combined with -fix"}},
		{name: "sarif no packages", fixture: "findings", args: []string{"-sarif"}, code: 2, stderr: []string{"no packages given"}},
		{name: "sarif unknown flag", fixture: "findings", args: []string{"-sarif", "-nosuch", "./..."}, code: 2,
			stderr: []string{"flag provided but not defined: -nosuch"}},
		{name: "sarif bad srcroot", fixture: "findings", args: []string{"-sarif", "-srcroot=nosuch", "./..."}, code: 2,
			stderr: []string{"-srcroot nosuch: not a directory"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, filepath.Join("testdata", tc.fixture), "", tc.args...)
			if r.code != tc.code {
				t.Errorf("exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, tc.code, r.stdout, r.stderr)
			}
			for _, s := range tc.stdout {
				if !strings.Contains(r.stdout, s) {
					t.Errorf("stdout lacks %q:\n%s", s, r.stdout)
				}
			}
			for _, s := range tc.stderr {
				if !strings.Contains(r.stderr, s) {
					t.Errorf("stderr lacks %q:\n%s", s, r.stderr)
				}
			}
			for _, s := range tc.absent {
				if strings.Contains(r.stdout+r.stderr, s) {
					t.Errorf("output has %q:\nstdout:\n%s\nstderr:\n%s", s, r.stdout, r.stderr)
				}
			}
		})
	}
}

// TestTypeErrorsOnce: a package that does not type-check is named once,
// with each of its errors once, in every mode.
func TestTypeErrorsOnce(t *testing.T) {
	for _, args := range [][]string{{"./..."}, {"-sarif", "./..."}, {"-json", "./..."}, {"-fix", "-diff", "./..."}} {
		r := run(t, filepath.Join("testdata", "brokenfindings"), "", args...)
		if n := strings.Count(r.stderr, `cannot use "three"`); n != 1 {
			t.Errorf("%v: the type error is printed %d times, want once:\n%s", args, n, r.stderr)
		}
		if n := strings.Count(r.stderr, "# example.com/brokenfindings/admin\n"); n != 1 {
			t.Errorf("%v: the package is named %d times, want once:\n%s", args, n, r.stderr)
		}
		if r.code != 1 {
			t.Errorf("%v: exit status %d, want 1", args, r.code)
		}
	}
}

func TestSARIF(t *testing.T) {
	r := run(t, filepath.Join("testdata", "findings"), "", "-sarif", "./...")
	sariftest.Validate(t, []byte(r.stdout))

	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Version         string
					SemanticVersion string
					Rules           []struct{ ID string }
				}
			}
			Results []struct {
				RuleID    string
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI, URIBaseID string }
						Region           struct{ StartLine, StartColumn int }
					}
				}
				RelatedLocations []json.RawMessage
				Fixes            []json.RawMessage
			}
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
		t.Fatal(err)
	}
	run0 := log.Runs[0]
	// A test binary has no module version: (devel), and no semantic version.
	if d := run0.Tool.Driver; d.Version != "(devel)" || d.SemanticVersion != "" {
		t.Errorf("driver version %q, semanticVersion %q; want the version alone", d.Version, d.SemanticVersion)
	}
	var rules []string
	for _, rule := range run0.Tool.Driver.Rules {
		rules = append(rules, rule.ID)
	}
	if !strings.Contains(strings.Join(rules, ","), "testleak,lintignore") {
		t.Errorf("rules %v lack testleak and lintignore", rules)
	}
	// web's test variant sees web.go again: each finding is reported once.
	if len(run0.Results) != 2 {
		t.Fatalf("got %d results, want the leak and the stale directive: %s", len(run0.Results), r.stdout)
	}
	leak := run0.Results[0]
	loc := leak.Locations[0].PhysicalLocation
	if leak.RuleID != "testleak" || loc.ArtifactLocation.URI != "web/web.go" || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" ||
		loc.Region.StartLine != 8 || loc.Region.StartColumn != 28 || len(leak.RelatedLocations) != 1 || len(leak.Fixes) != 1 {
		t.Errorf("leak result: %+v", leak)
	}
}

func TestSARIFSourceRoot(t *testing.T) {
	r := run(t, filepath.Join("testdata", "findings", "web"), "", "-sarif", "-srcroot=..", "./...")
	if !strings.Contains(r.stdout, `"uri": "web/web.go"`) {
		t.Errorf("with -srcroot=.. from web/, URIs should start at the module root:\n%s", r.stdout)
	}
	sariftest.Validate(t, []byte(r.stdout))
}

func TestFix(t *testing.T) {
	dir := fixture(t, "findings")
	if r := run(t, dir, "", "-fix", "./..."); r.code != 0 {
		t.Fatalf("-fix: exit status %d\n%s", r.code, r.stderr)
	}
	web, err := os.ReadFile(filepath.Join(dir, "web", "web.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(web), `return "Login failed: " + "request failed"`) {
		t.Errorf("the finding was not fixed:\n%s", web)
	}
	if !strings.Contains(string(web), "\treturn vendorapi.LeakMessage()") {
		t.Errorf("the suppressed finding was fixed:\n%s", web)
	}
	if r := run(t, dir, "go", "build", "./..."); r.code != 0 {
		t.Errorf("fixed code does not build:\n%s", r.stderr)
	}
	if r := run(t, dir, "", "./..."); r.code != 3 || strings.Contains(r.stderr, "LeakMessage shows") {
		t.Errorf("after -fix: exit %d, want 3 for the stale directive only\n%s", r.code, r.stderr)
	}
}

func TestDiff(t *testing.T) {
	dir := fixture(t, "findings")
	r := run(t, dir, "", "-fix", "-diff", "./...")
	if !strings.Contains(r.stdout, `+	return "Login failed: " + "request failed"`) {
		t.Errorf("-diff printed no fix:\n%s\n%s", r.stdout, r.stderr)
	}
	web, _ := os.ReadFile(filepath.Join(dir, "web", "web.go"))
	if strings.Contains(string(web), "request failed") {
		t.Error("-diff changed the file")
	}
}

func TestVetTool(t *testing.T) {
	r := run(t, fixture(t, "findings"), "go", "vet", "-vettool="+bin, "./...")
	if r.code == 0 || !strings.Contains(r.stderr, leakFinding) || !strings.Contains(r.stderr, staleFinding) {
		t.Errorf("go vet -vettool: exit %d, want the findings:\n%s", r.code, r.stderr)
	}
	if strings.Contains(r.stderr, "web.go:14") {
		t.Errorf("go vet -vettool reported a suppressed finding:\n%s", r.stderr)
	}
	if r := run(t, fixture(t, "clean"), "go", "vet", "-vettool="+bin, "./..."); r.code != 0 {
		t.Errorf("go vet -vettool on clean code: exit %d\n%s", r.code, r.stderr)
	}
}

// TestVetToolRejectsSARIF: the command's own flags are not the vet tool's
// (-flags does not list them), so go vet refuses them itself.
func TestVetToolRejectsSARIF(t *testing.T) {
	r := run(t, fixture(t, "findings"), "go", "vet", "-vettool="+bin, "-sarif", "./...")
	if r.code == 0 || !strings.Contains(r.stderr, "-sarif") {
		t.Errorf("go vet -sarif: exit %d\n%s", r.code, r.stderr)
	}
}

func TestFixTool(t *testing.T) {
	dir := fixture(t, "findings")
	if r := run(t, dir, "go", "fix", "-fixtool="+bin, "./..."); r.code != 0 {
		t.Fatalf("go fix -fixtool: exit %d\n%s", r.code, r.stderr)
	}
	web, _ := os.ReadFile(filepath.Join(dir, "web", "web.go"))
	if !strings.Contains(string(web), `"Login failed: " + "request failed"`) || !strings.Contains(string(web), "\treturn vendorapi.LeakMessage()") {
		t.Errorf("go fix -fixtool: want the finding fixed and the suppressed one kept:\n%s", web)
	}
}

// TestRealChecks runs the checks of analyzer/all on a SurePassID sign-in
// module (testdata/signin), each real check's expectations once the check is
// listed there.
func TestRealChecks(t *testing.T) {
	listed := func(name string) bool {
		return slices.ContainsFunc(all.Analyzers(), func(a *analysis.Analyzer) bool { return a.Name == name })
	}
	expectations := []struct {
		check           string
		present, absent []string
	}{
		{"codeswitch",
			[]string{"login.go:64:2: fail-open switch over SurePassID return codes"},
			[]string{"login.go:75:", "suppresses no codeswitch finding"}},
		{"rawexposure",
			[]string{"login.go:36:3: raw SurePassID errorMessage", "login.go:55:2: //lint:ignore suppresses no rawexposure finding"},
			[]string{"login.go:50:"}},
	}
	dir := filepath.Join("testdata", "signin")
	text := run(t, dir, "", "./...")
	sarifOut := run(t, dir, "", "-sarif", "./...")
	sariftest.Validate(t, []byte(sarifOut.stdout))
	checked := 0
	for _, e := range expectations {
		if !listed(e.check) {
			t.Logf("%s is not in all.Analyzers() yet", e.check)
			continue
		}
		checked++
		for _, s := range e.present {
			if !strings.Contains(text.stderr, s) {
				t.Errorf("%s: output lacks %q:\n%s", e.check, s, text.stderr)
			}
		}
		for _, s := range e.absent {
			if strings.Contains(text.stderr, s) {
				t.Errorf("%s: output has %q:\n%s", e.check, s, text.stderr)
			}
		}
		if !strings.Contains(sarifOut.stdout, `"ruleId": "`+e.check+`"`) {
			t.Errorf("SARIF has no %s result:\n%s", e.check, sarifOut.stdout)
		}
		if r := run(t, dir, "", "-explain", e.check); r.code != 0 || !strings.Contains(r.stdout, e.check+": reports ") {
			t.Errorf("-explain %s: exit %d\n%s%s", e.check, r.code, r.stdout, r.stderr)
		}
	}
	if checked == 0 {
		t.Skip("no real check is in all.Analyzers() yet")
	}
	if text.code != 3 || sarifOut.code != 3 {
		t.Errorf("exit status %d (text), %d (SARIF), want 3", text.code, sarifOut.code)
	}
}

// TestEnvelope: a module whose responses embed codes.Envelope (testdata/envelope,
// depending on this module through a replace) has its raw ErrorMessage
// reported by the command, as by go vet: the command never analyzes this
// linter's own packages, so the field is recognized by path, not by a fact.
func TestEnvelope(t *testing.T) {
	dir := filepath.Join("testdata", "envelope")
	for _, args := range [][]string{{"./..."}, {"-sarif", "./..."}} {
		r := run(t, dir, "", args...)
		if r.code != 3 {
			t.Errorf("%v: exit status %d, want 3\nstdout:\n%s\nstderr:\n%s", args, r.code, r.stdout, r.stderr)
		}
		out := r.stdout + r.stderr
		if want := "raw SurePassID errorMessage"; !strings.Contains(out, want) {
			t.Errorf("%v: output lacks %q:\n%s", args, want, out)
		}
		if strings.Contains(out, "otp.go:40:") || strings.Contains(out, `"startLine": 40`) {
			t.Errorf("%v: codes.UserMessage(resp.ErrorCode) is reported:\n%s", args, out)
		}
	}
	vet := exec.Command("go", "vet", "-vettool="+bin, "./...")
	vet.Dir = dir
	vet.Env = append(os.Environ(), fixtureEnv...)
	out, err := vet.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "web/otp.go:26:3: raw SurePassID errorMessage") {
		t.Errorf("go vet -vettool: want the finding at web/otp.go:26:3, got (%v):\n%s", err, out)
	}
}

// TestDependencyFirst: a package analysed first only as a dependency (for
// its facts) still has its findings reported when it is named later, and a
// package's findings are never reported when only a dependent is named. (go
// vet's cache, Go 1.26, keys a package's result the same either way.)
func TestDependencyFirst(t *testing.T) {
	dir := fixture(t, "findings")
	// Without its test file: a package with tests is analysed as its test
	// variant when named, a package of another ID than the dependency's.
	if err := os.Remove(filepath.Join(dir, "web", "web_test.go")); err != nil {
		t.Fatal(err)
	}
	cache := t.TempDir()
	vet := func(args ...string) result {
		t.Helper()
		cmd := exec.Command(bin, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), append(fixtureEnv, "GOCACHE="+cache)...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		_ = cmd.Run()
		return result{stdout.String(), stderr.String(), cmd.ProcessState.ExitCode()}
	}
	for i, step := range []struct {
		pattern string
		code    int
	}{{"./app", 0}, {"./web", 3}, {"./app", 0}, {"./web", 3}} {
		r := vet(step.pattern)
		if r.code != step.code || (step.code == 0) != !strings.Contains(r.stderr, leakFinding) {
			t.Errorf("run %d, surepasslint %s: exit %d, want %d\n%s", i+1, step.pattern, r.code, step.code, r.stderr)
		}
	}
	// go vet run by hand, on the same cache, reports the package named
	// only: the command's runs (-fulldeps) are cached apart from its own.
	cmd := exec.Command("go", "vet", "-vettool="+bin, "./app")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), append(fixtureEnv, "GOCACHE="+cache)...)
	if out, err := cmd.CombinedOutput(); err != nil || strings.Contains(string(out), "LeakMessage") {
		t.Errorf("go vet -vettool ./app: %v, want no finding of its dependency web\n%s", err, out)
	}
}
