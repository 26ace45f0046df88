// Package all lists every surepasslint check. The CLI, the golangci-lint
// plugin, a gopls built with scripts/build-gopls.sh and
// the benchmarks all take their analyzers from here, so a new check is wired
// everywhere by adding it to this one list.
package all

import (
	"flag"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/codeswitch"
	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/analyzer/rawexposure"
	"github.com/surepasslint/surepasslint/internal/suppress"
)

// Analyzers returns every surepasslint check, in a stable order.
func Analyzers() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		// Each check's Analyzer is added here as it lands.
		codeswitch.Analyzer,
		rawexposure.Analyzer,
	}
}

// WithLintIgnore returns [Analyzers] wrapped so that each honours
// //lint:ignore and //lint:file-ignore directives itself and reports a
// directive without a reason or one that suppresses nothing (see
// surepasslint -explain lintignore). It is for drivers that have no
// suppression of their own and cannot import this module's internal
// packages: gopls built with scripts/build-gopls.sh appends these. The
// golangci-lint plugin uses the plain [Analyzers], since golangci-lint
// suppresses with its own //nolint.
func WithLintIgnore() []*analysis.Analyzer { return suppress.Wrap(Analyzers()) }

// Flags returns the recognition flags every check shares (-codetypes,
// -codefields, -messagefields). Drivers register them un-prefixed, beside
// each check's own -<check>.<flag> flags.
func Flags() *flag.FlagSet { return spid.Flags }
