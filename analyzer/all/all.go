// Package all lists every surepasslint check. The CLI, the golangci-lint
// plugin, the language server and the benchmarks all take their analyzers from
// here, so a new check is wired everywhere by adding it to this one list.
package all

import "golang.org/x/tools/go/analysis"

// Analyzers returns every surepasslint check, in a stable order.
func Analyzers() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		// Each check's Analyzer is added here as it lands.
	}
}
