package rawexposure_test

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
	"github.com/surepasslint/surepasslint/analyzer/rawexposure"
)

// TestRealWebMirrorsCases: testdata/realweb holds the Go files of
// testdata/src/rawexposure/webfw as they are, import paths aside, so that
// the cases run against the stubs are the ones built against the real
// libraries.
func TestRealWebMirrorsCases(t *testing.T) {
	cases := filepath.Join(analyzertest.TestData(t), "src", "rawexposure", "webfw")
	real := filepath.Join(analyzertest.TestData(t), "realweb")
	seen := map[string]bool{}
	err := filepath.WalkDir(cases, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".go" {
			return err
		}
		rel, _ := filepath.Rel(cases, path)
		seen[rel] = true
		want, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		got, err := os.ReadFile(filepath.Join(real, rel))
		if err != nil {
			t.Errorf("testdata/realweb lacks %s", rel)
			return nil
		}
		if strings.ReplaceAll(string(want), `"rawexposure/webfw/`, `"example.com/realweb/`) != string(got) {
			t.Errorf("testdata/realweb/%s differs from the case in rawexposure/webfw (import paths aside)", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	_ = filepath.WalkDir(real, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(path) == ".go" {
			if rel, _ := filepath.Rel(real, path); !seen[rel] {
				t.Errorf("testdata/realweb/%s has no case in rawexposure/webfw", rel)
			}
		}
		return nil
	})
}

// TestWebFrameworksRealModules runs the check over testdata/realweb, a
// module holding the cases of TestWebFrameworks built against the real
// libraries at the versions its go.mod pins (go-chi/render, chi,
// gorilla/mux, sessions and websocket, coder/websocket, nhooyr.io/websocket,
// golang.org/x/net, beego, iris, hertz, fasthttp): the sink rows must
// match what the real signatures compile to, not only the stubs. It needs
// the modules in the module cache: it downloads them first, and is skipped
// when the Go module proxy is unreachable, or under -short.
func TestWebFrameworksRealModules(t *testing.T) {
	if testing.Short() {
		t.Skip("loads iris, beego, hertz and fasthttp from source: skipped under -short")
	}
	dir := filepath.Join(analyzertest.TestData(t), "realweb")
	cmd := exec.Command("go", "mod", "download")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("the modules of testdata/realweb cannot be downloaded (is the Go module proxy reachable?): %v\n%s", err, out)
	}
	analysistest.Run(t, dir, rawexposure.Analyzer, "./...")
}
