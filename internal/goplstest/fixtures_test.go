package goplstest

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/surepasslint/surepasslint/internal/bincache"
)

// fixtureDirs are the directories, relative to the repository root, whose
// modules every gopls test runs on: the demo, the configuration fixture
// (recognition set by directives instead of flags), and the parity fixture
// (a directive-only client, a client whose test file stores the raw message,
// a vendored client), which the command's and the golangci-lint plugin's
// tests run on too. A directory is a module, or holds modules below it.
var fixtureDirs = []string{"testdata/demo", "testdata/config", "testdata/parity"}

// A fixture is one module of a fixture directory.
type fixture struct {
	name   string // e.g. "testdata/demo", "testdata/config/shop"
	tree   string // the fixture directory it belongs to, relative to the root
	module string // the module's directory relative to tree ("." or a subdirectory)
}

// fixtures lists the modules of the fixture directories that exist.
func fixtures(t testing.TB) []fixture {
	t.Helper()
	var out []fixture
	for _, tree := range fixtureDirs {
		root := filepath.Join(repoRoot, tree)
		if _, err := os.Stat(root); err != nil {
			if tree == fixtureDirs[0] {
				t.Fatalf("fixture %s: %v", tree, err)
			}
			t.Logf("no %s: not tested", tree)
			continue
		}
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && path != root && skipDir(d.Name()) {
				return filepath.SkipDir
			}
			if d.Name() == "go.mod" && !d.IsDir() {
				rel, _ := filepath.Rel(root, filepath.Dir(path))
				out = append(out, fixture{name: filepath.ToSlash(filepath.Join(tree, rel)), tree: tree, module: rel})
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func skipDir(name string) bool {
	return name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")
}

// copyFixture copies f's fixture directory to a fresh directory and returns
// the copy of f's module. Replace directives to local paths outside the
// fixture directory (this checkout, say) are made absolute.
func copyFixture(t testing.TB, f fixture) string {
	t.Helper()
	src := filepath.Join(repoRoot, f.tree)
	tmp, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(tmp, filepath.Base(f.tree))
	var mods []string
	err = filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if d.Name() == "go.mod" {
			mods = append(mods, rel)
		}
		return bincache.CopyFile(path, filepath.Join(dst, rel))
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, mod := range mods {
		modDir := filepath.Dir(filepath.Join(src, mod))
		out, err := goCmd(filepath.Dir(filepath.Join(dst, mod)), "mod", "edit", "-json")
		if err != nil {
			t.Fatalf("go mod edit -json %s: %v\n%s", mod, err, out)
		}
		var gomod struct {
			Replace []struct {
				Old, New struct{ Path, Version string }
			}
		}
		if err := json.Unmarshal(out, &gomod); err != nil {
			t.Fatal(err)
		}
		for _, r := range gomod.Replace {
			if r.New.Version != "" || filepath.IsAbs(r.New.Path) {
				continue
			}
			target := filepath.Join(modDir, r.New.Path)
			if inside(src, target) {
				continue
			}
			old := r.Old.Path
			if r.Old.Version != "" {
				old += "@" + r.Old.Version
			}
			if out, err := goCmd(filepath.Dir(filepath.Join(dst, mod)), "mod", "edit", "-replace="+old+"="+target); err != nil {
				t.Fatalf("go mod edit -replace in %s: %v\n%s", mod, err, out)
			}
		}
	}
	return filepath.Join(dst, f.module)
}

func inside(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// goFiles returns the Go files of the module in dir, relative to it.
func goFiles(t testing.TB, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != dir {
			if skipDir(d.Name()) {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
				return filepath.SkipDir // another module
			}
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go") {
			rel, _ := filepath.Rel(dir, path)
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// A finding is one diagnostic of a check, as the CLI's -json prints it.
type finding struct {
	check   string
	file    string // relative to the module, slash-separated
	line    int
	col     int // bytes, 1-based
	message string
	related []related
	fixes   []cliFix
}

type related struct {
	file    string // absolute
	line    int
	message string
}

type cliFix struct {
	Message string
	Edits   []struct {
		Filename   string
		Start, End int
		New        string
	}
}

func (f finding) String() string {
	return fmt.Sprintf("%s:%d:%d %s: %s", f.file, f.line, f.col, f.check, f.message)
}

// cliFindings returns what surepasslint -json reports on the module in dir:
// the reference the gopls findings must equal.
func cliFindings(t testing.TB, dir string) []finding {
	t.Helper()
	cmd := cliCommand(t, dir, "-json", "./...")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("surepasslint -json ./... in %s: %v\n%s", dir, err, out)
	}
	var report map[string]map[string]json.RawMessage
	if err := json.Unmarshal(out, &report); err != nil {
		t.Fatalf("surepasslint -json: %v\n%s", err, out)
	}
	var found []finding
	for pkg, checks := range report {
		for check, raw := range checks {
			var diags []struct {
				Posn, Message  string
				SuggestedFixes []cliFix `json:"suggested_fixes"`
				Related        []struct{ Posn, Message string }
			}
			if err := json.Unmarshal(raw, &diags); err != nil {
				t.Fatalf("surepasslint -json: %s %s: %s", pkg, check, raw)
			}
			for _, d := range diags {
				file, line, col := splitPosn(t, d.Posn)
				rel, err := filepath.Rel(dir, file)
				if err != nil || !inside(dir, file) {
					t.Fatalf("finding outside the module: %s", d.Posn)
				}
				f := finding{check: check, file: filepath.ToSlash(rel), line: line, col: col, message: d.Message, fixes: d.SuggestedFixes}
				for _, r := range d.Related {
					file, line, _ := splitPosn(t, r.Posn)
					f.related = append(f.related, related{file, line, r.Message})
				}
				found = append(found, f)
			}
		}
	}
	// A file of a package with tests is analyzed twice (the package, and
	// the package with its _test files), so -json lists its findings under
	// both; the text output and editors show each once.
	sort.Slice(found, func(i, j int) bool { return found[i].String() < found[j].String() })
	found = slices.CompactFunc(found, func(a, b finding) bool { return a.String() == b.String() })
	return found
}

func splitPosn(t testing.TB, posn string) (string, int, int) {
	var line, col int
	i := strings.LastIndex(posn, ":")
	j := strings.LastIndex(posn[:max(i, 0)], ":")
	if j < 0 {
		t.Fatalf("position %q is not file:line:col", posn)
	}
	if _, err := fmt.Sscanf(posn[j+1:], "%d:%d", &line, &col); err != nil {
		t.Fatalf("position %q: %v", posn, err)
	}
	return posn[:j], line, col
}

// cliFixed returns the file f's first fix edits, with those edits applied
// as the CLI's -fix applies them.
func cliFixed(t testing.TB, dir string, f finding) (string, []byte) {
	t.Helper()
	if len(f.fixes) == 0 {
		t.Fatalf("%v: the CLI offers no fix", f)
	}
	path := filepath.Join(dir, filepath.FromSlash(f.file))
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	edits := f.fixes[0].Edits
	for _, e := range edits {
		if e.Filename != path {
			t.Fatalf("%v: the fix edits %s too; the test compares single-file fixes", f, e.Filename)
		}
	}
	out, err := applySpans(text, edits, func(e struct {
		Filename   string
		Start, End int
		New        string
	}) (int, int, string) {
		return e.Start, e.End, e.New
	})
	if err != nil {
		t.Fatalf("%v: the CLI's fix: %v", f, err)
	}
	return path, out
}
