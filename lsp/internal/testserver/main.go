// Command testserver is the language server as "surepasslint lsp" runs it
// (every check of all.Analyzers(), LSP on stdin and stdout), built by the
// lsp package's Neovim test and by scripts/nvim-lsp-check.sh without
// depending on the CLI.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	"github.com/surepasslint/surepasslint/analyzer/all"
	"github.com/surepasslint/surepasslint/lsp"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := lsp.Serve(ctx, os.Stdin, os.Stdout, all.Analyzers()); err != nil {
		fmt.Fprintln(os.Stderr, "surepasslint lsp:", err)
		os.Exit(1)
	}
}
