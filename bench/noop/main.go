// Command noop is the benchmark baseline: an analyzer that does nothing, in
// the same x/tools multichecker driver as surepasslint.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
)

var analyzer = &analysis.Analyzer{
	Name: "noop",
	Doc:  "does nothing (benchmark baseline)",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { multichecker.Main(analyzer) }
