package main_test

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

// The configuration fixture, testdata/config at the repository root, is
// shared with the golangci-lint plugin's and the gopls tests: a consumer
// whose code type, reply fields and sink helper are declared only by
// //surepasslint: directives. Its "// want <check>" comments say what every
// driver must report.

// configFixture returns a writable copy of testdata/config.
func configFixture(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("..", "..", "testdata", "config"))); err != nil {
		t.Fatal(err)
	}
	return dir
}

var wantComment = regexp.MustCompile(`// want (\w+)$`)

// wantedKeys reads a fixture's "// want <check>" comments as "file:line
// check" keys, sorted.
func wantedKeys(t *testing.T, dir string) []string {
	t.Helper()
	var keys []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".go" {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		for i, line := range strings.Split(string(src), "\n") {
			if m := wantComment.FindStringSubmatch(line); m != nil {
				keys = append(keys, fmt.Sprintf("%s:%d %s", filepath.ToSlash(rel), i+1, m[1]))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(keys)
	if len(keys) == 0 {
		t.Fatalf("%s has no // want comments", dir)
	}
	return keys
}

// jsonKeys reads the analysis JSON output (one object per package from go
// vet, one for the whole run standalone) as "file:line check" keys, sorted
// and without repeats (the JSON lists a package and its test variant apart).
func jsonKeys(t *testing.T, dir string, out string) []string {
	t.Helper()
	var keys []string
	dec := json.NewDecoder(strings.NewReader(out))
	for {
		var report map[string]map[string]json.RawMessage
		if err := dec.Decode(&report); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("decoding the JSON output: %v\n%s", err, out)
		}
		for _, byCheck := range report {
			for check, raw := range byCheck {
				var diags []struct{ Posn string }
				if err := json.Unmarshal(raw, &diags); err != nil {
					continue // {"error": ...}: a failed package, seen in the keys' absence
				}
				for _, d := range diags {
					keys = append(keys, fmt.Sprintf("%s %s", relPosn(dir, d.Posn), check))
				}
			}
		}
	}
	sort.Strings(keys)
	return slices.Compact(keys)
}

// relPosn turns /abs/dir/web/login.go:21:3 into web/login.go:21.
func relPosn(dir, posn string) string {
	m := regexp.MustCompile(`^(.*\.go):(\d+)(:\d+)?$`).FindStringSubmatch(posn)
	if m == nil {
		return posn
	}
	name := m[1]
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		if rel, err := filepath.Rel(real, name); err == nil && !strings.HasPrefix(rel, "..") {
			name = rel
		}
	}
	if rel, err := filepath.Rel(dir, name); err == nil && !strings.HasPrefix(rel, "..") {
		name = rel
	}
	return filepath.ToSlash(name) + ":" + m[2]
}

// stripDirectives removes every //surepasslint: comment of the fixture.
func stripDirectives(t *testing.T, dir string) {
	t.Helper()
	n := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".go" {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var out []string
		for _, line := range strings.Split(string(src), "\n") {
			if before, _, ok := strings.Cut(line, "//surepasslint:"); ok {
				n++
				if strings.TrimSpace(before) == "" {
					continue
				}
				line = strings.TrimRight(before, " \t")
			}
			out = append(out, line)
		}
		return os.WriteFile(path, []byte(strings.Join(out, "\n")), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("testdata/config has no //surepasslint: directive")
	}
}

func TestConfigDirectives(t *testing.T) {
	dir := configFixture(t)
	want := wantedKeys(t, dir)
	if !slices.Contains(want, "audit/audit.go:13 rawexposure") {
		t.Fatalf("testdata/config lost its bad directive: %v", want)
	}
	r := run(t, dir, "", "-json", "./...")
	if got := jsonKeys(t, dir, r.stdout); !slices.Equal(got, want) {
		t.Errorf("surepasslint -json on testdata/config:\n  %s\nwant:\n  %s\n%s", strings.Join(got, "\n  "), strings.Join(want, "\n  "), r.stderr)
	}
	text := run(t, dir, "", "./...")
	if text.code != 3 {
		t.Errorf("surepasslint: exit %d, want 3 (findings)\n%s", text.code, text.stderr)
	}
	// Once, though audit is analyzed with and without its test file.
	if n := strings.Count(text.stderr, "bad //surepasslint:sink on Record"); n != 1 {
		t.Errorf("the bad directive is reported %d times, want once:\n%s", n, text.stderr)
	}
}

func TestConfigDirectivesVetTool(t *testing.T) {
	dir := configFixture(t)
	want := wantedKeys(t, dir)
	r := run(t, dir, "go", "vet", "-vettool="+bin, "-json", "./...")
	out := r.stdout // go vet -json prints on stdout with Go 1.26; older go commands used stderr
	if strings.TrimSpace(out) == "" {
		out = r.stderr
	}
	if got := jsonKeys(t, dir, out); !slices.Equal(got, want) {
		t.Errorf("go vet -vettool -json on testdata/config:\n  %s\nwant:\n  %s\n%s", strings.Join(got, "\n  "), strings.Join(want, "\n  "), r.stderr)
	}
	if r := run(t, dir, "go", "vet", "-vettool="+bin, "./..."); r.code == 0 || !strings.Contains(r.stderr, "web/login.go:21:3: raw SurePassID errorMessage (from gateway.Check)") {
		t.Errorf("go vet -vettool on testdata/config: exit %d, want the findings\n%s", r.code, r.stderr)
	}
}

// TestConfigWithoutDirectives: the fixture's findings come from its
// directives alone.
func TestConfigWithoutDirectives(t *testing.T) {
	dir := configFixture(t)
	stripDirectives(t, dir)
	if r := run(t, dir, "", "./..."); r.code != 0 || r.stderr != "" {
		t.Errorf("surepasslint without the directives: exit %d, want 0 and nothing reported\n%s", r.code, r.stderr)
	}
	if r := run(t, dir, "go", "vet", "-vettool="+bin, "./..."); r.code != 0 {
		t.Errorf("go vet -vettool without the directives: exit %d, want 0\n%s", r.code, r.stderr)
	}
}

// TestConfigFlagsTakePrecedence: a flag naming what a directive configures
// wins. -rawexposure.sinks names ui.Flash with argument 0 (the writer), so
// its directive's argument 1 is no longer a sink.
func TestConfigFlagsTakePrecedence(t *testing.T) {
	dir := configFixture(t)
	r := run(t, dir, "", "-json", "-rawexposure.sinks=example.com/kiosk/ui.Flash:0", "./...")
	got := jsonKeys(t, dir, r.stdout)
	if slices.Contains(got, "web/login.go:21 rawexposure") || !slices.Contains(got, "web/login.go:35 codeswitch") {
		t.Errorf("with -rawexposure.sinks=...ui.Flash:0: %v, want the codeswitch finding only\n%s", got, r.stderr)
	}
}

// TestConfigFix: the fixes of the directive-configured findings compile and
// pass go vet, and only the bad directive (which has no fix) is left.
func TestConfigFix(t *testing.T) {
	dir := configFixture(t)
	if r := run(t, dir, "", "-fix", "./..."); r.code == 1 || r.code == 2 {
		t.Fatalf("surepasslint -fix: exit %d\n%s", r.code, r.stderr)
	}
	for _, args := range [][]string{{"build", "./..."}, {"vet", "./..."}} {
		if r := run(t, dir, "go", args...); r.code != 0 {
			t.Errorf("go %s after -fix: exit %d\n%s", strings.Join(args, " "), r.code, r.stderr)
		}
	}
	r := run(t, dir, "", "-json", "./...")
	if got, want := jsonKeys(t, dir, r.stdout), []string{"audit/audit.go:13 rawexposure"}; !slices.Equal(got, want) {
		t.Errorf("after -fix: %v, want only %v", got, want)
	}
}
