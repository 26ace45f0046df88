package bincache

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
)

// A Tool is one of the binaries the heavy integration tests build from this
// checkout with a script of scripts/, and how it is cached: the recipe that
// both the tests and `go run ./internal/bincache/fill` (which fills the cache
// ahead of the tests, printing the script's progress) follow, so that they
// agree on the key.
type Tool struct {
	Name    string   // "golangci-lint", "gopls"
	Version string   // the version of Name that is built
	Script  string   // the build script, relative to the repository root
	args    []string // the script's arguments after OUTPUT
	env     []string // and its environment, added to the process's
	pkg     string   // the package of this module compiled in, with its dependencies
	dir     string   // Binary's cache directory
	file    string   // and file name, before the key
}

// GolangciLint is golangci-lint with the plugin, as plugin's
// TestGolangciLint builds it: the version .custom-gcl.yml names, by
// scripts/build-golangci.sh.
func GolangciLint(repo string) (Tool, error) {
	version, err := match(filepath.Join(repo, ".custom-gcl.yml"), `(?m)^version:\s*(v\S+)\s*$`)
	if err != nil {
		return Tool{}, err
	}
	return Tool{
		Name: "golangci-lint", Version: version, Script: "scripts/build-golangci.sh",
		env: []string{"GOLANGCI_LINT_VERSION=" + version},
		pkg: "./plugin", dir: "custom-gcl", file: "custom-gcl",
	}, nil
}

// Gopls is gopls with the checks, as internal/goplstest builds it: the
// version scripts/build-gopls.sh builds by default.
func Gopls(repo string) (Tool, error) {
	version, err := match(filepath.Join(repo, "scripts", "build-gopls.sh"), `(?m)^version=\$\{2:-(v[^}]+)\}$`)
	if err != nil {
		return Tool{}, err
	}
	return Tool{
		Name: "gopls", Version: version, Script: "scripts/build-gopls.sh",
		args: []string{version},
		pkg:  "./analyzer/all", dir: "gopls", file: "gopls-" + version,
	}, nil
}

func match(file, re string) (string, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return "", err
	}
	m := regexp.MustCompile(re).FindSubmatch(data)
	if m == nil {
		return "", fmt.Errorf("%s: no match for %s", file, re)
	}
	return string(m[1]), nil
}

// Module is the module path and version the Go module proxy serves t's
// source under.
func (t Tool) Module() string {
	if t.Name == "gopls" {
		return "golang.org/x/tools/gopls@" + t.Version
	}
	return "github.com/golangci/golangci-lint/v2@" + t.Version
}

// Key is the cache key of t built from the checkout at repo.
func (t Tool) Key(repo string) (string, error) {
	return Key(repo, t.pkg, t.Name+" "+t.Version, t.Script)
}

// Binary returns t built from the checkout at repo, from the cache when
// there is one for its key, else built with its script and cached. The
// script's output goes to log as it runs, or with log nil into the error
// when the build fails.
func (t Tool) Binary(repo string, log io.Writer) (bin string, cached bool, err error) {
	key, err := t.Key(repo)
	if err != nil {
		return "", false, err
	}
	return Binary(t.dir, t.file, key, func(out string) error {
		cmd := exec.Command("bash", append([]string{filepath.Join(repo, t.Script), out}, t.args...)...)
		cmd.Dir = repo
		cmd.Env = append(os.Environ(), t.env...)
		if log != nil {
			cmd.Stdout, cmd.Stderr = log, log
			if err := cmd.Run(); err != nil {
				return fmt.Errorf("%s: %v", t.Script, err)
			}
			return nil
		}
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("%s: %v\n%s", t.Script, err, out)
		}
		return nil
	})
}
