// Command all runs every check of analyzer/all in the plain x/tools
// multichecker, without the CLI's extras (benchmark).
package main

import (
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/surepasslint/surepasslint/analyzer/all"
)

func main() { multichecker.Main(all.Analyzers()...) }
