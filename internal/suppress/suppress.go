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

// Honour returns run made to honour //lint:ignore and //lint:file-ignore
// directives naming check: its findings on a covered line are dropped, and
// a directive without a reason, or one that suppressed nothing, is
// reported (category [Category]). Each check's Analyzer.Run is made this
// way, so every driver (the command, go vet, golangci-lint, gopls, nogo)
// applies the same suppressions with nothing to configure.
func Honour(check string, run func(*analysis.Pass) (any, error)) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (any, error) {
		dirs := collect(pass.Fset, pass.Files, check)
		if len(dirs) == 0 {
			return run(pass)
		}
		var mu sync.Mutex
		inner := *pass
		inner.Report = func(d analysis.Diagnostic) {
			mu.Lock()
			defer mu.Unlock()
			if !dirs.suppress(pass.Fset, d.Pos) {
				pass.Report(d)
			}
		}
		result, err := run(&inner)
		if err != nil {
			return result, err
		}
		mu.Lock()
		defer mu.Unlock()
		for _, d := range dirs.problems(check) {
			pass.Report(d)
		}
		return result, nil
	}
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

Every driver honours them: the command, go vet, golangci-lint (where
//nolint:surepasslint // reason works too), gopls and Bazel's nogo.
`

// URL is where the directives are documented.
const URL = "https://github.com/surepasslint/surepasslint/blob/main/docs/ci.md#suppressing-a-finding"
