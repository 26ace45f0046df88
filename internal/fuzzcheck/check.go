package fuzzcheck

import (
	"bytes"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// skipped are the errors a driver gives for a check it did not run.
var skipped = []string{"analysis skipped due to errors in package", "failed prerequisites"}

// Report is what Check found.
type Report struct {
	Clean    bool     // the input parsed and type-checked
	Findings []string // "check: line: message" for each diagnostic on the input
	Problems []string // what must not happen
	Fixes    int      // suggested fixes applied
}

// Check runs e's analyzers over src, the only file (named name) of package
// path, and applies each suggested fix on its own. Its problems are an
// analyzer error on code that type-checks, a malformed fix, or a fix that
// turns code that type-checked into code that does not. A panic in an
// analyzer is not recovered.
func (e *Env) Check(path, name string, src []byte) Report {
	// Checks read the source through pass.ReadFile, as for fixes that copy
	// code: the input is a real file.
	name = filepath.Join(e.dir, filepath.Base(name))
	if err := os.WriteFile(name, src, 0o644); err != nil {
		return Report{Problems: []string{err.Error()}}
	}
	pkg, tf := e.typeCheck(path, name, src)
	if tf != nil {
		defer e.fset.RemoveFile(tf)
	}
	if pkg == nil {
		return Report{}
	}
	clean := len(pkg.Errors) == 0
	g, err := checker.Analyze(e.Analyzers, []*packages.Package{pkg}, nil)
	if err != nil {
		return Report{Clean: clean, Problems: []string{err.Error()}}
	}
	var problems, findings []string
	fixes := 0
	for act := range g.All() {
		if act.Err != nil && clean && !isSkip(act.Err) {
			problems = append(problems, fmt.Sprintf("%s on %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err))
		}
	}
	// Fixes on broken code are applied too, for the panics, but only
	// fixes of code that type-checked must give code that type-checks.
	for _, act := range g.Roots {
		for _, d := range act.Diagnostics {
			findings = append(findings, fmt.Sprintf("%s: %d: %s", act.Analyzer.Name, tf.Line(d.Pos), d.Message))
			for _, fix := range d.SuggestedFixes {
				fixes++
				fixed, err := apply(tf, src, fix.TextEdits)
				if err != nil {
					problems = append(problems, fmt.Sprintf("%s: fix %q of %q: %v", act.Analyzer.Name, fix.Message, d.Message, err))
					continue
				}
				after, atf := e.typeCheck(path, name, fixed)
				if atf != nil {
					e.fset.RemoveFile(atf)
				}
				if clean && (after == nil || len(after.Errors) > 0) {
					var errs []string
					if after != nil {
						for _, err := range after.Errors {
							errs = append(errs, err.Error())
						}
					}
					problems = append(problems, fmt.Sprintf("%s: fix %q of %q breaks code that type-checked: %s\n--- fixed source:\n%s",
						act.Analyzer.Name, fix.Message, d.Message, strings.Join(errs, "; "), fixed))
				}
			}
		}
	}
	sort.Strings(findings)
	return Report{Clean: clean, Findings: findings, Problems: problems, Fixes: fixes}
}

func isSkip(err error) bool {
	for _, s := range skipped {
		if strings.HasPrefix(err.Error(), s) {
			return true
		}
	}
	return false
}

// apply applies edits, which must lie in file tf, to src.
func apply(tf *token.File, src []byte, edits []analysis.TextEdit) ([]byte, error) {
	type span struct {
		start, end int
		text       []byte
	}
	spans := make([]span, 0, len(edits))
	for _, ed := range edits {
		end := ed.End
		if !end.IsValid() {
			end = ed.Pos
		}
		if tf == nil || int(ed.Pos) < tf.Base() || int(end) > tf.Base()+tf.Size() || end < ed.Pos {
			return nil, fmt.Errorf("edit [%d,%d) outside the file", ed.Pos, end)
		}
		spans = append(spans, span{tf.Offset(ed.Pos), tf.Offset(end), ed.NewText})
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var out bytes.Buffer
	last := 0
	for _, s := range spans {
		if s.start < last {
			return nil, fmt.Errorf("overlapping edits at offset %d", s.start)
		}
		out.Write(src[last:s.start])
		out.Write(s.text)
		last = s.end
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}
