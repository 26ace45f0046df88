//go:build surepasslint_testcheck

package main

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/surepasslint/surepasslint/internal/suppress"
)

// This file adds a test-only check to binaries built with
// -tags surepasslint_testcheck, so the command's tests can exercise findings,
// facts across packages, check flags, fixes and suppressions whatever the
// real checks report. Like the real checks' facts, its facts cross packages.

func init() {
	testleak.Flags.StringVar(&leakPrefix, "prefix", "Leak", "name prefix of functions that return raw text")
	testChecks = append(testChecks, testleak)
}

// leaky marks a function that returns a vendor's raw text.
type leaky struct{}

func (*leaky) AFact()         {}
func (*leaky) String() string { return "leaky" }

var testleak = &analysis.Analyzer{
	Name: "testleak",
	Doc: `report calls to another package's Leak* functions (test-only check)

A function whose name starts with the -testleak.prefix (Leak by default)
returns raw text; calling it from another package is reported.

Before:

	return vendorapi.LeakMessage()

After:

	return "request failed"
`,
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	// As the real checks: code with type errors is analysed too.
	RunDespiteErrors: true,
	FactTypes:        []analysis.Fact{new(leaky)},
	Run:              suppress.Honour("testleak", runTestleak),
}

// leakPrefix is the -testleak.prefix flag.
var leakPrefix string

func runTestleak(pass *analysis.Pass) (any, error) {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ins.Preorder([]ast.Node{(*ast.FuncDecl)(nil), (*ast.CallExpr)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if strings.HasPrefix(n.Name.Name, leakPrefix) {
				pass.ExportObjectFact(pass.TypesInfo.Defs[n.Name], new(leaky))
			}
		case *ast.CallExpr:
			sel, ok := n.Fun.(*ast.SelectorExpr)
			if !ok {
				return
			}
			fn, ok := pass.TypesInfo.Uses[sel.Sel].(*types.Func)
			if !ok || fn.Pkg() == pass.Pkg || !pass.ImportObjectFact(fn, new(leaky)) {
				return
			}
			pass.Report(analysis.Diagnostic{
				Pos:     n.Pos(),
				End:     n.End(),
				Message: "call to leaky " + fn.Pkg().Name() + "." + fn.Name() + " shows raw text",
				Related: []analysis.RelatedInformation{{Pos: fn.Pos(), Message: fn.Name() + " is declared here"}},
				SuggestedFixes: []analysis.SuggestedFix{{
					Message:   "show a generic message",
					TextEdits: []analysis.TextEdit{{Pos: n.Pos(), End: n.End(), NewText: []byte(`"request failed"`)}},
				}},
			})
		}
	})
	return nil, nil
}
