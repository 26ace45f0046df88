package rawexposure

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Sentinel guards. Under `if err == ErrX` an error variable is the
// package-level sentinel ErrX, so its text is ErrX's, whatever else the
// function that returned err may return (a raw code in another error).
// Under `if errors.Is(err, ErrX)` err is ErrX or wraps it: its text is
// ErrX's unless ErrX is wrapped into an error with more text, so the guard
// holds only for a sentinel wrapped nowhere the check can see: not in this
// package, nor in its own (wrappedFact). An argument of a sink under such
// a guard is judged with that variable carrying nothing.

// wrappedFact marks an exported package-level error variable that its
// package wraps into an error with other text (fmt.Errorf("%w: %s", ErrX,
// msg), errors.Join(ErrX, err), &Error{Err: ErrX, Msg: msg}): errors.Is on
// it proves nothing about the text.
type wrappedFact struct{}

func (*wrappedFact) AFact()         {}
func (*wrappedFact) String() string { return "rawexposure(wrapped sentinel)" }

// sentinelVar returns the package-level error variable e names, or nil.
func (fs *fstate) sentinelVar(e ast.Expr) *types.Var { return sentinelOf(fs.pass.TypesInfo, e) }

// sentinelOf returns the package-level error variable e names (ErrX,
// pkg.ErrX), or nil.
func sentinelOf(info *types.Info, e ast.Expr) *types.Var {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return nil
	}
	v, _ := info.Uses[id].(*types.Var)
	if v == nil || v.Pkg() == nil || v.IsField() || v.Parent() != v.Pkg().Scope() || !types.Implements(v.Type(), errorIface) {
		return nil
	}
	return v
}

var errorIface = typex.ErrorType.Underlying().(*types.Interface)

// wrappedSentinels returns the package-level error variables this package
// wraps into an error with other, non-constant text: an argument of a call
// (other than errors.Is and errors.As) or an element of a composite literal
// beside a non-constant operand. Computed once.
func (st *state) wrappedSentinels() map[*types.Var]bool {
	if st.wrapped != nil {
		return st.wrapped
	}
	st.wrapped = map[*types.Var]bool{}
	info := st.pass.TypesInfo
	constant := func(e ast.Expr) bool {
		tv, ok := info.Types[e]
		return ok && (tv.Value != nil || tv.IsNil() || tv.IsType())
	}
	mark := func(operands []ast.Expr) {
		var vs []*types.Var
		other := false
		for _, a := range operands {
			if kv, ok := a.(*ast.KeyValueExpr); ok {
				a = kv.Value
			}
			if v := sentinelOf(info, a); v != nil {
				vs = append(vs, v)
			} else if !constant(a) {
				other = true
			}
		}
		if other {
			for _, v := range vs {
				st.wrapped[v] = true
			}
		}
	}
	for _, file := range st.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if fn, _ := typeutil.Callee(info, n).(*types.Func); fn != nil && pkgPath(fn) == "errors" && (fn.Name() == "Is" || fn.Name() == "As") {
					return true
				}
				if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
					return true
				}
				mark(n.Args)
			case *ast.CompositeLit:
				mark(n.Elts)
			}
			return true
		})
	}
	return st.wrapped
}

// exportWrapped exports wrappedFact for the package's exported sentinels
// it wraps.
func (st *state) exportWrapped() {
	scope := st.pass.Pkg.Scope()
	any := false
	for _, name := range scope.Names() {
		if v, ok := scope.Lookup(name).(*types.Var); ok && v.Exported() && types.Implements(v.Type(), errorIface) {
			any = true
			break
		}
	}
	if !any {
		return
	}
	for v := range st.wrappedSentinels() {
		if v.Pkg() == st.pass.Pkg && v.Exported() {
			st.pass.ExportObjectFact(v, &wrappedFact{})
		}
	}
}

// wrappedAnywhere reports whether sentinel v may be wrapped with other text.
func (st *state) wrappedAnywhere(v *types.Var) bool {
	if st.wrappedSentinels()[v] {
		return true
	}
	if v.Pkg() != st.pass.Pkg {
		var f wrappedFact
		return st.pass.ImportObjectFact(v, &f)
	}
	return false
}

// sentinelTested returns the local error variables cond, when true, proves
// to be (==) or to wrap (errors.Is) a sentinel with fixed text.
func (fs *fstate) sentinelTested(cond ast.Expr, out map[*types.Var]bool) {
	info := fs.pass.TypesInfo
	local := func(e ast.Expr) *types.Var {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return nil
		}
		v, _ := info.Uses[id].(*types.Var)
		if v == nil || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() || !types.Identical(v.Type(), typex.ErrorType) {
			return nil
		}
		return v
	}
	switch c := ast.Unparen(cond).(type) {
	case *ast.BinaryExpr:
		switch c.Op {
		case token.LAND:
			fs.sentinelTested(c.X, out)
			fs.sentinelTested(c.Y, out)
		case token.EQL:
			if v, s := local(c.X), fs.sentinelVar(c.Y); v != nil && s != nil {
				out[v] = true
			} else if v, s := local(c.Y), fs.sentinelVar(c.X); v != nil && s != nil {
				out[v] = true
			}
		}
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, c).(*types.Func)
		if fn == nil || pkgPath(fn) != "errors" || fn.Name() != "Is" || len(c.Args) != 2 {
			return
		}
		if v, s := local(c.Args[0]), fs.sentinelVar(c.Args[1]); v != nil && s != nil && !fs.wrappedAnywhere(s) {
			out[v] = true
		}
	}
}

// sentinelStore is what assignment n stores from rhs (t, as evaluated)
// when it sits under sentinel guards: rhs judged with the error variables
// they hold carrying nothing (msg = err.Error() in case errors.Is(err,
// ErrExpired):, written after the switch). t when no guard holds one.
func (fs *fstate) sentinelStore(n ast.Node, rhs ast.Expr, t taint) taint {
	if (t.kind == kNone && t.params == 0) || fs.u.file == nil {
		return t
	}
	path, _ := astutil.PathEnclosingInterval(fs.u.file, n.Pos(), n.End())
	held := fs.sentinelHeld(path)
	if len(held) == 0 {
		return t
	}
	saved := fs.cleared
	fs.cleared = held
	defer func() { fs.cleared = saved }()
	return fs.eval(rhs)
}

// sentinelHeld returns the error variables the sentinel guards enclosing
// the innermost node of path hold: the then-branch of an if, or a case of
// a tagless switch (every condition of its list holding the variable).
func (fs *fstate) sentinelHeld(path []ast.Node) map[*types.Var]bool {
	var held map[*types.Var]bool
	for i, n := range path {
		if i == 0 {
			continue
		}
		var conds []ast.Expr
		var body ast.Node
		switch n := n.(type) {
		case *ast.IfStmt:
			if path[i-1] == n.Body {
				conds, body = []ast.Expr{n.Cond}, n.Body
			}
		case *ast.CaseClause:
			if _, inBody := path[i-1].(ast.Stmt); inBody && len(n.List) > 0 && i+2 < len(path) {
				if sw, ok := path[i+2].(*ast.SwitchStmt); ok && sw.Tag == nil {
					conds, body = n.List, n
				}
			}
		}
		var all map[*types.Var]bool
		for j, cond := range conds {
			vs := map[*types.Var]bool{}
			fs.sentinelTested(cond, vs)
			if j == 0 {
				all = vs
				continue
			}
			for v := range all {
				if !vs[v] {
					delete(all, v)
				}
			}
		}
		for v := range all {
			if !reassigned(fs.pass.TypesInfo, body, v) {
				if held == nil {
					held = map[*types.Var]bool{}
				}
				held[v] = true
			}
		}
	}
	return held
}

// sentinelGuarded reports whether every hit, judged with the error
// variables that enclosing sentinel guards hold (path: from call up) carrying
// nothing, carries nothing raw: the then-branch of an if, or a case of a
// tagless switch with one condition. A variable assigned inside the
// guarded branch is not held.
func (fs *fstate) sentinelGuarded(path []ast.Node, hits []found) bool {
	held := map[*types.Var]bool{}
	for i, n := range path {
		if i == 0 {
			continue
		}
		var cond ast.Expr
		var body ast.Node
		switch n := n.(type) {
		case *ast.IfStmt:
			if path[i-1] == n.Body {
				cond, body = n.Cond, n.Body
			}
		case *ast.CaseClause:
			// A case of a tagless switch with one condition.
			if _, inBody := path[i-1].(ast.Stmt); inBody && len(n.List) == 1 && i+2 < len(path) {
				if sw, ok := path[i+2].(*ast.SwitchStmt); ok && sw.Tag == nil {
					cond, body = n.List[0], n
				}
			}
		}
		if cond == nil {
			continue
		}
		vs := map[*types.Var]bool{}
		fs.sentinelTested(cond, vs)
		for v := range vs {
			if !reassigned(fs.pass.TypesInfo, body, v) {
				held[v] = true
			}
		}
	}
	if len(held) == 0 {
		return false
	}
	for _, h := range hits {
		if h.arg == nil {
			return false
		}
	}
	saved := fs.cleared
	fs.cleared = held
	defer func() { fs.cleared = saved }()
	for _, h := range hits {
		if fs.sinkArg(h.arg).kind != kNone {
			return false
		}
	}
	return true
}
