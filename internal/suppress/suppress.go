package suppress

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// Category is the diagnostic category of reports about the directives
// themselves (a missing reason, a directive that suppresses nothing).
const Category = "lintignore"

// The two directive forms, in staticcheck's spelling.
const (
	lineDirective = "//lint:ignore"
	fileDirective = "//lint:file-ignore"
)

// Wrap returns a copy of each analyzer whose findings are filtered through
// //lint:ignore and //lint:file-ignore directives. The originals are not
// modified. An analyzer of the list that requires another analyzer of the
// list requires that one's copy, so the driver runs each analyzer (and
// registers each fact type) once; the wrapped Run still finds the
// requirement's result under the original analyzer.
func Wrap(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	copies := make(map[*analysis.Analyzer]*analysis.Analyzer, len(analyzers))
	out := make([]*analysis.Analyzer, len(analyzers))
	for i, a := range analyzers {
		c := *a
		out[i], copies[a] = &c, &c
	}
	for i, a := range analyzers {
		c := out[i]
		c.Requires = make([]*analysis.Analyzer, len(a.Requires))
		for j, r := range a.Requires {
			if rc, ok := copies[r]; ok {
				r = rc
			}
			c.Requires[j] = r
		}
		c.Run = wrapRun(a, copies)
	}
	return out
}

// wrapRun returns a Run function for the copy of a.
func wrapRun(a *analysis.Analyzer, copies map[*analysis.Analyzer]*analysis.Analyzer) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (any, error) {
		dirs := collect(pass.Fset, pass.Files, a.Name)
		var mu sync.Mutex
		inner := *pass
		inner.Analyzer = a
		inner.ResultOf = resultsByOriginal(a, pass.ResultOf, copies)
		inner.Report = func(d analysis.Diagnostic) {
			mu.Lock()
			defer mu.Unlock()
			if !dirs.suppress(pass.Fset, d.Pos) {
				pass.Report(d)
			}
		}
		result, err := a.Run(&inner)
		if err != nil {
			return result, err
		}
		mu.Lock()
		defer mu.Unlock()
		for _, d := range dirs.problems(a.Name) {
			pass.Report(d)
		}
		return result, nil
	}
}

// resultsByOriginal makes the results of required copies visible under the
// original analyzers, which is how a's Run looks them up.
func resultsByOriginal(a *analysis.Analyzer, results map[*analysis.Analyzer]any, copies map[*analysis.Analyzer]*analysis.Analyzer) map[*analysis.Analyzer]any {
	if !slices.ContainsFunc(a.Requires, func(r *analysis.Analyzer) bool { return copies[r] != nil }) {
		return results
	}
	m := make(map[*analysis.Analyzer]any, len(results))
	for k, v := range results {
		m[k] = v
	}
	for _, r := range a.Requires {
		if c := copies[r]; c != nil {
			m[r] = results[c]
		}
	}
	return m
}

// A directive is one //lint:ignore or //lint:file-ignore comment that names
// the check being run.
type directive struct {
	comment  *ast.Comment
	file     *token.File
	line     int  // the comment's line; the directive covers it and the next
	fileWide bool // //lint:file-ignore
	reason   string
	used     bool
}

type directives []*directive

// collect finds the directives naming check in files. It looks only at
// comments that start with "//lint:", so a package without directives costs
// one prefix test per comment.
func collect(fset *token.FileSet, files []*ast.File, check string) directives {
	var dirs directives
	for _, f := range files {
		for _, group := range f.Comments {
			for _, c := range group.List {
				if !strings.HasPrefix(c.Text, "//lint:") {
					continue
				}
				d := parse(c, check)
				if d == nil {
					continue
				}
				d.file = fset.File(c.Slash)
				d.line = d.file.Line(c.Slash)
				dirs = append(dirs, d)
			}
		}
	}
	return dirs
}

// parse returns the directive c makes for check, or nil if c is not a
// directive or does not name check.
func parse(c *ast.Comment, check string) *directive {
	var rest string
	var fileWide bool
	if r, ok := strings.CutPrefix(c.Text, lineDirective); ok {
		rest = r
	} else if r, ok := strings.CutPrefix(c.Text, fileDirective); ok {
		rest, fileWide = r, true
	} else {
		return nil
	}
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return nil // e.g. //lint:ignored
	}
	fields := strings.Fields(rest)
	if len(fields) == 0 || !slices.Contains(strings.Split(fields[0], ","), check) {
		return nil
	}
	reason := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), fields[0]))
	return &directive{comment: c, fileWide: fileWide, reason: reason}
}

// suppress reports whether a well-formed directive covers pos, and marks
// every such directive used.
func (dirs directives) suppress(fset *token.FileSet, pos token.Pos) bool {
	if !pos.IsValid() {
		return false
	}
	file := fset.File(pos)
	if file == nil {
		return false
	}
	line := file.Line(pos)
	hit := false
	for _, d := range dirs {
		if d.reason == "" || d.file != file {
			continue
		}
		if d.fileWide || line == d.line || line == d.line+1 {
			d.used = true
			hit = true
		}
	}
	return hit
}

// problems returns a diagnostic for each directive without a reason and each
// directive that suppressed nothing.
func (dirs directives) problems(check string) []analysis.Diagnostic {
	var out []analysis.Diagnostic
	for _, d := range dirs {
		kind := lineDirective
		if d.fileWide {
			kind = fileDirective
		}
		var msg string
		switch {
		case d.reason == "":
			msg = fmt.Sprintf("%s needs a reason: %s %s <why this finding is safe>", kind, kind, check)
		case !d.used:
			msg = fmt.Sprintf("%s suppresses no %s finding; remove it", kind, check)
		default:
			continue
		}
		out = append(out, analysis.Diagnostic{
			Pos:      d.comment.Slash,
			End:      d.comment.End(),
			Category: Category,
			Message:  msg,
			// gopls links each diagnostic to its URL (or, without one,
			// to the analyzer's URL plus "#lintignore"): the rules.
			URL: URL,
		})
	}
	return out
}

// Doc documents the directives, in the form of an Analyzer.Doc: the text of
// surepasslint -explain lintignore and of the lintignore SARIF rule.
const Doc = `report a //lint:ignore directive that has no reason or suppresses nothing

A //lint:ignore <check> <reason> comment suppresses that check's findings on
the comment's own line and on the next line; //lint:file-ignore <check>
<reason> suppresses them in the whole file. Several checks are separated by
commas. The reason is required: a directive without one suppresses nothing and
is reported. A directive that no longer suppresses any finding of a check it
names is reported too, so stale suppressions do not pile up.

Before:

	//lint:ignore codeswitch
	switch resp.ErrorCode {

After:

	//lint:ignore codeswitch the default branch denies; audited in TestLoginDenies
	switch resp.ErrorCode {

golangci-lint runs surepasslint without these directives; there, write
//nolint:surepasslint // reason instead.
`

// URL is where the directives are documented.
const URL = "https://github.com/surepasslint/surepasslint/blob/main/docs/ci.md#suppressing-a-finding"
