package goplstest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/sourcegraph/jsonrpc2"
)

// The parts of LSP 3.17 the tests read from gopls. Positions are zero-based
// lines and UTF-16 code units.
type (
	lspPos struct {
		Line      int `json:"line"`
		Character int `json:"character"`
	}
	lspRange struct {
		Start lspPos `json:"start"`
		End   lspPos `json:"end"`
	}
	lspLocation struct {
		URI   string   `json:"uri"`
		Range lspRange `json:"range"`
	}
	lspDiagnostic struct {
		Range           lspRange `json:"range"`
		Severity        int      `json:"severity,omitempty"`
		Code            any      `json:"code,omitempty"`
		CodeDescription *struct {
			Href string `json:"href"`
		} `json:"codeDescription,omitempty"`
		Source             string `json:"source,omitempty"`
		Message            string `json:"message"`
		RelatedInformation []struct {
			Location lspLocation `json:"location"`
			Message  string      `json:"message"`
		} `json:"relatedInformation,omitempty"`
	}
	lspTextEdit struct {
		Range   lspRange `json:"range"`
		NewText string   `json:"newText"`
	}
	lspWorkspaceEdit struct {
		Changes         map[string][]lspTextEdit `json:"changes,omitempty"`
		DocumentChanges []struct {
			TextDocument struct {
				URI string `json:"uri"`
			} `json:"textDocument"`
			Edits []lspTextEdit `json:"edits"`
		} `json:"documentChanges,omitempty"`
	}
	lspCodeAction struct {
		Title       string            `json:"title"`
		Kind        string            `json:"kind"`
		Diagnostics []lspDiagnostic   `json:"diagnostics,omitempty"`
		Edit        *lspWorkspaceEdit `json:"edit,omitempty"`
		Command     *struct {
			Command   string            `json:"command"`
			Arguments []json.RawMessage `json:"arguments,omitempty"`
		} `json:"command,omitempty"`
	}
)

// edits returns the edits of a workspace edit by document URI.
func (e *lspWorkspaceEdit) edits() map[string][]lspTextEdit {
	out := make(map[string][]lspTextEdit)
	for uri, es := range e.Changes {
		out[uri] = append(out[uri], es...)
	}
	for _, dc := range e.DocumentChanges {
		out[dc.TextDocument.URI] = append(out[dc.TextDocument.URI], dc.Edits...)
	}
	return out
}

// session is a gopls process driven over its stdin and stdout exactly as an
// editor drives it, with settings as the "gopls" configuration section.
type session struct {
	t        testing.TB
	dir      string
	conn     *jsonrpc2.Conn
	cmd      *exec.Cmd
	stderr   *bytes.Buffer
	mu       sync.Mutex
	diags    map[string][]lspDiagnostic // the latest published, by URI
	applied  []lspWorkspaceEdit         // workspace/applyEdit requests received
	settings map[string]any
	open     map[string]bool // URIs opened
	stopOnce sync.Once
}

// startGopls starts gopls on the module in dir, with the test binary's
// file cache.
func startGopls(t testing.TB, bin, dir string, settings map[string]any) *session {
	t.Helper()
	return startGoplsEnv(t, bin, dir, settings, goplsCache)
}

// startGoplsEnv starts gopls on the module in dir with the file cache in
// cache.
func startGoplsEnv(t testing.TB, bin, dir string, settings map[string]any, cache string) *session {
	t.Helper()
	if settings == nil {
		settings = map[string]any{}
	}
	s := &session{t: t, dir: dir, stderr: new(bytes.Buffer), diags: make(map[string][]lspDiagnostic), settings: settings, open: map[string]bool{}}
	s.cmd = exec.Command(bin)
	s.cmd.Dir, s.cmd.Env, s.cmd.Stderr = dir, goplsEnvCache(cache), s.stderr
	stdin, err := s.cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := s.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stream := jsonrpc2.NewBufferedStream(pipe{stdout, stdin}, jsonrpc2.VSCodeObjectCodec{})
	s.conn = jsonrpc2.NewConn(context.Background(), stream, jsonrpc2.HandlerWithError(s.handle))
	t.Cleanup(func() {
		s.conn.Close()
		_ = stdin.Close()
		s.stop(0)
		if t.Failed() {
			t.Logf("gopls stderr:\n%s", s.stderr)
		}
	})

	root := fileURI(dir)
	s.call("initialize", map[string]any{
		"processId": os.Getpid(),
		"rootUri":   root,
		"workspaceFolders": []map[string]any{
			{"uri": root, "name": filepath.Base(dir)},
		},
		"initializationOptions": settings,
		"capabilities": map[string]any{
			"workspace": map[string]any{
				"configuration": true,
				"applyEdit":     true,
				"workspaceEdit": map[string]any{"documentChanges": true},
			},
			"textDocument": map[string]any{
				"publishDiagnostics": map[string]any{"relatedInformation": true, "codeDescriptionSupport": true},
				"codeAction": map[string]any{
					"codeActionLiteralSupport": map[string]any{
						"codeActionKind": map[string]any{"valueSet": []string{"", "quickfix", "refactor", "source"}},
					},
				},
			},
		},
	}, nil)
	s.notify("initialized", map[string]any{})
	return s
}

// handle answers gopls' requests and records its diagnostics.
func (s *session) handle(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	switch req.Method {
	case "textDocument/publishDiagnostics":
		var p struct {
			URI         string          `json:"uri"`
			Diagnostics []lspDiagnostic `json:"diagnostics"`
		}
		if err := json.Unmarshal(*req.Params, &p); err != nil {
			return nil, err
		}
		s.mu.Lock()
		s.diags[p.URI] = p.Diagnostics
		s.mu.Unlock()
	case "workspace/configuration":
		var p struct {
			Items []struct {
				Section string `json:"section"`
			} `json:"items"`
		}
		if err := json.Unmarshal(*req.Params, &p); err != nil {
			return nil, err
		}
		out := make([]any, len(p.Items))
		s.mu.Lock()
		for i, item := range p.Items {
			if item.Section == "gopls" {
				out[i] = s.settings
			}
		}
		s.mu.Unlock()
		return out, nil
	case "workspace/applyEdit":
		var p struct {
			Edit lspWorkspaceEdit `json:"edit"`
		}
		if err := json.Unmarshal(*req.Params, &p); err != nil {
			return nil, err
		}
		s.mu.Lock()
		s.applied = append(s.applied, p.Edit)
		s.mu.Unlock()
		return map[string]any{"applied": true}, nil
	}
	return nil, nil
}

func (s *session) call(method string, params, result any) {
	s.t.Helper()
	if err := s.conn.Call(context.Background(), method, params, result); err != nil {
		s.t.Fatalf("gopls %s: %v", method, err)
	}
}

func (s *session) notify(method string, params any) {
	s.t.Helper()
	if err := s.conn.Notify(context.Background(), method, params); err != nil {
		s.t.Fatalf("gopls %s: %v", method, err)
	}
}

// configure changes the settings as an editor does: gopls is told, and
// asks for them (workspace/configuration).
func (s *session) configure(settings map[string]any) {
	s.t.Helper()
	s.mu.Lock()
	s.settings = settings
	s.mu.Unlock()
	s.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"gopls": settings}})
}

// diagnose opens files (paths relative to the module) and returns the
// diagnostics gopls publishes for them once it has diagnosed them, by file.
// gopls.diagnose_files is what `gopls check` runs: it returns after the
// diagnostics of the open files are published.
func (s *session) diagnose(files []string) map[string][]lspDiagnostic {
	s.t.Helper()
	var uris []string
	for _, f := range files {
		path := filepath.Join(s.dir, f)
		uri := fileURI(path)
		uris = append(uris, uri)
		if s.open[uri] {
			continue
		}
		text, err := os.ReadFile(path)
		if err != nil {
			s.t.Fatal(err)
		}
		s.open[uri] = true
		s.notify("textDocument/didOpen", map[string]any{
			"textDocument": map[string]any{"uri": uri, "languageId": "go", "version": 1, "text": string(text)},
		})
	}
	s.call("workspace/executeCommand", map[string]any{
		"command":   "gopls.diagnose_files",
		"arguments": []any{map[string]any{"Files": uris}},
	}, nil)
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string][]lspDiagnostic)
	for i, uri := range uris {
		out[files[i]] = s.diags[uri]
	}
	return out
}

// quickFixes returns the quick fixes gopls offers for d in file.
func (s *session) quickFixes(file string, d lspDiagnostic) []lspCodeAction {
	s.t.Helper()
	var actions []lspCodeAction
	s.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": fileURI(filepath.Join(s.dir, file))},
		"range":        d.Range,
		"context":      map[string]any{"diagnostics": []lspDiagnostic{d}, "only": []string{"quickfix"}},
	}, &actions)
	return actions
}

// resolve returns the edit an action makes: its own, or the one gopls asks
// the client to apply when the action's command runs.
func (s *session) resolve(a lspCodeAction) *lspWorkspaceEdit {
	s.t.Helper()
	if a.Edit != nil {
		return a.Edit
	}
	if a.Command == nil {
		s.t.Fatalf("code action %q has neither an edit nor a command", a.Title)
	}
	s.mu.Lock()
	n := len(s.applied)
	s.mu.Unlock()
	s.call("workspace/executeCommand", map[string]any{"command": a.Command.Command, "arguments": a.Command.Arguments}, nil)
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.applied) != n+1 {
		s.t.Fatalf("code action %q: its command %s sent %d edits, want 1", a.Title, a.Command.Command, len(s.applied)-n)
	}
	return &s.applied[n]
}

// shutdown ends the session as an editor does, and reaps the process.
func (s *session) shutdown() {
	s.t.Helper()
	s.call("shutdown", nil, nil)
	s.notify("exit", nil)
	s.stop(10 * time.Second)
}

// stop waits up to grace for gopls to exit, then kills it; once.
func (s *session) stop(grace time.Duration) {
	s.stopOnce.Do(func() {
		done := make(chan struct{})
		go func() { _ = s.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(grace):
			_ = s.cmd.Process.Kill()
			<-done
		}
	})
}

type pipe struct {
	io.ReadCloser
	io.WriteCloser
}

func (p pipe) Close() error {
	err := p.ReadCloser.Close()
	if werr := p.WriteCloser.Close(); err == nil {
		err = werr
	}
	return err
}

func fileURI(path string) string { return "file://" + filepath.ToSlash(path) }

// offset converts an LSP position in text to a byte offset.
func offset(text []byte, p lspPos) (int, error) {
	off := 0
	for line := 0; line < p.Line; line++ {
		i := bytes.IndexByte(text[off:], '\n')
		if i < 0 {
			return 0, fmt.Errorf("line %d beyond the end", p.Line)
		}
		off += i + 1
	}
	for units := 0; units < p.Character; {
		if off >= len(text) || text[off] == '\n' {
			return 0, fmt.Errorf("character %d beyond line %d", p.Character, p.Line)
		}
		r, size := utf8.DecodeRune(text[off:])
		off += size
		units++
		if r >= 0x10000 {
			units++
		}
	}
	return off, nil
}

// column returns the 1-based byte column of an LSP position in text, as the
// go command and the CLI count columns.
func column(text []byte, p lspPos) int {
	off, err := offset(text, p)
	if err != nil {
		return -1
	}
	return off - bytes.LastIndexByte(text[:off], '\n')
}

// applyLSP applies LSP text edits to text.
func applyLSP(text []byte, edits []lspTextEdit) ([]byte, error) {
	type span struct {
		start, end int
		text       string
	}
	var spans []span
	for _, e := range edits {
		start, err := offset(text, e.Range.Start)
		if err != nil {
			return nil, err
		}
		end, err := offset(text, e.Range.End)
		if err != nil {
			return nil, err
		}
		spans = append(spans, span{start, end, e.NewText})
	}
	return applySpans(text, spans, func(s span) (int, int, string) { return s.start, s.end, s.text })
}

// applySpans applies non-overlapping replacements to text.
func applySpans[S any](text []byte, spans []S, get func(S) (int, int, string)) ([]byte, error) {
	sort.SliceStable(spans, func(i, j int) bool {
		a, _, _ := get(spans[i])
		b, _, _ := get(spans[j])
		return a < b
	})
	var out []byte
	last := 0
	for _, s := range spans {
		start, end, repl := get(s)
		if start < last || end < start || end > len(text) {
			return nil, fmt.Errorf("edit %d-%d overlaps or is out of range", start, end)
		}
		out = append(append(out, text[last:start]...), repl...)
		last = end
	}
	return append(out, text[last:]...), nil
}
