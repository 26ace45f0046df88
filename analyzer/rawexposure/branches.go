package rawexposure

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Mutations reach only what runs after them. A local whose contents are
// changed in place — q.Set("code", c) on url.Values, hdr.Add on a local
// http.Header, sb.WriteString on a builder, m[k] = x, u.RawQuery = x or
// page.Err = x through a pointer — is not tracked by reaching definitions
// (reaching.go): everything stored into it is joined into one value. That join is kept
// (env, for the summaries and the other readers), and beside it each such
// store is remembered with the statement or call making it (its site). A
// read of the local (localTaint) then joins what the local's definitions
// hold with only the mutations that may run before it, by a structural
// test on the syntax tree (mayPrecede):
//
//   - a mutation in one clause of a switch, type switch or select does not
//     reach a read in another clause of it (no fallthrough in it), nor does
//     one in an if's Body reach a read in its Else, or the reverse;
//   - a mutation starting after the read does not reach it, when the read
//     takes a snapshot (q.Encode(), u.String(), sb.String(), a struct value,
//     an argument of a sink, a return);
//   - a mutation in a statement list (below what it shares with the read)
//     that ends in a return or a panic, with no break or continue on the
//     way, does not reach a read outside it.
//
// None applies, and the mutation reaches, when a loop encloses both
// (the next iteration runs it first), when either is in a function
// literal the other is not in, or in a defer or go statement, or when the
// unit has a goto. Nor for a shared local, whose object may outlive the
// call and carry one call's mutation to the next call's read: one
// mentioned in a defer or go statement or a closure, or of a reference
// type (map, pointer, slice, ...) not made by the function (a parameter,
// reply := s.lastReply). A mutation before the switch, in the sink's own
// clause, or by a helper called before it (the call is its site) still
// reaches.

// mutation is what a store into a local's contents put there, and where.
type mutation struct {
	site ast.Node
	t    taint
}

// mutations is the per-unit record of those stores, and the parent links
// the structural test walks (built on the first question).
type mutations struct {
	plain  map[*types.Var]taint // what the local's other stores hold (parameters included)
	muts   map[*types.Var][]mutation
	parent map[ast.Node]ast.Node
	gotos  bool
	memo   map[[2]ast.Node]bool
	// shared: locals whose object may outlive the branch: given to a defer
	// or go statement or a closure, or of a reference type holding what
	// the function did not make (a parameter, a field, another local).
	shared map[*types.Var]bool
	made   map[*types.Var]bool // locals given a new value (fresh) here
}

// beginMutation makes the stores being done mutations of the locals they
// reach, made at site, unless a site is set already; end restores.
func (fs *fstate) beginMutation(site ast.Node) (end func()) {
	if fs.mutSite != nil || site == nil {
		return func() {}
	}
	fs.mutSite = site
	return func() { fs.mutSite = nil }
}

// noteStore records t stored into local v: at the mutation site being
// stored through, or plainly.
func (fs *fstate) noteStore(v *types.Var, t taint) {
	m := fs.mutState()
	if fs.mutSite == nil {
		old, ok := m.plain[v]
		if nt := join(old, t); !ok || raised(old, nt) {
			m.plain[v] = nt
			fs.changed = true
		}
		return
	}
	list := m.muts[v]
	for i := range list {
		if list[i].site == fs.mutSite {
			if nt := join(list[i].t, t); raised(list[i].t, nt) {
				list[i].t = nt
				fs.changed = true
			}
			return
		}
	}
	m.muts[v] = append(list, mutation{site: fs.mutSite, t: t})
	fs.changed = true
}

// raised reports whether nt says more than old, as env compares them.
func raised(old, nt taint) bool {
	return nt.kind != old.kind || nt.params != old.params || nt.calls != old.calls || nt.narrow != old.narrow || nt.narrowTo != old.narrowTo
}

func (fs *fstate) mutState() *mutations {
	if fs.mv == nil {
		fs.mv = &mutations{plain: map[*types.Var]taint{}, muts: map[*types.Var][]mutation{}}
		for v, t := range fs.env { // parameters' values at entry
			fs.mv.plain[v] = t
		}
	}
	return fs.mv
}

// envAt is what local v may hold where it is read (at), from its
// flow-insensitive stores: the plain ones, and the mutations that may run
// before at.
func (fs *fstate) envAt(v *types.Var, at ast.Expr) taint {
	m := fs.mv
	if m == nil || at == nil || len(m.muts[v]) == 0 {
		return fs.env[v]
	}
	if m.parent == nil {
		fs.buildParents()
	}
	if m.shared[v] || !m.made[v] && isReference(v.Type()) {
		return fs.env[v] // a parameter, or what someone else made
	}
	t := m.plain[v]
	for _, mu := range m.muts[v] {
		if fs.mayPrecede(mu.site, at) {
			t = join(t, mu.t)
		}
	}
	return t
}

// mayPrecede reports whether the mutation at site may run before read at.
func (fs *fstate) mayPrecede(site ast.Node, at ast.Expr) bool {
	m := fs.mv
	if m.gotos {
		return true
	}
	key := [2]ast.Node{site, at}
	if r, ok := m.memo[key]; ok {
		return r
	}
	r := fs.precedes(site, at)
	m.memo[key] = r
	return r
}

// buildParents links each node of the unit to its parent, notes a goto,
// and finds the shared locals.
func (fs *fstate) buildParents() {
	m, info := fs.mv, fs.pass.TypesInfo
	m.parent = map[ast.Node]ast.Node{}
	m.memo = map[[2]ast.Node]bool{}
	m.shared = map[*types.Var]bool{}
	m.made = map[*types.Var]bool{}
	made := m.made
	var stack []ast.Node
	var escaping []ast.Node // defer, go statements and closures on the stack
	note := func(lhs ast.Expr, rhs ast.Expr) {
		if id := lhsIdent(lhs); id != nil {
			if v, ok := info.ObjectOf(id).(*types.Var); ok {
				if rhs != nil && fresh(info, rhs) {
					made[v] = true
				} else if isReference(v.Type()) {
					m.shared[v] = true
				}
			}
		}
	}
	ast.Inspect(fs.u.node, func(n ast.Node) bool {
		if n == nil {
			switch stack[len(stack)-1].(type) {
			case *ast.DeferStmt, *ast.GoStmt, *ast.FuncLit:
				escaping = escaping[:len(escaping)-1]
			}
			stack = stack[:len(stack)-1]
			return true
		}
		if len(stack) > 0 {
			m.parent[n] = stack[len(stack)-1]
		}
		switch n := n.(type) {
		case *ast.BranchStmt:
			if n.Tok == token.GOTO {
				m.gotos = true
			}
		case *ast.DeferStmt, *ast.GoStmt, *ast.FuncLit:
			escaping = append(escaping, n)
		case *ast.Ident:
			// a local of the function around it, not of the closure
			if v, ok := info.Uses[n].(*types.Var); ok && len(escaping) > 0 {
				if e := escaping[len(escaping)-1]; v.Pos() < e.Pos() || v.Pos() >= e.End() {
					m.shared[v] = true
				}
			}
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i := range n.Lhs {
					note(n.Lhs[i], n.Rhs[i])
				}
			} else {
				for _, l := range n.Lhs {
					note(l, &ast.CallExpr{}) // a, err := f(): results
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				var rhs ast.Expr = &ast.CompositeLit{} // var b strings.Builder: zero
				if len(n.Values) == len(n.Names) {
					rhs = n.Values[i]
				} else if len(n.Values) > 0 {
					rhs = &ast.CallExpr{}
				}
				note(id, rhs)
			}
		case *ast.RangeStmt:
			note(n.Key, nil)
			if n.Value != nil {
				note(n.Value, nil)
			}
		}
		stack = append(stack, n)
		return true
	})
}

// fresh reports whether e makes a new value: a literal, its address, a
// call's result (not a conversion, nor append of what it is given).
func fresh(info *types.Info, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return true
	case *ast.UnaryExpr:
		_, lit := ast.Unparen(e.X).(*ast.CompositeLit)
		return e.Op == token.AND && lit
	case *ast.CallExpr:
		if e.Fun == nil {
			return true
		}
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() {
			return false
		}
		if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok && id.Name == "append" {
			if _, builtin := info.Uses[id].(*types.Builtin); builtin {
				return false
			}
		}
		return true
	}
	return false
}

// path is n and its ancestors up to the unit's root; nil when n is not in
// the unit.
func (m *mutations) path(n, root ast.Node) []ast.Node {
	var p []ast.Node
	for n != nil {
		p = append(p, n)
		if n == root {
			return p
		}
		n = m.parent[n]
	}
	return nil
}

func (fs *fstate) precedes(site ast.Node, at ast.Expr) bool {
	m := fs.mv
	sp, ap := m.path(site, fs.u.node), m.path(at, fs.u.node)
	if sp == nil || ap == nil {
		return true
	}
	onSite := make(map[ast.Node]int, len(sp))
	for i, n := range sp {
		onSite[n] = i
	}
	ai := 0
	for ; ai < len(ap); ai++ {
		if _, ok := onSite[ap[ai]]; ok {
			break
		}
	}
	if ai == len(ap) {
		return true
	}
	si := onSite[ap[ai]]
	lca := ap[ai]
	// Below the common ancestor: another function, or a deferred or
	// concurrent statement, runs at another time.
	for _, below := range [][]ast.Node{sp[:si], ap[:ai]} {
		for _, n := range below {
			switch n.(type) {
			case *ast.FuncLit, *ast.DeferStmt, *ast.GoStmt:
				return true
			}
		}
	}
	// A loop around both comes round again.
loops:
	for _, n := range ap[ai:] {
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return true
		case *ast.FuncLit:
			break loops
		}
	}
	if terminated(sp[:si]) {
		return false
	}
	if si > 0 && ai > 0 && exclusive(lca, sp[si-1], ap[ai-1], m.parent[lca], sp, si, ap, ai) {
		return false
	}
	if site.Pos() >= at.End() && fs.snapshot(ap, ai) {
		return false
	}
	return true
}

// exclusive reports whether the children cs and ca of their common
// ancestor lca (on the site's path sp and the read's ap) are arms of which
// at most one runs: the Body and the Else of an if, or the bodies of two
// clauses of a switch, type switch or select with no fallthrough.
func exclusive(lca, cs, ca, parent ast.Node, sp []ast.Node, si int, ap []ast.Node, ai int) bool {
	if ifs, ok := lca.(*ast.IfStmt); ok {
		return ifs.Else != nil && (cs == ifs.Body && ca == ifs.Else || cs == ifs.Else && ca == ifs.Body)
	}
	if _, ok := lca.(*ast.BlockStmt); !ok {
		return false
	}
	switch parent.(type) {
	case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
	default:
		return false
	}
	if si < 2 || ai < 2 || !inClauseBody(cs, sp[si-2]) || !inClauseBody(ca, ap[ai-2]) {
		return false
	}
	for _, c := range lca.(*ast.BlockStmt).List {
		if cc, ok := c.(*ast.CaseClause); ok && len(cc.Body) > 0 {
			if b, ok := cc.Body[len(cc.Body)-1].(*ast.BranchStmt); ok && b.Tok == token.FALLTHROUGH {
				return false
			}
		}
	}
	return true
}

// inClauseBody reports whether child, a child of clause c, is one of its
// body's statements (not a case expression or a select's communication,
// evaluated before the clause is chosen).
func inClauseBody(c, child ast.Node) bool {
	var body []ast.Stmt
	switch c := c.(type) {
	case *ast.CaseClause:
		body = c.Body
	case *ast.CommClause:
		body = c.Body
	default:
		return false
	}
	for _, s := range body {
		if s == child {
			return true
		}
	}
	return false
}

// snapshot reports whether the read ap[0] (its ancestors after it, the
// common ancestor with the mutation at ai) takes what the local holds at
// that point and keeps no reference a later mutation could change: a
// return; a call's result or a field or element of no reference type
// (q.Encode(), u.String(), m["k"]); a value of no reference type, not
// addressed; an argument of a sink (http.Redirect, enc.Encode,
// tmpl.Execute).
func (fs *fstate) snapshot(ap []ast.Node, ai int) bool {
	info := fs.pass.TypesInfo
	for _, n := range ap[:ai] {
		if _, ok := n.(*ast.ReturnStmt); ok {
			return true
		}
	}
	at, ok := ap[0].(ast.Expr)
	if !ok || len(ap) < 2 {
		return false
	}
	whole := at
	switch p := ap[1].(type) {
	case *ast.SelectorExpr:
		if p.X == at {
			whole = p
			if len(ap) > 2 {
				if call, ok := ap[2].(*ast.CallExpr); ok && call.Fun == p {
					whole = call
				}
			}
		}
	case *ast.IndexExpr:
		if p.X == at {
			whole = p
		}
	case *ast.UnaryExpr:
		if p.Op == token.AND {
			return false
		}
	}
	if t := info.TypeOf(whole); t != nil && !isReference(t) {
		return true
	}
	if call, ok := whole.(*ast.CallExpr); ok && !sameBase(info.TypeOf(call), info.TypeOf(at)) {
		return true // u.Query(), h.Clone(): a new value, unless it is the receiver again
	}
	if whole != at {
		return false
	}
	// An argument of a sink, which writes it there and then (not of a
	// setter that keeps it: c.Set("view", data), then data["error"] = msg).
	call, ok := ap[1].(*ast.CallExpr)
	if !ok || call.Fun == at {
		return false
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn != nil && len(fs.match(fn, call)) > 0
}

// isReference reports whether a value of type t may share what it refers
// to with the local it was read from.
func isReference(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Slice, *types.Chan, *types.Signature, *types.Interface:
		return true
	}
	return false
}

// sameBase reports whether a and b are the same type, or pointers to it:
// a method returning its receiver (a builder's b.Set(k, v) *Builder).
func sameBase(a, b types.Type) bool {
	if a == nil || b == nil {
		return true
	}
	return types.Identical(typex.Deref(a), typex.Deref(b))
}

// terminated reports whether the mutation (sp[0]) sits in a statement list
// below the common ancestor (sp, up to it) that ends in a return or a panic
// with no break or continue on the way: control never leaves that list to
// reach the read (if failed { data["reason"] = msg; log(data); return }).
func terminated(sp []ast.Node) bool {
	for k := 1; k < len(sp); k++ {
		var list []ast.Stmt
		switch n := sp[k].(type) {
		case *ast.BlockStmt:
			list = n.List
		case *ast.CaseClause:
			list = n.Body
		case *ast.CommClause:
			list = n.Body
		default:
			continue
		}
		for i, st := range list {
			if st != sp[k-1] {
				continue
			}
			if exits(list[len(list)-1]) && !leaves(list[i:]) {
				return true
			}
			break
		}
	}
	return false
}

// leaves reports whether a break or continue in stmts may leave them: one
// not of a nested loop, switch or select, or one naming a label.
func leaves(stmts []ast.Stmt) bool {
	found := false
	var visit func(n ast.Node, nested bool)
	visit = func(n ast.Node, nested bool) {
		ast.Inspect(n, func(c ast.Node) bool {
			if found || c == nil {
				return false
			}
			switch c := c.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				if c != n {
					visit(c, true)
					return false
				}
			case *ast.BranchStmt:
				if (c.Tok == token.BREAK || c.Tok == token.CONTINUE) && (!nested || c.Label != nil) {
					found = true
				}
			}
			return true
		})
	}
	visit(&ast.BlockStmt{List: stmts}, false)
	return found
}
