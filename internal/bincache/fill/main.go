// Command fill builds the binaries that the heavy integration tests build
// from this checkout — golangci-lint with the plugin (plugin's
// TestGolangciLint) and gopls with the checks (internal/goplstest) — into
// the cache where those tests look for them (package bincache), printing the
// build scripts' progress as they run. go test prints a package's output only
// when the package is done, so a build of minutes inside a test is minutes of
// silence; CI runs this first, and the tests then find the binaries cached.
//
//	go run ./internal/bincache/fill [golangci-lint|gopls ...]   (default: both)
//
// Run it from this repository. A binary already cached for its key (the
// checkout's sources, go.mod, go.sum, the script and the version) is not
// built again. When the Go module proxy cannot serve a tool's source, fill
// says so and goes on: the test that needs the tool skips for the same reason.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/surepasslint/surepasslint/internal/bincache"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "fill:", err)
		os.Exit(1)
	}
}

func run(names []string) error {
	gomod, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return fmt.Errorf("go env GOMOD: %v", err)
	}
	repo := filepath.Dir(strings.TrimSpace(string(gomod)))
	if _, err := os.Stat(filepath.Join(repo, "internal", "bincache", "fill")); err != nil {
		return fmt.Errorf("run it from a checkout of surepasslint (the module here is in %s)", repo)
	}
	recipes := map[string]func(string) (bincache.Tool, error){
		"golangci-lint": bincache.GolangciLint,
		"gopls":         bincache.Gopls,
	}
	if len(names) == 0 {
		names = []string{"golangci-lint", "gopls"}
	}
	for _, name := range names {
		recipe, ok := recipes[name]
		if !ok {
			return fmt.Errorf("unknown tool %q (known: golangci-lint, gopls)", name)
		}
		tool, err := recipe(repo)
		if err != nil {
			return err
		}
		if err := fill(repo, tool); err != nil {
			return err
		}
	}
	return nil
}

func fill(repo string, tool bincache.Tool) error {
	what := tool.Name + " " + tool.Version
	dl := exec.Command("go", "mod", "download", "-json", tool.Module())
	dl.Dir = repo
	if out, err := dl.CombinedOutput(); err != nil {
		fmt.Printf("fill: %s: the Go module proxy cannot serve %s, so the tests that need it will skip:\n%s\n", what, tool.Module(), out)
		return nil
	}
	fmt.Printf("fill: %s: building with %s unless it is cached\n", what, tool.Script)
	start := time.Now()
	bin, cached, err := tool.Binary(repo, os.Stdout)
	if err != nil {
		return fmt.Errorf("%s: %v", what, err)
	}
	if cached {
		fmt.Printf("fill: %s: cached: %s\n", what, bin)
	} else {
		fmt.Printf("fill: %s: built in %s: %s\n", what, time.Since(start).Round(time.Second), bin)
	}
	return nil
}
