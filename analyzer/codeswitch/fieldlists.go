package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
)

// fieldList returns the slice or array literal that every store of struct
// field v in the package's files gives it, when there is exactly one such
// store and v is written nowhere else: a deny list kept in a
// configuration struct and set in its defaults (Policy{PushDeny:
// []int32{surepass.CodeOTPInvalid, ...}}, p.PushDeny = []int32{...}), read
// as slices.Contains(s.policy.PushDeny, code). A field appended to, assigned
// anything else, written through its address or by an element, or given
// two lists, is no list of constants.
func (c *checker) fieldList(v *types.Var) *ast.CompositeLit {
	if lit, ok := c.fieldLists[v]; ok {
		return lit
	}
	if c.fieldLists == nil {
		c.fieldLists = map[*types.Var]*ast.CompositeLit{}
	}
	info := c.pass.TypesInfo
	isV := func(e ast.Expr) bool {
		e = ast.Unparen(e)
		if ix, ok := e.(*ast.IndexExpr); ok {
			e = ast.Unparen(ix.X)
		}
		switch e := e.(type) {
		case *ast.SelectorExpr:
			return info.Uses[e.Sel] == v
		case *ast.Ident:
			return info.Uses[e] == v
		}
		return false
	}
	var lit *ast.CompositeLit
	stores, bad := 0, false
	store := func(x ast.Expr) {
		stores++
		l, ok := ast.Unparen(x).(*ast.CompositeLit)
		if !ok {
			bad = true
			return
		}
		lit = l
	}
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if bad {
				return false
			}
			switch n := n.(type) {
			case *ast.CompositeLit:
				if t := info.TypeOf(n); t == nil {
					return true
				} else if _, ok := t.Underlying().(*types.Struct); !ok {
					return true
				}
				for _, elt := range n.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok {
						if id, ok := kv.Key.(*ast.Ident); ok && info.Uses[id] == v {
							store(kv.Value)
						}
					} else if st, ok := info.TypeOf(n).Underlying().(*types.Struct); ok && st.NumFields() > 0 {
						for i := 0; i < st.NumFields(); i++ {
							if st.Field(i) == v {
								bad = true // positional: not read
							}
						}
					}
				}
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					if !isV(l) {
						continue
					}
					if _, elem := ast.Unparen(l).(*ast.IndexExpr); elem || n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
						bad = true
						continue
					}
					store(n.Rhs[i])
				}
			case *ast.IncDecStmt:
				if isV(n.X) {
					bad = true
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND && isV(n.X) {
					bad = true
				}
			}
			return true
		})
	}
	if bad || stores != 1 {
		lit = nil
	}
	c.fieldLists[v] = lit
	return lit
}
