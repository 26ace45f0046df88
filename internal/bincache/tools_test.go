package bincache

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRecipesAreTheTests: `go run ./internal/bincache/fill` fills the cache
// for the tests only if it computes their keys. internal/goplstest
// uses Gopls itself; plugin's TestGolangciLint spells the same recipe out
// (until it calls GolangciLint), so its source must still say what
// GolangciLint does.
func TestRecipesAreTheTests(t *testing.T) {
	repo, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	gcl, err := GolangciLint(repo)
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join(repo, "plugin", "integration_test.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), "bincache.GolangciLint(") {
		for _, want := range []string{
			`bincache.Key(repo, "` + gcl.pkg + `", "` + gcl.Name + ` "+version, "` + gcl.Script + `")`,
			`bincache.Binary("` + gcl.dir + `", "` + gcl.file + `", key,`,
			`"GOLANGCI_LINT_VERSION="+version`,
		} {
			if !strings.Contains(string(src), want) {
				t.Errorf("plugin/integration_test.go no longer has %s: keep bincache.GolangciLint's recipe (the key fill computes) equal to its own, or make it call bincache.GolangciLint", want)
			}
		}
	}
	for _, tool := range []func(string) (Tool, error){GolangciLint, Gopls} {
		tl, err := tool(repo)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(tl.Version, "v") {
			t.Errorf("%s: version %q", tl.Name, tl.Version)
		}
		if _, err := os.Stat(filepath.Join(repo, tl.Script)); err != nil {
			t.Error(err)
		}
		key, err := tl.Key(repo)
		if err != nil || len(key) != 16 {
			t.Errorf("%s: key %q, %v", tl.Name, key, err)
		}
	}
}
