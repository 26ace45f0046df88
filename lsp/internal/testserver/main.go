// Command testserver is the language server as "surepasslint lsp" runs it
// (every check of all.Analyzers() with //lint:ignore suppression, the
// shared and per-check flags, LSP on stdin and stdout), built by the lsp
// package's Neovim test and by scripts/nvim-lsp-check.sh without depending
// on the CLI.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	"github.com/surepasslint/surepasslint/analyzer/all"
	"github.com/surepasslint/surepasslint/internal/suppress"
	"github.com/surepasslint/surepasslint/lsp"
)

func main() {
	checks := suppress.Wrap(all.Analyzers())
	fs := lsp.Flags("surepasslint lsp", all.Flags(), checks)
	if err := fs.Parse(os.Args[1:]); err != nil || fs.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: surepasslint lsp [-flag=value ...]: LSP on stdin and stdout")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := lsp.Serve(ctx, os.Stdin, os.Stdout, checks)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "surepasslint lsp:", err)
		os.Exit(1)
	}
}
