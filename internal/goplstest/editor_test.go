package goplstest

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// An editorCase is what a real-editor test opens and does on one fixture:
// the file with the most findings among those with a fixable one, the
// checks found there, and the finding whose quick fix it applies.
type editorCase struct {
	dir    string    // the fixture module's copy
	file   string    // relative to dir, slash-separated
	want   []finding // the CLI's findings in file
	checks []string  // their checks, in order of first finding
	fix    finding   // the first finding in file with a fix
}

func newEditorCase(t *testing.T, f fixture) editorCase {
	t.Helper()
	dir := copyFixture(t, f)
	all := cliFindings(t, dir)
	byFile := map[string][]finding{}
	fixable := map[string]bool{}
	for _, w := range all {
		byFile[w.file] = append(byFile[w.file], w)
		fixable[w.file] = fixable[w.file] || len(w.fixes) > 0
	}
	file := ""
	for _, w := range all {
		if fixable[w.file] && (file == "" || len(byFile[w.file]) > len(byFile[file])) {
			file = w.file
		}
	}
	if file == "" {
		t.Fatalf("the CLI reports nothing fixable on %s: %v", f.name, all)
	}
	c := editorCase{dir: dir, file: file, want: byFile[file]}
	found := false
	for _, w := range c.want {
		if !slices.Contains(c.checks, w.check) {
			c.checks = append(c.checks, w.check)
		}
		if !found && len(w.fixes) > 0 {
			c.fix, found = w, true
		}
	}
	if f.name == fixtureDirs[0] && (file != "web/login.go" || len(c.checks) != 2) {
		t.Fatalf("the demo's findings moved: %v", all)
	}
	return c
}

// checkFixed requires text, the editor's buffer after the quick fix, to be
// what surepasslint -fix makes of the file, and the module to build with it.
func (c editorCase) checkFixed(t *testing.T, editor, text string) {
	t.Helper()
	path, want := cliFixed(t, c.dir, c.fix)
	if text != string(want) {
		t.Fatalf("the quick fix %s applied yields\n%s\nwant (surepasslint -fix)\n%s", editor, text, want)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := goCmd(c.dir, "build", "./..."); err != nil {
		t.Errorf("go build after the fix: %v\n%s", err, out)
	}
}

// docSnippet returns the code block of docs/editors.md that follows the
// comment <!-- tested: NAME -->: the configuration a test runs as written.
func docSnippet(t *testing.T, name string) string {
	t.Helper()
	doc, err := os.ReadFile(filepath.Join(repoRoot, "docs", "editors.md"))
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile("(?s)<!-- tested: " + regexp.QuoteMeta(name) + " -->\\s*```[a-z]*\\n(.*?)\\n```")
	m := re.FindSubmatch(doc)
	if m == nil {
		t.Fatalf("docs/editors.md has no code block after <!-- tested: %s -->", name)
	}
	return string(m[1]) + "\n"
}

// docHome makes a home directory for an editor configured with a snippet
// of docs/editors.md, which runs ~/bin/gopls-surepasslint (written
// /home/you/bin/gopls-surepasslint where the editor does not expand ~): the
// binary is linked there, and the snippet's /home/you is the new home.
func docHome(t *testing.T, gopls, snippet string) (home, config string) {
	t.Helper()
	home = t.TempDir()
	if err := os.MkdirAll(filepath.Join(home, "bin"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(gopls, filepath.Join(home, "bin", "gopls-surepasslint")); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(snippet, "/home/you/bin/gopls-surepasslint") && !strings.Contains(snippet, "~/bin/gopls-surepasslint") {
		t.Fatalf("the snippet runs neither ~/bin/gopls-surepasslint nor /home/you/bin/gopls-surepasslint:\n%s", snippet)
	}
	return home, strings.ReplaceAll(snippet, "/home/you", home)
}

// goEnvPinned returns env with the Go settings that depend on HOME (the
// build and module caches, GOPATH, the go env -w file) fixed at their
// current values, so that an editor run with another HOME uses the same.
func goEnvPinned(t *testing.T, env []string) []string {
	t.Helper()
	names := []string{"GOCACHE", "GOMODCACHE", "GOPATH", "GOENV"}
	out, err := goCmd(repoRoot, append([]string{"env"}, names...)...)
	if err != nil {
		t.Fatalf("go env: %v\n%s", err, out)
	}
	vals := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(vals) != len(names) {
		t.Fatalf("go env %s: %q", strings.Join(names, " "), out)
	}
	for i, name := range names {
		env = append(env, name+"="+vals[i])
	}
	return env
}
