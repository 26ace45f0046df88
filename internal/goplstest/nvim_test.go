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

// TestGoplsNeovim: headless Neovim whose init.lua is the Neovim 0.7 to 0.10
// setup of docs/editors.md as written (no plugins) opens the fixture file
// with the most findings: the setup's FileType autocommand starts gopls
// built with the checks; Neovim shows the file's findings, each with its
// check as the source, and applies a quick fix as vim.lsp.buf.code_action()
// does; the result is surepasslint -fix's and builds. The Lua side is
// scripts/nvim-gopls-check.lua. It skips when nvim is not on PATH.
func TestGoplsNeovim(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Skip("nvim is not on PATH; install Neovim 0.7+ (Debian: apt-get install -y neovim) to test with a real editor")
	}
	bin := gopls(t)
	script := filepath.Join(repoRoot, "scripts", "nvim-gopls-check.lua")
	snippet := docSnippet(t, "TestGoplsNeovim")
	for _, f := range fixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			c := newEditorCase(t, f)
			home, config := docHome(t, bin, snippet)
			init := filepath.Join(home, "init.lua")
			if err := os.WriteFile(init, []byte(config), 0o644); err != nil {
				t.Fatal(err)
			}
			result := filepath.Join(t.TempDir(), "result.json")
			cmd := exec.Command(nvim, "--headless", "-u", init, "-i", "NONE", "-n", "-c", "luafile "+script, filepath.Join(c.dir, c.file))
			cmd.Dir = c.dir
			cmd.Env = append(goEnvPinned(t, goplsEnv()), "HOME="+home, "GOPLS=", "NVIM_CHECK_OUT="+result,
				"NVIM_CHECK_WANT="+strings.Join(c.checks, ","), "NVIM_CHECK_FIX="+c.fix.check)
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
			t.Logf("Neovim %s, %s: %d diagnostics, quick fixes %+v", got.Version, c.file, len(got.Diagnostics), got.Actions)
			for _, w := range c.want {
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
			if len(got.Actions) == 0 || got.Actions[0].Kind != "quickfix" || got.Actions[0].Title != c.fix.fixes[0].Message {
				t.Fatalf("Neovim got quick fixes %+v at %v, want first %q", got.Actions, c.fix, c.fix.fixes[0].Message)
			}
			c.checkFixed(t, "Neovim", got.Text)
		})
	}
}
