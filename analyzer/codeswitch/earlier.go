package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// This file finds where Success left before a dispatch: an if before it,
// in its block or an enclosing block of its function, that Success always
// enters and whose body returns (if err == nil { writeJSON(w, ok); return
// }, if res.OK() { ...; return }, if res.ErrorCode == Success { return }).
// Every code reaching the dispatch then failed, and a dispatch that only
// refines the rejection below (a status, a message, a counter) has no
// success path to fall into; one whose codes go on to grant still fails
// open.

// successLeft returns the condition of the nearest such if, nil when
// there is none. s is the subject of the dispatch's code and root the
// variable it is read from; an error the code was read back from (me of
// me, ok := sp.AsError(err), errors.As(err, &me)) is nil for Success and
// only for it.
func (c *checker) successLeft(d *dispatch, s subject, root types.Object) ast.Expr {
	if errVar := c.errSource(d, root); errVar != nil {
		pre := s.pre
		s.pre = func(e ast.Expr) tri {
			if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && (b.Op == token.EQL || b.Op == token.NEQ) {
				x, y := b.X, b.Y
				if c.isNilExpr(x) {
					x, y = y, x
				}
				if id, ok := ast.Unparen(x).(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == errVar && c.isNilExpr(y) {
					return triOf(b.Op == token.EQL)
				}
			}
			if pre != nil {
				return pre(e)
			}
			return triUnknown
		}
	}
	child := ast.Node(d.stmt)
	for i := len(d.stack) - 1; i >= 0; i-- {
		n := d.stack[i]
		switch n.(type) {
		case *ast.FuncDecl, *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt:
			return nil
		}
		list, _ := stmtList(n)
		at := -1
		for j, st := range list {
			if st == child {
				at = j
			}
		}
		for j := at - 1; j >= 0; j-- {
			ifs, ok := list[j].(*ast.IfStmt)
			if !ok || ifs.Init != nil || ifs.Else != nil || len(ifs.Body.List) == 0 {
				continue
			}
			if _, ok := ifs.Body.List[len(ifs.Body.List)-1].(*ast.ReturnStmt); !ok {
				continue
			}
			if c.evalCond(ifs.Cond, codes.Success, s) == triTrue && !c.rereads(ifs.Cond, ifs.End(), d.stmt.Pos()) {
				return ifs.Cond
			}
		}
		child = n
	}
	return nil
}

// rereads reports whether a variable cond reads is assigned between from
// and to: the dispatch then reads another answer.
func (c *checker) rereads(cond ast.Expr, from, to token.Pos) bool {
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && !found {
			if _, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok && c.assignedBetween(id, from, to) {
				found = true
			}
		}
		return !found
	})
	return found
}

// errSource returns the error variable the dispatch's code was read back
// from through root: root declared with a call taking the error (me, ok :=
// sp.AsError(err)) or filled by one taking &root beside it (errors.As(err,
// &me)). Nil when there is none.
func (c *checker) errSource(d *dispatch, root types.Object) types.Object {
	if root == nil {
		return nil
	}
	body := c.enclosingBody(d.stmt.Pos())
	if body == nil {
		return nil
	}
	info := c.pass.TypesInfo
	errArg := func(call *ast.CallExpr) types.Object {
		for _, a := range call.Args {
			if id, ok := ast.Unparen(a).(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok && types.Identical(v.Type(), typex.ErrorType) {
					return v
				}
			}
		}
		return nil
	}
	var out types.Object
	ast.Inspect(body, func(n ast.Node) bool {
		if out != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Rhs) != 1 {
				return true
			}
			call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr)
			if !ok {
				return true
			}
			for _, l := range n.Lhs {
				if id, ok := l.(*ast.Ident); ok && info.Defs[id] == root {
					out = errArg(call)
				}
			}
		case *ast.CallExpr:
			for _, a := range n.Args {
				if u, ok := ast.Unparen(a).(*ast.UnaryExpr); ok && u.Op == token.AND {
					if id, ok := ast.Unparen(u.X).(*ast.Ident); ok && info.Uses[id] == root {
						out = errArg(n)
					}
				}
			}
		}
		return true
	})
	return out
}

// noteMirrors records, when Success left before the dispatch or leaves in
// its own clause of it, the text of
// the calls its path makes (s.Sessions.Grant(w, user), err :=
// h.Devices.Replace(user, serial), return grant()): a failure below that
// makes the same call does what Success did, and meets Success's path
// there.
func (w *walker) noteMirrors() {
	if !w.left && !w.successInside() {
		return
	}
	for n := range w.places {
		if key := w.mirrorKey(n); key != "" {
			if w.mirrors == nil {
				w.mirrors = map[string]bool{}
			}
			w.mirrors[key] = true
		}
	}
}

// successInside reports whether Success's path stays in the dispatch:
// Success's own clause leaves (if code == Success { return grant() }
// chained with the table's if), as if it left before the dispatch.
func (w *walker) successInside() bool {
	end := w.dispatchEnd()
	for n := range w.places {
		if n.Pos() < w.d.stmt.Pos() || n.End() > end {
			return false
		}
	}
	return len(w.places) > 0
}

// mirrored reports whether n makes a call Success's path makes (see
// noteMirrors).
//
// Only past the dispatch: a clause listing a code and making Success's
// call itself (case DeviceNotFound: markRemoved(); return nil, on
// unassigning) decided so by name; the codes the dispatch leaves out did
// not.
func (w *walker) mirrored(n ast.Node) bool {
	if w.mirrors == nil || w.record || (w.d != nil && n.Pos() < w.d.stmt.End()) {
		return false
	}
	return w.mirrors[w.mirrorKey(n)]
}

// mirrorKey is the text of n when it is a call statement that neither
// logs nor sets a header, or an assignment or a return of a call; ""
// otherwise.
func (w *walker) mirrorKey(n ast.Node) string {
	switch s := n.(type) {
	case *ast.ExprStmt:
		call, ok := ast.Unparen(s.X).(*ast.CallExpr)
		if !ok || w.c.isLogging(call) || setsHeader(call) {
			return ""
		}
	case *ast.AssignStmt:
		if !hasCall(s.Rhs) {
			return ""
		}
	case *ast.ReturnStmt:
		if !hasCall(s.Results) {
			return ""
		}
	default:
		return ""
	}
	src, tf := w.c.source(), w.c.pass.Fset.File(n.Pos())
	if src == nil || tf == nil || !w.c.valid(n.Pos()) || !w.c.valid(n.End()) || tf.Size() != len(src) {
		return ""
	}
	return string(src[tf.Offset(n.Pos()):tf.Offset(n.End())])
}

// setsHeader reports whether call sets a response header
// (w.Header().Set("Content-Type", ...)), which every answer does.
func setsHeader(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
	if !ok {
		return false
	}
	h, ok := ast.Unparen(inner.Fun).(*ast.SelectorExpr)
	return ok && h.Sel.Name == "Header"
}
