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
)

// Analyzers returns every surepasslint check, in a stable order.
func Analyzers() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		// Each check's Analyzer is added here as it lands.
		codeswitch.Analyzer,
		rawexposure.Analyzer,
	}
}

// Flags returns the recognition flags every check shares (-codetypes,
// -codefields, -messagefields). Drivers register them un-prefixed, beside
// each check's own -<check>.<flag> flags.
func Flags() *flag.FlagSet { return spid.Flags }
