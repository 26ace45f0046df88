package rawexposure

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Per-instance fields (instfields.go). A field is raw for every instance
// of its type (fs.fields), except in a fresh local of the unit: a new
// value of a struct type of the package it declares and never lets go of
// (findFreshLocals). A read of a fresh local's field (vm.Notices) carries
// what the unit stored in that field of it (lfields, the literal's key), or
// the local's whole value for a field its type's methods fill through their
// receiver (instFields: p.add(format, args...) appending to p.lines) and
// for a local a call was given whole; never what another instance was
// given elsewhere. A method filling such fields called on a fresh local
// stores the arguments in that local (ctorStores), and a method reading
// them (p.pdf(), s.bytes() calling s.text()) returns what the local holds
// instead of what the type's fields hold (accumFrom, accumResults). A call
// or a read on anything else (a parameter, a field, a global, a local that
// lets go of its value) uses the type's field, as before.

// instFields are the fields of the package's struct types that a method
// assigns through its receiver (r.f = ..., r.f[k] = ...), computed once.
func (st *state) instFields() map[*types.Var]bool {
	if st.inst != nil {
		return st.inst
	}
	st.inst = map[*types.Var]bool{}
	info := st.pass.TypesInfo
	for _, f := range st.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || fd.Recv == nil || len(fd.Recv.List) != 1 || len(fd.Recv.List[0].Names) != 1 {
				continue
			}
			recv, _ := info.Defs[fd.Recv.List[0].Names[0]].(*types.Var)
			if recv == nil {
				continue
			}
			ptr, _ := types.Unalias(recv.Type()).(*types.Pointer)
			if ptr == nil || st.responseLike(ptr.Elem()) {
				continue
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				as, ok := n.(*ast.AssignStmt)
				if !ok {
					return true
				}
				for _, lhs := range as.Lhs {
					if ix, ok := ast.Unparen(lhs).(*ast.IndexExpr); ok {
						lhs = ix.X
					}
					sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
					if !ok {
						continue
					}
					id, ok := ast.Unparen(sel.X).(*ast.Ident)
					if !ok || info.Uses[id] != recv {
						continue
					}
					if s, ok := info.Selections[sel]; ok && s.Kind() == types.FieldVal {
						if v, ok := s.Obj().(*types.Var); ok && v.Pkg() == st.pass.Pkg {
							st.inst[v] = true
						}
					}
				}
				return true
			})
		}
	}
	return st.inst
}

// freshRecv reports whether a method call's receiver is a fresh local of
// the unit (p.add(...), (&p).add(...)): what the call stores in the
// fields its method fills goes to that local, not to the fields.
func (fs *fstate) freshRecv(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	x := ast.Unparen(sel.X)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	return fs.freshVar(x) != nil
}

// accumFrom: for a method of an accumulator (a struct type of the
// package with fields its methods fill) called on a fresh local (s.text(),
// p.pdf()), the names of those fields as a summary's raw result names its
// origin: what the method returns from them is what that local was given
// (accumResults), not what the type's fields hold because another instance
// was given a raw value. Nil for other calls.
func (fs *fstate) accumFrom(call *ast.CallExpr, fn *types.Func, sig *types.Signature) map[string]bool {
	if fn.Pkg() != fs.pass.Pkg || sig.Recv() == nil || !fs.freshRecv(call) || !fs.state.readsInst(fn.Origin(), 0) {
		return nil
	}
	recvType := typex.Deref(sig.Recv().Type())
	st, ok := recvType.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	var own map[string]bool
	inst := fs.instFields()
	for i := 0; i < st.NumFields(); i++ {
		if f := st.Field(i); inst[f] {
			if own == nil {
				own = map[string]bool{}
			}
			own[fieldName(f, recvType)] = true
		}
	}
	return own
}

// readsInst reports whether method fn reads a field its type's methods
// fill (instFields) through its receiver, itself or by calling another
// method on it (s.bytes() calling s.text()): b.Title() reading b.title
// returns nothing of what b.fail(err) collected.
func (st *state) readsInst(fn *types.Func, depth int) bool {
	if r, ok := st.instReads[fn]; ok {
		return r
	}
	if st.instReads == nil {
		st.instReads = map[*types.Func]bool{}
	}
	st.instReads[fn] = false // a cycle reads nothing more
	fd := st.methodDecl(fn)  // recvfields.go
	if fd == nil || fd.Body == nil || len(fd.Recv.List) != 1 || len(fd.Recv.List[0].Names) != 1 || depth > 8 {
		return false
	}
	info := st.pass.TypesInfo
	recv, _ := info.Defs[fd.Recv.List[0].Names[0]].(*types.Var)
	inst := st.instFields()
	found := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if found || !ok {
			return !found
		}
		if id, ok := ast.Unparen(sel.X).(*ast.Ident); !ok || recv == nil || info.Uses[id] != recv {
			return true
		}
		switch s := info.Selections[sel]; {
		case s == nil:
		case s.Kind() == types.FieldVal:
			found = inst[s.Obj().(*types.Var)]
		case s.Kind() == types.MethodVal:
			if m, ok := s.Obj().(*types.Func); ok && m.Pkg() == st.pass.Pkg {
				found = st.readsInst(m.Origin(), depth+1)
			}
		}
		return !found
	})
	st.instReads[fn] = found
	return found
}

// accumResults joins what the fresh receiver holds into the results of
// an accumulator's method (accumFrom).
func (fs *fstate) accumResults(sig *types.Signature, recv taint, results []taint) {
	if recv.clean() {
		return
	}
	for j := range results {
		results[j] = join(results[j], fit(recv, sig.Results().At(j).Type()))
	}
}

// responseLike reports whether typ is a struct with a field spid
// recognizes (a SurePassID response, raw as a whole): not an accumulator.
func (st *state) responseLike(typ types.Type) bool {
	s, ok := typ.Underlying().(*types.Struct)
	if !ok {
		return true
	}
	for i := 0; i < s.NumFields(); i++ {
		if st.spid.FieldRole(s.Field(i)) != spid.RoleNone {
			return true
		}
	}
	return false
}

// Fresh instances. A local the unit declares as a new value of a struct
// type of the package (var vm page, vm := page{...}, vm := &page{...},
// new(page)) and never lets go of is an instance of its own: a read of its
// field (vm.Notices) carries what the unit put in that field of it (the
// local's value, when the unit writes the field: vm.F = x, vm.F[k] = x, a
// literal's key, a method filling it, a call given &vm), never what the
// type's field holds because another instance was given a raw value
// elsewhere (h.last.Notices = append(h.last.Notices, res.Message) in
// another handler). The local lets go when it is reassigned, read in a
// closure, or given to code that may store into it: &vm (or a pointer vm)
// anywhere but the base of a selector, a return, or an argument of a call
// of a function outside the module (c.Render(200, "page", &vm),
// json.Marshal(vm)); a value copy (h.last = vm) does not let go.

// freshLocal is what fresh knows of one local: the fields the unit writes.
type freshLocal struct {
	all bool                    // every field: a call was given its address, a constructor built it
	lit map[*types.Var]ast.Expr // the fields its literal sets
}

// freshField is the taint of x.f for a fresh local x of the unit, and
// whether x is one.
func (fs *fstate) freshField(x ast.Expr, f *types.Var) (taint, bool) {
	if f.Pkg() != fs.pass.Pkg {
		return taint{}, false
	}
	fl := fs.freshVar(x)
	if fl == nil {
		return taint{}, false
	}
	whole := fs.eval(x) // flow-sensitive: nothing reaches here, nothing in it
	if whole.clean() {
		return taint{}, true
	}
	t := taint{}
	if fl.all || fs.instFields()[f] {
		// Given whole, or filled by a method: what the local holds.
		t = fit(whole, f.Type())
	}
	if lit := fl.lit[f]; lit != nil {
		t = join(t, fit(fs.eval(lit), f.Type()))
	}
	if id, ok := ast.Unparen(x).(*ast.Ident); ok {
		if v, ok := fs.pass.TypesInfo.Uses[id].(*types.Var); ok {
			t = join(t, fs.lfields[lfield{v, f}])
		}
	}
	return t, true
}

// lfield is a field of a fresh local.
type lfield struct {
	v, f *types.Var
}

// storeFreshField records a store of t in x.f when x is a fresh local.
func (fs *fstate) storeFreshField(x ast.Expr, f *types.Var, t taint) {
	t = fit(t, f.Type())
	if t.clean() || f.Pkg() != fs.pass.Pkg || fs.freshVar(x) == nil {
		return
	}
	v := fs.pass.TypesInfo.Uses[ast.Unparen(x).(*ast.Ident)].(*types.Var)
	if fs.lfields == nil {
		fs.lfields = map[lfield]taint{}
	}
	k := lfield{v, f}
	old, ok := fs.lfields[k]
	nt := join(old, t)
	if !ok || nt.kind != old.kind || nt.params != old.params || nt.calls != old.calls {
		fs.lfields[k] = nt
		fs.changed = true
	}
}

// freshVar is what fresh knows of x when x names a fresh local of the
// unit, else nil.
func (fs *fstate) freshVar(x ast.Expr) *freshLocal {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok || fs.u.node == nil {
		return nil
	}
	v, _ := fs.pass.TypesInfo.Uses[id].(*types.Var)
	if v == nil || v.IsField() || v.Pos() < fs.u.node.Pos() || v.Pos() >= fs.u.node.End() {
		return nil
	}
	return fs.freshLocals()[v]
}

// freshLocals are the unit's fresh locals, computed once per unit.
func (fs *fstate) freshLocals() map[*types.Var]*freshLocal {
	if fs.state.fresh == nil {
		fs.state.fresh = map[ast.Node]map[*types.Var]*freshLocal{}
	}
	if m, ok := fs.state.fresh[fs.u.node]; ok {
		return m
	}
	m := fs.findFreshLocals()
	fs.state.fresh[fs.u.node] = m
	return m
}

func (fs *fstate) findFreshLocals() map[*types.Var]*freshLocal {
	info := fs.pass.TypesInfo
	pkg := fs.pass.Pkg
	// The candidates: locals of a struct type of the package, or a
	// pointer to one, declared in the unit.
	structOf := func(v *types.Var) (ptr bool, ok bool) {
		t := v.Type()
		if p, isPtr := types.Unalias(t).(*types.Pointer); isPtr {
			t, ptr = p.Elem(), true
		}
		n, isNamed := types.Unalias(t).(*types.Named)
		if !isNamed || n.Obj().Pkg() != pkg || !isStruct(n) || fs.state.responseLike(n) {
			return false, false
		}
		return ptr, true
	}
	out := map[*types.Var]*freshLocal{}
	bad := map[*types.Var]bool{}
	okUse := map[*ast.Ident]bool{}
	cand := func(id *ast.Ident) (*types.Var, bool) {
		v, _ := info.ObjectOf(id).(*types.Var)
		if v == nil || v.IsField() || v.Pos() < fs.u.node.Pos() || v.Pos() >= fs.u.node.End() {
			return nil, false
		}
		ptr, ok := structOf(v)
		if !ok {
			return nil, false
		}
		return v, ptr
	}
	note := func(v *types.Var) *freshLocal {
		fl := out[v]
		if fl == nil {
			fl = &freshLocal{lit: map[*types.Var]ast.Expr{}}
			out[v] = fl
		}
		return fl
	}
	define := func(id *ast.Ident, rhs ast.Expr, tok token.Token) {
		v, _ := cand(id)
		if v == nil {
			return
		}
		okUse[id] = true
		fl := note(v)
		if info.Defs[id] != v || tok != token.DEFINE && tok != token.VAR {
			bad[v] = true // reassigned
			return
		}
		switch x := ast.Unparen(rhs).(type) {
		case nil:
		case *ast.CompositeLit:
			litFields(info, x, fl)
		default:
			if call, ok := x.(*ast.CallExpr); ok && fs.state.freshCtor(typeutil.StaticCallee(info, call)) {
				fl.all = true // its constructor may have set any field
				return
			}
			if !freshStruct(info, x) {
				bad[v] = true
				return
			}
			if u, ok := x.(*ast.UnaryExpr); ok {
				if lit, ok := ast.Unparen(u.X).(*ast.CompositeLit); ok {
					litFields(info, lit, fl)
				}
			}
		}
	}
	// calleeOutside: a call of a function of a package outside the module
	// (a framework's sink, an encoder), not a builtin.
	calleeOutside := func(call *ast.CallExpr) bool {
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		return fn != nil && fn.Pkg() != nil && !typex.InModule(fs.pass, fn.Pkg())
	}
	base := func(e ast.Expr) (*ast.Ident, bool) {
		e = ast.Unparen(e)
		addr := false
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e, addr = ast.Unparen(u.X), true
		}
		id, _ := e.(*ast.Ident)
		return id, addr
	}
	root := fs.u.node
	if lit, ok := root.(*ast.FuncLit); ok {
		root = lit.Body
	}
	inspectBody(root, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
					var rhs ast.Expr
					if len(n.Lhs) == len(n.Rhs) {
						rhs = n.Rhs[i]
					} else {
						rhs = lhs // a multi-value assignment: not fresh
					}
					define(id, rhs, n.Tok)
					continue
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				var rhs ast.Expr
				if len(n.Values) == len(n.Names) {
					rhs = n.Values[i]
				} else if len(n.Values) > 0 {
					rhs = id
				}
				define(id, rhs, token.VAR)
			}
		case *ast.SelectorExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
				okUse[id] = true
			}
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				if id, addr := base(r); id != nil {
					okUse[id] = true
					if addr {
						if v, _ := cand(id); v != nil {
							note(v).all = true
						}
					}
				}
			}
		case *ast.CallExpr:
			outside := calleeOutside(n)
			for _, a := range n.Args {
				id, addr := base(a)
				if id == nil {
					continue
				}
				v, ptr := cand(id)
				if v == nil {
					continue
				}
				if !addr && !ptr {
					okUse[id] = true // a copy
					continue
				}
				if outside {
					okUse[id] = true
					note(v).all = true
				}
			}
		}
	})
	if len(out) == 0 {
		return out
	}
	// Every other use lets go: a pointer copied, &vm kept, a closure's.
	inClosure := 0
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			inClosure++
			ast.Inspect(n.Body, visit)
			inClosure--
			return false
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && !okUse[id] {
				if v, _ := info.Uses[id].(*types.Var); v != nil && out[v] != nil {
					bad[v] = true
				}
			}
		case *ast.Ident:
			v, _ := info.Uses[n].(*types.Var)
			if v == nil || out[v] == nil {
				break
			}
			if inClosure > 0 {
				bad[v] = true
			} else if !okUse[n] {
				if _, ptr := cand(n); ptr {
					bad[v] = true
				}
			}
		}
		return true
	}
	ast.Inspect(root, visit)
	for v := range bad {
		delete(out, v)
	}
	return out
}

// freshCtor reports whether fn is a function of the package that returns
// a new instance only: its one result a pointer, each of its returns
// &T{...}, new(T), or a local declared with one (newPage(title) returning
// &page{title: title}).
func (st *state) freshCtor(fn *types.Func) bool {
	if fn == nil || fn.Pkg() != st.pass.Pkg {
		return false
	}
	if st.ctors == nil {
		st.ctors = map[*types.Func]bool{}
		info := st.pass.TypesInfo
		for _, f := range st.pass.Files {
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || fd.Body == nil || fd.Type.Results == nil || len(fd.Type.Results.List) != 1 || len(fd.Type.Results.List[0].Names) > 1 {
					continue
				}
				obj, _ := info.Defs[fd.Name].(*types.Func)
				if obj == nil || !isPointer(obj.Type().(*types.Signature).Results().At(0).Type()) {
					continue
				}
				fresh := map[types.Object]bool{}
				good, returns := true, 0
				inspectBody(fd.Body, func(n ast.Node) {
					switch n := n.(type) {
					case *ast.AssignStmt:
						for i, l := range n.Lhs {
							if id, ok := l.(*ast.Ident); ok && n.Tok == token.DEFINE && len(n.Lhs) == len(n.Rhs) && freshStruct(info, n.Rhs[i]) {
								fresh[info.Defs[id]] = true
							}
						}
					case *ast.ReturnStmt:
						returns++
						if len(n.Results) != 1 {
							good = false
							return
						}
						r := ast.Unparen(n.Results[0])
						if id, ok := r.(*ast.Ident); ok && fresh[info.Uses[id]] {
							return
						}
						if !freshStruct(info, r) {
							good = false
						}
					}
				})
				st.ctors[obj] = good && returns > 0
			}
		}
	}
	return st.ctors[fn]
}

// litFields notes the fields a literal sets.
func litFields(info *types.Info, lit *ast.CompositeLit, fl *freshLocal) {
	s, ok := typex.Under(info, lit).(*types.Struct)
	if !ok {
		fl.all = true
		return
	}
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				if f, ok := info.Uses[id].(*types.Var); ok {
					fl.lit[f] = kv.Value
				}
			}
			continue
		}
		if i < s.NumFields() {
			fl.lit[s.Field(i)] = elt
		}
	}
}
