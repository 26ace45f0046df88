package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
)

// This file reads errors.As as the guard of the code it finds: in case
// errors.As(err, &apiErr) && apiErr.Code == X: (a tagless switch, an
// if-else chain) the code is read through apiErr, so, as with a pointer's
// nil check (nilGuard), a published code was read and errors.As holds.
// Without a code (Success, or another kind of error) the code is no
// published failure's either, so no case on it is taken.

// asGuard evaluates call, errors.As(err, &v) (or the As of
// github.com/pkg/errors or golang.org/x/xerrors), as true where the code
// of s is read through v (v.Code, v.Err.Code, or a local initialized from
// one); unknown for any other call.
func (c *checker) asGuard(call *ast.CallExpr, s subject) tri {
	if s.tag == nil {
		return triUnknown
	}
	fn, ok := c.callee(call).(*types.Func)
	if !ok || fn.Name() != "As" || fn.Pkg() == nil || len(call.Args) != 2 || fn.Signature().Recv() != nil {
		return triUnknown
	}
	switch fn.Pkg().Path() {
	case "errors", "github.com/pkg/errors", "golang.org/x/xerrors":
	default:
		return triUnknown
	}
	u, ok := ast.Unparen(call.Args[1]).(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return triUnknown
	}
	id, ok := ast.Unparen(u.X).(*ast.Ident)
	if !ok {
		return triUnknown
	}
	target := c.pass.TypesInfo.Uses[id]
	tag := s.tag
	if init := c.localInit(tag); init != nil {
		tag = init
	}
	if root, fields := chainOf(c.pass.TypesInfo, tag); target != nil && root == target && len(fields) > 0 {
		return triTrue
	}
	return triUnknown
}

// guardedByAs reports whether a condition of d, a tagless switch or an
// if-else chain, guards its code with errors.As: a case comparing the code
// alone (the fix's code != Success) would read it through a nil target for
// every other error.
func (c *checker) guardedByAs(d *dispatch) bool {
	var conds []ast.Expr
	switch s := d.stmt.(type) {
	case *ast.SwitchStmt:
		if s.Tag != nil || s.Body == nil {
			return false
		}
		for _, st := range s.Body.List {
			if cc, ok := st.(*ast.CaseClause); ok {
				conds = append(conds, cc.List...)
			}
		}
	case *ast.IfStmt:
		for cur := s; cur != nil; {
			conds = append(conds, cur.Cond)
			cur, _ = cur.Else.(*ast.IfStmt)
		}
	}
	s := subject{tag: d.tag}
	found := false
	for _, cond := range conds {
		ast.Inspect(cond, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && !found && c.asGuard(call, s) == triTrue {
				found = true
			}
			return !found
		})
	}
	return found
}
