package lsp

import (
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// typeCheck loads the module in dir and fails the test on any error.
func typeCheck(t *testing.T, dir string) {
	t.Helper()
	pkgs, err := packages.Load(&packages.Config{Dir: dir, Mode: packages.LoadSyntax}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		t.Fatalf("fixed code has %d errors", n)
	}
}

// The whole loop an editor runs: open, see the warning, ask for the fix,
// apply it, save, see the warning go; the fixed code compiles.
func TestDiagnosticQuickFixRoundTrip(t *testing.T) {
	dir := module(t, "demo")
	name := filepath.Join(dir, "banner.go")
	uri := pathToURI(name)
	text := readFile(t, name)
	c := start(t, Options{Analyzers: []*analysis.Analyzer{rawLiteral()}})

	c.open(uri, 1, text)
	diags := c.waitDiagnostics(uri, 1)
	if len(diags) != 1 {
		t.Fatalf("got %d diagnostics %+v, want 1", len(diags), diags)
	}
	d := diags[0]
	if d.Code != "rawlit" || d.Severity != SeverityWarning || d.Source != "surepasslint" || d.Message != "raw text reaches the user" {
		t.Errorf("diagnostic = %+v", d)
	}
	if d.CodeDescription == nil || d.CodeDescription.Href != "https://github.com/surepasslint/surepasslint#rawlit" {
		t.Errorf("codeDescription = %+v, want the README anchor of the check", d.CodeDescription)
	}
	// The line holds a 4-byte, 2-unit emoji before the literal: the range
	// must be in UTF-16 units to cover exactly "raw".
	if got := textAt(text, d.Range); got != `"raw"` {
		t.Errorf("diagnostic range %+v covers %q, want %q", d.Range, got, `"raw"`)
	}
	if d.Range.Start.Character != 45 {
		t.Errorf("diagnostic starts at UTF-16 character %d, want 45", d.Range.Start.Character)
	}
	if len(d.RelatedInformation) != 1 || d.RelatedInformation[0].Message != "returned by Banner" ||
		d.RelatedInformation[0].Location.URI != uri || textAt(text, d.RelatedInformation[0].Location.Range) != "Banner" {
		t.Errorf("relatedInformation = %+v", d.RelatedInformation)
	}

	// A cursor inside the diagnostic asks for its fixes.
	cursor := Range{Start: d.Range.Start, End: d.Range.Start}
	cursor.Start.Character += 2
	cursor.End = cursor.Start
	actions := c.codeActions(uri, cursor, diags)
	if len(actions) != 1 {
		t.Fatalf("got %d code actions %+v, want 1", len(actions), actions)
	}
	a := actions[0]
	if a.Kind != CodeActionKindQuickFix || a.Title != `Replace "raw" with "redacted"` || !a.IsPreferred ||
		len(a.Diagnostics) != 1 || a.Diagnostics[0].Code != "rawlit" || a.Edit == nil || len(a.Edit.Changes) != 1 {
		t.Fatalf("code action = %+v", a)
	}
	fixed := applyEdits(text, a.Edit.Changes[uri])
	if want := strings.Replace(text, `"raw"`, `"redacted"`, 1); fixed != want {
		t.Fatalf("fixed text:\n%s\nwant:\n%s", fixed, want)
	}

	// Elsewhere in the file there is nothing to fix.
	if got := c.codeActions(uri, Range{}, nil); len(got) != 0 {
		t.Errorf("code actions on line 1 = %+v, want none", got)
	}

	// The editor applies the edit and saves.
	c.change(uri, 2, fixed)
	writeFile(t, name, fixed)
	c.notify("textDocument/didSave", DidSaveTextDocumentParams{TextDocument: TextDocumentIdentifier{URI: uri}})
	if diags := c.waitDiagnostics(uri, 2); len(diags) != 0 {
		t.Errorf("after the fix: %+v, want none", diags)
	}
	typeCheck(t, dir)

	if err := c.shutdown(); err != nil {
		t.Errorf("Serve after shutdown and exit: %v", err)
	}
}

// The editor's unsaved text is what gets analyzed, not the file on disk.
func TestUnsavedTextIsAnalyzed(t *testing.T) {
	dir := module(t, "demo")
	name := filepath.Join(dir, "form.go")
	uri := pathToURI(name)
	onDisk := readFile(t, name)
	c := start(t, Options{Analyzers: []*analysis.Analyzer{rawLiteral()}})

	c.open(uri, 0, onDisk)
	if diags := c.waitDiagnostics(uri, 0); len(diags) != 0 {
		t.Fatalf("form.go on disk: %+v, want no diagnostics", diags)
	}
	edited := strings.Replace(onDisk, `"User name"`, `"raw"`, 1)
	c.change(uri, 1, edited)
	diags := c.waitDiagnostics(uri, 1)
	if len(diags) != 1 || textAt(edited, diags[0].Range) != `"raw"` {
		t.Fatalf("unsaved edit: %+v, want the new literal", diags)
	}
	// The fix applies to the unsaved text.
	actions := c.codeActions(uri, diags[0].Range, diags)
	if len(actions) != 1 || applyEdits(edited, actions[0].Edit.Changes[uri]) != strings.Replace(edited, `"raw"`, `"redacted"`, 1) {
		t.Fatalf("code actions on unsaved text = %+v", actions)
	}
	c.change(uri, 2, onDisk) // undo
	if diags := c.waitDiagnostics(uri, 2); len(diags) != 0 {
		t.Errorf("after undo: %+v, want none", diags)
	}
}

// Code with type errors is still analyzed by checks that run despite
// errors; the others are skipped for that package, without harm.
func TestTypeErrors(t *testing.T) {
	dir := module(t, "demo")
	name := filepath.Join(dir, "banner.go")
	uri := pathToURI(name)
	broken := strings.Replace(readFile(t, name), "user, ", "usr, ", 1) // undefined: usr
	strict := rawLiteral()
	strict.Name, strict.RunDespiteErrors = "strict", false
	c := start(t, Options{Analyzers: []*analysis.Analyzer{strict, rawLiteral()}})

	c.open(uri, 1, broken)
	if diags := c.waitDiagnostics(uri, 1); codes(diags) != "rawlit" {
		t.Errorf("diagnostics on ill-typed code: %q, want only rawlit's", codes(diags))
	}
	if !strings.Contains(c.log.String(), "strict on example.com/demo: analysis skipped due to errors in package") {
		t.Errorf("log does not say strict was skipped:\n%s", c.log)
	}
	// Syntax errors too.
	c.change(uri, 2, "package demo\n\nfunc Banner( {\n")
	if diags := c.waitDiagnostics(uri, 2); len(diags) != 0 {
		t.Errorf("diagnostics on unparsable code: %+v", diags)
	}
}

// A panicking check costs its own findings, not the server or the others.
func TestPanickingAnalyzer(t *testing.T) {
	dir := module(t, "demo")
	name := filepath.Join(dir, "banner.go")
	uri := pathToURI(name)
	broken := &analysis.Analyzer{Name: "broken", Doc: "panics", Run: func(*analysis.Pass) (any, error) { panic("boom") }}
	c := start(t, Options{Analyzers: []*analysis.Analyzer{broken, rawLiteral()}})

	c.open(uri, 1, readFile(t, name))
	if diags := c.waitDiagnostics(uri, 1); codes(diags) != "rawlit" {
		t.Errorf("diagnostics = %q, want rawlit's", codes(diags))
	}
	if !strings.Contains(c.log.String(), "broken on example.com/demo: panic: boom") {
		t.Errorf("log does not report the panic:\n%s", c.log)
	}
}

// A file outside any module: the load error is logged, nothing is
// published, and a code action still gets an answer.
func TestLoadError(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "lost.go")
	uri := pathToURI(name)
	t.Setenv("GO111MODULE", "on")
	c := start(t, Options{Analyzers: []*analysis.Analyzer{rawLiteral()}})
	c.open(uri, 1, "package lost\n\nvar s = \"raw\"\n")
	if got := c.codeActions(uri, Range{}, nil); len(got) != 0 {
		t.Errorf("code actions = %+v, want none", got)
	}
}

// Analysis never holds up the messages: while a check is busy, requests
// are answered; an edit makes the busy run stale, so its result is dropped
// and the first diagnostics published are for the new text; a code action
// asked before the edit waits for that text's analysis. One package is
// never analyzed twice at once.
func TestBusyServer(t *testing.T) {
	dir := module(t, "demo")
	name := filepath.Join(dir, "banner.go")
	uri := pathToURI(name)
	text := readFile(t, name)

	started := make(chan struct{}, 2)
	release := make(chan struct{})
	var running, overlapped atomic.Int32
	slow := rawLiteral()
	run := slow.Run
	slow.Run = func(pass *analysis.Pass) (any, error) {
		if running.Add(1) > 1 {
			overlapped.Add(1)
		}
		defer running.Add(-1)
		if strings.HasSuffix(pass.Pkg.Path(), ".test") || strings.HasSuffix(pass.Pkg.Path(), "_test") {
			return run(pass)
		}
		started <- struct{}{}
		<-release
		return run(pass)
	}
	c := start(t, Options{Analyzers: []*analysis.Analyzer{slow}})

	c.open(uri, 1, text)
	<-started // the first run is inside the check

	// A code action now has to wait for the analysis of version 1.
	type answer struct {
		actions []CodeAction
		err     error
	}
	waiting := make(chan answer, 1)
	go func() {
		var actions []CodeAction
		err := c.conn.Call(t.Context(), "textDocument/codeAction", CodeActionParams{
			TextDocument: TextDocumentIdentifier{URI: uri},
			Range:        Range{Start: Position{Line: 7}, End: Position{Line: 8}},
		}, &actions)
		waiting <- answer{actions, err}
	}()

	edited := strings.Replace(text, "%s: %s", "%s, %s", 1)
	c.change(uri, 2, edited)
	// Still busy: other requests are answered all the same. Being answered
	// after the change was sent, this one also orders the change before
	// the release below.
	if got := c.codeActions("file:///notes.txt", Range{}, nil); len(got) != 0 {
		t.Fatalf("code actions for a text file = %+v", got)
	}
	close(release)

	diags := <-c.diags
	for diags.URI != uri { // form.go, not open, gets its (empty) list too
		diags = <-c.diags
	}
	if diags.Version == nil || *diags.Version != 2 || len(diags.Diagnostics) != 1 {
		t.Fatalf("first diagnostics published: %+v, want one for version 2 (version 1's run was stale)", diags)
	}
	a := <-waiting
	if a.err != nil || len(a.actions) != 1 {
		t.Fatalf("waiting code action: %+v, %v", a.actions, a.err)
	}
	if got, want := applyEdits(edited, a.actions[0].Edit.Changes[uri]), strings.Replace(edited, `"raw"`, `"redacted"`, 1); got != want {
		t.Errorf("the waiting code action's edit does not fit the current text:\n%s", got)
	}
	if n := overlapped.Load(); n != 0 {
		t.Errorf("the package was analyzed %d times concurrently with itself", n)
	}
}

// exit without shutdown is an error, as the protocol says.
func TestExitWithoutShutdown(t *testing.T) {
	c := start(t, Options{})
	c.notify("exit", nil)
	if err := <-c.done; err == nil {
		t.Error("Serve returned no error for exit without shutdown")
	}
	c.done <- nil
}

func TestUnknownRequest(t *testing.T) {
	c := start(t, Options{})
	err := c.conn.Call(t.Context(), "textDocument/hover", map[string]any{}, nil)
	if err == nil || !strings.Contains(err.Error(), "method not supported: textDocument/hover") {
		t.Errorf("hover: %v, want method not supported", err)
	}
	err = c.conn.Call(t.Context(), "textDocument/codeAction", []int{1}, nil)
	if err == nil || !strings.Contains(err.Error(), "bad params") {
		t.Errorf("codeAction with bad params: %v", err)
	}
}

// Closing a document clears its diagnostics; closing the last open file of
// a package stops that package's worker, so an idle server holds nothing.
func TestCloseStopsWorker(t *testing.T) {
	dir := module(t, "demo")
	name := filepath.Join(dir, "banner.go")
	uri := pathToURI(name)
	stopped := make(chan string, 1)
	testHookWorkerExit = func(dir string) { stopped <- dir }
	t.Cleanup(func() { testHookWorkerExit = nil })
	c := start(t, Options{Analyzers: []*analysis.Analyzer{rawLiteral()}})

	c.open(uri, 1, readFile(t, name))
	if diags := c.waitDiagnostics(uri, 1); len(diags) != 1 {
		t.Fatalf("diagnostics = %+v", diags)
	}
	c.notify("textDocument/didClose", DidCloseTextDocumentParams{TextDocument: TextDocumentIdentifier{URI: uri}})
	for p := range c.diags {
		if p.URI == uri {
			if len(p.Diagnostics) != 0 || p.Version != nil {
				t.Errorf("after close: %+v, want an empty, unversioned list", p)
			}
			break
		}
	}
	if got := <-stopped; got != dir {
		t.Errorf("worker of %s stopped, want %s", got, dir)
	}
	// Opening again starts a new worker.
	c.open(uri, 3, readFile(t, name))
	if diags := c.waitDiagnostics(uri, 3); len(diags) != 1 {
		t.Errorf("after reopening: %+v", diags)
	}
}
