// Command spidonly runs the shared recognition every check requires, and
// nothing else (benchmark). It finds it among the prerequisites of the
// checks in analyzer/all, by name.
package main

import (
	"fmt"
	"os"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/surepasslint/surepasslint/analyzer/all"
)

func main() {
	a := find("spid", all.Analyzers(), map[*analysis.Analyzer]bool{})
	if a == nil {
		fmt.Fprintln(os.Stderr, "spidonly: no check in analyzer/all requires spid yet")
		os.Exit(1)
	}
	multichecker.Main(a)
}

func find(name string, as []*analysis.Analyzer, seen map[*analysis.Analyzer]bool) *analysis.Analyzer {
	for _, a := range as {
		if seen[a] {
			continue
		}
		seen[a] = true
		if a.Name == name {
			return a
		}
		if r := find(name, a.Requires, seen); r != nil {
			return r
		}
	}
	return nil
}
