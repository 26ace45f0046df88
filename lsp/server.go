package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"golang.org/x/tools/go/analysis"
)

// DefaultDebounce is how long the server waits after the last change to a
// package before it analyzes the package.
const DefaultDebounce = 300 * time.Millisecond

// DocsBase is the page that documents each check under an anchor named
// after it, for analyzers without a URL of their own.
const DocsBase = "https://github.com/surepasslint/surepasslint"

// DocURL returns the documentation link of a check: the analyzer's URL
// if it has one, else the anchor of its name in the README.
func DocURL(a *analysis.Analyzer) string {
	if a.URL != "" {
		return a.URL
	}
	return DocsBase + "#" + a.Name
}

// Options configure a server.
type Options struct {
	// Analyzers are the checks to run; normally all.Analyzers().
	Analyzers []*analysis.Analyzer
	// Debounce is the quiet time after an edit before analysis starts.
	// Zero means DefaultDebounce.
	Debounce time.Duration
	// Parallel bounds how many packages are analyzed at once. Zero means
	// half the CPUs, at least one.
	Parallel int
	// Log receives one line per load error, skipped analysis or protocol
	// problem. Nil discards them.
	Log io.Writer
}

// Serve speaks LSP on in and out until the client exits or closes the
// stream, or ctx is done. It logs to standard error.
func Serve(ctx context.Context, in io.Reader, out io.Writer, analyzers []*analysis.Analyzer) error {
	return Options{Analyzers: analyzers, Log: os.Stderr}.Serve(ctx, in, out)
}

// Serve speaks LSP on in and out until the client exits or closes the
// stream, or ctx is done. It returns an error if the client sent exit
// without shutdown first, or if ctx ended it.
func (o Options) Serve(ctx context.Context, in io.Reader, out io.Writer) error {
	if err := analysis.Validate(o.Analyzers); err != nil {
		return err
	}
	if o.Debounce <= 0 {
		o.Debounce = DefaultDebounce
	}
	if o.Parallel <= 0 {
		o.Parallel = max(1, runtime.GOMAXPROCS(0)/2)
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	s := &server{
		analyzers: o.Analyzers,
		debounce:  o.Debounce,
		sem:       make(chan struct{}, o.Parallel),
		log:       log.New(o.Log, "surepasslint lsp: ", 0),
		ctx:       ctx,
		docs:      map[string]*document{},
		results:   map[string]*fileResult{},
		workers:   map[string]*worker{},
		cancels:   map[jsonrpc2.ID]context.CancelFunc{},
		published: make(chan struct{}),
	}
	stream := jsonrpc2.NewBufferedStream(readWriteCloser{in, out}, jsonrpc2.VSCodeObjectCodec{})
	conn := jsonrpc2.NewConn(ctx, stream, s, jsonrpc2.SetLogger(s.log))
	var err error
	select {
	case <-conn.DisconnectNotify():
	case <-ctx.Done():
		err = ctx.Err()
		conn.Close()
	}
	cancel()
	s.wg.Wait()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.exited && !s.shutdown {
		return errors.New("client sent exit without shutdown")
	}
	return err
}

// guard returns copies of analyzers whose Run turns a panic into an error,
// so one broken check costs only its own findings. (Analyzers they require
// panic into the recover of the whole run.)
func guard(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	guarded := make([]*analysis.Analyzer, len(analyzers))
	for i, a := range analyzers {
		g := *a
		run := a.Run
		g.Run = func(pass *analysis.Pass) (result any, err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("panic: %v\n%s", r, debug.Stack())
				}
			}()
			return run(pass)
		}
		guarded[i] = &g
	}
	return guarded
}

// readWriteCloser joins the two halves of the stream; closing it closes
// each half that can be closed.
type readWriteCloser struct {
	io.Reader
	io.Writer
}

func (rw readWriteCloser) Close() error {
	var errs []error
	for _, h := range []any{rw.Reader, rw.Writer} {
		if c, ok := h.(io.Closer); ok {
			errs = append(errs, c.Close())
		}
	}
	return errors.Join(errs...)
}

// server is the state of one connection.
type server struct {
	analyzers []*analysis.Analyzer
	debounce  time.Duration
	sem       chan struct{} // one token per running analysis
	log       *log.Logger
	ctx       context.Context // ends when the connection does
	wg        sync.WaitGroup  // the workers

	// pubMu orders publications as the state changes they report: it is
	// taken while holding mu, and held until the notifications are sent.
	pubMu sync.Mutex

	mu        sync.Mutex
	docs      map[string]*document   // open documents by file name
	results   map[string]*fileResult // latest findings by file name
	workers   map[string]*worker     // by directory
	cancels   map[jsonrpc2.ID]context.CancelFunc
	published chan struct{} // closed and replaced when results change
	shutdown  bool
	exited    bool
}

// document is an open text document.
type document struct {
	uri     string
	version int32
	text    []byte
}

// fileResult is what the latest finished analysis found in one file.
type fileResult struct {
	version  int32 // of the open document it analyzed; 0 for a file on disk
	findings []finding
}

// worker analyzes one directory's package, one run at a time.
type worker struct {
	kick   chan struct{} // buffered: a pending request to analyze again
	cancel context.CancelFunc
}

func (s *server) logf(format string, args ...any) { s.log.Printf(format, args...) }

// Handle is called by the connection for each message, in order, on its
// reading goroutine. Everything it does is quick; the one request that may
// wait (codeAction, for a fresh analysis) answers from its own goroutine.
func (s *server) Handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) {
	switch req.Method {
	case "initialize":
		s.reply(conn, req, InitializeResult{
			Capabilities: ServerCapabilities{
				TextDocumentSync: TextDocumentSyncOptions{
					OpenClose: true,
					Change:    SyncFull,
					Save:      &SaveOptions{},
				},
				CodeActionProvider: CodeActionOptions{CodeActionKinds: []string{CodeActionKindQuickFix}},
			},
			ServerInfo: ServerInfo{Name: "surepasslint"},
		}, nil)
	case "initialized":
	case "shutdown":
		s.mu.Lock()
		s.shutdown = true
		s.mu.Unlock()
		s.reply(conn, req, nil, nil)
	case "exit":
		s.mu.Lock()
		s.exited = true
		s.mu.Unlock()
		conn.Close()
	case "$/cancelRequest":
		var p CancelParams
		if s.params(conn, req, &p) {
			s.cancelRequest(p.ID)
		}
	case "textDocument/didOpen":
		var p DidOpenTextDocumentParams
		if s.params(conn, req, &p) {
			s.update(conn, p.TextDocument.URI, func(*document) *document {
				return &document{uri: p.TextDocument.URI, version: p.TextDocument.Version, text: []byte(p.TextDocument.Text)}
			})
		}
	case "textDocument/didChange":
		var p DidChangeTextDocumentParams
		if s.params(conn, req, &p) {
			s.update(conn, p.TextDocument.URI, func(d *document) *document {
				if d == nil {
					return nil
				}
				text := d.text
				for _, c := range p.ContentChanges {
					text = applyChange(text, c)
				}
				return &document{uri: d.uri, version: p.TextDocument.Version, text: text}
			})
		}
	case "textDocument/didSave":
		var p DidSaveTextDocumentParams
		if s.params(conn, req, &p) {
			s.update(conn, p.TextDocument.URI, func(d *document) *document {
				if d != nil && p.Text != nil {
					d = &document{uri: d.uri, version: d.version, text: []byte(*p.Text)}
				}
				return d
			})
		}
	case "textDocument/didClose":
		var p DidCloseTextDocumentParams
		if s.params(conn, req, &p) {
			s.close(conn, p.TextDocument.URI)
		}
	case "textDocument/codeAction":
		var p CodeActionParams
		if s.params(conn, req, &p) {
			ctx := s.track(req)
			s.wg.Add(1)
			go func() {
				defer s.wg.Done()
				actions, err := s.codeActions(ctx, p)
				s.untrack(req)
				s.reply(conn, req, actions, err)
			}()
		}
	default:
		if !req.Notif {
			s.reply(conn, req, nil, &jsonrpc2.Error{Code: jsonrpc2.CodeMethodNotFound, Message: "method not supported: " + req.Method})
		}
	}
}

// params decodes the parameters of req into v. On failure it answers a
// request with an error, logs a notification, and returns false.
func (s *server) params(conn *jsonrpc2.Conn, req *jsonrpc2.Request, v any) bool {
	var err error
	if req.Params == nil {
		err = errors.New("missing params")
	} else {
		err = json.Unmarshal(*req.Params, v)
	}
	if err == nil {
		return true
	}
	err = fmt.Errorf("%s: bad params: %w", req.Method, err)
	if req.Notif {
		s.logf("%v", err)
	} else {
		s.reply(conn, req, nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: err.Error()})
	}
	return false
}

// reply answers req with result, or with err if it is not nil.
func (s *server) reply(conn *jsonrpc2.Conn, req *jsonrpc2.Request, result any, err error) {
	if req.Notif {
		return
	}
	if err != nil {
		var rpcErr *jsonrpc2.Error
		if !errors.As(err, &rpcErr) {
			rpcErr = &jsonrpc2.Error{Code: jsonrpc2.CodeInternalError, Message: err.Error()}
		}
		err = conn.ReplyWithError(s.ctx, req.ID, rpcErr)
	} else {
		err = conn.Reply(s.ctx, req.ID, result)
	}
	if err != nil && !errors.Is(err, jsonrpc2.ErrClosed) {
		s.logf("replying to %s: %v", req.Method, err)
	}
}

// track returns a context for req that $/cancelRequest can cancel.
func (s *server) track(req *jsonrpc2.Request) context.Context {
	ctx, cancel := context.WithCancel(s.ctx)
	s.mu.Lock()
	s.cancels[req.ID] = cancel
	s.mu.Unlock()
	return ctx
}

func (s *server) untrack(req *jsonrpc2.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if cancel, ok := s.cancels[req.ID]; ok {
		cancel()
		delete(s.cancels, req.ID)
	}
}

func (s *server) cancelRequest(id any) {
	var key jsonrpc2.ID
	switch id := id.(type) {
	case float64:
		key = jsonrpc2.ID{Num: uint64(id)}
	case string:
		key = jsonrpc2.ID{Str: id, IsString: true}
	default:
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if cancel, ok := s.cancels[key]; ok {
		cancel()
	}
}

// update replaces the open document at uri by change(old) (nil removes
// it, or leaves it closed) and schedules its package for analysis.
func (s *server) update(conn *jsonrpc2.Conn, uri string, change func(*document) *document) {
	path, err := uriToPath(uri)
	if err != nil {
		s.logf("%v", err)
		return
	}
	if filepath.Ext(path) != ".go" {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	d := change(s.docs[path])
	if d == nil {
		return
	}
	s.docs[path] = d
	s.scheduleLocked(conn, filepath.Dir(path))
}

// close forgets a closed document and clears its diagnostics. Its package
// is analyzed again, with the file as it is on disk, if other files of it
// are open; else its worker stops.
func (s *server) close(conn *jsonrpc2.Conn, uri string) {
	path, err := uriToPath(uri)
	if err != nil {
		return
	}
	s.mu.Lock()
	delete(s.docs, path)
	delete(s.results, path)
	s.broadcastLocked()
	s.scheduleLocked(conn, filepath.Dir(path))
	s.pubMu.Lock()
	s.mu.Unlock()
	s.publish(conn, PublishDiagnosticsParams{URI: uri, Diagnostics: []Diagnostic{}})
	s.pubMu.Unlock()
}

// scheduleLocked asks the directory's worker to analyze again, cancelling
// the run in progress, whose result is already out of date.
func (s *server) scheduleLocked(conn *jsonrpc2.Conn, dir string) {
	w := s.workers[dir]
	if w == nil {
		w = &worker{kick: make(chan struct{}, 1)}
		s.workers[dir] = w
		s.wg.Add(1)
		go s.work(conn, dir, w)
	}
	if w.cancel != nil {
		w.cancel()
	}
	select {
	case w.kick <- struct{}{}:
	default: // a run is already pending
	}
}

// work is the loop of a directory's worker: wait for a kick, wait until
// edits pause, analyze, publish; stop when no file of dir is open any more.
// Only this goroutine analyzes dir, and at most Parallel workers analyze at
// once.
func (s *server) work(conn *jsonrpc2.Conn, dir string, w *worker) {
	defer s.wg.Done()
	timer := time.NewTimer(s.debounce)
	timer.Stop()
	for {
		select {
		case <-s.ctx.Done():
			return
		case <-w.kick:
		}
		for quiet := false; !quiet; { // debounce
			timer.Reset(s.debounce)
			select {
			case <-s.ctx.Done():
				return
			case <-w.kick:
				timer.Stop()
			case <-timer.C:
				quiet = true
			}
		}
		s.mu.Lock()
		if !s.hasOpenLocked(dir) {
			delete(s.workers, dir) // the next open starts a new worker
			s.mu.Unlock()
			if testHookWorkerExit != nil {
				testHookWorkerExit(dir)
			}
			return
		}
		s.mu.Unlock()
		select {
		case <-s.ctx.Done():
			return
		case s.sem <- struct{}{}:
		}
		ctx, cancel := context.WithCancel(s.ctx)
		s.mu.Lock()
		w.cancel = cancel
		snap := s.snapshotLocked(dir)
		s.mu.Unlock()

		files, err := s.analyze(ctx, snap)
		<-s.sem
		if err != nil && ctx.Err() == nil {
			s.logf("%v", err)
		}
		s.mu.Lock()
		superseded := ctx.Err() != nil
		var out []PublishDiagnosticsParams
		if !superseded {
			out = s.recordLocked(snap, files)
		}
		s.pubMu.Lock()
		s.mu.Unlock()
		cancel()
		for _, p := range out {
			s.publish(conn, p)
		}
		s.pubMu.Unlock()
	}
}

// testHookWorkerExit, if set, is called when an idle worker stops.
var testHookWorkerExit func(dir string)

func (s *server) hasOpenLocked(dir string) bool {
	for path := range s.docs {
		if filepath.Dir(path) == dir {
			return true
		}
	}
	return false
}

// snapshotLocked copies the open documents for a run in dir. Every open
// document goes in the overlay: one in another directory may be imported.
func (s *server) snapshotLocked(dir string) *snapshot {
	snap := &snapshot{dir: dir, overlay: map[string][]byte{}, versions: map[string]int32{}, uris: map[string]string{}}
	for path, d := range s.docs {
		snap.overlay[path] = d.text
		snap.versions[path] = d.version
		snap.uris[path] = d.uri
	}
	return snap
}

// recordLocked stores the findings of a run and returns the diagnostics
// to publish. Every open document of the directory counts as analyzed at
// its snapshot version, even if loading failed, so codeAction never waits
// for a result that cannot come.
func (s *server) recordLocked(snap *snapshot, files map[string][]finding) []PublishDiagnosticsParams {
	var out []PublishDiagnosticsParams
	for path, version := range snap.versions {
		if filepath.Dir(path) == snap.dir && files[path] == nil {
			if _, open := s.docs[path]; open {
				s.results[path] = &fileResult{version: version}
			}
		}
	}
	for path, fs := range files {
		version, wasOpen := snap.versions[path]
		if _, open := s.docs[path]; wasOpen && !open {
			continue // closed during the run
		}
		s.results[path] = &fileResult{version: version, findings: fs}
		p := PublishDiagnosticsParams{URI: pathToURI(path), Diagnostics: []Diagnostic{}}
		if uri, ok := snap.uris[path]; ok {
			p.URI = uri
			p.Version = &version
		}
		for _, f := range fs {
			p.Diagnostics = append(p.Diagnostics, f.diag)
		}
		out = append(out, p)
	}
	s.broadcastLocked()
	return out
}

func (s *server) broadcastLocked() {
	close(s.published)
	s.published = make(chan struct{})
}

func (s *server) publish(conn *jsonrpc2.Conn, p PublishDiagnosticsParams) {
	if err := conn.Notify(s.ctx, "textDocument/publishDiagnostics", p); err != nil && !errors.Is(err, jsonrpc2.ErrClosed) {
		s.logf("publishing diagnostics: %v", err)
	}
}

// codeActions returns the quick fixes of the diagnostics in p's range.
// If the document changed since its last analysis, it first waits for the
// analysis of the current text, so that the edits apply to it.
func (s *server) codeActions(ctx context.Context, p CodeActionParams) ([]CodeAction, error) {
	if len(p.Context.Only) > 0 && !wantsQuickFix(p.Context.Only) {
		return []CodeAction{}, nil
	}
	path, err := uriToPath(p.TextDocument.URI)
	if err != nil {
		return []CodeAction{}, nil
	}
	s.mu.Lock()
	for {
		d, open := s.docs[path]
		r, done := s.results[path]
		if !open || done && r.version == d.version {
			break
		}
		wait := s.published
		s.mu.Unlock()
		select {
		case <-ctx.Done():
			return nil, &jsonrpc2.Error{Code: codeRequestCancelled, Message: "request cancelled"}
		case <-wait:
		}
		s.mu.Lock()
	}
	var actions []CodeAction
	if r := s.results[path]; r != nil {
		for _, f := range r.findings {
			if overlaps(f.diag.Range, p.Range) {
				actions = append(actions, f.actions...)
			}
		}
	}
	s.mu.Unlock()
	if actions == nil {
		actions = []CodeAction{}
	}
	return actions, nil
}

// wantsQuickFix reports whether a codeAction "only" filter admits quick
// fixes: kinds are hierarchical, so "" and "quickfix" do.
func wantsQuickFix(only []string) bool {
	for _, k := range only {
		if k == "" || k == CodeActionKindQuickFix {
			return true
		}
	}
	return false
}

// overlaps reports whether two ranges share a position; an empty range
// (a cursor) overlaps a range that contains it, ends included.
func overlaps(a, b Range) bool {
	return comparePos(a.Start, b.End) <= 0 && comparePos(b.Start, a.End) <= 0
}
