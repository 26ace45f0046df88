package bench_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// bin is the surepasslint CLI, built once for these tests.
var bin string

func TestMain(m *testing.M) {
	os.Exit(func() int {
		dir, err := os.MkdirTemp("", "surepasslint-bench")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(dir)
		bin = filepath.Join(dir, "surepasslint")
		build := exec.Command("go", "build", "-o", bin, "../cmd/surepasslint")
		if out, err := build.CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "building surepasslint: %v\n%s", err, out)
			return 1
		}
		return m.Run()
	}())
}

type result struct {
	stdout, stderr string
	code           int
}

// run runs the CLI with args in dir.
func run(t *testing.T, dir string, args ...string) result {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOTOOLCHAIN=local")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatal(err)
	}
	return result{stdout.String(), stderr.String(), cmd.ProcessState.ExitCode()}
}

// TestStdSubset runs surepasslint over part of the standard library, which
// has no SurePassID code: no finding, no error, no panic. The whole library
// is swept the same way by hand (see docs/robustness.md).
func TestStdSubset(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the linter over std packages")
	}
	r := run(t, ".", "encoding/...", "net/http", "crypto/tls")
	if r.code != 0 || r.stdout != "" || r.stderr != "" {
		t.Errorf("surepasslint encoding/... net/http crypto/tls: exit status %d, want 0 and no output\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
}

// TestExitStatusesAreDistinct: clean code, findings, unloadable packages and
// usage errors each have their own exit status.
func TestExitStatusesAreDistinct(t *testing.T) {
	demo := filepath.Join("..", "testdata", "demo")
	for _, tc := range []struct {
		name string
		dir  string
		args []string
		code int
	}{
		{"clean", demo, []string{"./cmd/..."}, 0},
		{"findings", demo, []string{"./..."}, 3},
		{"no such package", demo, []string{"./nosuch"}, 1},
		{"unknown flag", demo, []string{"-nosuch", "./..."}, 2},
	} {
		if r := run(t, tc.dir, tc.args...); r.code != tc.code {
			t.Errorf("%s: exit status %d, want %d\nstderr:\n%s", tc.name, r.code, tc.code, r.stderr)
		}
	}
}

// TestBadSettings: each bad flag or setting gives exit status 2 and one
// line on standard error, starting "surepasslint: ", that names the flag and
// what is wrong (a hint may follow on the same line), not a page of usage.
func TestBadSettings(t *testing.T) {
	demo := filepath.Join("..", "testdata", "demo")
	for _, tc := range []struct {
		args []string
		want string // the one line starts with this
	}{
		{[]string{"-nosuch", "./..."}, "surepasslint: flag provided but not defined: -nosuch"},
		{[]string{"-c=many", "./..."}, `surepasslint: invalid value "many" for flag -c`},
		{[]string{"-codetypes=NoPackage", "./..."}, `surepasslint: invalid value "NoPackage" for flag -codetypes`},
		{[]string{"-codefields=example.com/shop/surepass.Response", "./..."}, `surepasslint: invalid value "example.com/shop/surepass.Response" for flag -codefields`},
		{[]string{"-messagefields=.Response.ErrorMessage", "./..."}, `surepasslint: invalid value ".Response.ErrorMessage" for flag -messagefields`},
		{[]string{"-codeswitch=maybe", "./..."}, `surepasslint: invalid boolean value "maybe" for -codeswitch`},
		{[]string{"-codeswitch.require=NoSuchCode", "./..."}, `surepasslint: invalid value "NoSuchCode" for flag -codeswitch.require`},
		{[]string{"-codeswitch.ignore=OTPInvalid,", "./..."}, ""},
		{[]string{"-rawexposure.sinks=fmt.Println", "./..."}, `surepasslint: invalid value "fmt.Println" for flag -rawexposure.sinks`},
		{[]string{"-explain", "codeswtich"}, `surepasslint: -explain: unknown check "codeswtich"`},
		{nil, "surepasslint: no packages given"},
	} {
		r := run(t, demo, tc.args...)
		if tc.want == "" { // a valid setting, for contrast
			if r.code == 2 {
				t.Errorf("%q: exit status 2, want the run to proceed\n%s", tc.args, r.stderr)
			}
			continue
		}
		lines := strings.Split(strings.TrimRight(r.stderr, "\n"), "\n")
		if r.code != 2 || !strings.HasPrefix(lines[0], tc.want) || r.stdout != "" {
			t.Errorf("%q: exit status %d, stderr starting %q; want 2 and %q\nstderr:\n%s", tc.args, r.code, lines[0], tc.want, r.stderr)
		}
		if len(lines) > 2 {
			t.Errorf("%q: %d lines on stderr, want the error alone (and at most one hint)\n%s", tc.args, len(lines), r.stderr)
		}
	}
}
