package lsp

import (
	"context"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/surepasslint/surepasslint/analyzer/all"
	"github.com/surepasslint/surepasslint/internal/lazyfacts"
)

// snapshot is what one analysis run of a directory sees: the unsaved text
// of every open document, by file name.
type snapshot struct {
	dir      string
	overlay  map[string][]byte
	versions map[string]int32
	uris     map[string]string
}

// finding is one published diagnostic and the quick fixes for it.
type finding struct {
	diag    Diagnostic
	actions []CodeAction
}

// loadMode is what checker.Analyze needs: syntax and types of the roots,
// and of every dependency when an analyzer passes facts between packages.
func loadMode(analyzers []*analysis.Analyzer) packages.LoadMode {
	mode := packages.LoadSyntax | packages.NeedModule
	if needFacts(analyzers) {
		mode |= packages.LoadAllSyntax
	}
	return mode
}

// needFacts reports whether any analyzer, or one it requires, uses facts.
func needFacts(analyzers []*analysis.Analyzer) bool {
	seen := map[*analysis.Analyzer]bool{}
	var visit func(as []*analysis.Analyzer) bool
	visit = func(as []*analysis.Analyzer) bool {
		for _, a := range as {
			if !seen[a] {
				seen[a] = true
				if len(a.FactTypes) > 0 || visit(a.Requires) {
					return true
				}
			}
		}
		return false
	}
	return visit(analyzers)
}

// analyze loads the package in snap.dir (with its tests) and runs the
// analyzers on it. It returns the findings of every Go file of the package,
// with an empty list for a file without any, so publishing the result also
// clears what was fixed. A panic in loading or in an analyzer becomes an
// error.
func (s *server) analyze(ctx context.Context, snap *snapshot) (files map[string][]finding, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("analysis of %s panicked: %v\n%s", snap.dir, r, debug.Stack())
		}
	}()
	// Fact-using checks get their facts from a store made for this run
	// (so facts never outlive an edit), and the package's dependencies
	// are then loaded from export data, not from source.
	analyzers := guard(lazyfacts.New(s.analyzers, lazyfacts.Options{Dir: snap.dir, Signal: all.MaySignal}))
	cfg := &packages.Config{
		Context: ctx,
		Dir:     snap.dir,
		Mode:    loadMode(analyzers),
		Tests:   true,
		Overlay: snap.overlay,
	}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil {
		return nil, fmt.Errorf("loading %s: %w", snap.dir, err)
	}
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}

	// The roots are the packages with a file in the directory: the package,
	// its test variant and its external test package, but not the generated
	// test main.
	files = map[string][]finding{}
	var roots []*packages.Package
	for _, p := range pkgs {
		inDir := false
		for _, f := range p.GoFiles {
			if filepath.Dir(f) == snap.dir {
				files[f] = []finding{}
				inDir = true
			}
		}
		if inDir {
			roots = append(roots, p)
		}
		for _, e := range p.Errors {
			s.logf("%s: %v", p.ID, e)
		}
	}
	if len(roots) == 0 {
		return files, nil
	}
	// Sequential keeps one analysis on one goroutine, so the recover
	// above also catches a panicking analyzer.
	graph, err := checker.Analyze(analyzers, roots, &checker.Options{Sequential: true})
	if err != nil {
		return nil, err
	}

	conv := &converter{snap: snap, fset: roots[0].Fset, content: map[string][]byte{}}
	seen := map[string]bool{}
	for _, act := range graph.Roots {
		if act.Err != nil {
			s.logf("%s on %s: %v", act.Analyzer.Name, act.Package.ID, act.Err)
			continue
		}
		for _, d := range act.Diagnostics {
			f, ok := conv.finding(act.Analyzer, d, DocURL(act.Analyzer))
			if !ok {
				continue
			}
			name := conv.fset.PositionFor(d.Pos, false).Filename
			key := fmt.Sprint(name, f.diag.Range, act.Analyzer.Name, d.Message)
			if _, published := files[name]; !published || seen[key] {
				continue // a file outside the directory, or a test variant's repeat
			}
			seen[key] = true
			files[name] = append(files[name], f)
		}
	}
	for name := range files {
		slices.SortStableFunc(files[name], func(a, b finding) int {
			return comparePos(a.diag.Range.Start, b.diag.Range.Start)
		})
	}
	return files, nil
}

func comparePos(a, b Position) int {
	if a.Line != b.Line {
		return int(a.Line) - int(b.Line)
	}
	return int(a.Character) - int(b.Character)
}

// converter turns token positions into LSP locations, reading each file's
// text once: the open document's text if there is one, else the file.
type converter struct {
	snap    *snapshot
	fset    *token.FileSet
	content map[string][]byte
}

// location returns the URI and range of [pos, end) (or of pos alone when end
// is not valid).
func (c *converter) location(pos, end token.Pos) (Location, bool) {
	tf := c.fset.File(pos)
	if tf == nil {
		return Location{}, false
	}
	if !end.IsValid() || c.fset.File(end) != tf || end < pos {
		end = pos
	}
	name := tf.Name()
	text, ok := c.content[name]
	if !ok {
		if t, open := c.snap.overlay[name]; open {
			text = t
		} else if t, err := os.ReadFile(name); err == nil {
			text = t
		}
		c.content[name] = text
	}
	if text == nil {
		return Location{}, false
	}
	uri, open := c.snap.uris[name]
	if !open {
		uri = pathToURI(name)
	}
	return Location{URI: uri, Range: rangeOf(text, tf.Offset(pos), tf.Offset(end))}, true
}

// finding converts one diagnostic of analyzer a and its suggested fixes.
func (c *converter) finding(a *analysis.Analyzer, d analysis.Diagnostic, href string) (finding, bool) {
	loc, ok := c.location(d.Pos, d.End)
	if !ok {
		return finding{}, false
	}
	diag := Diagnostic{
		Range:           loc.Range,
		Severity:        SeverityWarning,
		Code:            a.Name,
		CodeDescription: &CodeDescription{Href: href},
		Source:          "surepasslint",
		Message:         d.Message,
	}
	for _, r := range d.Related {
		if rl, ok := c.location(r.Pos, r.End); ok {
			diag.RelatedInformation = append(diag.RelatedInformation, DiagnosticRelatedInformation{Location: rl, Message: r.Message})
		}
	}
	f := finding{diag: diag}
	for i, fix := range d.SuggestedFixes {
		edit := &WorkspaceEdit{Changes: map[string][]TextEdit{}}
		for _, e := range fix.TextEdits {
			el, ok := c.location(e.Pos, e.End)
			if !ok {
				edit = nil // a fix we cannot express whole is not offered
				break
			}
			edit.Changes[el.URI] = append(edit.Changes[el.URI], TextEdit{Range: el.Range, NewText: string(e.NewText)})
		}
		if edit == nil || len(edit.Changes) == 0 {
			continue
		}
		title := fix.Message
		if title == "" {
			title = "Fix " + a.Name + ": " + d.Message
		}
		f.actions = append(f.actions, CodeAction{
			Title:       title,
			Kind:        CodeActionKindQuickFix,
			Diagnostics: []Diagnostic{diag},
			IsPreferred: i == 0,
			Edit:        edit,
		})
	}
	return f, true
}
