package demotest

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// expected findings on the demo: file:line and a piece of the message.
var expected = []struct{ at, check string }{
	{"web/login.go:25", "codeswitch"},
	{"web/login.go:48", "rawexposure"},
}

func repoRoot(t *testing.T) string {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// build compiles the CLI once per test binary.
func build(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "surepasslint")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/surepasslint")
	cmd.Dir = repoRoot(t)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// run runs the linter in dir and returns its output and exit status.
func run(t *testing.T, dir, bin string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return out.String(), 0
	case errors.As(err, &exit):
		return out.String(), exit.ExitCode()
	}
	t.Fatalf("%s %v: %v", bin, args, err)
	return "", 0
}

// findingRE matches a finding line; related-information lines, which
// multichecker indents with a tab after the position, do not match.
var findingRE = regexp.MustCompile(`(?m)^.*?([a-z]+/[a-z_]+\.go:\d+):\d+: (\S.*)$`)

func findings(out string) []string {
	var got []string
	for _, m := range findingRE.FindAllStringSubmatch(out, -1) {
		got = append(got, m[1]+" "+m[2])
	}
	sort.Strings(got)
	return got
}

func TestDemoFindings(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the CLI")
	}
	// go tool builds the CLI from this checkout (the demo's replace
	// directive); a stale testdata/demo/go.sum fails here: run go mod tidy
	// in testdata/demo after changing this module's dependencies.
	// Exactly the README's first command.
	demo := filepath.Join(repoRoot(t), "testdata", "demo")
	out, status := run(t, demo, "go", "tool", "surepasslint", "./...")
	if status != 3 {
		t.Errorf("exit status %d, want 3 (findings)\n%s", status, out)
	}
	got := findings(out)
	if len(got) != len(expected) {
		t.Fatalf("got %d findings, want %d:\n%s", len(got), len(expected), out)
	}
	for i, want := range expected {
		if !strings.HasPrefix(got[i], want.at+" ") {
			t.Errorf("finding %d: %q, want one at %s (%s)", i, got[i], want.at, want.check)
		}
		if !strings.HasSuffix(got[i], " ("+want.check+")") {
			t.Errorf("finding %d: %q does not end with the check's name (%s)", i, got[i], want.check)
		}
	}
}

func TestDemoFixesBuildAndLintClean(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the CLI")
	}
	bin := build(t)
	work := filepath.Join(t.TempDir(), "demo")
	copyTree(t, filepath.Join(repoRoot(t), "testdata", "demo"), work)
	// The copy's replace directive must still point at this checkout.
	gomod := filepath.Join(work, "go.mod")
	data, err := os.ReadFile(gomod)
	if err != nil {
		t.Fatal(err)
	}
	data = []byte(strings.ReplaceAll(string(data), "=> ../..", "=> "+repoRoot(t)))
	if err := os.WriteFile(gomod, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, status := run(t, work, bin, "-fix", "./..."); status == 1 || status == 2 {
		t.Fatalf("-fix failed with status %d:\n%s", status, out)
	}
	vet := exec.Command("go", "vet", "./...")
	vet.Dir = work
	if out, err := vet.CombinedOutput(); err != nil {
		t.Fatalf("fixed demo does not build: %v\n%s", err, out)
	}
	if out, status := run(t, work, bin, "./..."); status != 0 {
		t.Errorf("fixed demo still has findings (status %d):\n%s", status, out)
	}
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestReadmeTestCommandIsCI: the README's second command (the whole test
// suite) is the go test command .ci/run runs, timeout included.
func TestReadmeTestCommandIsCI(t *testing.T) {
	root := repoRoot(t)
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	ci, err := os.ReadFile(filepath.Join(root, ".ci", "run"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^# 2\. .*\n(go test .*)$`).FindSubmatch(readme)
	if m == nil {
		t.Fatal("README.md: no command 2 (a go test line after \"# 2. ...\")")
	}
	cmd := string(m[1])
	if !strings.Contains(cmd, "-timeout") {
		t.Errorf("README command 2 %q has no -timeout: a cold run exceeds go test's default 10 minutes", cmd)
	}
	if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(cmd) + `$`).Match(ci) {
		t.Errorf(".ci/run does not run the README's test command %q", cmd)
	}
}
