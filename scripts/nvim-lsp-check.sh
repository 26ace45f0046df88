#!/bin/sh
# Real-client check of surepasslint's language server: Neovim's built-in LSP
# client, headless, attaches the server to a Go file and reads back its
# diagnostics and first quick fix (see scripts/nvim-lsp-check.lua). The file
# is not modified.
#
#   scripts/nvim-lsp-check.sh [file.go]   (default: the lsp package's demo)
#
# Needs nvim 0.7+ on PATH (Debian: apt-get install neovim) and go.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
file=${1:-$root/lsp/testdata/shop/web/otp.go}
command -v nvim >/dev/null || { echo "nvim-lsp-check: nvim is not on PATH (Debian: apt-get install neovim)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && go build -o "$tmp/surepasslint-lsp" ./lsp/internal/testserver)
status=0
SUREPASSLINT_LSP="$tmp/surepasslint-lsp" NVIM_CHECK_OUT="$tmp/out.json" \
	nvim --headless --clean -n -c "luafile $root/scripts/nvim-lsp-check.lua" "$file" || status=$?
cat "$tmp/out.json"
echo
exit $status
