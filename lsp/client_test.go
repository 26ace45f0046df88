package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"go/ast"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/sourcegraph/jsonrpc2"
	"golang.org/x/tools/go/analysis"
)

// rawLiteral is the test-only check: it flags the string literal "raw"
// (standing in for a raw SurePassID message reaching a user) and suggests
// "redacted" instead. It relates each finding to its enclosing function and
// runs despite type errors, like a real check should.
func rawLiteral() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:             "rawlit",
		Doc:              "reports the string literal \"raw\"",
		RunDespiteErrors: true,
		Run: func(pass *analysis.Pass) (any, error) {
			for _, file := range pass.Files {
				for _, decl := range file.Decls {
					fn, ok := decl.(*ast.FuncDecl)
					if !ok {
						continue
					}
					ast.Inspect(fn, func(n ast.Node) bool {
						lit, ok := n.(*ast.BasicLit)
						if !ok || lit.Kind != token.STRING || lit.Value != `"raw"` {
							return true
						}
						pass.Report(analysis.Diagnostic{
							Pos:     lit.Pos(),
							End:     lit.End(),
							Message: "raw text reaches the user",
							Related: []analysis.RelatedInformation{{Pos: fn.Name.Pos(), End: fn.Name.End(), Message: "returned by " + fn.Name.Name}},
							SuggestedFixes: []analysis.SuggestedFix{{
								Message:   `Replace "raw" with "redacted"`,
								TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(`"redacted"`)}},
							}},
						})
						return true
					})
				}
			}
			return nil, nil
		},
	}
}

// client is the test's side of a connection to a server, driven exactly as
// an editor drives it.
type client struct {
	t     *testing.T
	conn  *jsonrpc2.Conn
	diags chan PublishDiagnosticsParams
	log   *syncBuffer
	done  chan error
}

type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// start serves opts over a pair of pipes and initializes the connection.
func start(t *testing.T, opts Options) *client {
	t.Helper()
	c := &client{t: t, diags: make(chan PublishDiagnosticsParams, 100), log: &syncBuffer{}, done: make(chan error, 1)}
	opts.Log = c.log
	if opts.Debounce == 0 {
		opts.Debounce = 1 // nanosecond: tests wait for results, not for time
	}
	toServerR, toServerW := io.Pipe()
	toClientR, toClientW := io.Pipe()
	go func() {
		err := opts.Serve(context.Background(), toServerR, toClientW)
		toClientW.Close()
		c.done <- err
	}()
	stream := jsonrpc2.NewBufferedStream(readWriteCloser{toClientR, toServerW}, jsonrpc2.VSCodeObjectCodec{})
	c.conn = jsonrpc2.NewConn(context.Background(), stream, jsonrpc2.HandlerWithError(
		func(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
			if req.Method == "textDocument/publishDiagnostics" {
				var p PublishDiagnosticsParams
				if err := json.Unmarshal(*req.Params, &p); err != nil {
					t.Errorf("bad publishDiagnostics: %v", err)
				}
				c.diags <- p
			}
			return nil, nil
		}))
	t.Cleanup(func() {
		c.conn.Close()
		if err := <-c.done; err != nil && t.Failed() {
			t.Logf("server: %v", err)
		}
		if t.Failed() {
			t.Logf("server log:\n%s", c.log)
		}
	})

	var res InitializeResult
	c.call("initialize", map[string]any{"processId": nil, "rootUri": nil, "capabilities": map[string]any{}}, &res)
	if res.Capabilities.TextDocumentSync.Change != SyncFull || !res.Capabilities.TextDocumentSync.OpenClose ||
		!slices.Equal(res.Capabilities.CodeActionProvider.CodeActionKinds, []string{CodeActionKindQuickFix}) {
		t.Fatalf("initialize: capabilities %+v", res.Capabilities)
	}
	c.notify("initialized", map[string]any{})
	return c
}

func (c *client) call(method string, params, result any) {
	c.t.Helper()
	if err := c.conn.Call(context.Background(), method, params, result); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

// shutdown ends the session the way an editor does and returns Serve's error.
func (c *client) shutdown() error {
	c.t.Helper()
	c.call("shutdown", nil, nil)
	c.notify("exit", nil)
	err := <-c.done
	c.done <- err // for Cleanup
	return err
}

func (c *client) open(uri string, version int32, text string) {
	c.t.Helper()
	c.notify("textDocument/didOpen", DidOpenTextDocumentParams{TextDocument: TextDocumentItem{URI: uri, LanguageID: "go", Version: version, Text: text}})
}

func (c *client) change(uri string, version int32, text string) {
	c.t.Helper()
	c.notify("textDocument/didChange", DidChangeTextDocumentParams{
		TextDocument:   VersionedTextDocumentIdentifier{URI: uri, Version: version},
		ContentChanges: []TextDocumentContentChangeEvent{{Text: text}},
	})
}

// waitDiagnostics returns the first diagnostics published for uri at
// version, skipping other files and earlier versions.
func (c *client) waitDiagnostics(uri string, version int32) []Diagnostic {
	c.t.Helper()
	for p := range c.diags {
		if p.URI == uri && p.Version != nil && *p.Version == version {
			return p.Diagnostics
		}
	}
	panic("unreachable")
}

func (c *client) codeActions(uri string, r Range, diags []Diagnostic) []CodeAction {
	c.t.Helper()
	var actions []CodeAction
	c.call("textDocument/codeAction", CodeActionParams{
		TextDocument: TextDocumentIdentifier{URI: uri},
		Range:        r,
		Context:      CodeActionContext{Diagnostics: diags},
	}, &actions)
	return actions
}

// module copies testdata/<name> to a fresh directory and returns its path.
func module(t *testing.T, name string) string {
	t.Helper()
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("testdata", name))); err != nil {
		t.Fatal(err)
	}
	return dir
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// applyEdits applies LSP edits, as a client does: all ranges refer to the
// text before any edit.
func applyEdits(text string, edits []TextEdit) string {
	edits = slices.Clone(edits)
	slices.SortFunc(edits, func(a, b TextEdit) int { return comparePos(b.Range.Start, a.Range.Start) })
	out := []byte(text)
	for _, e := range edits {
		out = applyChange(out, TextDocumentContentChangeEvent{Range: &e.Range, Text: e.NewText})
	}
	return string(out)
}

// textAt returns the text a range covers.
func textAt(text string, r Range) string {
	return text[offsetOf([]byte(text), r.Start):offsetOf([]byte(text), r.End)]
}

func writeFile(t *testing.T, name, text string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(text), 0o666); err != nil {
		t.Fatal(err)
	}
}

func codes(diags []Diagnostic) string {
	var names []string
	for _, d := range diags {
		names = append(names, d.Code)
	}
	return strings.Join(names, ",")
}
