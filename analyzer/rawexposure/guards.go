package rawexposure

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"sort"

	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/codes"
)

// Guards: where a raw value may be written because the code is proved not
// security-relevant (the vendor asks for generic text only for
// security-relevant errors).
//
// A condition proves it (implies) when its outcome implies that the code
// is a published code that is not security-relevant: code == C for such a
// constant C, code != C when false, !code.SecurityRelevant(), a predicate
// function whose fact says so (sp.Delivery(code)), and &&, ||, ! of those.
// A call is guarded when it sits in the body of a switch case listing only
// such codes (tagged or tagless), in the then-branch of an if whose
// condition proves it, or after such a condition on every path from the
// function's entry (an early return) with none of the condition's locals
// assigned in between.

// predFact marks a predicate: a function whose boolean result, when it is
// When, proves that parameter Param (receiverBit: the receiver) is a
// published code that is not security-relevant.
type predFact struct {
	Param int
	When  bool
}

func (*predFact) AFact() {}
func (f *predFact) String() string {
	return fmt.Sprintf("rawexposure(%t implies param %s is not security-relevant)", f.When, bits(1<<f.Param))
}

// subject tells whether an expression is the code a guard is about.
type subject func(ast.Expr) bool

// guarded reports whether call (a sink call, or any node that writes to
// the user), writing hits, sits where the code is proved not
// security-relevant. Past an early return (or in an else branch) a guard
// covers only the message of the response whose code it reads.
func (fs *fstate) guarded(call ast.Node, hits []found) bool {
	path, _ := astutil.PathEnclosingInterval(fs.u.file, call.Pos(), call.End())
	if fs.underGuard(path, fs.isCode) && !fs.refreshed(path, call, hits) || fs.sentinelGuarded(path, call, hits) {
		return true
	}
	held := fs.afterGuard(path, call, fs.isCode)
	if len(held) == 0 {
		return fs.guardedDefs(path, call, hits)
	}
	for _, h := range hits {
		covered := false
		for _, g := range held {
			covered = covered || h.t.codeRoot != nil && g.about[h.t.codeRoot]
		}
		if !covered {
			return false
		}
	}
	return true
}

// guardedDefs reports whether the raw value of every hit comes only from
// definitions of flow-sensitive locals that are guarded on every path from
// the definition to call on which the local keeps that value: msg :=
// resp.ErrorMessage; if code != SMSSendError { msg = "..." }; write(msg).
// The guard must be about the response the message was read from, and that
// response's variable must not be assigned after its declaration.
func (fs *fstate) guardedDefs(path []ast.Node, call ast.Node, hits []found) bool {
	l := fs.loc
	body := enclosingBody(path)
	if l == nil || body == nil {
		return false
	}
	info := fs.pass.TypesInfo
	for _, h := range hits {
		if h.arg == nil {
			return false
		}
		var cleaned []def
		ast.Inspect(h.arg, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			for _, d := range l.r.uses[id] {
				t := l.defs[d]
				if t.kind == kNone || d.id == nil || slices.Contains(cleaned, d) {
					continue
				}
				root, _ := t.codeRoot.(*types.Var)
				if root == nil {
					continue
				}
				if reassigned(info, body, root) {
					continue
				}
				from := definingStmt(path, d.id)
				if from == nil {
					continue
				}
				for _, g := range fs.afterGuardFrom(path, call, fs.isCode, from, d.v) {
					if g.about[root] {
						cleaned = append(cleaned, d)
						break
					}
				}
			}
			return true
		})
		if len(cleaned) == 0 {
			return false
		}
		saved := make([]taint, len(cleaned))
		for i, d := range cleaned {
			saved[i] = l.defs[d]
			l.defs[d] = taint{params: saved[i].params}
		}
		t := fs.sinkArg(h.arg)
		for i, d := range cleaned {
			l.defs[d] = saved[i]
		}
		if t.kind != kNone {
			return false
		}
	}
	return true
}

// reassigned reports whether body (closures included) may assign v other
// than by declaring it.
func reassigned(info *types.Info, body ast.Node, v *types.Var) bool {
	is := func(e ast.Expr) bool {
		id := rootIdent(e)
		return id != nil && info.Uses[id] == v
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && info.Uses[id] == v {
					found = true
				}
			}
		case *ast.IncDecStmt:
			found = found || is(n.X)
		case *ast.UnaryExpr:
			found = found || n.Op == token.AND && is(n.X)
		case *ast.RangeStmt:
			found = found || n.Key != nil && is(n.Key) || n.Value != nil && is(n.Value)
		}
		return !found
	})
	return found
}

// definingStmt returns the statement of the function on path that assigns
// through id, nil if none.
func definingStmt(path []ast.Node, id *ast.Ident) ast.Node {
	body := enclosingBody(path)
	if body == nil {
		return nil
	}
	var out ast.Node
	inspectBody(body, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if lhs == id {
					out = n
				}
			}
		case *ast.ValueSpec:
			for _, name := range n.Names {
				if name == id {
					out = n
				}
			}
		}
	})
	return out
}

// storeGuarded reports whether a raw value t stored by statement n (an
// assignment, a declaration or a composite literal) is guarded there like a
// sink call would be: out.Notice = resp.ErrorMessage under if code ==
// SMSSendError stores nothing raw.
func (fs *fstate) storeGuarded(n ast.Node, t taint) bool {
	if t.kind == kNone || fs.u.file == nil {
		return false
	}
	k := storeKey{n, t.codeRoot}
	if v, ok := fs.storeGuards[k]; ok {
		return v
	}
	if fs.storeGuards == nil {
		fs.storeGuards = map[storeKey]bool{}
	}
	v := fs.guarded(n, []found{{t: t}})
	fs.storeGuards[k] = v
	return v
}

type storeKey struct {
	n    ast.Node
	root types.Object
}

// underGuard reports whether the innermost node of path is in a case body
// or then-branch proving subj harmless.
func (st *state) underGuard(path []ast.Node, subj subject) bool {
	info := st.pass.TypesInfo
	for i, n := range path {
		switch n := n.(type) {
		case *ast.CaseClause:
			if i+2 >= len(path) || len(n.List) == 0 || i == 0 || !inList(n.Body, path[i-1]) {
				continue
			}
			sw, ok := path[i+2].(*ast.SwitchStmt)
			if !ok {
				continue
			}
			if sw.Tag != nil && subj(sw.Tag) && allHarmless(info, n.List) {
				return true
			}
			if sw.Tag == nil && st.allImply(n.List, subj) {
				return true
			}
		case *ast.IfStmt:
			if i > 0 && path[i-1] == n.Body && st.implies(n.Cond, true, subj) {
				return true
			}
		}
	}
	return false
}

// refreshed reports whether a hit's raw value was read from a response
// variable after the variable was assigned again inside a case body or
// then-branch around call: the guard proved the first answer harmless, not
// the one a fallback call returned (case SMSSendError: resp, err =
// sp.SendOTP(ctx, user, "email"); ... resp.ErrorMessage). A value read
// before the assignment (smsCode := resp.ErrorCode) keeps the guard.
func (fs *fstate) refreshed(path []ast.Node, call ast.Node, hits []found) bool {
	info := fs.pass.TypesInfo
	for i, n := range path {
		var body []ast.Stmt
		switch n := n.(type) {
		case *ast.CaseClause:
			body = n.Body
		case *ast.IfStmt:
			if i > 0 && path[i-1] == n.Body {
				body = n.Body.List
			}
		}
		for _, h := range hits {
			if len(body) == 0 || !h.t.pos.IsValid() {
				continue
			}
			// The variable the raw value was read from: the identifier
			// where it entered the function (res in res.Message).
			src, _ := astutil.PathEnclosingInterval(fs.u.file, h.t.pos, h.t.pos)
			if len(src) == 0 {
				continue
			}
			id, _ := src[0].(*ast.Ident)
			if id == nil {
				continue
			}
			v, _ := info.Uses[id].(*types.Var)
			if v == nil {
				continue
			}
			for _, stmt := range body {
				if stmt.Pos() >= call.Pos() {
					break
				}
				hit := false
				ast.Inspect(stmt, func(m ast.Node) bool {
					as, ok := m.(*ast.AssignStmt)
					if !ok || hit || as.End() > h.t.pos || as.Pos() >= call.Pos() {
						return !hit
					}
					for _, lhs := range as.Lhs {
						if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && info.Uses[id] == v {
							hit = true
						}
					}
					return !hit
				})
				if hit {
					return true
				}
			}
		}
	}
	return false
}

func inList(list []ast.Stmt, n ast.Node) bool {
	for _, s := range list {
		if s == n {
			return true
		}
	}
	return false
}

func (st *state) allImply(conds []ast.Expr, subj subject) bool {
	for _, c := range conds {
		if !st.implies(c, true, subj) {
			return false
		}
	}
	return true
}

func (fs *fstate) isCode(e ast.Expr) bool {
	return fs.spid.ExprRole(fs.pass.TypesInfo, e) == spid.RoleCode || fs.eval(e).kind == kCodeValue
}

// implies reports whether cond evaluating to out proves subj harmless.
func (st *state) implies(cond ast.Expr, out bool, subj subject) bool {
	info := st.pass.TypesInfo
	switch c := ast.Unparen(cond).(type) {
	case *ast.Ident:
		if v, ok := info.Uses[c].(*types.Var); ok {
			if e := st.boundCondition(v, c); e != nil {
				return st.implies(e, out, subj)
			}
		}
	case *ast.UnaryExpr:
		return c.Op == token.NOT && st.implies(c.X, !out, subj)
	case *ast.BinaryExpr:
		switch c.Op {
		case token.LOR:
			if out {
				return st.implies(c.X, true, subj) && st.implies(c.Y, true, subj)
			}
			return st.implies(c.X, false, subj) || st.implies(c.Y, false, subj)
		case token.LAND:
			if out {
				return st.implies(c.X, true, subj) || st.implies(c.Y, true, subj)
			}
			return st.implies(c.X, false, subj) && st.implies(c.Y, false, subj)
		case token.EQL, token.NEQ:
			if (c.Op == token.EQL) != out {
				return false
			}
			return subj(c.X) && allHarmless(info, []ast.Expr{c.Y}) ||
				subj(c.Y) && allHarmless(info, []ast.Expr{c.X})
		}
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, c).(*types.Func)
		if fn == nil {
			return false
		}
		sel, _ := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if fn.Name() == "SecurityRelevant" && isMethod(fn) && len(c.Args) == 0 && !out {
			return sel != nil && subj(sel.X)
		}
		p := st.predicate(fn)
		if p == nil || p.When != out {
			return false
		}
		if p.Param == receiverBit {
			if s, ok := info.Selections[sel]; sel != nil && ok && s.Kind() == types.MethodVal {
				return subj(sel.X)
			}
			return false
		}
		sig := fn.Type().(*types.Signature)
		if p.Param < len(c.Args) && !(sig.Variadic() && p.Param >= sig.Params().Len()-1) {
			return subj(c.Args[p.Param])
		}
	}
	return false
}

// boundCondition returns the condition local boolean v was declared with,
// for its read at use (ok := sp.Delivery(code); if ok {), when that is its
// only assignment and none of the locals the condition reads may be
// assigned between the two: not between them in the source, not in a loop
// around the read that does not hold the declaration, not in a closure,
// and the function has no goto. nil otherwise.
func (st *state) boundCondition(v *types.Var, use ast.Expr) ast.Expr {
	b, ok := st.bound[v]
	if !ok {
		if st.bound == nil {
			st.bound = map[*types.Var]*condBinding{}
		}
		b = st.findBound(v)
		st.bound[v] = b
	}
	if b == nil {
		return nil
	}
	for _, p := range b.writes {
		if b.def.End() < p && p < use.Pos() {
			return nil
		}
	}
	for _, l := range b.loops {
		if l.Pos() <= use.Pos() && use.End() <= l.End() && !(l.Pos() <= b.def.Pos() && b.def.End() <= l.End()) {
			for _, p := range b.writes {
				if l.Pos() <= p && p < l.End() {
					return nil
				}
			}
		}
	}
	return b.expr
}

// condBinding is a local boolean's only definition and where the locals its
// condition reads are assigned.
type condBinding struct {
	def    ast.Node
	expr   ast.Expr
	writes []token.Pos
	loops  []ast.Node
}

func (st *state) findBound(v *types.Var) *condBinding {
	info := st.pass.TypesInfo
	if v.IsField() || v.Pkg() != st.pass.Pkg || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	if b, ok := v.Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsBoolean == 0 {
		return nil
	}
	var file *ast.File
	for _, f := range st.pass.Files {
		if f.FileStart <= v.Pos() && v.Pos() < f.FileEnd {
			file = f
		}
	}
	if file == nil {
		return nil
	}
	path, _ := astutil.PathEnclosingInterval(file, v.Pos(), v.Pos())
	if len(path) < 2 {
		return nil
	}
	id, ok := path[0].(*ast.Ident)
	if !ok || info.Defs[id] != v {
		return nil
	}
	b := &condBinding{}
	switch d := path[1].(type) {
	case *ast.AssignStmt:
		if d.Tok == token.DEFINE && len(d.Lhs) == len(d.Rhs) {
			for i, lhs := range d.Lhs {
				if lhs == id {
					b.def, b.expr = d, d.Rhs[i]
				}
			}
		}
	case *ast.ValueSpec:
		if len(d.Names) == len(d.Values) {
			for i, name := range d.Names {
				if name == id {
					b.def, b.expr = d, d.Values[i]
				}
			}
		}
	}
	body := enclosingBody(path)
	if b.expr == nil || body == nil {
		return nil
	}
	reads := map[types.Object]bool{}
	stable := true
	ast.Inspect(b.expr, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if w, ok := info.Uses[id].(*types.Var); ok && !w.IsField() {
				if w.Pkg() != nil && w.Parent() == w.Pkg().Scope() && !types.Implements(w.Type(), errorIface) {
					stable = false // a global other than a sentinel may change
				}
				reads[w] = true
			}
		}
		return true
	})
	ast.Inspect(body, func(n ast.Node) bool {
		if !stable {
			return false
		}
		var objs []types.Object
		switch n := n.(type) {
		case *ast.FuncLit:
			for _, obj := range assigned(info, n.Body) {
				if obj == v || reads[obj] {
					stable = false
				}
			}
		case *ast.BranchStmt:
			if n.Tok == token.GOTO {
				stable = false
			}
		case *ast.ForStmt:
			b.loops = append(b.loops, n)
		case *ast.RangeStmt:
			b.loops = append(b.loops, n)
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if id := rootIdent(e); e != nil && id != nil {
					objs = append(objs, info.ObjectOf(id))
				}
			}
		case *ast.AssignStmt, *ast.ValueSpec, *ast.IncDecStmt, *ast.UnaryExpr:
			objs = assigned(info, n)
		}
		for _, obj := range objs {
			if obj == v && n != b.def {
				stable = false
			}
			if reads[obj] {
				b.writes = append(b.writes, n.Pos())
			}
		}
		return true
	})
	if !stable {
		return nil
	}
	return b
}

// allHarmless reports whether every expression is a constant published
// failure code that is not security-relevant. Success is none: what a
// response says on success is no error text the vendor allows showing.
func allHarmless(info *types.Info, list []ast.Expr) bool {
	for _, e := range list {
		tv, ok := info.Types[e]
		if !ok || tv.Value == nil {
			return false
		}
		c, ok := spid.CodeOf(tv.Value)
		if !ok || !c.Known() || c.SecurityRelevant() || c == codes.Success {
			return false
		}
	}
	return true
}

// predicate returns fn's predicate fact: from this package's analysis or
// imported; nil when fn is no predicate.
func (st *state) predicate(fn *types.Func) *predFact {
	fn = fn.Origin()
	if p, ok := st.preds[fn]; ok {
		return p
	}
	var p *predFact
	if fn.Pkg() != nil && fn.Pkg() != st.pass.Pkg {
		var f predFact
		if st.pass.ImportObjectFact(fn, &f) {
			p = &f
		}
	}
	if st.preds == nil {
		st.preds = map[*types.Func]*predFact{}
	}
	st.preds[fn] = p
	return p
}

// findPredicates finds this package's predicates and exports facts for the
// exported ones. A chain of predicates calling predicates needs a round per
// link declared before the one it calls; there is no cap: a round that finds
// nothing ends the loop, and each other round adds a predicate (none is ever
// removed), so there are at most as many rounds as functions, plus one.
func (st *state) findPredicates(units []unit) {
	if st.preds == nil {
		st.preds = map[*types.Func]*predFact{}
	}
	for {
		found := false
		for _, u := range units {
			if u.fn == nil || st.preds[u.fn] != nil {
				continue
			}
			if p := st.provePredicate(u); p != nil {
				st.preds[u.fn] = p
				found = true
			}
		}
		if !found {
			break
		}
	}
	for fn, p := range st.preds {
		if p != nil && fn.Pkg() == st.pass.Pkg && fn.Exported() {
			st.pass.ExportObjectFact(fn, p)
		}
	}
}

// provePredicate returns the predicate fact of a function returning one
// boolean, when every return either is the constant that proves nothing,
// sits under a guard about the parameter, or returns a condition that
// proves the parameter harmless; the parameter must never be assigned.
func (st *state) provePredicate(u unit) *predFact {
	info := st.pass.TypesInfo
	sig, _ := u.fn.Type().(*types.Signature)
	body, _ := u.node.(*ast.BlockStmt)
	if sig == nil || body == nil || sig.Results().Len() != 1 {
		return nil
	}
	if b, ok := sig.Results().At(0).Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsBoolean == 0 {
		return nil
	}
	// Codes are integers: only integer parameters can be the subject.
	params := map[*types.Var]int{}
	integer := func(v *types.Var) bool {
		b, ok := v.Type().Underlying().(*types.Basic)
		return ok && b.Info()&types.IsInteger != 0
	}
	if sig.Recv() != nil && integer(sig.Recv()) {
		params[sig.Recv()] = receiverBit
	}
	for i := 0; i < sig.Params().Len() && i < receiverBit; i++ {
		if integer(sig.Params().At(i)) {
			params[sig.Params().At(i)] = i
		}
	}
	if len(params) == 0 {
		return nil
	}
	var returns []*ast.ReturnStmt
	inspectBody(body, func(n ast.Node) {
		if r, ok := n.(*ast.ReturnStmt); ok {
			returns = append(returns, r)
		}
	})
	objs := assigned(info, body)
	ast.Inspect(body, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok {
			objs = append(objs, assigned(info, lit.Body)...)
		}
		return true
	})
	for _, obj := range objs {
		if v, ok := obj.(*types.Var); ok {
			delete(params, v)
		}
	}
	if len(returns) == 0 {
		return nil
	}
	order := make([]*types.Var, 0, len(params))
	for v := range params {
		order = append(order, v)
	}
	sort.Slice(order, func(i, j int) bool { return params[order[i]] < params[order[j]] })
	for _, v := range order {
		idx := params[v]
		isV := func(e ast.Expr) bool {
			e = ast.Unparen(e)
			// A conversion of the parameter is the parameter.
			for {
				call, ok := e.(*ast.CallExpr)
				if !ok || len(call.Args) != 1 {
					break
				}
				if tv, ok := info.Types[call.Fun]; !ok || !tv.IsType() {
					break
				}
				e = ast.Unparen(call.Args[0])
			}
			id, ok := e.(*ast.Ident)
			return ok && info.Uses[id] == v
		}
		for _, when := range []bool{true, false} {
			if st.provesWhen(u.file, returns, when, isV) {
				return &predFact{Param: idx, When: when}
			}
		}
	}
	return nil
}

func (st *state) provesWhen(file *ast.File, returns []*ast.ReturnStmt, when bool, subj subject) bool {
	info := st.pass.TypesInfo
	for _, ret := range returns {
		if len(ret.Results) != 1 {
			return false
		}
		r := ret.Results[0]
		if tv, ok := info.Types[r]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool {
			if constant.BoolVal(tv.Value) != when {
				continue // the outcome that proves nothing
			}
		} else if st.implies(r, when, subj) {
			continue
		}
		path, _ := astutil.PathEnclosingInterval(file, ret.Pos(), ret.End())
		if !st.underGuard(path, subj) && len(st.afterGuard(path, ret, subj)) == 0 {
			return false
		}
	}
	return true
}

// afterGuard reports whether every path from the entry of the function
// around call (a sink call, or a predicate's return) to it leaves a
// condition proving subj harmless on the edge it takes (`if
// code.SecurityRelevant() { ...; return }`), with none of the locals the
// condition reads assigned since. It is computed only for calls about to be
// reported and for the returns of boolean functions.
func (st *state) afterGuard(path []ast.Node, call ast.Node, subj subject) []guard {
	return st.afterGuardFrom(path, call, subj, nil, nil)
}

// prover tells what a condition proves on the edge where it is out (reads:
// the locals it reads): nil for nothing. tag is the tag of a tagged switch
// whose case value cond is (nil for a condition). Guards with the same
// reads and about are one: each of the conditions of a case list gives it.
type prover func(cond, tag ast.Expr, out bool, reads map[types.Object]bool) *guard

// codeProver proves subj harmless: the guard is about the response the
// condition's locals were read from.
func (st *state) codeProver(subj subject) prover {
	return func(cond, tag ast.Expr, out bool, reads map[types.Object]bool) *guard {
		if tag != nil || !st.implies(cond, out, subj) {
			return nil
		}
		return &guard{reads: reads, about: st.about(reads)}
	}
}

// afterGuardFrom is afterGuard counting only the paths that go from the
// statement from to call without assigning v again (the paths along which
// the value v was given at from reaches call); from nil means the entry.
func (st *state) afterGuardFrom(path []ast.Node, call ast.Node, subj subject, from ast.Node, v *types.Var) []guard {
	return st.guardsAt(path, call, st.codeProver(subj), from, v)
}

// guardsAt is afterGuardFrom for the guards prove finds.
func (st *state) guardsAt(path []ast.Node, call ast.Node, prove prover, from ast.Node, v *types.Var) []guard {
	info := st.pass.TypesInfo
	body := enclosingBody(path)
	if body == nil {
		return nil
	}
	// Case values of a tagged switch are no conditions; locals assigned in
	// a closure may change anywhere (other assignments end a guard where
	// they are).
	caseValue := map[ast.Expr]ast.Expr{} // to the switch's tag
	unstable := map[types.Object]bool{}
	rangeVar := map[ast.Node]bool{} // go/cfg shows a range clause's variables as bare nodes
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.RangeStmt:
			if n.Key != nil {
				rangeVar[n.Key] = true
			}
			if n.Value != nil {
				rangeVar[n.Value] = true
			}
		case *ast.SwitchStmt:
			if n.Tag != nil {
				for _, c := range n.Body.List {
					if cc, ok := c.(*ast.CaseClause); ok {
						for _, e := range cc.List {
							caseValue[e] = n.Tag
						}
					}
				}
			}
		case *ast.FuncLit:
			for _, v := range assigned(info, n.Body) {
				unstable[v] = true
			}
		}
		return true
	})
	g := newCFG(body, func(*ast.CallExpr) bool { return true })
	if g == nil {
		return nil
	}

	type edgeGuard struct{ block, edge, guard int }
	var guards []guard
	var gens []edgeGuard
	for i, b := range g.Blocks {
		if len(b.Succs) != 2 || len(b.Nodes) == 0 {
			continue
		}
		cond, ok := b.Nodes[len(b.Nodes)-1].(ast.Expr)
		if !ok {
			continue
		}
		tag := caseValue[cond]
		if t := info.TypeOf(cond); tag == nil && (t == nil || !types.Identical(t.Underlying(), types.Typ[types.Bool]) && !types.Identical(t, types.Typ[types.UntypedBool])) {
			continue
		}
		reads := map[types.Object]bool{}
		stable := true
		for _, e := range []ast.Expr{cond, tag} {
			if e == nil {
				continue
			}
			ast.Inspect(e, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok {
					if v, ok := info.Uses[id].(*types.Var); ok && !v.IsField() {
						// A package-level error variable is a sentinel:
						// what it holds is its own fixed text.
						global := v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
						if global && !types.Implements(v.Type(), errorIface) || unstable[v] {
							stable = false
						}
						if !global {
							reads[v] = true
						}
					}
				}
				return true
			})
		}
		if !stable {
			continue
		}
		for edge, out := range []bool{true, false} {
			gd := prove(cond, tag, out, reads)
			if gd == nil {
				continue
			}
			j := slices.IndexFunc(guards, func(g guard) bool { return maps.Equal(g.reads, gd.reads) && maps.Equal(g.about, gd.about) })
			if j < 0 {
				j = len(guards)
				guards = append(guards, *gd)
			}
			gens = append(gens, edgeGuard{i, edge, j})
		}
	}
	if len(guards) == 0 {
		return nil
	}
	// Sets of guards, one bit each, and one more bit, set only in all: the
	// set on no path at all (a block the paths that count do not reach).
	n := len(guards)
	all := newBitset(n + 1)
	for i := 0; i <= n; i++ {
		all.set(i)
	}
	gen := make([][2]bitset, len(g.Blocks)) // per block: bits on the true and false edges
	for _, e := range gens {
		if gen[e.block][e.edge] == nil {
			gen[e.block][e.edge] = newBitset(n + 1)
		}
		gen[e.block][e.edge].set(e.guard)
	}
	kills := func(nd ast.Node) bitset {
		k := newBitset(n + 1)
		vars := assigned(info, nd)
		if e, ok := nd.(ast.Expr); ok && rangeVar[nd] {
			if id := rootIdent(e); id != nil {
				vars = append(vars, info.ObjectOf(id))
			}
		}
		for _, v := range vars {
			for j, gd := range guards {
				if gd.reads[v] {
					k.set(j)
				}
			}
		}
		return k
	}
	// step is what holds after node nd when held holds before it: from
	// starts the paths that count, assigning v again ends one (nothing it
	// says matters any more: all), an assignment to a guard's locals ends
	// that guard.
	step := func(held bitset, nd ast.Node) bitset {
		if from != nil {
			if nd.Pos() <= from.Pos() && from.End() <= nd.End() {
				return newBitset(n + 1)
			}
			for _, obj := range assigned(info, nd) {
				if obj == v {
					return all.clone()
				}
			}
		}
		return held.andNot(kills(nd))
	}
	// Must analysis: a guard holds at a block when it holds on every edge
	// into it.
	in := make([]bitset, len(g.Blocks))
	for i := range in {
		in[i] = all.clone()
	}
	if from == nil {
		in[0] = newBitset(n + 1)
	}
	for changed := true; changed; {
		changed = false
		for i, b := range g.Blocks {
			if i == 0 {
				continue
			}
			v := all.clone()
			for j, p := range g.Blocks {
				for edge, s := range p.Succs {
					if s == b {
						out := in[j]
						for _, nd := range p.Nodes {
							out = step(out, nd)
						}
						if len(p.Succs) == 2 && gen[j][edge] != nil {
							out = out.or(gen[j][edge])
						}
						v = v.and(out)
					}
				}
			}
			if !b.Live {
				v = all.clone()
			}
			if !v.equal(in[i]) {
				in[i] = v
				changed = true
			}
		}
	}
	for i, b := range g.Blocks {
		held := in[i]
		for _, nd := range b.Nodes {
			if nd.Pos() <= call.Pos() && call.End() <= nd.End() {
				if !b.Live || held.has(n) {
					return nil
				}
				var out []guard
				for j, gd := range guards {
					if held.has(j) {
						out = append(out, gd)
					}
				}
				return out
			}
			held = step(held, nd)
		}
	}
	return nil
}

// bitset is a set of small integers; operations return new sets.
type bitset []uint64

func newBitset(n int) bitset         { return make(bitset, (n+63)/64) }
func (b bitset) set(i int)           { b[i/64] |= 1 << (i % 64) }
func (b bitset) has(i int) bool      { return b[i/64]&(1<<(i%64)) != 0 }
func (b bitset) clone() bitset       { return append(bitset(nil), b...) }
func (b bitset) equal(c bitset) bool { return slices.Equal(b, c) }

func (b bitset) and(c bitset) bitset {
	out := b.clone()
	for i := range out {
		out[i] &= c[i]
	}
	return out
}

func (b bitset) or(c bitset) bitset {
	out := b.clone()
	for i := range out {
		out[i] |= c[i]
	}
	return out
}

func (b bitset) andNot(c bitset) bitset {
	out := b.clone()
	for i := range out {
		out[i] &^= c[i]
	}
	return out
}

// guard is a condition holding on an edge: the locals it reads (assigning
// one ends it) and the variables whose code it is about.
type guard struct {
	reads map[types.Object]bool
	about map[types.Object]bool
}

// about extends the locals a condition reads with the roots of the
// expressions they were declared with: code := resp.ErrorCode makes a
// condition on code about resp.
func (st *state) about(reads map[types.Object]bool) map[types.Object]bool {
	info := st.pass.TypesInfo
	out := map[types.Object]bool{}
	for obj := range reads {
		out[obj] = true
		v, ok := obj.(*types.Var)
		if !ok || v.Pkg() != st.pass.Pkg {
			continue
		}
		for _, f := range st.pass.Files {
			if f.FileStart > v.Pos() || v.Pos() >= f.FileEnd {
				continue
			}
			path, _ := astutil.PathEnclosingInterval(f, v.Pos(), v.Pos())
			if len(path) < 2 {
				break
			}
			as, ok := path[1].(*ast.AssignStmt)
			if !ok || as.Tok != token.DEFINE || len(as.Lhs) != len(as.Rhs) {
				break
			}
			for i, lhs := range as.Lhs {
				if lhs != path[0] {
					continue
				}
				e := ast.Unparen(as.Rhs[i])
				for {
					call, ok := e.(*ast.CallExpr)
					if !ok || len(call.Args) != 1 {
						break
					}
					if tv, ok := info.Types[call.Fun]; !ok || !tv.IsType() {
						break
					}
					e = ast.Unparen(call.Args[0])
				}
				if id := rootIdent(e); id != nil {
					if o := info.ObjectOf(id); o != nil {
						out[o] = true
					}
				}
			}
			break
		}
	}
	return out
}

// assigned lists the variables node n may assign: through an assignment,
// a declaration, ++ and --, a range clause, or by taking their address.
func assigned(info *types.Info, n ast.Node) []types.Object {
	var out []types.Object
	add := func(e ast.Expr) {
		if id := rootIdent(e); id != nil {
			if obj := info.ObjectOf(id); obj != nil {
				out = append(out, obj)
			}
		}
	}
	inspectBody(n, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				add(lhs)
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				add(id)
			}
		case *ast.IncDecStmt:
			add(n.X)
		case *ast.RangeStmt:
			add(n.Key)
			add(n.Value)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				add(n.X)
			}
		}
	})
	return out
}

// enclosingBody returns the body of the innermost function (declaration or
// literal) on path, innermost node first, or nil.
func enclosingBody(path []ast.Node) *ast.BlockStmt {
	for _, n := range path {
		switch n := n.(type) {
		case *ast.FuncLit:
			return n.Body
		case *ast.FuncDecl:
			return n.Body
		}
	}
	return nil
}
