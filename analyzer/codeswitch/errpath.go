package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/astutil"
)

// This file reads a return of an error variable on a path that tested it
// non-nil as a rejection, as a return of an error constructor is:
//
//	if err != nil {
//		var apiErr *sp.APIError
//		if errors.As(err, &apiErr) {
//			switch apiErr.Code { case sp.OTPInvalid: return nil, errBadOTP }
//		}
//		return nil, err // every other code: err is non-nil here
//	}
//
// The guard is an if enclosing the return whose condition, true in its
// body (false in its else), says the variable is non-nil (err != nil,
// errors.As(err, &apiErr), which is false for a nil err and fills apiErr,
// or errors.Is(err, ErrX) with a package-level ErrX), or an if earlier in
// an enclosing block, without else, whose body leaves (return, break,
// continue, panic) and whose condition false says so (if err == nil {
// return ok, nil }). The variable must not be assigned between the guard
// and the return (nor in a loop holding the return but not the guard), and
// no function literal may stand between them.

// testedNonNil reports whether the local variable v, read at pos, is non-nil
// there as a guard on the path says.
func (c *checker) testedNonNil(v *types.Var, pos token.Pos) bool {
	if v == nil || c.file == nil || pos < c.file.Pos() || pos > c.file.End() {
		return false
	}
	switch types.Unalias(v.Type()).Underlying().(type) {
	case *types.Interface, *types.Pointer:
	default:
		return false
	}
	path, _ := astutil.PathEnclosingInterval(c.file, pos, pos)
	to := pos
	for i := 1; i < len(path); i++ {
		child, n := path[i-1], path[i]
		guard := token.NoPos
		switch n := n.(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return false
		case *ast.ForStmt, *ast.RangeStmt:
			to = max(to, n.End()) // the next iteration may reassign it
		case *ast.IfStmt:
			switch {
			case child == n.Body && c.nonNilWhen(n.Cond, v, true):
				guard = n.Body.Pos()
			case n.Else != nil && child == n.Else && c.nonNilWhen(n.Cond, v, false):
				guard = n.Else.Pos()
			}
		}
		if list, ok := stmtList(n); ok && guard == token.NoPos {
			for j := len(list) - 1; j >= 0 && guard == token.NoPos; j-- {
				if list[j].End() > child.Pos() {
					continue
				}
				ifs, ok := list[j].(*ast.IfStmt)
				if ok && ifs.Else == nil && leaves(ifs.Body) && c.nonNilWhen(ifs.Cond, v, false) {
					guard = ifs.End()
				}
			}
		}
		if guard != token.NoPos {
			return !c.varWritten(v, guard, to)
		}
	}
	return false
}

// nonNilWhen reports whether cond, evaluating to val, says v is non-nil.
func (c *checker) nonNilWhen(cond ast.Expr, v *types.Var, val bool) bool {
	info := c.pass.TypesInfo
	isV := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == v
	}
	switch e := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return c.nonNilWhen(e.X, v, !val)
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND:
			return val && (c.nonNilWhen(e.X, v, true) || c.nonNilWhen(e.Y, v, true))
		case token.LOR:
			return !val && (c.nonNilWhen(e.X, v, false) || c.nonNilWhen(e.Y, v, false))
		case token.EQL, token.NEQ:
			if (isV(e.X) && c.isNilExpr(e.Y)) || (isV(e.Y) && c.isNilExpr(e.X)) {
				return val == (e.Op == token.NEQ)
			}
		}
	case *ast.CallExpr:
		if !val {
			return false
		}
		if x, target, ok := c.errorsIs(e); ok {
			tv, isVar := c.objOf(ast.Unparen(target)).(*types.Var)
			return isV(x) && isVar && tv.Pkg() != nil && tv.Parent() == tv.Pkg().Scope()
		}
		fn, ok := c.callee(e).(*types.Func)
		if !ok || fn.Name() != "As" || fn.Pkg() == nil || len(e.Args) != 2 || fn.Signature().Recv() != nil {
			return false
		}
		switch fn.Pkg().Path() {
		case "errors", "github.com/pkg/errors", "golang.org/x/xerrors":
		default:
			return false
		}
		if isV(e.Args[0]) {
			return true // errors.As(nil, &t) is false
		}
		u, ok := ast.Unparen(e.Args[1]).(*ast.UnaryExpr)
		return ok && u.Op == token.AND && isV(u.X) // the target, filled
	}
	return false
}

// leaves reports whether body ends in a return, a break, a continue, a
// goto or a call of panic.
func leaves(body *ast.BlockStmt) bool {
	if body == nil || len(body.List) == 0 {
		return false
	}
	switch last := body.List[len(body.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.ExprStmt:
		call, ok := ast.Unparen(last.X).(*ast.CallExpr)
		if !ok {
			return false
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		return ok && id.Name == "panic"
	}
	return false
}

// varWritten reports whether v is assigned, or its address taken, between
// from and to in the file.
func (c *checker) varWritten(v *types.Var, from, to token.Pos) bool {
	info := c.pass.TypesInfo
	isV := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && (info.Uses[id] == v || info.Defs[id] == v)
	}
	found := false
	ast.Inspect(c.file, func(n ast.Node) bool {
		if found || n == nil || n.End() < from || n.Pos() > to {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				found = found || (n.Pos() >= from && isV(l))
			}
		case *ast.UnaryExpr:
			found = n.Op == token.AND && n.Pos() >= from && isV(n.X)
		}
		return !found
	})
	return found
}
