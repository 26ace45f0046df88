package rawexposure

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Nil results: a client returning (*Response, error) often returns the
// raw message only beside a response (return &r, newError(r.ErrorMessage))
// and a transport failure beside nil (return nil, err). Its summary keeps,
// besides what each result may carry, what it may carry on the returns
// whose first result may be nil (nilRes, nil when it has no such return);
// and a caller's
//
//	r, err := s.sp.ValidateOTP(ctx, user, otp)
//	if r == nil {
//		return nil, err
//	}
//
// reads err, in that branch and while err is not assigned there, as what
// the callee returns beside a nil result.

// nilEligible reports whether a function of signature sig gets nilRes: two
// or more results, the first one nilable.
func nilEligible(sig *types.Signature) bool {
	if sig == nil || sig.Results().Len() < 2 {
		return false
	}
	switch sig.Results().At(0).Type().Underlying().(type) {
	case *types.Pointer, *types.Interface, *types.Map, *types.Slice:
		return true
	}
	return false
}

// neverNilFirst reports whether e, a returned first result, cannot be nil: an
// address (&r, &T{...}), a composite literal or new(T).
func neverNilFirst(info *types.Info, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		return e.Op == token.AND
	case *ast.CompositeLit:
		return true
	case *ast.CallExpr:
		if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok {
			b, ok := info.Uses[id].(*types.Builtin)
			return ok && b.Name() == "new"
		}
	}
	return false
}

// nilBranch is an if r == nil { ... } right after r, err := call(...) (or
// in its init): vars are the call's other results by index.
type nilBranch struct {
	call *ast.CallExpr
	vars map[*types.Var]int
	body *ast.BlockStmt
}

// nilBranchesOf finds the unit's nil branches, once.
func (fs *fstate) nilBranchesOf() []nilBranch {
	if fs.nilBranches != nil {
		return *fs.nilBranches
	}
	var out []nilBranch
	fs.nilBranches = &out
	info := fs.pass.TypesInfo
	try := func(init ast.Stmt, s ast.Stmt) {
		ifs, ok := s.(*ast.IfStmt)
		if !ok {
			return
		}
		if ifs.Init != nil {
			init = ifs.Init
		}
		as, ok := init.(*ast.AssignStmt)
		if !ok || len(as.Lhs) < 2 || len(as.Rhs) != 1 {
			return
		}
		call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		if !ok {
			return
		}
		first, ok := ast.Unparen(as.Lhs[0]).(*ast.Ident)
		if !ok || info.ObjectOf(first) == nil || !isNilTest(info, ifs.Cond, info.ObjectOf(first)) {
			return
		}
		nb := nilBranch{call: call, vars: map[*types.Var]int{}, body: ifs.Body}
		for i, l := range as.Lhs[1:] {
			if id, ok := ast.Unparen(l).(*ast.Ident); ok {
				if v, ok := info.ObjectOf(id).(*types.Var); ok && !assignedIn(info, ifs.Body, v) {
					nb.vars[v] = i + 1
				}
			}
		}
		if len(nb.vars) > 0 {
			out = append(out, nb)
		}
	}
	eachTest(fs.u.node, try)
	return out
}

// eachTest calls try for every if or switch statement in node with the
// statement setting up its test: its own init, else the statement just
// before it (v, err := f(); if v == nil {...}).
func eachTest(node ast.Node, try func(init, s ast.Stmt)) {
	ast.Inspect(node, func(n ast.Node) bool {
		var list []ast.Stmt
		switch n := n.(type) {
		case *ast.BlockStmt:
			list = n.List
		case *ast.CaseClause:
			list = n.Body
		case *ast.CommClause:
			list = n.Body
		case *ast.IfStmt:
			if n.Init != nil {
				try(n.Init, n)
			}
			return true
		case *ast.SwitchStmt:
			if n.Init != nil {
				try(n.Init, n)
			}
			return true
		default:
			return true
		}
		for i := 0; i+1 < len(list); i++ {
			switch s := list[i+1].(type) {
			case *ast.IfStmt:
				if s.Init == nil {
					try(list[i], s)
				}
			case *ast.SwitchStmt:
				if s.Init == nil {
					try(list[i], s)
				}
			}
		}
		return true
	})
}

// isNilTest reports whether cond is x == nil (or nil == x) for object x.
func isNilTest(info *types.Info, cond ast.Expr, x types.Object) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.EQL {
		return false
	}
	is := func(e ast.Expr, want types.Object) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.ObjectOf(id) == want
	}
	isNil := func(e ast.Expr) bool {
		tv, ok := info.Types[e]
		return ok && tv.IsNil()
	}
	return is(b.X, x) && isNil(b.Y) || is(b.Y, x) && isNil(b.X)
}

// assignedIn reports whether v is assigned (or its address taken) in n.
func assignedIn(info *types.Info, n ast.Node, v *types.Var) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.AssignStmt:
			for _, l := range m.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && info.ObjectOf(id) == v {
					found = true
				}
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(m.X).(*ast.Ident); ok && m.Op == token.AND && info.ObjectOf(id) == v {
				found = true
			}
		}
		return !found
	})
	return found
}

// nilBranchTaint is what local v holds at use at when at is in a nil
// branch of the call that defined it: the callee's nilRes; ok is false
// when the refinement does not apply.
func (fs *fstate) nilBranchTaint(v *types.Var, at ast.Expr) (taint, bool) {
	if fs.u.node == nil || !types.IsInterface(v.Type()) {
		return taint{}, false
	}
	for _, nb := range fs.nilBranchesOf() {
		i, ok := nb.vars[v]
		if !ok || at.Pos() < nb.body.Pos() || at.End() > nb.body.End() {
			continue
		}
		fn, _ := typeutil.Callee(fs.pass.TypesInfo, nb.call).(*types.Func)
		if fn == nil {
			return taint{}, false
		}
		s := fs.summaryOf(fn)
		if s == nil || s.nilRes == nil || i >= len(s.nilRes) || i >= len(s.results) {
			return taint{}, false
		}
		t := s.nilRes[i]
		if t.params != 0 || s.results[i].params != 0 {
			return taint{}, false
		}
		if t.kind != kNone {
			t.pos = at.Pos()
		}
		return t, true
	}
	return taint{}, false
}
