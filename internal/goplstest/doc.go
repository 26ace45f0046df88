// Package goplstest tests gopls built with the surepasslint checks compiled
// in (scripts/build-gopls.sh, docs/editors.md): the path by which every
// editor that runs gopls shows our findings and quick fixes.
//
// TestGopls builds that gopls (cached under the user cache directory by
// gopls version and source hash, like the golangci-lint build of package
// plugin) and, on each module of the fixture directories (testdata/demo,
// and testdata/config when it exists), requires exactly the findings of the
// surepasslint CLI on the same module: through `gopls check`, through
// `gopls codeaction -kind=quickfix -exec` (-diff, then -write: the CLI's fix,
// which builds and vets), and through an LSP session over pipes, where each
// diagnostic carries the check name as its source, warning severity, the
// CLI's related information and the check's documentation link, and has
// exactly one quick fix, the CLI's. The "analyses" setting turns each check
// off, and //lint:ignore directives work as in the CLI (the checks honour
// them themselves).
//
// The real-editor tests run the setups of docs/editors.md as written (the
// code blocks marked <!-- tested: NAME -->) as the editor's init file, with
// that gopls as the only Go language server; each reads the findings of
// each fixture and applies a quick fix, which must be the CLI's -fix and
// build:
//
//   - TestGoplsNeovim: headless Neovim (0.7.2 from Debian, or later),
//     scripts/nvim-gopls-check.lua. It skips when nvim is not on PATH.
//   - TestGoplsEmacs: Emacs (28.2 from Debian, or later) in a terminal
//     (emacs -nw under script(1)) with go-mode, through Eglot and through
//     lsp-mode, scripts/emacs-gopls-check.el. It skips when emacs is not on
//     PATH, and a client whose package is not installed.
//
// BenchmarkGoplsCost compares gopls with the checks enabled and disabled
// through "analyses" on the demo and, with -gopls.bench.dir, on any module
// (docs/performance.md).
//
// Everything here is skipped under -short. A cold run builds gopls (minutes:
// docs/editors.md gives the figures) and its analysis cache (about a
// minute), more than go test's default 10-minute timeout can allow on a
// loaded machine, so .ci/run passes -timeout. A rerun with nothing changed
// reuses the binary, and `go run ./internal/bincache/fill gopls` builds it
// ahead of the tests, printing its progress (go test shows a package's
// output only when the package is done).
package goplstest
