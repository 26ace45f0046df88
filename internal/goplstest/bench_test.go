package goplstest

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/surepasslint/surepasslint/analyzer/all"
)

var benchModule = flag.String("gopls.bench.module", "",
	"a module@version from the module proxy to measure BenchmarkGoplsCost on besides the demo (e.g. github.com/gin-gonic/gin@v1.10.1)")

// BenchmarkGoplsCost measures what our checks add to gopls: the same gopls
// (built with them) with every check enabled (the default) and with all of
// them disabled through the "analyses" setting, alternately in one run.
// Each op is, for both settings:
//
//   - cold: a new gopls process with an empty file cache (GOPLSCACHE) opens
//     every Go file of the module and diagnoses them (what `gopls check` on
//     those files does the first time), dependencies' facts included;
//   - edit: in that session, a change to a file with a finding (a comment
//     appended) and the diagnosis after it, the mean of benchEdits: what
//     each pause in typing costs.
//
// Reported: the seconds of each, and the enabled/disabled ratios.
//
//	go test -run '^$' -bench GoplsCost -benchtime 3x ./internal/goplstest/
//	go test -run '^$' -bench GoplsCost -benchtime 3x ./internal/goplstest/ -gopls.bench.module github.com/gin-gonic/gin@v1.10.1
func BenchmarkGoplsCost(b *testing.B) {
	bin := gopls(b)
	targets := []struct{ name, dir string }{{"demo", benchCopyDemo(b)}}
	if *benchModule != "" {
		targets = append(targets, struct{ name, dir string }{filepath.Base(strings.Split(*benchModule, "@")[0]), benchFetch(b, *benchModule)})
	}
	off := map[string]any{}
	for _, a := range all.Analyzers() {
		off[a.Name] = false
	}
	settings := []map[string]any{{"analyses": off}, {}} // disabled, enabled
	for _, target := range targets {
		b.Run(target.name, func(b *testing.B) {
			files, edited := benchFiles(b, target.dir)
			var cold, edit [2]time.Duration
			for b.Loop() {
				for i, s := range settings {
					c, e := benchSession(b, bin, target.dir, files, edited, s)
					cold[i] += c
					edit[i] += e
				}
			}
			n := float64(b.N)
			b.ReportMetric(cold[1].Seconds()/n, "cold-enabled-s")
			b.ReportMetric(cold[0].Seconds()/n, "cold-disabled-s")
			b.ReportMetric(float64(cold[1])/float64(cold[0]), "cold-ratio")
			b.ReportMetric(edit[1].Seconds()/n, "edit-enabled-s")
			b.ReportMetric(edit[0].Seconds()/n, "edit-disabled-s")
			b.ReportMetric(float64(edit[1])/float64(edit[0]), "edit-ratio")
		})
	}
}

// benchEdits is the number of edits timed per session.
const benchEdits = 5

// benchSession times one cold diagnosis and, on average, benchEdits edits in
// a new gopls.
func benchSession(b *testing.B, bin, dir string, files []string, edited string, settings map[string]any) (cold, edit time.Duration) {
	cache := filepath.Join(b.TempDir(), "gopls-cache")
	start := time.Now()
	s := startGoplsEnv(b, bin, dir, settings, cache)
	s.diagnose(files)
	cold = time.Since(start)
	text, err := os.ReadFile(filepath.Join(dir, edited))
	if err != nil {
		b.Fatal(err)
	}
	uri := fileURI(filepath.Join(dir, edited))
	start = time.Now()
	for v := 2; v < 2+benchEdits; v++ {
		s.notify("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": uri, "version": v},
			"contentChanges": []map[string]any{{"text": string(text) + strings.Repeat("\n// edited", v)}},
		})
		s.call("workspace/executeCommand", map[string]any{
			"command":   "gopls.diagnose_files",
			"arguments": []any{map[string]any{"Files": []string{uri}}},
		}, nil)
	}
	edit = time.Since(start) / benchEdits
	s.shutdown()
	return cold, edit
}

// benchFiles returns the module's Go files and the one to edit: the first
// with a finding of the CLI, or the first file.
func benchFiles(b *testing.B, dir string) ([]string, string) {
	files := goFiles(b, dir)
	if len(files) == 0 {
		b.Fatalf("no Go files in %s", dir)
	}
	if found := cliFindings(b, dir); len(found) > 0 {
		return files, found[0].file
	}
	return files, files[0]
}

func benchCopyDemo(b *testing.B) string {
	return copyFixture(b, fixture{name: fixtureDirs[0], tree: fixtureDirs[0], module: "."})
}

// benchFetch copies module@version from the module proxy to a writable
// directory and downloads its dependencies.
func benchFetch(b *testing.B, modVersion string) string {
	out, err := goCmd(repoRoot, "mod", "download", "-json", modVersion)
	var info struct{ Dir, Error string }
	if jerr := json.Unmarshal(out, &info); err != nil || jerr != nil || info.Dir == "" {
		b.Skipf("cannot fetch %s from the module proxy: %v %s", modVersion, err, info.Error)
	}
	dir := filepath.Join(b.TempDir(), "module")
	if err := os.CopyFS(dir, os.DirFS(info.Dir)); err != nil {
		b.Fatal(err)
	}
	_ = filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err == nil {
			_ = os.Chmod(p, fi.Mode().Perm()|0o200)
		}
		return nil
	})
	if out, err := goCmd(dir, "mod", "download"); err != nil {
		b.Fatalf("go mod download in %s: %v\n%s", modVersion, err, out)
	}
	if out, err := goCmd(dir, "build", "./..."); err != nil {
		b.Fatalf("go build %s: %v\n%s", modVersion, err, out)
	}
	return dir
}
