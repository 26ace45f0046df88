package rawexposure

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// unit is a function body, or a package-level var declaration (whose
// function literals are handlers too).
type unit struct {
	file      *ast.File
	node      ast.Node
	fn        *types.Func // nil for a var declaration
	generated bool        // in a generated file: summarized, not reported
}

// fstate is the state of one unit: what each local variable may hold
// (flow-insensitively in env; per definition in loc, reaching.go), and
// which locals are HTTP responses.
type fstate struct {
	*state
	u       unit
	env     map[*types.Var]taint
	resp    map[*types.Var]bool
	docsOut map[*types.Var]bool // documents handed out (pdfdocs.go), memoized
	changed bool
	report  bool
	sum     *summary
	pending []pending
	sig     *types.Signature // the unit's signature, nil for a var declaration
	values  *valueState      // function values and literals (funcvalues.go)

	loc      *locals             // flow-sensitive locals (reaching.go), nil when none
	defining *ast.Ident          // the identifier flowNode is defining, if any
	partial  bool                // defining is a field store's local (reaching.go)
	cleared  map[*types.Var]bool // error variables a sentinel guard holds (sentinelguard.go)
	lfields  map[lfield]taint    // what the unit stores in fields of its fresh locals (instfields.go)

	nilBranches *[]nilBranch               // the unit's if r == nil branches (nilresult.go), once found
	returned    map[*ast.CompositeLit]bool // literals the unit returns (fields.go), once needed
	parseFails  *[]parseBranch             // the unit's parse-failure branches (parsefail.go), once found
	builder     uint8                      // status builder (builders.go): 0 unknown, 1 yes, 2 no
	fixAddr     bool                       // targets replaces a local under & (fix.go's last resort)
	bodies      map[*types.Var]bool        // locals holding a SurePassID answer's bytes (rawbody.go), once found

	cur     ast.Node   // the node flowNode is storing for
	mutSite ast.Node   // the site of the mutation being stored, if any (branches.go)
	mv      *mutations // the unit's mutations of locals (branches.go), once one is stored
}

func (st *state) analyze(u unit, report bool) {
	var sig *types.Signature
	if u.fn != nil {
		sig, _ = u.fn.Type().(*types.Signature)
	}
	fs := st.newFstate(u, sig, report)
	fs.solve()
	if report {
		fs.checkReturns()        // returns.go
		fs.checkResponders()     // swagger.go
		fs.checkErrorResponder() // strict.go
	}
	fs.flush()
	if u.fn != nil && !report {
		old := st.funcs[u.fn]
		sum := mergeSummary(old, fs.sum)
		if !sameSummary(old, sum) {
			st.funcs[u.fn] = sum
			st.changed = true
			st.touch(u.fn)
			if st.onRise != nil {
				st.onRise(st.cur)
			}
		}
	}
}

// newFstate prepares the analysis of unit u, a function of signature sig
// (nil for a var declaration): its parameters carry their own bits.
func (st *state) newFstate(u unit, sig *types.Signature, report bool) *fstate {
	fs := &fstate{state: st, u: u, env: map[*types.Var]taint{}, resp: map[*types.Var]bool{}, report: report, sig: sig}
	if sig != nil {
		for i := 0; i < sig.Params().Len(); i++ {
			fs.env[sig.Params().At(i)] = taint{params: 1 << min(i, receiverBit-1)}
		}
		if sig.Recv() != nil {
			fs.env[sig.Recv()] = taint{params: 1 << receiverBit}
		}
		if report && u.fn != nil && errorResponder(st.pass, u.fn) {
			// ogen's NewError is given the errors the operations return (strict.go).
			errp := sig.Params().At(sig.Params().Len() - 1)
			fs.env[errp] = join(fs.env[errp], st.handlerErrors(u.fn))
		}
		fs.sum = &summary{results: make([]taint, sig.Results().Len()), sinks: map[int]paramSink{}}
	}
	fs.markPageBuffers() // lambdapages.go
	return fs
}

// solve runs the unit's flow to a fixed point, then checks its calls and
// collects its returns.
//
// The loop has no cap: it stops because every store only ever raises what
// it stores into, and each walk that sets fs.changed has raised at least one
// of finitely many finite-height values. An entry of env, of loc.defs, of
// fields or of globals goes from absent to a taint whose kind rises at
// most three times (kNone < kCodeValue < kCode < kMessage) and whose
// parameter bits only gain (at most 64); loc.stored and resp only go from
// false to true. So the number of walks is at most 1 + the number of those
// values times 68, and in practice two or three.
func (fs *fstate) solve() {
	fs.initLocals(fs.env)
	for {
		fs.changed = false
		fs.walk(fs.u.node, false, fs.flowNode)
		if !fs.changed {
			break
		}
	}
	fs.walk(fs.u.node, false, fs.finalNode)
}

// mergeSummary returns old joined with new: a function's summary only
// rises from one analysis of it to the next, which is what bounds the
// worklist (see run). Where both say something of a parameter's sink, old's
// description stays; a result keeps old's description unless its kind rises.
func mergeSummary(old, new *summary) *summary {
	if old == nil || new == nil {
		if old == nil {
			return new
		}
		return old
	}
	out := &summary{results: make([]taint, max(len(old.results), len(new.results))), sinks: map[int]paramSink{}}
	for i := range out.results {
		var a, b taint
		if i < len(old.results) {
			a = old.results[i]
		}
		if i < len(new.results) {
			b = new.results[i]
		}
		out.results[i] = join(a, b)
	}
	if old.nilRes != nil && new.nilRes != nil && len(old.nilRes) == len(new.nilRes) {
		out.nilRes = make([]taint, len(new.nilRes))
		for i := range out.nilRes {
			out.nilRes[i] = join(old.nilRes[i], new.nilRes[i])
		}
	}
	out.loud, out.quieted = old.loud|new.loud, old.quieted|new.quieted
	for k, v := range new.sinks {
		out.sinks[k] = v
	}
	for k, v := range old.sinks {
		if nw, ok := new.sinks[k]; ok {
			v = mergeSink(v, nw) // narrow.go
		}
		out.sinks[k] = v
	}
	for _, m := range []map[*types.Var]uint64{old.stores, new.stores} {
		for f, bits := range m {
			if out.stores == nil {
				out.stores = map[*types.Var]uint64{}
			}
			out.stores[f] |= bits
		}
	}
	return out
}

func sameSummary(a, b *summary) bool {
	if a == nil || b == nil {
		return a == b
	}
	if len(a.results) != len(b.results) || len(a.sinks) != len(b.sinks) || a.loud != b.loud || a.quieted != b.quieted {
		return false
	}
	for i := range a.results {
		x, y := a.results[i], b.results[i]
		if x.kind != y.kind || x.from != y.from || x.params != y.params || x.calls != y.calls || x.unsent != y.unsent {
			return false
		}
	}
	if (a.nilRes == nil) != (b.nilRes == nil) || len(a.nilRes) != len(b.nilRes) {
		return false
	}
	for i := range a.nilRes {
		x, y := a.nilRes[i], b.nilRes[i]
		if x.kind != y.kind || x.from != y.from || x.params != y.params || x.calls != y.calls || x.unsent != y.unsent {
			return false
		}
	}
	for k, v := range a.sinks {
		if b.sinks[k] != v {
			return false
		}
	}
	if len(a.stores) != len(b.stores) {
		return false
	}
	for f, bits := range a.stores {
		if b.stores[f] != bits {
			return false
		}
	}
	return true
}

// walk visits n; inLit tells whether the node is inside a function literal
// (whose returns are not the unit's).
func (fs *fstate) walk(n ast.Node, inLit bool, visit func(ast.Node, bool)) {
	ast.Inspect(n, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok {
			fs.walk(lit.Body, true, visit)
			return false
		}
		if n != nil {
			visit(n, inLit)
		}
		return true
	})
}

// flowNode records what assignments and calls store in variables and fields.
func (fs *fstate) flowNode(n ast.Node, _ bool) {
	info := fs.pass.TypesInfo
	fs.cur = n
	defer func() { fs.cur = nil }()
	switch n := n.(type) {
	case *ast.AssignStmt:
		if len(n.Lhs) == len(n.Rhs) {
			for i, lhs := range n.Lhs {
				if _, _, ok := fs.fieldTarget(lhs); ok {
					continue // a field sink: reported there (fields.go)
				}
				t := fs.guardStore(n, fs.sentinelStore(n, n.Rhs[i], fs.eval(n.Rhs[i])))
				if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
					t = join(t, fs.eval(lhs))
				}
				fs.defining, fs.partial = defining(fs.pass.TypesInfo, fs.ownedPtrs(), lhs)
				fs.store(lhs, t, n.Rhs[i])
				fs.defining, fs.partial = nil, false
			}
		} else if len(n.Rhs) == 1 {
			ts := fs.evalTuple(n.Rhs[0], len(n.Lhs))
			for i, lhs := range n.Lhs {
				var rhs ast.Expr
				if i == 0 {
					rhs = n.Rhs[0] // w, err := conn.NextWriter(...): w writes to the client
				}
				fs.defining, fs.partial = defining(fs.pass.TypesInfo, fs.ownedPtrs(), lhs)
				fs.store(lhs, fs.guardStore(n, ts[i]), rhs)
				fs.defining, fs.partial = nil, false
			}
		}
	case *ast.ValueSpec:
		if len(n.Names) == len(n.Values) {
			for i, id := range n.Names {
				fs.defining = id
				fs.store(id, fs.guardStore(n, fs.eval(n.Values[i])), n.Values[i])
				fs.defining = nil
			}
		} else if len(n.Values) == 1 {
			ts := fs.evalTuple(n.Values[0], len(n.Names))
			for i, id := range n.Names {
				fs.defining = id
				fs.store(id, fs.guardStore(n, ts[i]), nil)
				fs.defining = nil
			}
		}
	case *ast.RangeStmt:
		t := fs.eval(n.X)
		if n.Key != nil {
			fs.store(n.Key, t, nil)
		}
		if n.Value != nil {
			fs.store(n.Value, t, nil)
		}
	case *ast.TypeSwitchStmt:
		var x ast.Expr
		if a, ok := n.Assign.(*ast.AssignStmt); ok && len(a.Rhs) == 1 {
			if ta, ok := ast.Unparen(a.Rhs[0]).(*ast.TypeAssertExpr); ok {
				x = ta.X
			}
		}
		if x != nil {
			t := fs.eval(x)
			for _, c := range n.Body.List {
				if v, ok := info.Implicits[c].(*types.Var); ok {
					ct := t
					if k := namedKey(v.Type()); k != "" {
						ct = narrowed(ct, k) // case *apierr.Error: only those errors (narrow.go)
					}
					fs.storeVar(v, fit(ct, v.Type()))
				}
			}
		}
	case *ast.CompositeLit:
		// Fields of named struct types remember what is stored in them.
		if s, ok := typex.Deref(info.TypeOf(n)).Underlying().(*types.Struct); ok {
			for i, elt := range n.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok {
						if v, ok := info.Uses[id].(*types.Var); ok && v.IsField() && !fs.litSinkField(n, i, elt) {
							fs.storeField(v, fs.guardStore(n, join(fs.eval(kv.Value), fs.boxedResponse(v, kv.Value))))
						}
					}
				} else if i < s.NumFields() && !fs.litSinkField(n, i, elt) {
					fs.storeField(s.Field(i), fs.guardStore(n, join(fs.eval(elt), fs.boxedResponse(s.Field(i), elt))))
				}
			}
		}
	case *ast.SendStmt:
		// errc <- err: the channel holds what is sent (aggregates.go).
		fs.store(n.Chan, fs.eval(n.Value), nil)
	case *ast.CallExpr:
		fs.callEffects(n)
	}
}

// callEffects records what a call stores through its arguments:
// errors.As(err, &target), sb.WriteString(msg), fmt.Fprintf(&buf, ...).
func (fs *fstate) callEffects(call *ast.CallExpr) {
	defer fs.beginMutation(call)() // q.Set(k, c), sb.WriteString(msg) (branches.go)
	fn, _ := typeutil.Callee(fs.pass.TypesInfo, call).(*types.Func)
	if fn != nil {
		fs.ctorStores(call, fn) // ctorstores.go
	}
	if fn == nil || fs.decodeEffects(call) || fs.aggregateEffects(call) || fs.setterEffects(call, fn) || fs.scopedStore(call, fn) { // aggregates.go, sinks_oauth.go, scoped.go
		return
	}
	if optSetter(fn, call) { // opt.SetTo(msg) (strict.go)
		fs.store(ast.Unparen(call.Fun).(*ast.SelectorExpr).X, fs.eval(call.Args[0]), nil)
		return
	}
	switch {
	case errorsFunc(fn, "As") && len(call.Args) == 2:
		if !fs.ownErrorTarget(call.Args[1]) {
			t := fs.eval(call.Args[0])
			if k := asTargetType(fs.pass.TypesInfo, call.Args[1]); k != "" {
				t = narrowed(t, k) // narrow.go
			}
			fs.store(call.Args[1], join(t, fs.asCarrier(call.Args[1], call)), nil) // callbacks.go
		}
	case headerWriters[funcKey(fn)]:
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && !fs.isResponse(id) {
				t := taint{}
				for _, a := range call.Args {
					t = join(t, fs.eval(a))
				}
				fs.store(id, fit(t, types.Typ[types.String]), nil)
			}
		}
	case sinkWriters[fn.Name()] && isMethod(fn) && propagators[pkgPath(fn)]:
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			t := taint{}
			for _, a := range call.Args {
				t = join(t, fs.eval(a))
			}
			fs.store(sel.X, fit(t, types.Typ[types.String]), nil)
		}
	default:
		// A writer sink writing into something else than a response
		// (fmt.Fprintf(&buf, ...), tmpl.Execute(&buf, data)) fills it.
		for _, s := range fs.match(fn, call) {
			if s.Writer < 0 || s.Writer >= len(call.Args) || fs.isResponse(call.Args[s.Writer]) {
				continue
			}
			t := taint{}
			for i, a := range call.Args {
				if s.covers(i) {
					at := fs.eval(a)
					if at.unsent && reflectSinks[s.Pkg+"."+s.Recv+"."+s.Name] {
						at.kind = kNone // a template writes no unexported field (exposed.go)
					}
					t = join(t, at)
				}
			}
			fs.store(call.Args[s.Writer], fit(t, types.Typ[types.String]), nil)
		}
	}
}

// ownErrorTarget reports whether target, errors.As's second argument, points
// to a struct error type (or a pointer to one) declared in the package: an
// error funnel's own type (an adapter writing only *apiError, a fixed text
// for every other error). What the target then holds is what the package
// stores in that type's fields (followed as fields are), not the text of
// whatever error was unwrapped: a wrapped client error is not an *apiError.
func (fs *fstate) ownErrorTarget(target ast.Expr) bool {
	p, ok := types.Unalias(fs.pass.TypesInfo.TypeOf(target)).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(typex.Deref(p.Elem())).(*types.Named)
	if !ok || n.Obj().Pkg() != fs.pass.Pkg {
		return false
	}
	_, isStruct := n.Underlying().(*types.Struct)
	return isStruct
}

// guardStore is what statement or literal n stores when it stores t: no
// raw value where a guard proves the code harmless (storeGuarded, guards.go).
func (fs *fstate) guardStore(n ast.Node, t taint) taint {
	if fs.storeGuarded(n, t) {
		return taint{params: t.params}
	}
	return t
}

// store records that lhs may hold t. rhs, when known, is the value stored
// (to spot HTTP responses kept in locals).
func (fs *fstate) store(lhs ast.Expr, t taint, rhs ast.Expr) {
	info := fs.pass.TypesInfo
	lhs = ast.Unparen(lhs)
	switch e := lhs.(type) {
	case *ast.Ident:
		v, _ := info.ObjectOf(e).(*types.Var)
		if v == nil {
			return
		}
		if rhs != nil && !fs.resp[v] && fs.isResponse(rhs) {
			fs.resp[v] = true
			fs.changed = true
		}
		fs.storeVar(v, fit(t, v.Type()))
	case *ast.SelectorExpr:
		defer fs.beginMutation(fs.cur)() // u.RawQuery = x: a mutation of u (branches.go)
		whole := t
		if s, ok := info.Selections[e]; ok && s.Kind() == types.FieldVal {
			if v, ok := s.Obj().(*types.Var); ok {
				// a response stored whole as an any: the field only (rawbody.go)
				fs.storeField(v, fit(join(t, fs.boxedResponse(v, rhs)), v.Type()))
				fs.storeFreshField(e.X, v, t) // instfields.go
				if whole.kind != kNone && len(s.Index()) == 1 && fs.hiddenVar(info.TypeOf(e.X), v) {
					whole.unsent = true // e.vendorText = msg (exposed.go)
				}
			}
		}
		fs.store(e.X, whole, nil)
	case *ast.IndexExpr:
		defer fs.beginMutation(fs.cur)()
		fs.store(e.X, t, nil)
	case *ast.StarExpr:
		defer fs.beginMutation(fs.cur)()
		fs.store(e.X, t, nil)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			defer fs.beginMutation(fs.cur)()
			fs.store(e.X, t, nil)
		}
	}
}

func (fs *fstate) storeVar(v *types.Var, t taint) {
	if t.clean() {
		if fs.partial {
			fs.noteLocal(v, t) // the other fields keep their values
		}
		return
	}
	if v.Pkg() != nil && v.Parent() == v.Pkg().Scope() && v.Pkg() == fs.pass.Pkg {
		// Package-level variables: only raw values, not parameters.
		t.params = 0
		if t.kind == kNone {
			return
		}
		old := fs.globals[v]
		if nt := join(old, t); nt.kind != old.kind {
			fs.globals[v] = nt
			fs.state.changed = true
			fs.changed = true
			fs.touch(v)
		}
		return
	}
	fs.noteLocal(v, t)
	fs.noteStore(v, t) // branches.go
	old, ok := fs.env[v]
	nt := join(old, t)
	if !ok || nt.kind != old.kind || nt.params != old.params || nt.calls != old.calls || nt.narrow != old.narrow || nt.narrowTo != old.narrowTo {
		fs.env[v] = nt
		fs.changed = true
	}
}

func (fs *fstate) storeField(v *types.Var, t taint) {
	fs.noteParamStore(v, t) // ctorstores.go
	if t.kind == kNone || fs.spid.FieldRole(v) != spid.RoleNone || v.Pkg() != nil && exchangePkgs[v.Pkg().Path()] {
		return
	}
	t = fit(t, v.Type())
	if t.kind == kNone {
		return
	}
	old := fs.fields[v]
	// unsent only while every value stored is (exposed.go)
	unsent := t.unsent && (old.kind == kNone || old.unsent)
	if t.kind > old.kind || old.unsent && !unsent {
		fs.fields[v] = taint{kind: max(t.kind, old.kind), from: fieldName(v, fieldOwner(v)), named: true, unsent: unsent}
		fs.state.changed = true
		fs.changed = true
		fs.touch(v)
	}
}

// fieldOwner finds the named type declaring field v, for messages.
func fieldOwner(v *types.Var) types.Type {
	if v.Pkg() == nil {
		return nil
	}
	scope := v.Pkg().Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok {
			if s, ok := tn.Type().Underlying().(*types.Struct); ok {
				for i := 0; i < s.NumFields(); i++ {
					if s.Field(i) == v {
						return tn.Type()
					}
				}
			}
		}
	}
	return nil
}

// evalTuple evaluates a multi-value expression for n left-hand sides.
func (fs *fstate) evalTuple(e ast.Expr, n int) []taint {
	out := make([]taint, n)
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		rs := fs.callResults(call)
		for i := range out {
			if i < len(rs) {
				out[i] = rs[i]
			}
		}
		if n > 0 && out[0].clean() {
			// v, err := jsonparser.GetString(body, "errorMessage"): a
			// read by key gives its first result the role, as alone.
			out[0] = fs.untypedSource(call)
		}
		return out
	}
	// v, ok := m[k] / x.(T) / <-ch: the value, then a boolean.
	out[0] = fs.eval(e)
	return out
}

// eval returns what expression e may carry.
func (fs *fstate) eval(e ast.Expr) taint {
	t := fs.evalExpr(e)
	if (t.kind == kCodeValue || t.kind == kCode) && fs.unparsed(e) { // parsefail.go
		return taint{params: t.params}
	}
	return t
}

func (fs *fstate) evalExpr(e ast.Expr) taint {
	info := fs.pass.TypesInfo
	if e == nil {
		return taint{}
	}
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		return taint{} // constants
	}
	switch e := e.(type) {
	case *ast.ParenExpr:
		return fs.eval(e.X)
	case *ast.Ident:
		if t := fs.evalObj(info.ObjectOf(e), e); !t.clean() {
			return t
		}
		return fs.untypedSource(e) // the value of a member walk, in the branch its key names (spid's pairkeys.go)
	case *ast.SelectorExpr:
		if s, ok := info.Selections[e]; ok {
			if s.Kind() != types.FieldVal {
				return taint{}
			}
			return fs.evalField(e, s)
		}
		return fs.evalObj(info.ObjectOf(e.Sel), e) // pkg.Var
	case *ast.CallExpr:
		rs := fs.callResults(e)
		if len(rs) == 0 || rs[0].clean() {
			return fs.untypedSource(e)
		}
		return rs[0]
	case *ast.BinaryExpr:
		switch e.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ, token.LAND, token.LOR:
			return taint{}
		}
		return fit(join(fs.eval(e.X), fs.eval(e.Y)), info.TypeOf(e))
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return taint{}
		}
		return fs.eval(e.X)
	case *ast.StarExpr:
		return fs.eval(e.X)
	case *ast.IndexExpr:
		if tv, ok := info.Types[e.X]; ok && !tv.IsValue() {
			return taint{} // generic instantiation
		}
		// The element comes from the container, not from the key: a
		// constant code→message table is safe.
		if t := fs.untypedSource(e); !t.clean() {
			return t
		}
		return fit(fs.eval(e.X), info.TypeOf(e))
	case *ast.SliceExpr:
		return fs.eval(e.X)
	case *ast.TypeAssertExpr:
		t := fs.eval(e.X)
		if k := namedKey(info.TypeOf(e.Type)); e.Type != nil && k != "" {
			t = narrowed(t, k) // err.(*apierr.Error): only those errors (narrow.go)
		}
		return fit(t, info.TypeOf(e))
	case *ast.CompositeLit:
		t := taint{}
		for i, elt := range e.Elts {
			if fs.litSinkField(e, i, elt) {
				continue // a field sink: reported there (fields.go)
			}
			if fs.unencoded(e, i, elt) {
				continue // json:"-": an encoder never writes it
			}
			val := elt
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				val = kv.Value
			}
			et := fs.eval(val)
			if et.kind != kNone && fs.hiddenField(e, i, elt) {
				et.unsent = true // an unexported field no method reads (exposed.go)
			}
			t = join(t, et)
		}
		return fit(fs.errorText(e, t), info.TypeOf(e)) // errtext.go
	case *ast.KeyValueExpr:
		return fs.eval(e.Value)
	}
	return taint{}
}

func (fs *fstate) evalObj(obj types.Object, at ast.Expr) taint {
	v, ok := obj.(*types.Var)
	if !ok || fs.cleared[v] {
		return taint{}
	}
	var t taint
	if v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
		fs.reads(v)
		t = fs.globals[v]
	} else {
		t = fs.localTaint(v, at)
		if nt, ok := fs.nilBranchTaint(v, at); ok { // nilresult.go
			t = nt
		}
		if nt, ok := fs.discrTaint(v, at); ok { // discr.go
			t = nt
		}
		t = join(t, fs.rawBody(v, at)) // rawbody.go
	}
	t = join(t, fs.errorTypeTaint(v.Type(), at)) // funcvalues.go
	if fs.spid.IsCodeType(v.Type()) {
		if t.kind == kNone {
			t = join(t, taint{kind: kCodeValue, from: exprString(at), pos: at.Pos()})
		}
		if t.code == "" {
			// The variable is a code: the fix can show its UserMessage.
			t.code, t.codeRoot, t.codeRC = exprString(at), v, typex.IsNamed(v.Type(), spid.CodesPath, "ReturnCode")
			if root := rootIdent(at); root != nil {
				t.codeRoot = fs.pass.TypesInfo.ObjectOf(root)
			}
		}
	}
	return t
}

// evalField handles x.f: the recognized SurePassID fields are the sources;
// fields something raw was stored in carry it; other fields of a raw
// struct (its type, its status) carry nothing.
func (fs *fstate) evalField(e *ast.SelectorExpr, s *types.Selection) taint {
	info := fs.pass.TypesInfo
	v, _ := s.Obj().(*types.Var)
	if v == nil {
		return taint{}
	}
	switch fs.spid.ExprRole(info, e) {
	case spid.RoleMessage:
		t := taint{kind: kMessage, from: exprString(e), pos: e.Pos()}
		fs.siblingCode(e.X, &t)
		return t
	case spid.RoleCode:
		t := taint{kind: kCodeValue, from: exprString(e), pos: e.Pos()}
		if root := rootIdent(e); root != nil {
			t.code, t.codeRoot, t.codeRC = exprString(e), info.ObjectOf(root), typex.IsNamed(v.Type(), spid.CodesPath, "ReturnCode")
		}
		return t
	}
	if row, ok := fs.fieldSinkOf(v); ok && errorCtorWhats[row.What] {
		// fe.Message of a framework error: what an error handler sends
		// of the errors built by fiber.NewError or echo.NewHTTPError.
		if fs.eval(e.X).params != 0 {
			return taint{params: 1 << ctorMsgBit}
		}
	}
	if t, ok := fs.scopedField(e, v); ok { // scoped.go
		return t
	}
	if t, ok := fs.freshField(e.X, v); ok { // an instance of the unit's own (instfields.go)
		return t
	}
	if t := fs.rawResponseBody(e); !t.clean() { // rawbody.go
		return t
	}
	fs.reads(v)
	if ft, ok := fs.fields[v]; ok && ft.kind != kNone {
		if t, ok := fs.originField(e.X, v); ok { // a value whose origin carries nothing raw (resultfields.go)
			return t
		}
		ft.pos = e.Pos()
		return ft
	}
	return taint{}
}

// untypedSource is what e carries as a loosely typed read of a response
// that spid recognizes (m["errorMessage"] of a decoded map, gjson's
// res.Get("errorMessage").String(), a json.Number code): the raw message
// or code, with no code field for the fix to show (a generic message
// replaces it).
func (fs *fstate) untypedSource(e ast.Expr) taint {
	if fs.sanitized(e) {
		return taint{}
	}
	switch fs.spid.LooseRole(fs.pass.TypesInfo, e) {
	case spid.RoleMessage:
		return taint{kind: kMessage, from: exprString(e), pos: e.Pos()}
	case spid.RoleCode:
		return taint{kind: kCodeValue, from: exprString(e), pos: e.Pos()}
	}
	return taint{}
}

// sanitized reports whether e is a sanitizer's result under conversions,
// parsing and formatting (spid.Operand): pinv1.Outcome(codes.UserCode(c))
// and strconv.Itoa(int(codes.UserCode(c))) carry a codes.ReturnCode, but
// one a user may see.
func (fs *fstate) sanitized(e ast.Expr) bool {
	info := fs.pass.TypesInfo
	for {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return false
		}
		if fn, _ := typeutil.Callee(info, call).(*types.Func); fn != nil && sanitizers[funcKey(fn)] {
			return true
		}
		op, _ := spid.Operand(info, call)
		if op == nil {
			return false
		}
		e = op
	}
}

// siblingCode finds the code field of the response x whose message is read,
// so that the fix can show codes.UserMessage(x.ErrorCode).
func (fs *fstate) siblingCode(x ast.Expr, t *taint) {
	info := fs.pass.TypesInfo
	root := rootIdent(x)
	if root == nil {
		return
	}
	typ := info.TypeOf(x)
	if typ == nil {
		return
	}
	s, ok := typex.Deref(typ).Underlying().(*types.Struct)
	if !ok {
		return
	}
	// Embedded structs to any depth; seen ends a recursive embedding
	// (through a pointer).
	seen := map[*types.Struct]bool{}
	var search func(s *types.Struct) *types.Var
	search = func(s *types.Struct) *types.Var {
		if seen[s] {
			return nil
		}
		seen[s] = true
		for i := 0; i < s.NumFields(); i++ {
			if fs.spid.FieldRole(s.Field(i)) == spid.RoleCode {
				return s.Field(i)
			}
		}
		for i := 0; i < s.NumFields(); i++ {
			if f := s.Field(i); f.Embedded() {
				if es, ok := typex.Deref(f.Type()).Underlying().(*types.Struct); ok {
					if v := search(es); v != nil {
						return v
					}
				}
			}
		}
		return nil
	}
	f := search(s)
	if f == nil {
		return
	}
	// The promoted name must reach that very field.
	if obj, _, _ := types.LookupFieldOrMethod(typ, true, fs.pass.Pkg, f.Name()); obj != f {
		return
	}
	t.code = exprString(x) + "." + f.Name()
	t.codeRoot = info.ObjectOf(root)
	t.codeRC = typex.IsNamed(f.Type(), spid.CodesPath, "ReturnCode")
}

// callResults returns what each result of call may carry.
func (fs *fstate) callResults(call *ast.CallExpr) []taint {
	return fs.narrowResult(call, fs.callResultsWhole(call)) // narrow.go
}

func (fs *fstate) callResultsWhole(call *ast.CallExpr) []taint {
	info := fs.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) != 1 {
			return nil
		}
		return []taint{fit(fs.eval(call.Args[0]), tv.Type)} // conversion
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := info.Uses[id].(*types.Builtin); ok {
			switch b.Name() {
			case "append", "min", "max":
				t := taint{}
				for _, a := range call.Args {
					t = join(t, fs.eval(a))
				}
				return []taint{fit(t, info.TypeOf(call))}
			}
			return nil
		}
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return fs.valueResults(call) // funcvalues.go
	}
	if ts, ok := fs.scopedLoad(call, fn); ok { // scoped.go
		return ts
	}
	if t, ok := fs.ctorTextCall(call, fn); ok { // fiberapps.go
		return []taint{t}
	}
	if t := fs.clientBody(call, fn); !t.clean() { // rawbody.go
		return []taint{t}
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return nil
	}
	key := funcKey(fn)
	if sanitizers[key] || decodes(fn) {
		return nil // a decode's error names no part of the document (decoders.go)
	}
	if ts, ok := fs.builderResults(call, fn, sig); ok { // builders.go
		return ts
	}
	if op := fs.spid.PointerOperand(info, call); op != nil && fs.summaryOf(fn) == nil {
		// swag.StringValue(p.ErrorMessage), aws.String(msg): the value
		// pointed to or pointed at (spid's derefs.go).
		return []taint{fit(fs.eval(op), sig.Results().At(0).Type())}
	}
	if localizers[key] {
		return fs.localizedResults(call, sig) // i18n.go
	}
	if componentCtor(sig) && len(fs.match(fn, call)) == 0 {
		return fs.componentResults(call, sig) // templ.go
	}
	if s := fs.summaryOf(fn); s == nil && fn.Pkg() != fs.pass.Pkg && optCtor(fn, sig) {
		return []taint{fit(fs.eval(call.Args[0]), sig.Results().At(0).Type())} // oas.NewOptString(msg) (strict.go)
	}
	results := make([]taint, sig.Results().Len())
	recv := fs.receiverTaint(call)
	carrier := isMethod(fn) && (carriers[fn.Name()] && sig.Params().Len() == 0 || collectorAccessor(fn)) // aggregates.go
	if carrier && isCarrier(fn) {
		recv = fs.carrierRecv(fn, recv, call) // only the fields it reads (recvfields.go)
	}
	s := fs.summaryOf(fn)
	if (s == nil || isAbstract(fn)) && !carrier {
		s = fs.dispatchSummary(fn) // an interface method: its implementations' results (dispatch.go)
	}
	if s == nil && !carrier {
		if ts := fs.operationResults(call); ts != nil {
			return ts // an operation no implementation in view answers for (operations.go)
		}
	}
	if s != nil {
		own := fs.accumFrom(call, fn, sig) // instfields.go
		for i := range results {
			if carrier {
				// err.Error(), code.String(): describe the receiver.
				results[i] = fit(recv, sig.Results().At(i).Type())
			}
			if i >= len(s.results) {
				break
			}
			r := s.results[i]
			t := taint{}
			if r.kind != kNone && !own[r.from] && s.passes(i) {
				t = taint{kind: r.kind, from: r.from, named: r.named, pos: call.Pos(), textSafe: r.textSafe, unsent: r.unsent}
			}
			if r.params != 0 {
				t = join(t, fs.argsTaint(call, sig, r.params, recv))
				t.params |= r.params & scopedMask // reads under keys (scoped.go)
			}
			if r.calls != 0 {
				t = join(t, fs.callbackTaint(call, sig, r.calls)) // callbacks.go
			}
			results[i] = join(results[i], fit(t, sig.Results().At(i).Type()))
		}
		if own != nil {
			fs.accumResults(sig, recv, results) // instfields.go
		}
		return results
	}
	if (propagators[pkgPath(fn)] || propagatorFuncs[key] || carrier || marshaler(fn, sig)) && len(fs.match(fn, call)) == 0 && !fs.opsChannel(fn, call) {
		// A sink's results (Encode's or Fprintf's error, a byte count)
		// say nothing about the arguments it wrote.
		t := recv
		marshal := marshaler(fn, sig)
		for _, a := range call.Args {
			at := fs.eval(a)
			if marshal && at.unsent {
				at.kind = kNone // json.Marshal writes no unexported field (exposed.go)
			}
			t = join(t, at)
		}
		for i := range results {
			results[i] = fit(t, sig.Results().At(i).Type())
		}
		parseError(info, call, results) // parsefail.go
	}
	return results
}

// receiverTaint is what the receiver of a method call carries.
func (fs *fstate) receiverTaint(call *ast.CallExpr) taint {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return taint{}
	}
	if s, ok := fs.pass.TypesInfo.Selections[sel]; ok && s.Kind() == types.MethodVal {
		return fs.eval(sel.X)
	}
	return taint{}
}

// argsTaint joins the arguments of call selected by the parameter bits.
func (fs *fstate) argsTaint(call *ast.CallExpr, sig *types.Signature, params uint64, recv taint) taint {
	t := taint{}
	if params&(1<<receiverBit) != 0 {
		t = join(t, recv)
	}
	for i, a := range call.Args {
		p := paramIndex(sig, i)
		if p >= 0 && params&(1<<min(p, receiverBit-1)) != 0 {
			t = join(t, fs.eval(a))
		}
	}
	return t
}

// paramIndex maps argument i to its parameter index (variadic arguments to
// the last parameter); -1 when there is none.
func paramIndex(sig *types.Signature, i int) int {
	n := sig.Params().Len()
	if i < n {
		return i
	}
	if sig.Variadic() && n > 0 {
		return n - 1
	}
	return -1
}

// isResponse reports whether e is an HTTP response writer: a value whose
// type implements http.ResponseWriter, a local holding one, a writer or
// encoder wrapped around one, or its Header(); or another writer to the
// client (a websocket message writer, a fasthttp RequestCtx: clientWriter).
func (fs *fstate) isResponse(e ast.Expr) bool {
	info := fs.pass.TypesInfo
	e = ast.Unparen(e)
	if t := info.TypeOf(e); t != nil && fs.respIfc != nil && !isEmptyInterface(t) && types.Implements(t, fs.respIfc) {
		return true
	}
	if fs.clientWriter(e) { // sinks_web.go
		return true
	}
	switch e := e.(type) {
	case *ast.Ident:
		v, _ := info.ObjectOf(e).(*types.Var)
		return v != nil && (fs.resp[v] || fs.writerParam(v)) // writerparams.go
	case *ast.UnaryExpr:
		return e.Op == token.AND && fs.isResponse(e.X)
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, e).(*types.Func)
		if fn == nil {
			return false
		}
		if (wrappers[funcKey(fn)] || streamEncoderCtor(fn)) && len(e.Args) > 0 {
			return fs.isResponse(e.Args[0])
		}
		if p := fs.writerHelperParam(fn); p >= 0 && p < len(e.Args) {
			return fs.isResponse(e.Args[p]) // enc := begin(w)
		}
		if responseHeaders[funcKey(fn)] {
			return true
		}
		if fn.Name() == "Header" && isMethod(fn) {
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
				return fs.isResponse(sel.X)
			}
		}
	}
	return false
}

// finalNode collects returns into the summary and checks every call
// against the sinks.
func (fs *fstate) finalNode(n ast.Node, inLit bool) {
	switch n := n.(type) {
	case *ast.ReturnStmt:
		if inLit || fs.sum == nil {
			return
		}
		sig := fs.sig
		var ts []taint
		switch {
		case len(n.Results) == 0:
			for i := 0; i < sig.Results().Len(); i++ {
				ts = append(ts, fs.env[sig.Results().At(i)])
			}
		case len(n.Results) == 1 && sig.Results().Len() > 1:
			ts = fs.evalTuple(n.Results[0], sig.Results().Len())
		default:
			for _, r := range n.Results {
				ts = append(ts, fs.sentinelStore(n, r, fs.eval(r))) // sentinelguard.go
			}
		}
		for i := range fs.sum.results {
			if i < len(ts) {
				t := fit(ts[i], sig.Results().At(i).Type())
				if t.kind != kNone && !t.named && fs.u.fn != nil {
					t.from, t.named = funcName(fs.u.fn), true
				}
				t.pos, t.code, t.codeRoot = token.NoPos, "", nil
				if i == len(fs.sum.results)-1 {
					fs.noteReturnedCarrier(n, t) // callbacks.go
				}
				fs.noteReturnSite(n, i, t) // discr.go
				fs.sum.results[i] = join(fs.sum.results[i], t)
				fs.noteQuiet(n, i, t) // reported.go
				if nilEligible(sig) && (len(n.Results) != len(fs.sum.results) || !neverNilFirst(fs.pass.TypesInfo, n.Results[0])) {
					if fs.sum.nilRes == nil {
						fs.sum.nilRes = make([]taint, len(fs.sum.results)) // nilresult.go
					}
					fs.sum.nilRes[i] = join(fs.sum.nilRes[i], t)
				}
			}
		}
	case *ast.CallExpr:
		fs.checkCall(n)
		fs.checkShownCtor(n) // fields.go
	case *ast.CompositeLit:
		fs.checkFieldLit(n) // fields.go
	case *ast.AssignStmt:
		fs.checkFieldAssign(n)
	}
}

// helpers

func funcKey(fn *types.Func) string {
	fn = fn.Origin()
	sig, _ := fn.Type().(*types.Signature)
	if sig != nil && sig.Recv() != nil {
		if n := recvNamed(sig.Recv().Type()); n != nil {
			// A method of a type exported under an alias is named by the
			// exporting package (grpc/status.Status.WithDetails).
			return typex.PkgPath(fn.Pkg()) + "." + n.Obj().Name() + "." + fn.Name()
		}
	}
	return pkgPath(fn) + "." + fn.Name()
}

func recvNamed(t types.Type) *types.Named {
	n, _ := types.Unalias(typex.Deref(t)).(*types.Named)
	return n
}

func pkgPath(fn *types.Func) string {
	if fn.Pkg() == nil {
		return ""
	}
	return fn.Pkg().Path()
}

func isMethod(fn *types.Func) bool {
	sig, _ := fn.Type().(*types.Signature)
	return sig != nil && sig.Recv() != nil
}

func isEmptyInterface(t types.Type) bool {
	i, ok := t.Underlying().(*types.Interface)
	return ok && i.Empty()
}

// rootIdent returns the identifier at the root of a selector chain
// (resp in resp.Body.ErrorCode), or nil for anything else.
func rootIdent(e ast.Expr) *ast.Ident {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return x
		case *ast.SelectorExpr:
			e = x.X
		default:
			return nil
		}
	}
}

func exprString(e ast.Expr) string { return types.ExprString(e) }

// unencoded reports whether element i (elt) of struct literal lit fills a
// field tagged json:"-": a JSON encoder (json.NewEncoder(w).Encode, c.JSON,
// render.Render) skips it, so the literal's value does not carry it. The
// field itself still holds what is stored in it (storeField), for the
// methods that read it (an Error() returning e.Err.Error()).
func (fs *fstate) unencoded(lit *ast.CompositeLit, i int, elt ast.Expr) bool {
	typ := fs.pass.TypesInfo.TypeOf(lit)
	if typ == nil {
		return false
	}
	st, ok := typex.Deref(typ).Underlying().(*types.Struct)
	if !ok {
		return false
	}
	idx := i
	if kv, ok := elt.(*ast.KeyValueExpr); ok {
		id, ok := kv.Key.(*ast.Ident)
		if !ok {
			return false
		}
		idx = -1
		for j := 0; j < st.NumFields(); j++ {
			if st.Field(j).Name() == id.Name {
				idx = j
			}
		}
	}
	return idx >= 0 && idx < st.NumFields() && reflect.StructTag(st.Tag(idx)).Get("json") == "-"
}
