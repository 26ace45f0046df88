package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/token"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/internal/sarif"
)

// The standalone command is a front end to the go command: findings come
// from `go vet -vettool=<this binary> -json`, fixes from `go fix
// -fixtool=<this binary>`. The go command loads the packages (modules,
// vendor/, go.work, build tags, test variants), orders them, runs this binary
// on each as a unitchecker, carries facts between them and caches the
// results in the build cache; this file only renders what it prints.

// vetRun is what one go vet or go fix run printed, decoded.
type vetRun struct {
	fset     *token.FileSet
	findings []sarif.Finding
	// tree is vet's JSON, every package's tree merged: package ID ->
	// check -> diagnostics (or {"error": ...}).
	tree map[string]map[string]json.RawMessage
	// errors are the errors the go command and the vet tool printed, in
	// order: a package that did not load or type-check, a pattern that
	// matched nothing, a module error.
	errors []pkgError
	failed bool // the go command exited non-zero
	tests  bool // keep findings in _test.go files
	files  map[string]*token.File
	// roots are the import paths of the packages named (go list -find);
	// nil if go list failed, when every package's findings are kept.
	roots map[string]bool
}

// pkgError is an error the go command printed, with the package it is about
// ("" for errors of the go command itself, such as a bad pattern).
type pkgError struct {
	pkg   string
	lines []string
}

func (e pkgError) String() string {
	if e.pkg == "" {
		return strings.Join(e.lines, "\n")
	}
	return "# " + e.pkg + "\n" + strings.Join(e.lines, "\n")
}

// goCommand is the go command run: the first on PATH, as for any go tool.
const goCommand = "go"

// self returns the path of this executable, for -vettool and -fixtool.
func self() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("cannot find this executable for go vet -vettool: %v", err)
	}
	return exe, nil
}

// runVet runs go vet with this binary as its tool, -json, the build flags,
// the tool's flags and the patterns, and keeps what it reports on the
// packages the patterns name (with their test variants). Without tests,
// findings in _test.go files are dropped (go vet analyses a package with
// its tests).
//
// With -fulldeps (reportEveryPackage), go vet prints the findings of the
// dependencies too, and may replay those of an earlier run from its cache:
// so the packages named are listed (go list, run beside go vet) and only
// theirs are kept.
func runVet(buildFlags, toolFlags, patterns []string, tests bool) (*vetRun, error) {
	exe, err := self()
	if err != nil {
		return nil, err
	}
	type listed struct {
		ids map[string]bool
		err error
	}
	roots := make(chan listed, 1)
	go func() {
		// -find: the packages' paths only, without loading their imports
		// (a tenth of the CPU of go list -test on std, which counted in a
		// second run, every vet result cached); isRoot adds the test
		// variants.
		args := append([]string{"list", "-e", "-find", "-f", "{{.ImportPath}}"}, buildFlags...)
		out, err := exec.Command(goCommand, append(args, patterns...)...).Output()
		ids := map[string]bool{}
		for _, id := range strings.Split(string(out), "\n") {
			ids[id] = true
		}
		roots <- listed{ids, err}
	}()
	args := append([]string{"vet", "-vettool=" + exe, "-json", "-" + fullDeps}, buildFlags...)
	args = append(append(args, toolFlags...), patterns...)
	cmd := exec.Command(goCommand, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		return nil, fmt.Errorf("running go vet: %v", err)
	}
	r := &vetRun{fset: token.NewFileSet(), files: map[string]*token.File{}, tree: map[string]map[string]json.RawMessage{}, tests: tests, failed: err != nil}
	if l := <-roots; l.err == nil {
		r.roots = l.ids
	}
	r.errors = parseErrors(stderr.String())
	if err := r.decode(&stdout); err != nil {
		return nil, fmt.Errorf("reading go vet's output: %v", err)
	}
	if r.failed && len(r.errors) == 0 {
		r.errors = append(r.errors, pkgError{lines: []string{"go vet exited with " + exit.String()}})
	}
	return r, nil
}

// isRoot reports whether the package go vet names id is one of the roots
// or a test variant of one: p, "p [p.test]" (p with its _test.go files) and
// "p_test [p.test]" (its external tests), what go list -test lists. A
// dependency recompiled for a root's tests ("q [p.test]") is not a root.
func isRoot(roots map[string]bool, id string) bool {
	if roots[id] {
		return true
	}
	name, variant, ok := strings.Cut(id, " [")
	if !ok {
		return false
	}
	base, ok := strings.CutSuffix(variant, ".test]")
	return ok && roots[base] && (name == base || name == base+"_test")
}

// runFix runs go fix with this binary as its tool; with diff, it prints the
// fixes as a unified diff to stdout instead of applying them. It returns
// the errors printed.
func runFix(buildFlags, toolFlags, patterns []string, diff bool, stdout io.Writer) ([]pkgError, error) {
	exe, err := self()
	if err != nil {
		return nil, err
	}
	args := []string{"fix", "-fixtool=" + exe}
	if diff {
		args = append(args, "-diff")
	}
	args = append(append(append(args, buildFlags...), toolFlags...), patterns...)
	cmd := exec.Command(goCommand, args...)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = stdout, &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		return nil, fmt.Errorf("running go fix: %v", err)
	}
	// go fix -diff exits 1 when the diff is not empty: only what it printed
	// on standard error is an error.
	return parseErrors(stderr.String()), nil
}

// parseErrors splits what the go command printed on standard error into
// errors: "# pkg" starts the output of a package, other lines belong to the
// package before them (or to none). The vet tool's own header line for the
// package ("# [pkg]") is dropped, and so are go's progress lines (go:
// downloading ...) and warnings, except that a pattern matched no packages:
// that is an error here.
func parseErrors(s string) []pkgError {
	var out []pkgError
	var cur *pkgError
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "# "); ok {
			if strings.HasPrefix(rest, "[") && strings.HasSuffix(rest, "]") {
				continue
			}
			out = append(out, pkgError{pkg: rest})
			cur = &out[len(out)-1]
			continue
		}
		if strings.HasPrefix(line, "go: warning: ") && !strings.HasSuffix(line, "matched no packages") ||
			strings.HasPrefix(line, "go: downloading ") || strings.HasPrefix(line, "go: finding ") {
			continue
		}
		// A line of the go command's own (not under a package) starts an
		// error, unless it continues the one before (indented).
		if cur == nil || strings.HasPrefix(line, "go: ") || cur.pkg == "" && !strings.HasPrefix(line, "\t") && !strings.HasPrefix(line, " ") {
			out = append(out, pkgError{})
			cur = &out[len(out)-1]
		}
		cur.lines = append(cur.lines, line)
	}
	// Drop headers with nothing under them.
	kept := out[:0]
	for _, e := range out {
		if len(e.lines) > 0 {
			kept = append(kept, e)
		}
	}
	return kept
}

// jsonDiagnostic is one diagnostic of go vet -json (x/tools'
// driverutil.JSONDiagnostic).
type jsonDiagnostic struct {
	Category       string `json:"category,omitempty"`
	Posn           string `json:"posn"`
	End            string `json:"end"`
	Message        string `json:"message"`
	SuggestedFixes []struct {
		Message string `json:"message"`
		Edits   []struct {
			Filename string `json:"filename"`
			Start    int    `json:"start"`
			End      int    `json:"end"`
			New      string `json:"new"`
		} `json:"edits"`
	} `json:"suggested_fixes,omitempty"`
	Related []struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	} `json:"related,omitempty"`
}

// decode reads vet's JSON: one object per package analysed, mapping the
// package ID to a tree of check name -> diagnostics (or an error object).
func (r *vetRun) decode(in io.Reader) error {
	dec := json.NewDecoder(in)
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
		for id, checks := range tree {
			if r.roots != nil && !isRoot(r.roots, id) {
				continue // a dependency's cached output (see runVet)
			}
			if r.tree[id] == nil {
				r.tree[id] = map[string]json.RawMessage{}
			}
			for check, raw := range checks {
				r.tree[id][check] = raw
				var diags []jsonDiagnostic
				if json.Unmarshal(raw, &diags) != nil {
					var e struct {
						Error string `json:"error"`
					}
					if json.Unmarshal(raw, &e) == nil && e.Error != "" {
						r.errors = append(r.errors, pkgError{pkg: id, lines: []string{check + ": " + e.Error}})
					}
					continue
				}
				kept := diags[:0]
				for _, d := range diags {
					if !r.tests && isTestFile(d.Posn) {
						continue
					}
					kept = append(kept, d)
					if f, ok := r.finding(check, d); ok {
						r.findings = append(r.findings, f)
					}
				}
				if len(kept) < len(diags) {
					if len(kept) == 0 {
						delete(r.tree[id], check)
						continue
					}
					r.tree[id][check], _ = json.Marshal(kept)
				}
			}
		}
	}
}

// isTestFile reports whether vet's "file:line:col" is in a _test.go file.
func isTestFile(posn string) bool {
	i := strings.Index(posn, "_test.go:")
	return i >= 0 && !strings.Contains(posn[i+len("_test.go:"):], "/")
}

// finding converts a JSON diagnostic back into an analysis.Diagnostic in
// r.fset, so the text and SARIF writers work on positions as a driver in
// process does. ok is false when its file cannot be read (removed since):
// the JSON tree keeps it.
func (r *vetRun) finding(check string, d jsonDiagnostic) (sarif.Finding, bool) {
	pos := r.pos(d.Posn)
	if !pos.IsValid() {
		return sarif.Finding{}, false
	}
	diag := analysis.Diagnostic{Pos: pos, End: r.pos(d.End), Category: d.Category, Message: d.Message}
	for _, rel := range d.Related {
		diag.Related = append(diag.Related, analysis.RelatedInformation{Pos: r.pos(rel.Posn), End: r.pos(rel.End), Message: rel.Message})
	}
	for _, fix := range d.SuggestedFixes {
		sf := analysis.SuggestedFix{Message: fix.Message}
		for _, e := range fix.Edits {
			tf := r.file(e.Filename)
			if tf == nil || e.Start < 0 || e.End < e.Start || e.End > tf.Size() {
				continue
			}
			sf.TextEdits = append(sf.TextEdits, analysis.TextEdit{Pos: tf.Pos(e.Start), End: tf.Pos(e.End), NewText: []byte(e.New)})
		}
		diag.SuggestedFixes = append(diag.SuggestedFixes, sf)
	}
	return sarif.Finding{Check: check, Fset: r.fset, Diagnostic: diag}, true
}

// file returns the token.File of name in r.fset, adding it (with its lines)
// on first use; nil when it cannot be read.
func (r *vetRun) file(name string) *token.File {
	tf, ok := r.files[name]
	if ok {
		return tf
	}
	if content, err := os.ReadFile(name); err == nil {
		tf = r.fset.AddFile(name, -1, len(content))
		tf.SetLinesForContent(content)
	}
	r.files[name] = tf
	return tf
}

// pos converts vet's "file:line:col" into a position; NoPos if it cannot.
func (r *vetRun) pos(posn string) token.Pos {
	i := strings.LastIndexByte(posn, ':')
	if i < 0 {
		return token.NoPos
	}
	j := strings.LastIndexByte(posn[:i], ':')
	if j < 0 {
		return token.NoPos
	}
	line, err1 := strconv.Atoi(posn[j+1 : i])
	col, err2 := strconv.Atoi(posn[i+1:])
	tf := r.file(posn[:j])
	if err1 != nil || err2 != nil || tf == nil || line < 1 || line > tf.LineCount() || col < 1 {
		return token.NoPos
	}
	start := tf.LineStart(line)
	off := tf.Offset(start) + col - 1
	if off > tf.Size() {
		return token.NoPos
	}
	return tf.Pos(off)
}

// errorPos is the position an error line of the go command begins with
// ("web/count.go:4:30: cannot use ..."), relative to wd; NoPos if none.
func (r *vetRun) errorPos(wd, line string) token.Pos {
	i := strings.Index(line, ".go:")
	if i < 0 {
		return token.NoPos
	}
	rest := line[i+len(".go:"):]
	end := 0
	for colons := 0; end < len(rest); end++ {
		if rest[end] == ':' {
			colons++
			if colons == 2 {
				break
			}
		} else if rest[end] < '0' || rest[end] > '9' {
			return token.NoPos
		}
	}
	posn := line[:i+len(".go:")+end]
	if !filepath.IsAbs(posn) {
		posn = filepath.Join(wd, posn)
	}
	return r.pos(posn)
}
