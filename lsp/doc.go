// Package lsp is surepasslint's language server: it shows the findings of
// the surepasslint checks in an editor, beside gopls, with one-click fixes.
//
// gopls cannot load third-party analyzers, so editors run this server as a
// second language server for Go files. The other way is a gopls built with
// the checks compiled in (scripts/build-gopls.sh, docs/editors.md), which
// needs no second server; this one stays the option that needs no build,
// works beside any gopls version and takes the command's flags. It speaks the Language Server
// Protocol over a byte stream (stdio for "surepasslint lsp"), using
// github.com/sourcegraph/jsonrpc2 for JSON-RPC and its own small set of
// protocol types.
//
// When a Go file is opened, changed or saved, the server waits for edits to
// pause (Options.Debounce), loads the file's package with go/packages, with
// its tests and with the unsaved text of every open document as an overlay,
// and runs the analyzers with golang.org/x/tools/go/analysis/checker.
// Checks that use facts get them from a store made for each run
// (internal/lazyfacts), so dependencies load from export data and no fact
// outlives an edit. It
// then publishes, for every Go file of that directory, one diagnostic per
// finding: severity Warning, the check name as code, a codeDescription link
// to the check's documentation (the analyzer's URL, else DocURL's README
// anchor), and the analyzer's related information.
//
// textDocument/codeAction returns one quick fix per suggested fix of each
// diagnostic in the requested range, as a WorkspaceEdit whose ranges are in
// UTF-16 code units, as LSP requires. If the document changed since it was
// last analyzed, the answer waits for the analysis of the current text, so
// an edit never applies to text it was not computed for.
//
// Cost: an idle server does nothing. Each directory has one worker, so one
// package is analyzed at a time; an edit cancels the run it makes stale
// (go list is killed; a running analyzer finishes and its result is
// dropped); at most Options.Parallel packages are analyzed at once. Message
// handling never waits for analysis. Packages with type errors are still
// analyzed by analyzers that set RunDespiteErrors; the others are skipped
// for that package. A load error is logged and publishes nothing; a
// panicking analyzer is logged and does not stop the server.
//
// Known limits: facts of other packages of the module, and Pass.ReadFile,
// come from the files on disk, not from unsaved text in the editor;
// diagnostics in cgo-generated files are not shown.
package lsp
