// Package bincache keeps the tools that the heavy integration tests build
// from this checkout — golangci-lint with the plugin (plugin's
// TestGolangciLint), gopls with the checks (internal/goplstest) — under the
// user cache directory, keyed by a hash of everything the build reads, so a
// rerun with nothing changed skips a build of minutes and a changed checkout
// never runs a stale binary.
package bincache

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// module is the path of this module: only its own packages are hashed (the
// others are fixed by go.sum).
const module = "github.com/surepasslint/surepasslint"

// Key hashes label (the tool and its version) and what a build of the tool
// reads from the checkout at repo: the Go and embedded files of every package
// of this module that pkg (a package pattern, relative to repo) depends on,
// go.mod, go.sum and extra (paths relative to repo, such as the build
// script).
func Key(repo, pkg, label string, extra ...string) (string, error) {
	cmd := exec.Command("go", "list", "-deps", "-f",
		`{{if .Module}}{{if eq .Module.Path "`+module+`"}}{{range .GoFiles}}{{$.Dir}}/{{.}}
{{end}}{{range .EmbedFiles}}{{$.Dir}}/{{.}}
{{end}}{{end}}{{end}}`, pkg)
	cmd.Dir = repo
	cmd.Env = append(os.Environ(), "GOWORK=off")
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go list %s: %v", pkg, err)
	}
	files := strings.Fields(string(out))
	files = append(files, "go.mod", "go.sum")
	files = append(files, extra...)
	sort.Strings(files)
	h := sha256.New()
	_, _ = fmt.Fprintf(h, "%s\n", label)
	for _, f := range files {
		if !filepath.IsAbs(f) {
			f = filepath.Join(repo, f)
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		rel, _ := filepath.Rel(repo, f)
		_, _ = fmt.Fprintf(h, "%s\n%s\n", filepath.ToSlash(rel), data)
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// Binary returns the cached binary name-key in the cache directory dir
// (under the user cache directory's surepasslint folder), building it first
// with build when there is none: build writes the binary to the path it is
// given, and Binary copies it into place under a temporary name and renames
// it, so a concurrent run never sees half a binary. cached says whether the
// build was skipped. A cached binary's time is refreshed, and binaries of
// other keys that no run used for a day (tens of MB each) are removed with
// whatever was kept beside them (name-key.*); a younger one may still be in
// use by a concurrent run.
func Binary(dir, name, key string, build func(out string) error) (bin string, cached bool, err error) {
	base := filepath.Join(os.TempDir(), "surepasslint", dir)
	if cache, err := os.UserCacheDir(); err == nil {
		base = filepath.Join(cache, "surepasslint", dir)
	}
	bin = filepath.Join(base, name+"-"+key)
	if _, err := os.Stat(bin); err == nil {
		now := time.Now()
		_ = os.Chtimes(bin, now, now) // recently used: kept by prune
		return bin, true, nil
	}
	if err := os.MkdirAll(base, 0o755); err != nil {
		return "", false, err
	}
	tmp, err := os.MkdirTemp("", "bincache-"+name+"-")
	if err != nil {
		return "", false, err
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, name)
	if err := build(out); err != nil {
		return "", false, err
	}
	part := bin + ".part" + filepath.Base(tmp)
	if err := CopyFile(out, part); err != nil {
		return "", false, err
	}
	if err := os.Rename(part, bin); err != nil {
		return "", false, err
	}
	prune(base, name, bin)
	return bin, false, nil
}

// prune removes the binaries name-* in dir other than keep that no run has
// used for a day, and what was kept beside each (its name plus a suffix).
func prune(dir, name, keep string) {
	old, _ := filepath.Glob(filepath.Join(dir, name+"-*"))
	for _, f := range old {
		info, err := os.Stat(f)
		if err != nil || info.IsDir() || f == keep || time.Since(info.ModTime()) < 24*time.Hour {
			continue
		}
		_ = os.Remove(f)
		beside, _ := filepath.Glob(f + ".*")
		for _, b := range beside {
			_ = os.RemoveAll(b)
		}
	}
}

// CopyFile copies from to to with from's permissions, made writable (files
// copied out of the read-only module cache).
func CopyFile(from, to string) error {
	info, err := os.Stat(from)
	if err != nil {
		return err
	}
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, b, info.Mode().Perm()|0o200)
}
