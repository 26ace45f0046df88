package rawexposure

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/types/typeutil"
)

// Fields of values whose origin is in view (resultfields.go). A field is
// raw for every instance of its type once some code stores a raw value in
// it (fs.fields), but a value the analysis follows whole knows better: a
// local of the unit whose every definition is a result of a function the
// analysis summarizes (out, err := e.Enroll(ctx, user, psn)), a composite
// literal or the zero value holds in its fields only what those results
// and literals carry, and the taint of the local is their join. When that
// join is clean where the field is read (Enroll never returns the
// server's text, though EnrollWithDetail stores it in Outcome.Detail), the
// read is clean too: the raw role of the field follows the values that
// carry it, not the type. The callee must be a function of the package,
// or of any package once the package declaring the field exported the
// field's fact itself (then every package that can return the type sees
// the fact and is analyzed in full), called statically with no raw
// argument or receiver (a fact leaves out what a string result takes from
// a string parameter) and with no raw result of its own, quieted at a
// handler's return or not. The local must keep its
// value to itself: no store into a field or element of it, no &local, no
// pointer local passed to a call, copied or given to a method with a
// pointer receiver, which could fill it; a field tagged json:"-" (a
// literal's taint leaves it out) and a framework's field sink keep the
// type's taint.

// originField is what x.f carries, for a field f the type's taint makes
// raw, when x's origin is in view and carries nothing raw: what x carries
// of the unit's parameters; ok is false otherwise.
func (fs *fstate) originField(x ast.Expr, f *types.Var) (taint, bool) {
	if hiddenField(fs.pass.TypesInfo.TypeOf(x), f) {
		return taint{}, false
	}
	if _, ok := fs.fieldSinkOf(f); ok {
		return taint{}, false
	}
	x = ast.Unparen(x)
	if s, ok := x.(*ast.StarExpr); ok {
		x = ast.Unparen(s.X)
	}
	switch y := x.(type) {
	case *ast.CallExpr:
		if !fs.cleanResult(y, 0, f) {
			return taint{}, false
		}
	case *ast.Ident:
		v, _ := fs.pass.TypesInfo.Uses[y].(*types.Var)
		if v == nil || v.IsField() || fs.u.node == nil || v.Pos() < fs.u.node.Pos() || v.Pos() >= fs.u.node.End() {
			return taint{}, false
		}
		if t, ok := fs.discrTaint(v, y); ok { // discr.go
			return fit(t, f.Type()), true
		}
		if !fs.originLocal(v, f) {
			return taint{}, false
		}
	default:
		return taint{}, false
	}
	t := fs.eval(x)
	if t.kind != kNone {
		return taint{}, false
	}
	return fit(t, f.Type()), true
}

// hiddenField reports whether f is a field of struct type typ (or of what
// it points to) tagged json:"-", or not one of its own fields at all (a
// promoted field).
func hiddenField(typ types.Type, f *types.Var) bool {
	if p, ok := types.Unalias(typ).(*types.Pointer); ok {
		typ = p.Elem()
	}
	if typ == nil {
		return true
	}
	st, ok := typ.Underlying().(*types.Struct)
	if !ok {
		return true
	}
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i) == f {
			return reflect.StructTag(st.Tag(i)).Get("json") == "-"
		}
	}
	return true
}

// cleanResult reports whether result i of call comes from a function whose
// summary is complete and says it carries nothing raw for f's sake.
func (fs *fstate) cleanResult(call *ast.CallExpr, i int, f *types.Var) bool {
	fn := typeutil.StaticCallee(fs.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	fn = fn.Origin()
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || i >= sig.Results().Len() {
		return false
	}
	if fn.Pkg() != fs.pass.Pkg && !fs.ownFieldFact(f) {
		return false
	}
	if s := fs.summaryOf(fn); s != nil && i < len(s.results) && s.results[i].kind != kNone {
		return false
	}
	if fs.receiverTaint(call).kind != kNone {
		return false
	}
	for _, a := range call.Args {
		if fs.eval(a).kind != kNone {
			return false
		}
	}
	return true
}

// ownFieldFact reports whether the package declaring field f said itself
// that f is raw: it was analyzed in full, and so is every package that
// sees its type.
func (fs *fstate) ownFieldFact(f *types.Var) bool {
	f = f.Origin()
	if f.Pkg() == nil || f.Pkg() == fs.pass.Pkg {
		return false
	}
	return fs.pass.ImportObjectFact(f, new(fieldFact))
}

// originState is what the package knows of values whose origin is in
// view: the locals looked at, the functions' returns (discr.go) and
// whether discriminators may be in view (anyDiscr).
type originState struct {
	origins map[*types.Var]*origin
	sites   map[*types.Func]map[*ast.ReturnStmt][]retSite
	seen    uint8
}

// originDef is one definition of a local: rhs (nil for the zero value),
// result i of it when it is a call with several.
type originDef struct {
	rhs ast.Expr
	i   int
}

// origin is what originLocal knows of a local: its definitions when every
// one is a call, a literal or the zero value and nothing else may store
// into it (ok), and whether it is being looked at (busy: out = f(out.X)).
type origin struct {
	defs     []originDef
	ok, busy bool
}

// originLocal reports whether every definition of local v is a clean
// result for f (cleanResult), a composite literal or the zero value, and
// no other code may store into it. The shape is found once per local; the
// calls are judged at each read (the summaries and arguments grow to the
// fixed point).
func (fs *fstate) originLocal(v *types.Var, f *types.Var) bool {
	if fs.state.inView.origins == nil {
		fs.state.inView.origins = map[*types.Var]*origin{}
	}
	o := fs.state.inView.origins[v]
	if o == nil {
		o = fs.findOrigins(v)
		fs.state.inView.origins[v] = o
	}
	if !o.ok || o.busy {
		return false
	}
	o.busy = true
	defer func() { o.busy = false }()
	for _, d := range o.defs {
		if call, ok := d.rhs.(*ast.CallExpr); ok && !fs.cleanResult(call, d.i, f) {
			return false
		}
	}
	return true
}

func (fs *fstate) findOrigins(v *types.Var) *origin {
	info := fs.pass.TypesInfo
	ptr := isPointer(v.Type())
	declared, good := false, true
	o := &origin{}
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.ObjectOf(id) == v
	}
	// define checks one definition of v: rhs, result i of it when it is a
	// call with several.
	define := func(id *ast.Ident, rhs ast.Expr, i int) {
		if info.Defs[id] == v {
			declared = true
		}
		r := ast.Unparen(rhs)
		o.defs = append(o.defs, originDef{r, i})
		switch r := r.(type) {
		case nil:
		case *ast.CompositeLit:
		case *ast.UnaryExpr:
			if _, ok := ast.Unparen(r.X).(*ast.CompositeLit); !ok || r.Op != token.AND {
				good = false
			}
		case *ast.CallExpr:
		default:
			good = false
		}
	}
	// uses are the identifiers of v the walk has accounted for.
	uses := map[*ast.Ident]bool{}
	ast.Inspect(fs.u.node, func(n ast.Node) bool {
		if !good {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if is(lhs) {
					uses[ast.Unparen(lhs).(*ast.Ident)] = true
					switch {
					case n.Tok != token.DEFINE && n.Tok != token.ASSIGN:
						good = false
					case len(n.Lhs) == len(n.Rhs):
						define(ast.Unparen(lhs).(*ast.Ident), n.Rhs[i], 0)
					case len(n.Rhs) == 1:
						if _, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr); !ok {
							good = false // v, ok := m[k]
						} else {
							define(ast.Unparen(lhs).(*ast.Ident), n.Rhs[0], i)
						}
					}
				} else if root := rootIdent(storeBase(lhs)); root != nil && info.ObjectOf(root) == v {
					good = false // out.Detail = x, out.Notes[k] = x
				}
			}
		case *ast.IncDecStmt:
			if root := rootIdent(storeBase(n.X)); root != nil && info.ObjectOf(root) == v {
				uses[root] = true // a counter: nothing raw
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if info.Defs[id] != v {
					continue
				}
				uses[id] = true
				switch {
				case len(n.Values) == 0:
					define(id, nil, 0)
				case len(n.Values) == len(n.Names):
					define(id, n.Values[i], 0)
				default:
					define(id, n.Values[0], i)
				}
			}
		case *ast.RangeStmt:
			if n.Key != nil && is(n.Key) || n.Value != nil && is(n.Value) {
				good = false
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && is(n.X) {
				good = false // &out: another name for it
			}
		case *ast.CallExpr:
			for _, a := range n.Args {
				a = ast.Unparen(a)
				if u, ok := a.(*ast.UnaryExpr); ok && u.Op == token.AND {
					if root := rootIdent(u.X); root != nil && info.ObjectOf(root) == v {
						good = false // fill(&out.Detail)
					}
				}
			}
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && is(sel.X) {
				if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
					if sig, _ := s.Obj().Type().(*types.Signature); sig != nil && sig.Recv() != nil && isPointer(sig.Recv().Type()) {
						good = false // a method that may fill it
					}
				}
			}
		case *ast.SelectorExpr:
			if is(n.X) {
				uses[ast.Unparen(n.X).(*ast.Ident)] = true
			}
		case *ast.BinaryExpr:
			if ptr && (n.Op == token.EQL || n.Op == token.NEQ) {
				for _, e := range []ast.Expr{n.X, n.Y} {
					if is(e) {
						uses[ast.Unparen(e).(*ast.Ident)] = true
					}
				}
			}
		}
		return true
	})
	if !good || !declared {
		return o
	}
	if !ptr {
		o.ok = true // a copy given elsewhere is a copy
		return o
	}
	// A pointer may be read through, compared with nil, defined: any other
	// use gives it another name.
	o.ok = true
	ast.Inspect(fs.u.node, func(n ast.Node) bool {
		if id, isID := n.(*ast.Ident); isID && o.ok && info.Uses[id] == v && !uses[id] {
			o.ok = false
		}
		return o.ok
	})
	return o
}

// storeBase strips the element and dereference steps off a store's
// left-hand side, down to the selector or identifier it stores through.
func storeBase(e ast.Expr) ast.Expr {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return x
		}
	}
}
