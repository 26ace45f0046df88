package codeswitch

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// This file recognizes a code by the table it is looked up in: a
// package-level map literal of this package whose keys are three or more
// published failure codes written as literals (var stepUpFailures =
// map[int]error{9002: ..., 9003: ..., 9030: ...}), the evidence
// spid.CodeLiterals accepts for a switch's cases, is a code table, and a
// local variable the file looks it up with (stepUpFailures[code]) is a
// code, though it came through an interface of the package as a plain
// int. A port map, an HTTP status map or another vendor's codes are no
// published failure codes, and keep their keys plain.

// tableKeyed reports whether e is a local variable the file looks up in
// a code table.
func (c *checker) tableKeyed(e ast.Expr) bool {
	v := c.localVar(e)
	if v == nil {
		return false
	}
	if c.tableKeys == nil {
		c.tableKeys = map[*types.Var]bool{} // set first: mapLiteral may ask isCode
		keys := map[*types.Var]bool{}
		ast.Inspect(c.file, func(n ast.Node) bool {
			idx, ok := n.(*ast.IndexExpr)
			if !ok {
				return true
			}
			if k := c.localVar(idx.Index); k != nil && !keys[k] && c.isCodeTable(idx.X) {
				keys[k] = true
			}
			return true
		})
		c.tableKeys = keys
	}
	return c.tableKeys[v]
}

// isCodeTable reports whether e names a package-level map variable of
// this package declared with a literal whose keys are published codes, at
// least three of them failure codes written as literals.
func (c *checker) isCodeTable(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Pkg() != c.pass.Pkg || v.Parent() != c.pass.Pkg.Scope() {
		return false
	}
	if _, ok := v.Type().Underlying().(*types.Map); !ok {
		return false
	}
	lit, _ := c.mapLiteral(id)
	return lit != nil && codeKeyed(c.pass.TypesInfo, lit)
}

// hasCodeTable reports whether a package-level variable of pass's package
// is declared with a map literal whose keys are code literals (see
// isCodeTable): the package dispatches on codes it names by number only,
// and is checked though spid finds no other SurePassID signal in it.
func hasCodeTable(pass *analysis.Pass) bool {
	for _, vs := range packageVarSpecs(pass.Files) { // pinned.go
		for _, v := range vs.Values {
			if lit, ok := ast.Unparen(v).(*ast.CompositeLit); ok && codeKeyed(pass.TypesInfo, lit) {
				return true
			}
		}
	}
	return false
}

// codeKeyed reports whether lit is a map literal with integer or string
// keys that are published codes, three or more of them failure codes
// written as literals (spid.CodeLiterals).
func codeKeyed(info *types.Info, lit *ast.CompositeLit) bool {
	m, ok := typex.Under(info, lit).(*types.Map)
	if !ok {
		return false
	}
	if b, ok := m.Key().Underlying().(*types.Basic); !ok || b.Info()&(types.IsInteger|types.IsString) == 0 {
		return false
	}
	var keys []ast.Expr
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return false
		}
		keys = append(keys, kv.Key)
	}
	return spid.CodeLiterals(info, keys)
}
