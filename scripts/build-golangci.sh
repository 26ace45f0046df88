#!/usr/bin/env bash
# build-golangci.sh builds golangci-lint with the surepasslint module plugin
# compiled in, without GitHub: the same binary `golangci-lint custom` builds
# from .custom-gcl.yml, but taking golangci-lint's source from the Go module
# proxy (or the module cache) instead of `git clone`.
#
#   scripts/build-golangci.sh [OUTPUT]     (default OUTPUT: ./custom-gcl)
#
# Environment: GOLANGCI_LINT_VERSION (default v2.15.0, the version
# .custom-gcl.yml names); the usual Go variables (GOPROXY, GOMODCACHE, ...).
# Needs only the go command and a reachable module proxy, or a module cache
# that already holds everything. It prints one line per step, with the time
# since it started, and one line per 100 packages compiled;
# docs/golangci-lint.md gives its duration, cold and warm.
set -euo pipefail

version=${GOLANGCI_LINT_VERSION:-v2.15.0}
out=${1:-custom-gcl}
case $out in /*) ;; *) out=$PWD/$out ;; esac
mkdir -p "$(dirname "$out")"

repo=$(cd "$(dirname "$0")/.." && pwd)
export GOWORK=off GOFLAGS="${GOFLAGS:-} -mod=mod"
module=$(cd "$repo" && go list -m)
step_tag=build-golangci
. "$repo/scripts/progress.bash"

step "fetching github.com/golangci/golangci-lint/v2@$version from the module proxy"
if ! info=$(go mod download -json "github.com/golangci/golangci-lint/v2@$version"); then
	echo "build-golangci: cannot download golangci-lint $version (is the Go module proxy reachable?)" >&2
	echo "$info" | sed -n 's/^\t"Error": //p' >&2
	exit 1
fi
src=$(echo "$info" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')

work=$(mktemp -d "${TMPDIR:-/tmp}/build-golangci.XXXXXX")
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
cp -R "$src" "$work/golangci-lint"
chmod -R u+w "$work/golangci-lint"
cd "$work/golangci-lint"

# The versions golangci-lint pins; our module must build into them unchanged.
pinned() { go list -m -f '{{.Version}}' "$1"; }
want_tools=$(pinned golang.org/x/tools)
want_honnef=$(pinned honnef.co/go/tools)

cat > cmd/golangci-lint/plugins.go <<GO
package main

// This file is used to declare module plugins.

import _ "$module/plugin"
GO

# A snapshot of this checkout, so that edits made while the build runs
# cannot leave it half old, half new.
step "adding $module from $repo"
mkdir "$work/surepasslint"
tar -C "$repo" --exclude=./.git --exclude=./testdata -cf - . | tar -C "$work/surepasslint" -xf -
go mod edit -require="$module@v0.0.0" -replace="$module=$work/surepasslint"
step "resolving dependencies (go mod tidy; downloads them on a cold module cache)"
go mod tidy

for dep in "golang.org/x/tools $want_tools" "honnef.co/go/tools $want_honnef"; do
	set -- $dep
	if [ "$(pinned "$1")" != "$2" ]; then
		echo "build-golangci: $module moves $1 from $2 (pinned by golangci-lint $version) to $(pinned "$1"); keep go.mod on $2" >&2
		exit 1
	fi
done

total=$(go list -deps ./cmd/golangci-lint | wc -l)
step "compiling $out: $total packages, less those already in Go's build cache"
go build -v -trimpath \
	-ldflags "-s -w -X 'main.version=$version-surepasslint' -X 'main.date=$(date -u +%Y-%m-%dT%H:%M:%SZ)'" \
	-o "$out" ./cmd/golangci-lint 2>&1 | compile_progress "$total" github.com/golangci/golangci-lint/v2/cmd/golangci-lint
step "built $out (golangci-lint $version with the $module plugin)"
