package goplstest

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/surepasslint/surepasslint/internal/bincache"
)

// goplsTool is the gopls the tests build, and how it is cached
// (bincache.Gopls: the build script's default version).
var goplsTool, goplsToolErr = bincache.Gopls(repoRoot)

// goplsVersion is the gopls version the tests build.
var goplsVersion = goplsTool.Version

var repoRoot = func() string {
	dir, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		panic(err)
	}
	if d, err := filepath.EvalSymlinks(dir); err == nil {
		dir = d
	}
	return dir
}()

// scratch holds what one run of the test binary shares between its tests:
// the CLI binary and goplsCache, gopls' file cache (GOPLSCACHE), shared by
// its sessions and removed at the end, so no run reads analysis results of
// another (its cold start is part of what the tests measure and show).
var scratch, goplsCache string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "goplstest-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	scratch, goplsCache = dir, filepath.Join(dir, "gopls-cache")
	code := m.Run()
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			_ = os.Chmod(p, 0o755)
		}
		return nil
	})
	_ = os.RemoveAll(dir)
	os.Exit(code)
}

func goplsEnv() []string { return goplsEnvCache(goplsCache) }

func goplsEnvCache(cache string) []string {
	return append(os.Environ(), "GOWORK=off", "GOPLSCACHE="+cache)
}

var built struct {
	sync.Mutex
	gopls, cli string
	err        error
}

// gopls returns gopls built with our checks (scripts/build-gopls.sh), from
// the cache when its inputs are unchanged; it skips the test under -short or
// when the module proxy cannot serve gopls.
//
// The binary is cached under the user cache directory, keyed by the gopls
// version, the build script, go.mod, go.sum and the source of every package
// of this module compiled into it, so a rerun with nothing changed takes
// seconds rather than the minutes of a build (docs/editors.md gives them).
// `go run ./internal/bincache/fill gopls` fills that cache ahead of the
// tests, printing the build's progress.
func gopls(t testing.TB) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds gopls with the surepasslint checks (minutes, cold): skipped under -short")
	}
	built.Lock()
	defer built.Unlock()
	if built.gopls != "" || built.err != nil {
		if built.err != nil {
			t.Fatal(built.err)
		}
		return built.gopls
	}
	if goplsToolErr != nil {
		t.Fatal(goplsToolErr)
	}
	if out, err := goCmd(repoRoot, "mod", "download", "-json", goplsTool.Module()); err != nil {
		var info struct{ Error string }
		_ = json.Unmarshal(out, &info)
		t.Skipf("the Go module proxy is unreachable, so gopls %s cannot be fetched to build it with the checks: %s", goplsVersion, info.Error)
	}
	start := time.Now()
	bin, cached, err := goplsTool.Binary(repoRoot, nil)
	if err != nil {
		built.err = err
		t.Fatal(err)
	}
	if cached {
		t.Logf("using the cached %s", bin)
	} else {
		t.Logf("built gopls %s with the checks in %s", goplsVersion, time.Since(start).Round(time.Second))
	}
	built.gopls = bin
	return bin
}

// cli returns the surepasslint command built from this checkout: the
// reference the gopls findings are compared with.
func cli(t testing.TB) string {
	t.Helper()
	built.Lock()
	defer built.Unlock()
	if built.cli == "" {
		bin := filepath.Join(scratch, "surepasslint")
		if out, err := goCmd(repoRoot, "build", "-o", bin, "./cmd/surepasslint"); err != nil {
			t.Fatalf("go build ./cmd/surepasslint: %v\n%s", err, out)
		}
		built.cli = bin
	}
	return built.cli
}

func goCmd(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	return cmd.CombinedOutput()
}

// TestBuildScriptLayout: given a gopls version whose source does not have
// the layout the build script patches (v0.16.0 kept its analyzers in a map,
// without initAnalyzers), the script stops before building, with one line
// saying what is missing.
func TestBuildScriptLayout(t *testing.T) {
	if testing.Short() {
		t.Skip("downloads an old gopls from the module proxy: skipped under -short")
	}
	const old = "v0.16.0"
	if out, err := goCmd(repoRoot, "mod", "download", "-json", "golang.org/x/tools/gopls@"+old); err != nil {
		t.Skipf("the Go module proxy cannot serve gopls %s: %s", old, out)
	}
	cmd := exec.Command("bash", filepath.Join(repoRoot, "scripts", "build-gopls.sh"), filepath.Join(t.TempDir(), "gopls"), old)
	cmd.Dir = repoRoot
	out, err := cmd.CombinedOutput()
	var lines []string
	progress := regexp.MustCompile(`^build-gopls: \[\d+:\d\d\] `) // the steps before the check
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if !progress.MatchString(l) {
			lines = append(lines, l)
		}
	}
	want := "build-gopls: gopls " + old + " does not have the layout this script patches: no 'func initAnalyzers() (res []*Analyzer)' in internal/settings/analysis.go (tested with v0.23.0)"
	if err == nil || len(lines) != 1 || lines[0] != want {
		t.Errorf("build-gopls.sh %s: %v, output:\n%s\nwant a failure with the one line\n%s", old, err, out, want)
	}
}
