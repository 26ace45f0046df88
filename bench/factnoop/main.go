// Command factnoop is the noop baseline declaring one fact type and nothing
// else: it measures what facts alone cost in the driver.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
)

type fact struct{}

func (*fact) AFact()         {}
func (*fact) String() string { return "fact" }

var analyzer = &analysis.Analyzer{
	Name:      "factnoop",
	Doc:       "does nothing but declare a fact type (benchmark)",
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
	FactTypes: []analysis.Fact{new(fact)},
}

func main() { multichecker.Main(analyzer) }
