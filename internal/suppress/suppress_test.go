package suppress_test

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/surepasslint/surepasslint/internal/suppress"
)

// leaky marks a function whose result is raw text.
type leaky struct{}

func (*leaky) AFact()         {}
func (*leaky) String() string { return "leaky" }

// rawtext is a test-only check: it reports each "raw" string literal and
// each call into another package's Leak* function (found through a fact).
// Its result is the number of raw literals it saw, suppressed or not.
var rawtext = &analysis.Analyzer{
	Name:       "rawtext",
	Doc:        "report raw literals and calls to leaky functions",
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	FactTypes:  []analysis.Fact{new(leaky)},
	ResultType: reflect.TypeFor[int](),
	Run: suppress.Honour("rawtext", func(pass *analysis.Pass) (any, error) {
		count := 0
		ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		ins.Preorder([]ast.Node{(*ast.BasicLit)(nil), (*ast.FuncDecl)(nil), (*ast.CallExpr)(nil)}, func(n ast.Node) {
			switch n := n.(type) {
			case *ast.BasicLit:
				if n.Value == `"raw"` {
					count++
					pass.ReportRangef(n, "raw literal")
				}
			case *ast.FuncDecl:
				if strings.HasPrefix(n.Name.Name, "Leak") {
					pass.ExportObjectFact(pass.TypesInfo.Defs[n.Name], new(leaky))
				}
			case *ast.CallExpr:
				sel, ok := n.Fun.(*ast.SelectorExpr)
				if !ok {
					return
				}
				fn, ok := pass.TypesInfo.Uses[sel.Sel].(*types.Func)
				if ok && fn.Pkg() != pass.Pkg && pass.ImportObjectFact(fn, new(leaky)) {
					pass.ReportRangef(n, "call to leaky %s.%s", fn.Pkg().Name(), fn.Name())
				}
			}
		})
		return count, nil
	}),
}

// counter is a test-only check that requires rawtext and reports its count
// at the package clause of the first file.
var counter = &analysis.Analyzer{
	Name:     "counter",
	Doc:      "report how many raw literals rawtext saw",
	Requires: []*analysis.Analyzer{rawtext},
	Run: suppress.Honour("counter", func(pass *analysis.Pass) (any, error) {
		if n := pass.ResultOf[rawtext].(int); n > 0 {
			pass.Reportf(pass.Files[0].Name.Pos(), "%d raw literals", n)
		}
		return nil, nil
	}),
}

func TestSuppressions(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), rawtext, "a", "b", "c")
}

// TestRequiredCheck: a check that requires another gets its result, which
// counts what it saw, suppressed findings included.
func TestRequiredCheck(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), counter, "d")
}
