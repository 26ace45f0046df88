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

// bin is the surepasslint CLI, built once for these tests; dir is where it
// and the binaries of freshBin are.
var bin, dir string

func TestMain(m *testing.M) {
	os.Exit(func() int {
		var err error
		dir, err = os.MkdirTemp("", "surepasslint-bench")
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

// freshBin builds the CLI again, linked with a build ID of its own (name):
// a binary that only one test case runs, so go vet's cache, keyed by the
// tool's content, holds that case's vet results alone. go1.26's vet cache
// does not tell a package vetted as one asked for from the same package
// vetted only as a dependency, for its facts: a package vetted first as a
// dependency and then as a root replays the empty output of the first run
// (its findings are lost), one vetted as a root and later as a dependency
// replays its findings. A binary of each case's own sees neither.
func freshBin(t *testing.T, name string) string {
	t.Helper()
	b := filepath.Join(dir, "surepasslint-"+name)
	build := exec.Command("go", "build", "-ldflags=-buildid=surepasslint-bench-"+name, "-o", b, "../cmd/surepasslint")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building surepasslint: %v\n%s", err, out)
	}
	return b
}

// run runs the CLI with args in dir.
func run(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return runBin(t, bin, dir, args...)
}

// runBin runs the binary b with args in dir.
func runBin(t *testing.T, b, dir string, args ...string) result {
	t.Helper()
	cmd := exec.Command(b, args...)
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
// usage errors each have their own exit status. Each case runs a binary of
// its own (freshBin): the clean case vets web, which has findings, as a
// dependency of cmd/shop.
func TestExitStatusesAreDistinct(t *testing.T) {
	demo := filepath.Join("..", "testdata", "demo")
	for _, tc := range []struct {
		name  string
		dir   string
		args  []string
		code  int
		fresh bool // vets packages: on a binary of its own
	}{
		{"clean", demo, []string{"./cmd/..."}, 0, true},
		{"findings", demo, []string{"./..."}, 3, true},
		{"no such package", demo, []string{"./nosuch"}, 1, false},
		{"unknown flag", demo, []string{"-nosuch", "./..."}, 2, false},
	} {
		b := bin
		if tc.fresh {
			b = freshBin(t, strings.ReplaceAll(tc.name, " ", "-"))
		}
		if r := runBin(t, b, tc.dir, tc.args...); r.code != tc.code {
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
