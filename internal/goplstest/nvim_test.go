package goplstest

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestGoplsNeovim: headless Neovim with gopls built with the checks as its
// only Go language server (no user config: --clean) shows the findings of
// the fixture file with the most of them, each with its check as the
// source, and applies a quick fix; the result is surepasslint -fix's and
// builds. The Lua side is scripts/nvim-gopls-check.lua.
func TestGoplsNeovim(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Skip("nvim is not on PATH; install Neovim 0.7+ (Debian: apt-get install -y neovim) to test with a real editor")
	}
	bin := gopls(t)
	script := filepath.Join(repoRoot, "scripts", "nvim-gopls-check.lua")
	for _, f := range fixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			dir := copyFixture(t, f)
			want := cliFindings(t, dir)
			// The file with the most findings among those with a fixable
			// one; that one is the fix to apply.
			byFile := map[string][]finding{}
			fixable := map[string]bool{}
			for _, w := range want {
				byFile[w.file] = append(byFile[w.file], w)
				fixable[w.file] = fixable[w.file] || len(w.fixes) > 0
			}
			file := ""
			for _, w := range want {
				if fixable[w.file] && (file == "" || len(byFile[w.file]) > len(byFile[file])) {
					file = w.file
				}
			}
			if file == "" {
				t.Fatalf("the CLI reports nothing on %s", f.name)
			}
			var checks []string
			var fix *finding
			for i, w := range byFile[file] {
				if !slices.Contains(checks, w.check) {
					checks = append(checks, w.check)
				}
				if fix == nil && len(w.fixes) > 0 {
					fix = &byFile[file][i]
				}
			}
			if f.name == fixtureDirs[0] && (file != "web/login.go" || len(checks) != 2) {
				t.Fatalf("the demo's findings moved: %v", want)
			}
			if fix == nil {
				t.Fatalf("no finding in %s has a fix", file)
			}
			result := filepath.Join(t.TempDir(), "result.json")
			cmd := exec.Command(nvim, "--headless", "--clean", "-n", "-c", "luafile "+script, filepath.Join(dir, file))
			cmd.Dir = dir
			cmd.Env = append(goplsEnv(), "GOPLS="+bin, "NVIM_CHECK_OUT="+result,
				"NVIM_CHECK_WANT="+strings.Join(checks, ","), "NVIM_CHECK_FIX="+fix.check)
			out, runErr := cmd.CombinedOutput()
			var got struct {
				Error       string
				Version     string
				Diagnostics []struct {
					Lnum, Col, Severity, Related int
					Source, Href, Message, Code  string
				}
				Actions []struct{ Title, Kind string }
				Text    string
			}
			data, err := os.ReadFile(result)
			if err == nil {
				err = json.Unmarshal(data, &got)
			}
			if runErr != nil || err != nil || got.Error != "" {
				t.Fatalf("nvim: %v; result: %v %s\n%s", runErr, err, got.Error, out)
			}
			t.Logf("Neovim %s, %s: %d diagnostics, quick fixes %+v", got.Version, file, len(got.Diagnostics), got.Actions)
			for _, w := range byFile[file] {
				i := slices.IndexFunc(got.Diagnostics, func(d struct {
					Lnum, Col, Severity, Related int
					Source, Href, Message, Code  string
				}) bool {
					return d.Source == w.check && d.Lnum+1 == w.line && d.Message == w.message
				})
				if i < 0 {
					t.Errorf("Neovim does not show %v; it shows %+v", w, got.Diagnostics)
					continue
				}
				d := got.Diagnostics[i]
				if href := checkURL(w.check, d.Code); d.Severity != 2 || d.Href != href || d.Related != len(w.related) {
					t.Errorf("Neovim shows %v as %+v, want severity 2 (warning), href %s, %d related", w, d, href, len(w.related))
				}
			}
			if len(got.Actions) == 0 || got.Actions[0].Kind != "quickfix" || got.Actions[0].Title != fix.fixes[0].Message {
				t.Fatalf("Neovim got quick fixes %+v at %v, want first %q", got.Actions, *fix, fix.fixes[0].Message)
			}
			path, wantText := cliFixed(t, dir, *fix)
			if got.Text != string(wantText) {
				t.Fatalf("the quick fix Neovim applied yields\n%s\nwant (surepasslint -fix)\n%s", got.Text, wantText)
			}
			if err := os.WriteFile(path, []byte(got.Text), 0o644); err != nil {
				t.Fatal(err)
			}
			if out, err := goCmd(dir, "build", "./..."); err != nil {
				t.Errorf("go build after the fix: %v\n%s", err, out)
			}
		})
	}
}
