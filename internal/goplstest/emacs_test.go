package goplstest

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// emacsClients are the Emacs LSP clients of docs/editors.md that the test
// runs, by the name of their snippet there and the library that must be
// installed for it.
var emacsClients = []struct{ name, library string }{
	{"eglot", "eglot"},
	{"lsp-mode", "lsp-mode"},
}

// TestGoplsEmacs: Emacs in a terminal (emacs -nw under script(1), so its
// command loop, timers and Flymake run as for a user), whose init file is
// the Eglot or the lsp-mode setup of docs/editors.md as written, opens the
// fixture file with the most findings: go-mode's hook starts the client
// with gopls built with the checks; Flymake shows each finding, with its
// check as the source; the client's code action command (M-x
// eglot-code-actions, M-x lsp-execute-code-action) applies the quick fix
// picked by its title; the result is surepasslint -fix's and builds. The
// Emacs side is scripts/emacs-gopls-check.el. It skips when emacs or script
// is not on PATH, and a client when its package is not installed.
func TestGoplsEmacs(t *testing.T) {
	emacs, err := exec.LookPath("emacs")
	if err != nil {
		t.Skip("emacs is not on PATH; install Emacs 28+ with go-mode, Eglot and lsp-mode (Debian: apt-get install --no-install-recommends emacs-nox elpa-go-mode elpa-eglot elpa-lsp-mode) to test with a real editor")
	}
	script, err := exec.LookPath("script")
	if err != nil {
		t.Skip("script (util-linux) is not on PATH: it gives Emacs the terminal it runs in")
	}
	bin := gopls(t)
	check := filepath.Join(repoRoot, "scripts", "emacs-gopls-check.el")
	for _, client := range emacsClients {
		t.Run(client.name, func(t *testing.T) {
			if out, err := exec.Command(emacs, "--batch", "--eval",
				`(progn (package-initialize) (unless (and (locate-library "go-mode") (locate-library "`+client.library+`")) (kill-emacs 1)))`).CombinedOutput(); err != nil {
				t.Skipf("Emacs has no go-mode or %s (Debian: apt-get install --no-install-recommends elpa-go-mode elpa-eglot elpa-lsp-mode): %v\n%s", client.library, err, out)
			}
			snippet := docSnippet(t, "TestGoplsEmacs/"+client.name)
			for _, f := range fixtures(t) {
				t.Run(f.name, func(t *testing.T) {
					c := newEditorCase(t, f)
					home, config := docHome(t, bin, snippet)
					if err := os.MkdirAll(filepath.Join(home, ".emacs.d"), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(filepath.Join(home, ".emacs.d", "init.el"), []byte(config), 0o644); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(filepath.Join(home, ".emacs.d", "early-init.el"), []byte(earlyInit), 0o644); err != nil {
						t.Fatal(err)
					}
					result := filepath.Join(t.TempDir(), "result.json")
					ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
					defer cancel()
					command := "stty rows 50 cols 160; exec " + shellQuote(emacs) + " -nw -l " + shellQuote(check) + " " + shellQuote(filepath.Join(c.dir, c.file))
					cmd := exec.CommandContext(ctx, script, "-qec", command, "/dev/null")
					cmd.Dir = c.dir
					cmd.Env = append(goEnvPinned(t, goplsEnv()), "HOME="+home, "TERM=xterm",
						"EMACS_CHECK_OUT="+result, "EMACS_CHECK_CLIENT="+client.name,
						"EMACS_CHECK_WANT="+strings.Join(c.checks, ","), "EMACS_CHECK_FIX="+c.fix.check,
						"EMACS_CHECK_TITLE="+c.fix.fixes[0].Message)
					// script(1) passes its standard input to Emacs's terminal; at
					// the end of that input Emacs received a key (it said "Mark
					// set", and the region became active). A pipe that stays open
					// until Emacs is done sends nothing.
					stdin, keep, err := os.Pipe()
					if err != nil {
						t.Fatal(err)
					}
					cmd.Stdin = stdin
					runErr := cmd.Run() // the terminal's output is screen drawing
					_ = keep.Close()
					_ = stdin.Close()
					var got struct {
						Error, Emacs, Client, ClientVersion, Mode, Text, Messages string
						QuickfixApplied                                           bool
						Prompts                                                   []string
						Diagnostics                                               []struct {
							Line, Col, Severity, Related int
							Source, Message, Href, Code  string
						}
						Shown []struct {
							Line       int
							Text, Type string
						}
					}
					data, err := os.ReadFile(result)
					if err == nil {
						err = json.Unmarshal(data, &got)
					}
					if runErr != nil || err != nil || got.Error != "" {
						t.Fatalf("emacs: %v; result: %v %s\n*Messages*:\n%s", runErr, err, got.Error, got.Messages)
					}
					t.Logf("Emacs %s, %s %s, %s in %s: %d diagnostics; prompts %q",
						got.Emacs, client.name, got.ClientVersion, c.file, got.Mode, len(got.Diagnostics), got.Prompts)
					if client.name == "eglot" {
						// docs/editors.md: on Eglot 1.9 eglot-code-action-quickfix
						// applies nothing, so it points to eglot-code-actions.
						t.Logf("eglot-code-action-quickfix applied the fix: %v", got.QuickfixApplied)
						if got.ClientVersion == "1.9" && got.QuickfixApplied {
							t.Errorf("eglot-code-action-quickfix applied the fix on Eglot 1.9: docs/editors.md says it applies nothing there")
						}
					}
					for _, w := range c.want {
						i := slices.IndexFunc(got.Diagnostics, func(d struct {
							Line, Col, Severity, Related int
							Source, Message, Href, Code  string
						}) bool {
							return d.Source == w.check && d.Line == w.line && d.Message == w.message
						})
						if i < 0 {
							t.Errorf("%s does not have %v; it has %+v", client.name, w, got.Diagnostics)
							continue
						}
						if d := got.Diagnostics[i]; d.Severity != 2 || d.Href != checkURL(w.check, d.Code) {
							t.Errorf("%s has %v as %+v, want severity 2 (warning) and href %s", client.name, w, d, checkURL(w.check, d.Code))
						}
						if !slices.ContainsFunc(got.Shown, func(s struct {
							Line       int
							Text, Type string
						}) bool {
							return s.Line == w.line && strings.Contains(s.Text, w.message)
						}) {
							t.Errorf("Flymake does not show %v; it shows %+v", w, got.Shown)
						}
					}
					c.checkFixed(t, "Emacs with "+client.name, got.Text)
				})
			}
		})
	}
}

// earlyInit is the test's own early-init.el, beside the documented
// init.el: no native compilation in this fresh HOME, where Emacs 28 would
// otherwise compile go-mode, Eglot or lsp-mode and their dependencies anew
// on every run (minutes of CPU). Emacs 30 renamed the variable.
const earlyInit = `(setq native-comp-deferred-compilation nil
      native-comp-jit-compilation nil)
`

// shellQuote quotes s for sh.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
