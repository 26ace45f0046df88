package plugin

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/surepasslint/surepasslint/analyzer/all"
	"github.com/surepasslint/surepasslint/internal/bincache"
)

// TestGolangciLint builds golangci-lint with this plugin the offline way
// (scripts/build-golangci.sh), then runs it with the consumer example of the
// repository's .golangci.yml on the module in testdata/golangci.
//
// The binary is cached under the user cache directory, keyed by the
// golangci-lint version, the build script, go.mod, go.sum and the source of
// every package of this module compiled into the plugin, so a rerun with
// nothing changed skips the build: about 7 minutes on a cold 2-core machine,
// about a minute when only this module changed (Go's build cache keeps
// golangci-lint's packages). The whole test needs more than go test's
// default 10 minutes cold: the README's test command passes -timeout 40m.
func TestGolangciLint(t *testing.T) {
	if testing.Short() {
		t.Skip("builds golangci-lint with the plugin (about 7 minutes cold on 2 cores): skipped under -short")
	}
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	version := customGCLVersion(t, repo)
	if out, err := goCmd(t, repo, "mod", "download", "-json", "github.com/golangci/golangci-lint/v2@"+version); err != nil {
		var info struct{ Error string }
		_ = json.Unmarshal(out, &info)
		t.Skipf("the Go module proxy is unreachable, so golangci-lint %s cannot be fetched to build it with the plugin: %s", version, info.Error)
	}
	bin := customBinary(t, repo, version)
	config := consumerConfig(t, repo)
	// golangci-lint's own cache, kept beside the binary and keyed like it:
	// a rerun with the same build reuses the checks' facts for the standard
	// library (the first lint of a fresh cache takes about a minute), and no
	// result is ever reused from another build of the plugin.
	lintCache = bin + ".lintcache"
	// Each subtest lints a fresh copy of testdata/golangci with the consumer
	// example as its .golangci.yml, as a consumer's module would have it.

	t.Run("findings", func(t *testing.T) {
		dir := fixture(t, repo, config)
		issues, out := lint(t, bin, dir)
		got := issueKeys(issues)
		want := wantedFindings(t, dir)
		if !slices.Equal(got, want) {
			t.Errorf("findings:\n  %s\nwant (the // want comments of testdata/golangci):\n  %s\noutput:\n%s",
				strings.Join(got, "\n  "), strings.Join(want, "\n  "), out)
		}
	})

	t.Run("nolint suppresses", func(t *testing.T) {
		// verifyKiosk is verifyOTP's fail-open switch behind
		// //nolint:surepasslint // reason. Without the directive it is reported.
		dir := fixture(t, repo, config)
		file := filepath.Join(dir, "web", "handlers.go")
		src := readFile(t, file)
		const directive = " //nolint:surepasslint // the kiosk gateway rejects every other failure upstream"
		if !strings.Contains(src, directive) {
			t.Fatalf("testdata/golangci/web/handlers.go lost its nolint directive %q", directive)
		}
		before, _, _ := strings.Cut(src, directive)
		line := 1 + strings.Count(before, "\n")
		writeFile(t, file, strings.Replace(src, directive, "", 1))
		issues, out := lint(t, bin, dir)
		key := fmt.Sprintf("web/handlers.go:%d codeswitch", line)
		if !slices.Contains(issueKeys(issues), key) {
			t.Errorf("without the nolint directive, want %s among the findings:\n%s", key, out)
		}
	})

	t.Run("fix then check", func(t *testing.T) {
		// A CI step `golangci-lint run --fix && golangci-lint run`: --fix
		// fixes every finding and exits 0, the fixed code builds and vets,
		// and the check after it sees no issue at all and exits 0.
		dir := fixture(t, repo, config)
		before := readFile(t, filepath.Join(dir, "web", "handlers.go"))
		cmd := exec.Command(bin, "run", parallelOK, "--fix", "./...")
		cmd.Dir, cmd.Env = dir, lintEnv(t)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Errorf("golangci-lint run --fix: %v, want exit 0 (every finding fixed)\n%s", err, out)
		}
		if readFile(t, filepath.Join(dir, "web", "handlers.go")) == before {
			t.Fatalf("--fix changed nothing:\n%s", out)
		}
		for _, args := range [][]string{{"build", "./..."}, {"vet", "./..."}} {
			if out, err := goCmd(t, dir, args...); err != nil {
				t.Errorf("go %s on the fixed code: %v\n%s", strings.Join(args, " "), err, out)
			}
		}
		cmd = exec.Command(bin, "run", parallelOK, "./...")
		cmd.Dir, cmd.Env = dir, lintEnv(t)
		if out, err := cmd.CombinedOutput(); err != nil || !bytes.Contains(out, []byte("0 issues")) {
			t.Errorf("golangci-lint run after --fix: %v, want exit 0 and 0 issues\n%s", err, out)
		}
	})

	t.Run("unknown setting is an error", func(t *testing.T) {
		setting := regexp.MustCompile(`(?m)^(\s+)codetypes:`)
		if !setting.MatchString(config) {
			t.Fatal("the consumer example no longer sets codetypes")
		}
		dir := fixture(t, repo, setting.ReplaceAllString(config, "${1}codetype:"))
		cmd := exec.Command(bin, "run", parallelOK, "./...")
		cmd.Dir, cmd.Env = dir, lintEnv(t)
		out, err := cmd.CombinedOutput()
		// One line, printed once (not golangci-lint's "Error: ..." and
		// "The command is terminated due to an error: ..." for one error).
		want := `Error: surepasslint settings: unknown setting "codetype" (known: `
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != exitFailure {
			t.Errorf("golangci-lint with a misspelled setting: %v, want exit status %d; output:\n%s", err, exitFailure, out)
		}
		if lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n"); len(lines) != 1 || !strings.HasPrefix(lines[0], want) {
			t.Errorf("golangci-lint with a misspelled setting printed:\n%s\nwant exactly one line starting %q", out, want)
		}
	})

	t.Run("fast-only drops the plugin", func(t *testing.T) {
		// Documented in docs/golangci-lint.md: editor setups using
		// --fast-only do not run surepasslint.
		dir := fixture(t, repo, config)
		cmd := exec.Command(bin, "run", parallelOK, "--fast-only", "--output.json.path", "stdout", "./...")
		cmd.Dir, cmd.Env = dir, lintEnv(t)
		out, _ := cmd.Output()
		if issues := decodeIssues(t, out); len(issues) > 0 {
			t.Errorf("--fast-only ran surepasslint: %v", issueKeys(issues))
		}
	})

	for _, name := range []string{"config", "parity"} {
		t.Run("fixture "+name, func(t *testing.T) {
			// testdata/config declares its code type, reply fields and
			// sink only by //surepasslint: directives, which golangci-lint's
			// own fact machinery carries across packages like the other
			// drivers; testdata/parity has a directive-only client, a
			// client whose test file stores the raw message, and a vendored
			// SurePassID client. Their // want comments are what the
			// command, go vet and gopls report too.
			dir := sharedFixture(t, repo, name, config)
			issues, out := lint(t, bin, dir)
			got := issueKeys(issues)
			want := wantedFindings(t, dir)
			if !slices.Equal(got, want) {
				t.Errorf("findings on testdata/%s:\n  %s\nwant (its // want comments):\n  %s\noutput:\n%s",
					name, strings.Join(got, "\n  "), strings.Join(want, "\n  "), out)
			}
		})
	}

	t.Run("demo", func(t *testing.T) {
		// The demo shop with its own .golangci.yml, linted in place as
		// docs/golangci-lint.md shows (cd testdata/demo && custom-gcl run
		// ./...): the two findings of the standalone command on it, and
		// nothing from golangci-lint's standard linters.
		dir := filepath.Join(repo, "testdata", "demo")
		cmd := exec.Command(bin, "run", parallelOK, "./...")
		cmd.Dir, cmd.Env = dir, lintEnv(t)
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 1 {
			t.Errorf("golangci-lint run in testdata/demo: %v, want exit status 1 (issues found)", err)
		}
		for _, want := range []string{
			"web/login.go:25:2: codeswitch: fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled (PartnerLoginFailed, PartnerUserLoginFailed, DeviceInvalid, and 78 more) (surepasslint)\n",
			"web/login.go:48:3: rawexposure: raw SurePassID errorMessage (from surepass.SendOTP) written to the HTTP response (surepasslint)\n",
			"2 issues:\n* surepasslint: 2\n",
		} {
			if !strings.Contains(string(out), want) {
				t.Errorf("golangci-lint run in testdata/demo does not print\n%s\noutput:\n%s", want, out)
			}
		}
	})

	t.Run("configs verify", func(t *testing.T) {
		// golangci-lint's own JSON-schema check, on this repository's
		// configuration, on the consumer example and on the demo's.
		for _, dir := range []string{repo, fixture(t, repo, config), filepath.Join(repo, "testdata", "demo")} {
			cmd := exec.Command(bin, "config", "verify")
			cmd.Dir, cmd.Env = dir, lintEnv(t)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Errorf("golangci-lint config verify in %s: %v\n%s", dir, err, out)
			}
		}
	})
}

// TestBuildScriptVersion keeps the build script's default golangci-lint
// version equal to the one .custom-gcl.yml names.
func TestBuildScriptVersion(t *testing.T) {
	repo := ".."
	want := customGCLVersion(t, repo)
	script := readFile(t, filepath.Join(repo, "scripts", "build-golangci.sh"))
	if !strings.Contains(script, "version=${GOLANGCI_LINT_VERSION:-"+want+"}") {
		t.Errorf("scripts/build-golangci.sh does not default to golangci-lint %s, the version in .custom-gcl.yml", want)
	}
}

// customGCLVersion reads the golangci-lint version from .custom-gcl.yml, the
// one place that names it.
func customGCLVersion(t *testing.T, repo string) string {
	m := regexp.MustCompile(`(?m)^version:\s*(v\S+)\s*$`).FindStringSubmatch(readFile(t, filepath.Join(repo, ".custom-gcl.yml")))
	if m == nil {
		t.Fatal(".custom-gcl.yml has no version: line")
	}
	return m[1]
}

// customBinary returns golangci-lint built with the plugin, from the cache
// when the inputs are unchanged (internal/bincache).
func customBinary(t *testing.T, repo, version string) string {
	t.Helper()
	key, err := bincache.Key(repo, "./plugin", "golangci-lint "+version, "scripts/build-golangci.sh")
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	bin, cached, err := bincache.Binary("custom-gcl", "custom-gcl", key, func(out string) error {
		cmd := exec.Command("bash", filepath.Join(repo, "scripts", "build-golangci.sh"), out)
		cmd.Dir = repo
		cmd.Env = append(os.Environ(), "GOLANGCI_LINT_VERSION="+version)
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("scripts/build-golangci.sh: %v\n%s", err, out)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if cached {
		t.Logf("using the cached %s", bin)
	} else {
		t.Logf("built golangci-lint with the plugin in %s", time.Since(start).Round(time.Second))
	}
	return bin
}

// consumerConfig returns the commented consumer example of the repository's
// .golangci.yml, uncommented.
func consumerConfig(t *testing.T, repo string) string {
	const begin, end = "# ---- consumer example: begin", "# ---- consumer example: end"
	src := readFile(t, filepath.Join(repo, ".golangci.yml"))
	i, j := strings.Index(src, begin), strings.Index(src, end)
	if i < 0 || j < i {
		t.Fatalf(".golangci.yml: no block between %q and %q", begin, end)
	}
	var b strings.Builder
	sc := bufio.NewScanner(strings.NewReader(src[i:j]))
	sc.Scan() // the begin marker
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "#":
			line = ""
		case strings.HasPrefix(line, "# "):
			line = line[2:]
		default:
			t.Fatalf(".golangci.yml: consumer example line %q is not commented with %q", line, "# ")
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}

// fixture copies testdata/golangci to a temporary module that uses this
// checkout, with config as its .golangci.yml.
func fixture(t *testing.T, repo, config string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "portal")
	src := filepath.Join(repo, "testdata", "golangci")
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(rel)), 0o755); err != nil {
			return err
		}
		return bincache.CopyFile(path, filepath.Join(dir, rel))
	})
	if err != nil {
		t.Fatal(err)
	}
	if out, err := goCmd(t, dir, "mod", "edit", "-replace", "github.com/surepasslint/surepasslint="+repo); err != nil {
		t.Fatalf("go mod edit: %v\n%s", err, out)
	}
	writeFile(t, filepath.Join(dir, ".golangci.yml"), config)
	return dir
}

// issue is the part of golangci-lint's JSON output the test reads.
type issue struct {
	FromLinter string
	Text       string
	Pos        struct {
		Filename string
		Line     int
	}
}

// lint runs the custom binary and returns the surepasslint issues and the
// whole output.
func lint(t *testing.T, bin, dir string) ([]issue, string) {
	t.Helper()
	cmd := exec.Command(bin, "run", parallelOK, "--output.json.path", "stdout", "./...")
	cmd.Dir, cmd.Env = dir, lintEnv(t)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var exit *exec.ExitError
	if err != nil && (!errors.As(err, &exit) || exit.ExitCode() != 1) { // 1: issues found
		t.Fatalf("golangci-lint run: %v\n%s%s", err, out, stderr.Bytes())
	}
	return decodeIssues(t, out), string(out) + stderr.String()
}

func decodeIssues(t *testing.T, out []byte) []issue {
	var report struct{ Issues []issue }
	if err := json.NewDecoder(bytes.NewReader(out)).Decode(&report); err != nil && err != io.EOF {
		t.Fatalf("golangci-lint JSON output: %v\n%s", err, out)
	}
	var ours []issue
	for _, is := range report.Issues {
		if is.FromLinter == Name {
			ours = append(ours, is)
		}
	}
	return ours
}

// issueKeys renders issues as "file:line check", sorted. golangci-lint
// prefixes each message with the check's name. It would show each related
// location as an issue of its own, "check(related information)", but the
// plugin reports none: such an issue is kept as is, and fails the
// comparison with the // want comments.
func issueKeys(issues []issue) []string {
	var keys []string
	for _, is := range issues {
		check, _, _ := strings.Cut(is.Text, ":")
		keys = append(keys, fmt.Sprintf("%s:%d %s", filepath.ToSlash(is.Pos.Filename), is.Pos.Line, check))
	}
	sort.Strings(keys)
	return keys
}

var wantComment = regexp.MustCompile(`// want (\w+)$`)

// wantedFindings reads the "// want <check>" comments of the fixture.
func wantedFindings(t *testing.T, dir string) []string {
	var keys []string
	checks := names(all.Analyzers())
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".go" {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		for i, line := range strings.Split(readFile(t, path), "\n") {
			if m := wantComment.FindStringSubmatch(line); m != nil {
				if !slices.Contains(checks, m[1]) {
					t.Errorf("%s:%d wants %s, which is not a check in all.Analyzers() %v", rel, i+1, m[1], checks)
				}
				keys = append(keys, fmt.Sprintf("%s:%d %s", filepath.ToSlash(rel), i+1, m[1]))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(keys)
	return keys
}

// parallelOK lets golangci-lint run beside other instances (other test runs,
// an editor): each run here has its own cache, so its lock is not needed.
const parallelOK = "--allow-parallel-runners"

// lintCache is golangci-lint's cache for the binary under test (see
// TestGolangciLint).
var lintCache string

func lintEnv(t *testing.T) []string {
	return append(os.Environ(), "GOLANGCI_LINT_CACHE="+lintCache, "GOWORK=off")
}

func goCmd(t *testing.T, dir string, args ...string) ([]byte, error) {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	return cmd.CombinedOutput()
}

// sharedFixture copies testdata/<name>, a fixture shared with the command's
// and gopls' tests, with config as its .golangci.yml.
func sharedFixture(t *testing.T, repo, name, config string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), name)
	if err := os.CopyFS(dir, os.DirFS(filepath.Join(repo, "testdata", name))); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, ".golangci.yml"), config)
	return dir
}
