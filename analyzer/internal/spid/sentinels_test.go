package spid_test

import (
	"go/ast"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
)

// sentinelProbe reports the codes spid ties to each package-level error
// variable, at its declaration and, in another package, at its use.
var sentinelProbe = &analysis.Analyzer{
	Name:     "sentinelprobe",
	Doc:      "report spid's sentinel errors",
	Requires: []*analysis.Analyzer{spid.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		r := pass.ResultOf[spid.Analyzer].(*spid.Result)
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				id, ok := n.(*ast.Ident)
				if !ok {
					return true
				}
				v, ok := pass.TypesInfo.Defs[id].(*types.Var)
				prefix := ""
				if !ok {
					if v, ok = pass.TypesInfo.Uses[id].(*types.Var); !ok || v.Pkg() == pass.Pkg {
						return true
					}
					prefix = "uses "
				}
				if list, ok := r.SentinelCodes(v); ok {
					var names []string
					for _, c := range list {
						names = append(names, c.String())
					}
					pass.Reportf(id.Pos(), "%ssentinel %s", prefix, strings.Join(names, ", "))
				}
				return true
			})
		}
		return nil, nil
	},
}

// TestSentinels: the sentinels a client ties to codes by a map literal,
// a switch (its default standing for every code listed nowhere), an if, a
// wrapped sentinel and an error literal carrying a code, seen in another
// package through facts; another vendor's look-alike table and a
// SurePassID client's own errors keyed by something else stay quiet.
func TestSentinels(t *testing.T) {
	analysistest.Run(t, analyzertest.TestData(t), sentinelProbe, "spidsentinels/...")
}
