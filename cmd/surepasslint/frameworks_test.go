package main_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestFrameworkModules lints testdata/frameworks, a module that builds
// against the real web, websocket and RPC libraries at the versions its
// go.mod and go.sum pin (the analysistest cases use stubs), and compares
// the command's findings with its // want comments, written as
// analysistest's: `// want "regexp"` (or a raw string, several per line)
// on the line of each finding, matched against its message.
//
// The module's dependencies come from the Go module proxy (go mod
// download, into the module cache); the test skips only when the proxy
// cannot be reached. Compiling them is minutes on 2 cores the first time
// (.ci/run does it before go test); the first analysis of them with a new
// build of the command takes about half a minute, a rerun seconds.
func TestFrameworkModules(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "frameworks"))
	if err != nil {
		t.Fatal(err)
	}
	download := exec.Command("go", "mod", "download")
	download.Dir = dir
	download.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=", "GOTOOLCHAIN=local")
	if out, err := download.CombinedOutput(); err != nil {
		if unreachable(string(out)) {
			t.Skipf("the Go module proxy is unreachable, so testdata/frameworks's dependencies cannot be downloaded: %v\n%s", err, out)
		}
		t.Fatalf("go mod download in testdata/frameworks: %v\n%s", err, out)
	}

	findings := messageFindings(t, dir, runIn(t, dir, bin, "-json", "./..."))
	wants := analysistestWants(t, dir)
	var unexpected []string
	for _, f := range findings {
		i := slices.IndexFunc(wants, func(w want) bool {
			return !w.matched && w.posn == f.posn && w.re.MatchString(f.message)
		})
		if i < 0 {
			unexpected = append(unexpected, fmt.Sprintf("%s: %s (%s)", f.posn, f.message, f.check))
			continue
		}
		wants[i].matched = true
	}
	for _, u := range unexpected {
		t.Errorf("unexpected finding %s", u)
	}
	for _, w := range wants {
		if !w.matched {
			t.Errorf("%s: no finding matching %q", w.posn, w.re)
		}
	}
}

// unreachable says whether go mod download's output is a network failure
// (or a proxy turned off), rather than a bad go.sum or a missing version.
func unreachable(out string) bool {
	for _, s := range []string{
		"dial tcp", "no such host", "connection refused", "i/o timeout",
		"network is unreachable", "proxyconnect", "TLS handshake timeout",
		"connection reset", "module lookup disabled", "GOPROXY=off",
	} {
		if strings.Contains(out, s) {
			return true
		}
	}
	return false
}

type finding struct{ posn, check, message string }

// messageFindings reads the command's JSON output as findings at
// "file:line", file relative to dir, sorted and without repeats.
func messageFindings(t *testing.T, dir string, out []byte) []finding {
	t.Helper()
	var found []finding
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("JSON: %v\n%s", err, out)
		}
		for pkg, checks := range tree {
			for check, raw := range checks {
				var diags []struct{ Posn, Message string }
				if err := json.Unmarshal(raw, &diags); err != nil {
					t.Errorf("%s: %s: %s", pkg, check, raw) // {"error": ...}: the package failed
					continue
				}
				for _, d := range diags {
					found = append(found, finding{relPosn(dir, d.Posn), check, d.Message})
				}
			}
		}
	}
	slices.SortFunc(found, func(a, b finding) int { return strings.Compare(a.posn+a.message, b.posn+b.message) })
	return slices.Compact(found)
}

type want struct {
	posn    string
	re      *regexp.Regexp
	matched bool
}

var wantLine = regexp.MustCompile(`// want (.*)$`)

// analysistestWants reads the // want comments of dir's Go files: each is
// followed by one or more Go string literals, each a regular expression a
// finding's message on that line must match.
func analysistestWants(t *testing.T, dir string) []want {
	t.Helper()
	var wants []want
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
			m := wantLine.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			posn := fmt.Sprintf("%s:%d", filepath.ToSlash(rel), i+1)
			rest := strings.TrimSpace(m[1])
			for rest != "" {
				lit, err := strconv.QuotedPrefix(rest)
				if err != nil {
					t.Fatalf("%s: malformed // want comment: %s", posn, m[1])
				}
				s, _ := strconv.Unquote(lit)
				re, err := regexp.Compile(s)
				if err != nil {
					t.Fatalf("%s: %v", posn, err)
				}
				wants = append(wants, want{posn: posn, re: re})
				rest = strings.TrimSpace(rest[len(lit):])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(wants) == 0 {
		t.Fatalf("%s has no // want comments", dir)
	}
	return wants
}
