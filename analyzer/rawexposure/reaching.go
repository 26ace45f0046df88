package rawexposure

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/cfg"
)

// Flow sensitivity for locals: reaching definitions over the control-flow
// graph (golang.org/x/tools/go/cfg) of each function, so that a variable
// overwritten with a safe text before a sink carries only the safe text
// there.
//
// A local is tracked when it has more than one definition in the function
// that declares it (a parameter's value at entry counts as one) and every
// store into it is a definition there: `v = x`, `v := x`, `v op= x`,
// `var v = x`, and `v.f = x` for a struct value (a partial definition: the
// value before it, joined with x), or for a pointer the function owns (p :=
// &T{...} or new(T), only its fields selected and p returned: huma's out :=
// &Output{}; out.Body.F = x; return out, nil). A local whose address is
// taken (&v, a pointer method called on it; not return &v, nil), that is
// stored into partly otherwise (v[i] = x, p.f = x through another
// pointer), a range or select
// variable, or one assigned in a closure keeps the flow-insensitive value,
// the join of everything stored into it, and so does every read of a local
// inside a closure (the closure may run after any of the definitions). The
// static part, which definitions reach which read, is computed once per
// unit; the taint of each definition is computed with the rest of the flow,
// to the same fixed point.

// def is a definition of a tracked local: the identifier it is assigned
// through, nil for a parameter's value at entry.
type def struct {
	v  *types.Var
	id *ast.Ident
}

// reaching is the static part for one unit.
type reaching struct {
	tracked map[*types.Var]bool
	owned   map[*types.Var]bool  // pointers stored into as their struct (ownedPointers)
	uses    map[*ast.Ident][]def // a read of a tracked local → the definitions reaching it
}

// locals is the per-analysis part: what each definition stores.
type locals struct {
	r      *reaching
	defs   map[def]taint
	stored map[*types.Var]bool // stored into other than by a definition: read flow-insensitively
}

// initLocals prepares the flow-sensitive view of the unit's locals; entry
// holds the parameters' values at entry.
func (fs *fstate) initLocals(entry map[*types.Var]taint) {
	if fs.reach == nil {
		fs.reach = map[ast.Node]*reaching{}
	}
	r, ok := fs.reach[fs.u.node]
	if !ok {
		r = buildReaching(fs.pass.TypesInfo, fs.u)
		fs.reach[fs.u.node] = r
	}
	if r == nil {
		return
	}
	fs.loc = &locals{r: r, defs: map[def]taint{}, stored: map[*types.Var]bool{}}
	for v, t := range entry {
		fs.loc.defs[def{v: v}] = t
	}
}

// noteLocal records a store of t into local v: a definition when it is the
// one flowNode is storing through (fs.defining), anything else otherwise.
func (fs *fstate) noteLocal(v *types.Var, t taint) {
	l := fs.loc
	if l == nil || !l.r.tracked[v] || l.stored[v] {
		return
	}
	if id := fs.defining; id != nil && fs.pass.TypesInfo.ObjectOf(id) == v {
		if fs.partial {
			t = join(t, fs.localTaint(v, id)) // the other fields keep their values
		}
		k := def{v: v, id: id}
		old, ok := l.defs[k]
		if nt := join(old, t); !ok || nt.kind != old.kind || nt.params != old.params {
			l.defs[k] = nt
			fs.changed = true
		}
		return
	}
	l.stored[v] = true
	fs.changed = true
}

// localTaint is what local v may hold where it is read (at): the join of
// the definitions reaching that read when v is tracked, else of everything
// stored into v.
func (fs *fstate) localTaint(v *types.Var, at ast.Expr) taint {
	if l := fs.loc; l != nil && l.r.tracked[v] && !l.stored[v] {
		if id, ok := at.(*ast.Ident); ok {
			if ds, ok := l.r.uses[id]; ok {
				t := taint{}
				for _, d := range ds {
					t = join(t, l.defs[d])
				}
				return t
			}
		}
	}
	return fs.envAt(v, at) // branches.go
}

// lhsIdent is the identifier a definition stores through, nil when lhs is
// not one.
func lhsIdent(lhs ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(lhs).(*ast.Ident)
	return id
}

// defining returns the identifier a store into lhs defines, and whether the
// definition is partial (fieldDef).
func defining(info *types.Info, owned map[*types.Var]bool, lhs ast.Expr) (*ast.Ident, bool) {
	if id := lhsIdent(lhs); id != nil {
		return id, false
	}
	if id := fieldDef(info, owned, lhs); id != nil {
		return id, true
	}
	return nil, false
}

// fieldDef returns the local struct variable's identifier that a store into
// one of its fields (page.Error = x, v.a.b = x) goes through: a partial
// definition, whose value is the local's value before it joined with x.
// nil when lhs is not such a store: a field reached through a pointer (the
// store goes to memory other names share) is not one, unless the pointer
// is a local in owned, at the root (out.Body.Note = x), selecting a field
// of its own struct (not one promoted through an embedded pointer).
func fieldDef(info *types.Info, owned map[*types.Var]bool, lhs ast.Expr) *ast.Ident {
	e := ast.Unparen(lhs)
	sel, ok := e.(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	for {
		s, ok := info.Selections[sel]
		if !ok || s.Kind() != types.FieldVal {
			return nil
		}
		if s.Indirect() || isPointer(info.TypeOf(sel.X)) {
			id, ok := ast.Unparen(sel.X).(*ast.Ident)
			if !ok || len(s.Index()) != 1 {
				return nil
			}
			if v, _ := info.ObjectOf(id).(*types.Var); v == nil || !owned[v] {
				return nil
			}
			return id
		}
		switch x := ast.Unparen(sel.X).(type) {
		case *ast.Ident:
			return x
		case *ast.SelectorExpr:
			sel = x
		default:
			return nil
		}
	}
}

// function is a function body of a unit with its parameters and results.
type function struct {
	body    *ast.BlockStmt
	params  []*types.Var
	results []*types.Var
}

// buildReaching computes which definitions reach each read of the unit's
// tracked locals; nil when no local has two definitions.
func buildReaching(info *types.Info, u unit) *reaching {
	var funcs []function
	if u.fn != nil {
		if body, ok := u.node.(*ast.BlockStmt); ok {
			funcs = append(funcs, sigFunction(body, u.fn.Type()))
		}
	}
	ast.Inspect(u.node, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok {
			funcs = append(funcs, sigFunction(lit.Body, info.TypeOf(lit)))
		}
		return true
	})

	owned := map[*types.Var]bool{}
	for _, f := range funcs {
		ownedPointers(info, f.body, owned)
	}

	// Which function declares each local, its definitions, and the locals
	// that cannot be tracked.
	owner := map[*types.Var]*ast.BlockStmt{}
	defs := map[*types.Var][]*ast.Ident{}
	defIn := map[*ast.Ident]*ast.BlockStmt{}
	bad := map[*types.Var]bool{}
	local := func(obj types.Object) *types.Var {
		v, ok := obj.(*types.Var)
		if !ok || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
			return nil
		}
		return v
	}
	spoil := func(e ast.Expr) {
		if id := rootIdent(e); id != nil {
			if v := local(info.ObjectOf(id)); v != nil {
				bad[v] = true
			}
		}
	}
	for _, f := range funcs {
		for _, v := range f.params {
			owner[v] = f.body
		}
		for _, v := range f.results {
			owner[v] = f.body
			bad[v] = true // a bare return reads them flow-insensitively
		}
		returned := map[*ast.UnaryExpr]bool{} // return &v, nil: nothing runs after it
		inspectBody(f.body, func(n ast.Node) {
			switch n := n.(type) {
			case *ast.ReturnStmt:
				for _, r := range n.Results {
					if u, ok := ast.Unparen(r).(*ast.UnaryExpr); ok && u.Op == token.AND && lhsIdent(u.X) != nil {
						returned[u] = true
					}
				}
			case *ast.AssignStmt:
				for _, lhs := range n.Lhs {
					id := lhsIdent(lhs)
					if id == nil {
						id = fieldDef(info, owned, lhs)
					}
					if id == nil {
						spoil(lhs)
						continue
					}
					if v := local(info.ObjectOf(id)); v != nil {
						defs[v] = append(defs[v], id)
						defIn[id] = f.body
						if info.Defs[id] != nil {
							owner[v] = f.body
						}
					}
				}
			case *ast.ValueSpec:
				for _, id := range n.Names {
					if v := local(info.Defs[id]); v != nil {
						defs[v] = append(defs[v], id)
						defIn[id] = f.body
						owner[v] = f.body
					}
				}
			case *ast.RangeStmt:
				spoil(n.Key)
				spoil(n.Value)
			case *ast.CommClause:
				// go/cfg evaluates every case's assignment before the
				// select, in sequence: no definition kills another.
				if as, ok := n.Comm.(*ast.AssignStmt); ok {
					for _, lhs := range as.Lhs {
						spoil(lhs)
					}
				}
			case *ast.IncDecStmt:
				spoil(n.X)
			case *ast.UnaryExpr:
				if n.Op == token.AND && !returned[n] {
					spoil(n.X)
				}
			case *ast.SelectorExpr:
				// sb.WriteString(x) on a strings.Builder value takes &sb.
				if s, ok := info.Selections[n]; ok && s.Kind() == types.MethodVal {
					if sig, ok := s.Obj().Type().(*types.Signature); ok && sig.Recv() != nil {
						if _, ptr := sig.Recv().Type().(*types.Pointer); ptr {
							if _, isPtr := info.TypeOf(n.X).(*types.Pointer); !isPtr {
								spoil(n.X)
							}
						}
					}
				}
			}
		})
	}

	r := &reaching{tracked: map[*types.Var]bool{}, owned: owned, uses: map[*ast.Ident][]def{}}
	for _, f := range funcs {
		isParam := map[*types.Var]bool{}
		for _, v := range f.params {
			isParam[v] = true
		}
		cands := map[*types.Var]bool{}
		for v, ids := range defs {
			if owner[v] != f.body || bad[v] {
				continue
			}
			n := len(ids)
			if isParam[v] {
				n++
			}
			ok := n >= 2
			for _, id := range ids {
				if defIn[id] != f.body {
					ok = false // assigned in a closure
				}
			}
			if ok {
				cands[v] = true
			}
		}
		if len(cands) > 0 {
			solveReaching(info, f, cands, isParam, r)
		}
	}
	if len(r.tracked) == 0 {
		return nil
	}
	return r
}

func sigFunction(body *ast.BlockStmt, t types.Type) function {
	f := function{body: body}
	sig, _ := t.(*types.Signature)
	if sig == nil {
		return f
	}
	if sig.Recv() != nil {
		f.params = append(f.params, sig.Recv())
	}
	for i := 0; i < sig.Params().Len(); i++ {
		f.params = append(f.params, sig.Params().At(i))
	}
	for i := 0; i < sig.Results().Len(); i++ {
		f.results = append(f.results, sig.Results().At(i))
	}
	return f
}

// inspectBody visits the nodes of a function body, not those of the
// function literals in it (which are functions of their own).
func inspectBody(n ast.Node, visit func(ast.Node)) {
	ast.Inspect(n, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if n != nil {
			visit(n)
		}
		return true
	})
}

// event is a read or a definition of a candidate local, in order.
type event struct {
	id  *ast.Ident
	v   *types.Var
	def bool
}

// nodeEvents lists the reads, then the definitions, of cands in one node
// of a block.
func nodeEvents(info *types.Info, n ast.Node, cands, owned map[*types.Var]bool) []event {
	var out []event
	reads := func(n ast.Node) {
		if n == nil {
			return
		}
		inspectBody(n, func(n ast.Node) {
			if id, ok := n.(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok && cands[v] {
					out = append(out, event{id: id, v: v})
				}
			}
		})
	}
	switch n := n.(type) {
	case *ast.AssignStmt:
		for _, e := range n.Rhs {
			reads(e)
		}
		var ds []event
		for _, lhs := range n.Lhs {
			id := lhsIdent(lhs)
			partial := false
			if id == nil {
				if id = fieldDef(info, owned, lhs); id == nil {
					reads(lhs)
					continue
				}
				partial = true
			}
			v, _ := info.ObjectOf(id).(*types.Var)
			if !cands[v] {
				if partial {
					reads(lhs)
				}
				continue
			}
			if partial || n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
				out = append(out, event{id: id, v: v}) // v op= x and v.f = x read v
			}
			ds = append(ds, event{id: id, v: v, def: true})
		}
		out = append(out, ds...)
	case *ast.ValueSpec:
		for _, e := range n.Values {
			reads(e)
		}
		for _, id := range n.Names {
			if v, _ := info.Defs[id].(*types.Var); cands[v] {
				out = append(out, event{id: id, v: v, def: true})
			}
		}
	default:
		reads(n)
	}
	return out
}

// solveReaching runs reaching definitions for the candidates of one
// function and records, for each read, the definitions reaching it.
func solveReaching(info *types.Info, f function, cands, isParam map[*types.Var]bool, r *reaching) {
	g := newCFG(f.body, func(call *ast.CallExpr) bool {
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok {
			return true
		}
		b, ok := info.Uses[id].(*types.Builtin)
		return !ok || b.Name() != "panic"
	})
	if g == nil {
		return
	}
	events := make([][]event, len(g.Blocks))
	seen := map[*ast.Ident]bool{}
	for i, b := range g.Blocks {
		for _, n := range b.Nodes {
			evs := nodeEvents(info, n, cands, r.owned)
			events[i] = append(events[i], evs...)
			for _, e := range evs {
				if e.def {
					seen[e.id] = true
				}
			}
		}
	}
	// Definitions the graph does not show (a select case's assignment)
	// make the local untrackable.
	var all []def
	index := map[def]int{}
	byVar := map[*types.Var][]int{}
	add := func(d def) {
		index[d] = len(all)
		byVar[d.v] = append(byVar[d.v], len(all))
		all = append(all, d)
	}
	ok := map[*types.Var]bool{}
	for v := range cands {
		ok[v] = true
	}
	inspectBody(f.body, func(n ast.Node) {
		for _, e := range nodeEventsDefs(info, n, cands, r.owned) {
			if !seen[e.id] {
				ok[e.v] = false
			}
		}
	})
	for _, v := range f.params {
		if cands[v] && ok[v] {
			add(def{v: v})
		}
	}
	for _, evs := range events {
		for _, e := range evs {
			if e.def && ok[e.v] {
				add(def{v: e.v, id: e.id})
			}
		}
	}
	if len(all) == 0 {
		return
	}
	words := (len(all) + 63) / 64
	newSet := func() []uint64 { return make([]uint64, words) }
	set := func(s []uint64, i int) { s[i/64] |= 1 << (i % 64) }
	has := func(s []uint64, i int) bool { return s[i/64]&(1<<(i%64)) != 0 }
	step := func(s []uint64, e event) {
		if !e.def || !ok[e.v] {
			return
		}
		for _, i := range byVar[e.v] {
			s[i/64] &^= 1 << (i % 64)
		}
		set(s, index[def{v: e.v, id: e.id}])
	}
	in := make([][]uint64, len(g.Blocks))
	for i := range in {
		in[i] = newSet()
	}
	if len(g.Blocks) > 0 {
		for _, v := range f.params {
			if i, found := index[def{v: v}]; found {
				set(in[0], i)
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for i, b := range g.Blocks {
			out := append(newSet()[:0], in[i]...)
			for _, e := range events[i] {
				step(out, e)
			}
			for _, s := range b.Succs {
				dst := in[s.Index]
				for w := range dst {
					if nw := dst[w] | out[w]; nw != dst[w] {
						dst[w] = nw
						changed = true
					}
				}
			}
		}
	}
	for v := range cands {
		if ok[v] {
			r.tracked[v] = true
		}
	}
	for i := range g.Blocks {
		cur := append(newSet()[:0], in[i]...)
		for _, e := range events[i] {
			if !e.def && ok[e.v] {
				var ds []def
				for _, j := range byVar[e.v] {
					if has(cur, j) {
						ds = append(ds, all[j])
					}
				}
				r.uses[e.id] = ds
			}
			step(cur, e)
		}
	}
}

// newCFG builds the control-flow graph of body, nil if go/cfg gives up on
// a malformed tree.
func newCFG(body *ast.BlockStmt, mayReturn func(*ast.CallExpr) bool) (g *cfg.CFG) {
	defer func() {
		if recover() != nil {
			g = nil
		}
	}()
	return cfg.New(body, mayReturn)
}

// nodeEventsDefs lists the definitions of cands a statement makes, found
// in the syntax rather than in the graph.
func nodeEventsDefs(info *types.Info, n ast.Node, cands, owned map[*types.Var]bool) []event {
	switch n.(type) {
	case *ast.AssignStmt, *ast.ValueSpec:
		var out []event
		for _, e := range nodeEvents(info, n, cands, owned) {
			if e.def {
				out = append(out, e)
			}
		}
		return out
	}
	return nil
}

// ownedPointers adds to owned the locals of body that point to a struct
// body allocates itself (p := &T{...}, p = new(T)) and only selects fields
// of, returns (return p, nil), compares (p != nil) or passes where it is
// read (json.NewEncoder(w).Encode(p)): no other name keeps that struct
// while the function runs, so p.f = x changes p's value alone, like a
// store into a struct variable. Any other use (a copy, append, a method
// call, a read in a closure) leaves p untracked.
func ownedPointers(info *types.Info, body *ast.BlockStmt, owned map[*types.Var]bool) {
	cand := map[*types.Var]bool{}
	bad := map[*types.Var]bool{}
	ok := map[*ast.Ident]bool{} // uses that keep the pointer owned
	later := map[*ast.CallExpr]bool{}
	ptrLocal := func(id *ast.Ident) *types.Var {
		v, _ := info.ObjectOf(id).(*types.Var)
		if v == nil || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
			return nil
		}
		if p, isPtr := v.Type().Underlying().(*types.Pointer); !isPtr || !isStruct(p.Elem()) {
			return nil
		}
		return v
	}
	define := func(id *ast.Ident, rhs ast.Expr) {
		v := ptrLocal(id)
		if v == nil {
			return
		}
		ok[id] = true
		if rhs != nil && freshStruct(info, rhs) {
			cand[v] = true
		} else {
			bad[v] = true
		}
	}
	inspectBody(body, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if id := lhsIdent(lhs); id != nil {
					var rhs ast.Expr
					if len(n.Lhs) == len(n.Rhs) && (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) {
						rhs = n.Rhs[i]
					}
					define(id, rhs)
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				var rhs ast.Expr
				if len(n.Names) == len(n.Values) {
					rhs = n.Values[i]
				}
				define(id, rhs)
			}
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				if id, isID := ast.Unparen(r).(*ast.Ident); isID {
					ok[id] = true
				}
			}
		case *ast.SelectorExpr:
			if s, isSel := info.Selections[n]; isSel && s.Kind() == types.FieldVal {
				if id, isID := ast.Unparen(n.X).(*ast.Ident); isID {
					ok[id] = true
				}
			}
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				for _, x := range []ast.Expr{n.X, n.Y} {
					if id, isID := ast.Unparen(x).(*ast.Ident); isID {
						ok[id] = true
					}
				}
			}
		case *ast.DeferStmt:
			later[n.Call] = true
		case *ast.GoStmt:
			later[n.Call] = true
		case *ast.CallExpr:
			// An argument read where it is passed (enc.Encode(out)), not
			// one a deferred call or a goroutine reads after later stores,
			// nor a copy a builtin keeps (append).
			if later[n] {
				break
			}
			if fn, isID := ast.Unparen(n.Fun).(*ast.Ident); isID {
				if _, builtin := info.Uses[fn].(*types.Builtin); builtin {
					break
				}
			}
			for _, a := range n.Args {
				if id, isID := ast.Unparen(a).(*ast.Ident); isID {
					ok[id] = true
				}
			}
		}
	})
	if len(cand) == 0 {
		return
	}
	// Every use, closures included: a use ok marks in a closure is still
	// one the closure may make at any time.
	inClosure := 0
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			inClosure++
			ast.Inspect(n.Body, visit)
			inClosure--
			return false
		case *ast.Ident:
			if v, isVar := info.Uses[n].(*types.Var); isVar && cand[v] && (!ok[n] || inClosure > 0) {
				bad[v] = true
			}
		}
		return true
	}
	ast.Inspect(body, visit)
	for v := range cand {
		if !bad[v] {
			owned[v] = true
		}
	}
}

// freshStruct reports whether e allocates a struct: &T{...} or new(T).
func freshStruct(info *types.Info, e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		_, lit := ast.Unparen(x.X).(*ast.CompositeLit)
		return x.Op == token.AND && lit
	case *ast.CallExpr:
		id, isID := ast.Unparen(x.Fun).(*ast.Ident)
		if !isID {
			return false
		}
		b, isBuiltin := info.Uses[id].(*types.Builtin)
		return isBuiltin && b.Name() == "new" && len(x.Args) == 1
	}
	return false
}

func isStruct(t types.Type) bool {
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

func isPointer(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Pointer)
	return ok
}

// ownedPtrs are the unit's owned pointers (ownedPointers), nil when no
// local is tracked.
func (fs *fstate) ownedPtrs() map[*types.Var]bool {
	if fs.loc == nil {
		return nil
	}
	return fs.loc.r.owned
}
