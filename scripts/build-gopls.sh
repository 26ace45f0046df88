#!/usr/bin/env bash
# build-gopls.sh builds gopls with the surepasslint checks compiled in, so
# that every editor already running gopls shows their findings and quick fixes
# (docs/editors.md). gopls loads no third-party analyzers (golang/go#59869), so
# this patches its analyzer list, the way `golangci-lint custom` builds a
# golangci-lint with plugins:
#
#   - gopls' source is taken from the Go module proxy (or the module cache);
#   - internal/settings/analysis.go's initAnalyzers appends every check of
#     all.Analyzers() (which honour //lint:ignore themselves) at
#     warning severity;
#   - this checkout is required and replaced in gopls' go.mod, and
#     golang.org/x/tools is held at the version gopls pins (this module's
#     own go.mod asks for a newer one, with which gopls does not compile).
#
#   scripts/build-gopls.sh [OUTPUT [VERSION]]   (default: ./gopls, v0.23.0)
#
# Needs only the go command and a reachable module proxy, or a module cache
# that already holds everything. It prints one line per step, with the time
# since it started, and one line per 100 packages compiled; docs/editors.md
# gives its duration, cold and warm.
set -euo pipefail

out=${1:-gopls}
version=${2:-v0.23.0}
case $out in /*) ;; *) out=$PWD/$out ;; esac
mkdir -p "$(dirname "$out")"

repo=$(cd "$(dirname "$0")/.." && pwd)
export GOWORK=off GOFLAGS="${GOFLAGS:-} -mod=mod"
module=$(cd "$repo" && go list -m)

fail() { echo "build-gopls: $*" >&2; exit 1; }
step_tag=build-gopls
. "$repo/scripts/progress.bash"

step "fetching golang.org/x/tools/gopls@$version from the module proxy"
if ! info=$(go mod download -json "golang.org/x/tools/gopls@$version"); then
	echo "build-gopls: cannot download gopls $version (is the Go module proxy reachable?)" >&2
	echo "$info" | sed -n 's/^\t"Error": //p' >&2
	exit 1
fi
src=$(echo "$info" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')

work=$(mktemp -d "${TMPDIR:-/tmp}/build-gopls.XXXXXX")
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
cp -R "$src" "$work/gopls"
chmod -R u+w "$work/gopls"
cd "$work/gopls"

step "patching gopls' analyzer list"
# The x/tools gopls is developed against; read before our module can raise it.
tools=$(go list -m -f '{{.Version}}' golang.org/x/tools) ||
	fail "gopls $version: cannot read its golang.org/x/tools requirement"

# The patch: the layout it expects, checked piece by piece, so that another
# gopls version stops here with one line instead of a compile error.
file=internal/settings/analysis.go
anchor='	return append(res, staticcheckAnalyzers()...)'
layout() { fail "gopls $version does not have the layout this script patches: $1 (tested with v0.23.0)"; }
[ -f "$file" ] || layout "no $file"
grep -q '^func initAnalyzers() (res \[\]\*Analyzer) {$' "$file" || layout "no 'func initAnalyzers() (res []*Analyzer)' in $file"
grep -q '^	analyzer  *\*analysis\.Analyzer$' "$file" || layout "Analyzer has no 'analyzer *analysis.Analyzer' field in $file"
grep -q '^	severity  *protocol\.DiagnosticSeverity$' "$file" || layout "Analyzer has no 'severity protocol.DiagnosticSeverity' field in $file"
[ "$(grep -c "^$anchor\$" "$file")" = 1 ] || layout "initAnalyzers does not end with '${anchor#	}' in $file"
grep -q '^	"golang.org/x/tools/gopls/internal/protocol"$' "$file" || layout "$file does not import gopls/internal/protocol"

awk -v anchor="$anchor" -v module="$module" '
	/^import \($/ && !imported {
		print; print "\tsurepasslint \"" module "/analyzer/all\""; imported = 1; next
	}
	$0 == anchor {
		print "\t// surepasslint checks, added by scripts/build-gopls.sh of " module "."
		print "\tfor _, a := range surepasslint.Analyzers() {"
		print "\t\tif seen[a] {"
		print "\t\t\tlog.Fatalf(\"duplicate analyzer: %q\", a.Name)"
		print "\t\t}"
		print "\t\tseen[a] = true"
		print "\t\tres = append(res, &Analyzer{analyzer: a, severity: protocol.SeverityWarning})"
		print "\t}"
	}
	{ print }
' "$file" > "$file.new"
mv "$file.new" "$file"
gofmt -l "$file" >/dev/null || fail "patched $file does not parse"

# A snapshot of this checkout, so that edits made while the build runs
# cannot leave it half old, half new.
step "adding $module from $repo (golang.org/x/tools held at $tools)"
mkdir "$work/surepasslint"
tar -C "$repo" --exclude=./.git --exclude=./bin --exclude=testdata -cf - . | tar -C "$work/surepasslint" -xf -
go mod edit -require="$module@v0.0.0" -replace="$module=$work/surepasslint" \
	-replace="golang.org/x/tools=golang.org/x/tools@$tools"
step "resolving dependencies (go mod tidy; downloads them on a cold module cache)"
go mod tidy

# main.version sets the version gopls reports (gopls version, the server
# info editors show), so it says which build it is; +surepasslint is semver
# build metadata, so tools that compare versions still see $version.
total=$(go list -deps . | wc -l)
step "compiling $out: $total packages, less those already in Go's build cache"
go build -v -trimpath \
	-ldflags "-s -w -X 'main.version=$version+surepasslint'" \
	-o "$out" . 2>&1 | compile_progress "$total" golang.org/x/tools/gopls
step "built $out (gopls $version with the $module checks)"
