package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// reassigningEffect is the effect rule for a statement n that reassigns a
// variable the dispatched code is read from, where the walk stops. A call
// Success makes there, after the dispatch and outside any for loop holding
// it (d, err := store.Load(id), reusing the err whose code a switch over
// CodeOf(err) dispatched), is recorded on Success's walk, and a failure
// code reaching it has joined Success's path. Before the dispatch, or in a
// for loop around it, the statement is the next attempt of a retry or a
// poll: the code is read again, and the path ends as before. It returns
// the path's touched.
func (w *walker) reassigningEffect(n ast.Node, touched bool) bool {
	if n.Pos() < w.d.stmt.End() || !w.effect(n) {
		return touched
	}
	for _, enc := range w.d.stack {
		if f, ok := enc.(*ast.ForStmt); ok && f.Pos() <= n.Pos() && n.End() <= f.End() {
			return touched
		}
	}
	switch {
	case w.record:
		w.places[n] = true
	case w.places[n] && !w.readsVerdict(n):
		return true
	}
	return touched
}

// errArgGuard evaluates err != nil and err == nil where the dispatched code
// was read from err by an accessor taking it (switch sp.CodeOf(err), code
// := sp.CodeOf(err)): a failure code arrives with a non-nil error,
// Success with none. So if err != nil { reject } after such a dispatch
// rejects every code it does not list.
func (c *checker) errArgGuard(e *ast.BinaryExpr, code codes.ReturnCode, s subject) tri {
	if (e.Op != token.EQL && e.Op != token.NEQ) || s.tag == nil {
		return triUnknown
	}
	x := e.X
	switch {
	case c.isNilExpr(e.Y):
	case c.isNilExpr(e.X):
		x = e.Y
	default:
		return triUnknown
	}
	info := c.pass.TypesInfo
	if t := info.TypeOf(x); t == nil || !types.Identical(t, typex.ErrorType) {
		return triUnknown
	}
	tag := s.tag
	if init := c.localInit(tag); init != nil {
		tag = init
	}
	call, ok := ast.Unparen(tag).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || !sameExpr(call.Args[0], x) {
		return triUnknown
	}
	if t := info.TypeOf(call.Args[0]); t == nil || !types.Identical(t, typex.ErrorType) {
		return triUnknown
	}
	if c.assignedBetween(x, s.tag.End(), e.Pos()) {
		return triUnknown // d, err := store.Load(id): another error
	}
	return triOf((code != codes.Success) == (e.Op == token.NEQ))
}

// assignedBetween reports whether the variable x names is assigned between
// from and to, in the source of the file holding them.
func (c *checker) assignedBetween(x ast.Expr, from, to token.Pos) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return true
	}
	obj := c.pass.TypesInfo.Uses[id]
	if obj == nil {
		return true
	}
	found := false
	for _, f := range c.pass.Files {
		if f.Pos() > from || to > f.End() {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if found || n == nil || n.End() < from || n.Pos() > to {
				return false
			}
			if as, ok := n.(*ast.AssignStmt); ok && as.Pos() > from && as.End() < to {
				for _, l := range as.Lhs {
					if lid, ok := ast.Unparen(l).(*ast.Ident); ok && (c.pass.TypesInfo.Defs[lid] == obj || c.pass.TypesInfo.Uses[lid] == obj) {
						found = true
					}
				}
			}
			return !found
		})
	}
	return found
}
