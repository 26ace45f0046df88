package fuzzcheck_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/surepasslint/surepasslint/analyzer/all"
	"github.com/surepasslint/surepasslint/internal/fuzzcheck"
)

// testdata is the repository's testdata directory.
var testdata = filepath.Join("..", "..", "testdata")

var (
	envOnce sync.Once
	env     *fuzzcheck.Env
	seeds   []fuzzcheck.Seed
	envErr  error
)

// load loads, once per process, the environment: every package of
// testdata/src and the standard library packages the seeds import.
func load(t testing.TB) (*fuzzcheck.Env, []fuzzcheck.Seed) {
	envOnce.Do(func() {
		root, err := filepath.Abs(testdata)
		if err != nil {
			envErr = err
			return
		}
		src, err := fuzzcheck.Seeds(filepath.Join(root, "src"), "")
		if err != nil {
			envErr = err
			return
		}
		demo, err := fuzzcheck.Seeds(filepath.Join(root, "demo"), "example.com/shop")
		if err != nil {
			envErr = err
			return
		}
		seeds = slices.Concat(src, demo)
		env, envErr = fuzzcheck.Load(root, all.Analyzers(), []string{"./..."}, fuzzcheck.StdImports(seeds))
	})
	if envErr != nil {
		t.Fatal(envErr)
	}
	return env, seeds
}

func TestMain(m *testing.M) {
	code := m.Run()
	if env != nil {
		env.Close()
	}
	os.Exit(code)
}

// importPath is what a mutated package path must look like to be used;
// others are replaced, as no real package has them.
var importPath = regexp.MustCompile(`^[a-z][a-z0-9_.-]*(/[A-Za-z0-9_.-]+)*$`)

// FuzzChecks feeds mutations of every Go file of the testdata, as the only
// file of its package, through every check and applies their fixes.
func FuzzChecks(f *testing.F) {
	e, seeds := load(f)
	for _, s := range seeds {
		f.Add(s.Path, s.Src)
	}
	f.Fuzz(func(t *testing.T, path string, src []byte) {
		if len(src) > 1<<16 {
			return
		}
		if !importPath.MatchString(path) || strings.Contains(path, "..") {
			path = "fuzz/p"
		}
		for _, p := range e.Check(path, "input.go", src).Problems {
			t.Error(p)
		}
	})
}

// TestSeedsReachEveryCheck makes sure the seed corpus exercises the real
// checks: each reports something, and some fixes are applied to code that
// type-checks, so the fuzzer starts from inputs that matter.
func TestSeedsReachEveryCheck(t *testing.T) {
	e, seeds := load(t)
	found := map[string]int{}
	fixedClean := 0
	for _, s := range seeds {
		r := e.Check(s.Path, s.File, s.Src)
		for _, p := range r.Problems {
			t.Errorf("%s/%s: %s", s.Path, s.File, p)
		}
		for _, f := range r.Findings {
			name, _, _ := strings.Cut(f, ":")
			found[name]++
		}
		if r.Clean {
			fixedClean += r.Fixes
		}
	}
	for _, a := range all.Analyzers() {
		if found[a.Name] == 0 {
			t.Errorf("no seed gets a finding from %s", a.Name)
		}
	}
	if len(all.Analyzers()) > 0 && fixedClean == 0 {
		t.Errorf("no fix applied to a seed that type-checks")
	}
	t.Logf("findings per check %v; fixes applied to clean seeds: %d", found, fixedClean)
}
