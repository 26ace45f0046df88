package analyzertest

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/printf"
)

// VetGoldens checks that the fixed code of every .golden file under
// testdata/src/<root> (a fix applied, as -fix writes it) passes go vet's
// printf check: each package holding a golden file is loaded with its
// goldens in place of the files they fix, must type-check, and printf (run
// in process, with the facts of the packages it imports) must report
// nothing. The packages listed in broken do not compile on purpose and
// are skipped.
func VetGoldens(t *testing.T, dir, root string, broken ...string) {
	t.Helper()
	overlay := map[string][]byte{}
	pkgDirs := map[string]bool{}
	src := filepath.Join(dir, "src")
	err := filepath.WalkDir(filepath.Join(src, root), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go.golden") {
			return err
		}
		rel, err := filepath.Rel(src, filepath.Dir(path))
		if err != nil {
			return err
		}
		for _, b := range broken {
			if filepath.ToSlash(rel) == b {
				return nil
			}
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		overlay[strings.TrimSuffix(path, ".golden")] = data
		pkgDirs[filepath.ToSlash(rel)] = true
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgDirs) == 0 {
		t.Fatalf("no .golden files under %s", root)
	}
	var patterns []string
	for p := range pkgDirs {
		patterns = append(patterns, p)
	}
	pkgs := loadOverlay(t, dir, overlay, patterns, "with the golden files")
	if t.Failed() {
		return
	}
	g, err := checker.Analyze([]*analysis.Analyzer{printf.Analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, act := range g.Roots {
		if act.Err != nil {
			t.Errorf("%s: printf: %v", act.Package.PkgPath, act.Err)
		}
		for _, d := range act.Diagnostics {
			n++
			pos := act.Package.Fset.Position(d.Pos)
			pos.Filename += ".golden"
			t.Errorf("go vet (printf) on the fixed code: %s: %s", pos, d.Message)
		}
	}
	t.Logf("%d packages with golden files vetted, %d printf findings", len(g.Roots), n)
}
