package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
)

// The call's own verdict: in a dispatch over an error that a call returned
// beside a bool (ok, err := sp.IsSessionValid(ctx, tok)), the bool is the
// call's answer, false whenever the error is not nil (Go's convention for
// the results beside an error). An error path that joins Success's path at a
// statement reading that bool (writeJSON(w, 200, map[string]bool{"valid":
// ok}), return ok), or reaches a test of it, grants nothing: the answer it
// carries is false there.

// verdictVars returns the bool variables declared beside the dispatched
// error by the one call assigning it in the function; nil when d is not over
// an error, or the error is assigned more than once or otherwise.
func (w *walker) verdictVars() map[types.Object]bool {
	if w.verdictsDone {
		return w.verdicts
	}
	w.verdictsDone = true
	if !w.d.errs {
		return nil
	}
	info := w.c.pass.TypesInfo
	var errVar types.Object
	for obj := range w.roots {
		if v, ok := obj.(*types.Var); ok && types.Identical(v.Type(), types.Universe.Lookup("error").Type()) {
			if errVar != nil {
				return nil
			}
			errVar = v
		}
	}
	var body *ast.BlockStmt
	for i := len(w.d.stack) - 1; i >= 0 && body == nil; i-- {
		switch fn := w.d.stack[i].(type) {
		case *ast.FuncLit:
			body = fn.Body
		case *ast.FuncDecl:
			body = fn.Body
		}
	}
	if errVar == nil || body == nil {
		return nil
	}
	assigns := 0
	var out map[types.Object]bool
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, l := range as.Lhs {
			id, ok := ast.Unparen(l).(*ast.Ident)
			if !ok || info.ObjectOf(id) != errVar {
				continue
			}
			assigns++
			if i != len(as.Lhs)-1 || len(as.Rhs) != 1 {
				return true
			}
			if _, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr); !ok {
				return true
			}
			for _, o := range as.Lhs[:i] {
				oid, ok := o.(*ast.Ident)
				if !ok {
					continue
				}
				if v, ok := info.ObjectOf(oid).(*types.Var); ok {
					if b, ok := v.Type().Underlying().(*types.Basic); ok && b.Kind() == types.Bool {
						if out == nil {
							out = map[types.Object]bool{}
						}
						out[v] = true
					}
				}
			}
		}
		return true
	})
	if assigns != 1 {
		out = nil
	}
	w.verdicts = out
	return out
}

// readsVerdict reports whether n reads a verdict variable (see verdictVars).
func (w *walker) readsVerdict(n ast.Node) bool {
	vs := w.verdictVars()
	if len(vs) == 0 {
		return false
	}
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && vs[w.c.pass.TypesInfo.Uses[id]] {
			found = true
		}
		return !found && !isFuncLit(n)
	})
	return found
}

// verdictTest evaluates cond on an error path when it tests a verdict
// variable (if ok, if !ok): the variable is false there.
func (w *walker) verdictTest(cond ast.Expr) (val, known bool) {
	neg := false
	e := ast.Unparen(cond)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.NOT {
		neg, e = true, ast.Unparen(u.X)
	}
	id, ok := e.(*ast.Ident)
	if !ok || !w.verdictVars()[w.c.pass.TypesInfo.Uses[id]] {
		return false, false
	}
	return neg, true
}

func isFuncLit(n ast.Node) bool {
	_, ok := n.(*ast.FuncLit)
	return ok
}
