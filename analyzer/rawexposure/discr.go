package rawexposure

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Discriminated results (discr.go). A function returning a struct literal
// on each path often says by a constant field which path it took, and
// puts the server's text only on some:
//
//	if code != spcodes.Success {
//		return Outcome{Status: StatusRejected, Detail: msg}, nil
//	}
//	return Outcome{Status: StatusEnrolled, Serial: psn}, nil
//
// Its result is raw as a whole, but not where the caller has seen the
// field hold a constant no raw return sets it to:
//
//	if out.Status != devices.StatusEnrolled {
//		writeJSON(w, 422, out) // raw
//		return
//	}
//	writeJSON(w, 201, out) // clean: Status is StatusEnrolled here
//
// For each result of a struct type (or a pointer to one) the function
// returns as a composite literal on every return making it raw, the check
// keeps, per field set to a constant on all those returns (a field the
// literal leaves out holds its zero value) and to another constant on
// some clean return, the constants the raw returns set it to (discrFact,
// exported for exported functions when the result's type has a field raw
// for the type and the field is a status, exportDiscr: "result 0 raw only
// with Status in "REJECTED""). A read of a local defined once by a call of such
// a function, with no raw argument or receiver and nothing else storing
// into it (resultfields.go), is clean as a whole and in its fields when it
// is in the body of if x.F == K (a conjunct), after if x.F != K { ...;
// return } (a disjunct) in the same block, or in a case K of switch x.F,
// with K none of those constants; or when all of them are ruled out: after
// if x.F == K { ...; return }, in the body of if x.F != K, in the default
// of a switch x.F listing K.
//
// A function may also build its result first and fill the raw field
// only under a test of a status field of its own (guardSets):
//
//	e := Enrollment{Serial: psn, State: stateFor(code)}
//	if e.State != StateEnrolled {
//		e.Detail = msg
//	}
//	return e, nil
//
// Such a return is raw only with State not StateEnrolled (a rawSet with
// not: "result 0 raw only with State not in "enrolled""), which the
// caller's tests rule out just as they rule out a literal's constants.
//
// Or it fills the result on the way and returns it on several paths, the
// text stored only on some, another field (a flag left false, a status
// set to failed) set apart on the others: pathSets (pathfills.go) gives
// each return of the local the constants its path leaves, as a literal's.

// discrFact says, for results of a function, the constants a field holds
// on every return making the result raw.
type discrFact struct {
	Results []discrResult
}

type discrResult struct {
	Result int
	Field  string
	Raw    []string // exact constant values
	Not    bool     // raw only with the field holding none of Raw
}

func (*discrFact) AFact() {}
func (f *discrFact) String() string {
	var parts []string
	for _, r := range f.Results {
		in := "in"
		if r.Not {
			in = "not in"
		}
		parts = append(parts, fmt.Sprintf("result %d raw only with %s %s %s", r.Result, r.Field, in, strings.Join(r.Raw, ",")))
	}
	return "rawexposure(" + strings.Join(parts, "; ") + ")"
}

// retSite is one return's result: whether it is raw, and the constants
// its literal sets (nil: not a literal of a struct).
type retSite struct {
	raw    bool
	consts map[string]string
	guard  map[string]rawSet // a returned local filled under tests of its own fields (guardSets)
}

// rawSet is what a field holds where a result is raw: one of vals, or,
// with not, none of them.
type rawSet struct {
	vals []string
	not  bool
}

// holds reports whether the field may hold k where the result is raw.
func (r rawSet) holds(k string) bool { return slices.Contains(r.vals, k) != r.not }

// or is what the field holds where either r or o holds.
func (r rawSet) or(o rawSet) rawSet {
	switch {
	case !r.not && !o.not:
		out := slices.Clone(r.vals)
		for _, v := range o.vals {
			if !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
		return rawSet{vals: out}
	case r.not && o.not:
		var out []string
		for _, v := range r.vals {
			if slices.Contains(o.vals, v) {
				out = append(out, v)
			}
		}
		return rawSet{vals: out, not: true}
	case !r.not:
		r, o = o, r
	}
	// r is a negation, o a list: none of r's but o's.
	var out []string
	for _, v := range r.vals {
		if !slices.Contains(o.vals, v) {
			out = append(out, v)
		}
	}
	return rawSet{vals: out, not: true}
}

// noteReturnSite records result i of return n, of taint t, for the
// function's discriminators.
func (fs *fstate) noteReturnSite(n *ast.ReturnStmt, i int, t taint) {
	if fs.u.fn == nil || len(n.Results) != fs.sig.Results().Len() {
		return
	}
	site := retSite{raw: t.kind != kNone, consts: fs.litConsts(n.Results[i])}
	if site.consts == nil {
		// A local filled on the way: what the path to n left in it
		// (pathfills.go).
		if consts, raw, ok := fs.pathSets(n, n.Results[i]); ok {
			site.consts, site.raw = consts, site.raw && raw
		}
	}
	if site.raw {
		if g := fs.guardSets(n.Results[i]); g != nil {
			site.guard, site.consts = g, nil
		}
	}
	if site.consts != nil {
		if k := fs.errResult(n, i); k != "" {
			site.consts = maps.Clone(site.consts)
			site.consts[errField] = k
		}
	}
	if !site.raw && site.consts == nil {
		return
	}
	if fs.state.inView.sites == nil {
		fs.state.inView.sites = map[*types.Func]map[*ast.ReturnStmt][]retSite{}
	}
	m := fs.state.inView.sites[fs.u.fn]
	if m == nil {
		m = map[*ast.ReturnStmt][]retSite{}
		fs.state.inView.sites[fs.u.fn] = m
	}
	if len(m[n]) != len(n.Results) {
		m[n] = make([]retSite, len(n.Results))
	}
	if old := m[n][i]; !fs.report && (old.raw != site.raw || (old.consts == nil) != (site.consts == nil) || (old.guard == nil) != (site.guard == nil)) {
		// A return rose: the callers judged its results by the old one.
		fs.touch(fs.u.fn)
	}
	m[n][i] = site
	if site.raw && (site.consts != nil || site.guard != nil) {
		fs.state.inView.seen |= discrOwn
	}
}

// errField is the discriminator a return's error result gives beside
// result i: errNil or errSet. A caller's err != nil test reads it.
const (
	errField = "(error)"
	errNil   = "nil"
	errSet   = "non-nil"
)

// errResult is what the last result of return n, an error beside result
// i, is: errNil for nil, errSet for a sentinel (a package-level variable),
// errors.New, fmt.Errorf or a literal; "" when it may be either.
func (fs *fstate) errResult(n *ast.ReturnStmt, i int) string {
	last := len(n.Results) - 1
	if i == last || last < 1 || !isErrorType(fs.sig.Results().At(last).Type()) {
		return ""
	}
	info := fs.pass.TypesInfo
	e := ast.Unparen(n.Results[last])
	if tv, ok := info.Types[e]; ok && tv.IsNil() {
		return errNil
	}
	switch e := e.(type) {
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if sel, ok := e.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			id = e.(*ast.Ident)
		}
		if v, ok := info.Uses[id].(*types.Var); ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
			return errSet
		}
	case *ast.CallExpr:
		if fn := typeutil.StaticCallee(info, e); fn != nil && fn.Pkg() != nil {
			switch fn.Pkg().Path() + "." + fn.Name() {
			case "errors.New", "fmt.Errorf":
				return errSet
			}
		}
	case *ast.CompositeLit:
		return errSet
	case *ast.UnaryExpr:
		if _, ok := ast.Unparen(e.X).(*ast.CompositeLit); ok && e.Op == token.AND {
			return errSet
		}
	}
	return ""
}

// Whether discriminators may be in view (anyDiscr): discrSeen's bits.
const (
	discrOwn      = 1 << iota // a raw return of a literal in the package
	discrImported             // a discrFact of another package
	discrLooked               // the facts were looked at
)

// anyDiscr reports whether some function may have discriminators: the
// cheap test before a local's definitions are looked for.
func (st *state) anyDiscr() bool {
	if st.inView.seen&discrLooked == 0 {
		st.inView.seen |= discrLooked
		for _, f := range st.pass.AllObjectFacts() {
			if _, ok := f.Fact.(*discrFact); ok {
				st.inView.seen |= discrImported
				break
			}
		}
	}
	return st.inView.seen&(discrOwn|discrImported) != 0
}

// litConsts are the constant fields of e when it is a struct literal (or
// its address), with the zero value of a field of basic type it leaves
// out; nil otherwise.
func (fs *fstate) litConsts(e ast.Expr) map[string]string {
	info := fs.pass.TypesInfo
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	st, ok := typex.Under(info, lit).(*types.Struct)
	if !ok {
		return nil
	}
	out := map[string]string{}
	set := map[*types.Var]bool{}
	for i, elt := range lit.Elts {
		f := fs.litField(lit, i, elt)
		if f == nil {
			return nil
		}
		set[f] = true
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		if tv, ok := info.Types[elt]; ok && tv.Value != nil {
			out[f.Name()] = tv.Value.ExactString()
		}
	}
	for k, v := range zeroConsts(st, set) { // pathfills.go
		out[k] = v
	}
	return out
}

// discriminators are fn's: by result, by field, the constants its raw
// returns set.
func (st *state) discriminators(fn *types.Func) map[int]map[string]rawSet {
	if fn.Pkg() != st.pass.Pkg {
		var f discrFact
		if !st.pass.ImportObjectFact(fn, &f) {
			return nil
		}
		out := map[int]map[string]rawSet{}
		for _, r := range f.Results {
			if out[r.Result] == nil {
				out[r.Result] = map[string]rawSet{}
			}
			out[r.Result][r.Field] = rawSet{vals: r.Raw, not: r.Not}
		}
		return out
	}
	st.reads(fn) // the callers are looked at again when a return rises
	sites := st.inView.sites[fn]
	if len(sites) == 0 {
		return nil
	}
	var out map[int]map[string]rawSet
	n := fn.Type().(*types.Signature).Results().Len()
	for i := 0; i < n; i++ {
		var fields map[string]rawSet // nil: no raw return yet
		ok := true
		for _, rs := range sites {
			if i >= len(rs) || !rs[i].raw {
				continue
			}
			site := rs[i].guard
			if rs[i].consts != nil {
				site = map[string]rawSet{}
				for k, v := range rs[i].consts {
					site[k] = rawSet{vals: []string{v}}
				}
			}
			if site == nil {
				ok = false
				break
			}
			if fields == nil {
				fields = maps.Clone(site)
				continue
			}
			for k := range fields {
				if v, has := site[k]; !has {
					delete(fields, k)
				} else {
					fields[k] = fields[k].or(v)
				}
			}
		}
		// Only a field some clean return sets to another constant tells
		// the returns apart; a test of the field guarding every raw store
		// (a negation) is the function telling them apart itself.
		for k, raw := range fields {
			if k == errField && raw.holds(errNil) {
				// Raw beside a nil error: no caller reads it only
				// where the error is set.
				delete(fields, k)
				continue
			}
			tells := raw.not && len(raw.vals) > 0
			for _, rs := range sites {
				if i < len(rs) && !rs[i].raw && rs[i].consts != nil {
					if v, has := rs[i].consts[k]; has && !raw.holds(v) {
						tells = true
					}
				}
			}
			if !tells {
				delete(fields, k)
			}
		}
		if ok && len(fields) > 0 {
			if out == nil {
				out = map[int]map[string]rawSet{}
			}
			out[i] = fields
		}
	}
	return out
}

// exportDiscr exports the discriminators of the package's
// exported functions with a raw result, where they can matter to an
// importer: the result's struct type has a field raw for the type (a
// fieldFact), which a read of the caller's local would otherwise take,
// and the discriminator is a status or a flag (enumField).
func (st *state) exportDiscr() {
	for fn, s := range st.funcs {
		if !fn.Exported() {
			continue
		}
		d := st.discriminators(fn)
		if len(d) == 0 {
			continue
		}
		f := &discrFact{}
		for _, i := range slices.Sorted(maps.Keys(d)) {
			rt := fn.Type().(*types.Signature).Results().At(i).Type()
			if i >= len(s.results) || s.results[i].kind == kNone || !st.hasRawField(rt) {
				continue
			}
			for _, k := range slices.Sorted(maps.Keys(d[i])) {
				if k != errField && !enumField(rt, k) {
					continue
				}
				raw := slices.Clone(d[i][k].vals)
				slices.Sort(raw)
				f.Results = append(f.Results, discrResult{Result: i, Field: k, Raw: raw, Not: d[i][k].not})
			}
		}
		if len(f.Results) > 0 {
			st.pass.ExportObjectFact(fn, f)
		}
	}
}

// hasRawField reports whether struct type t (or a pointer to one) has a
// field raw for the type by a fieldFact: exported by this package, or by
// the package declaring it (a field only some package's facts call raw
// about another's type, foreign.go, does not count).
func (st *state) hasRawField(t types.Type) bool {
	s, ok := typex.Deref(t).Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < s.NumFields(); i++ {
		v := s.Field(i).Origin()
		if v.Pkg() == st.pass.Pkg {
			if st.fields[v].kind != kNone && v.Exported() && exportedOwner(v) {
				return true
			}
		} else if v.Pkg() != nil && st.pass.ImportObjectFact(v, new(fieldFact)) {
			return true
		}
	}
	return false
}

// enumField reports whether field name of struct type t (or a pointer to
// one) is a status a caller tests against the type's constants, of a
// defined type over a basic one, or a flag (a bool) a caller tests with
// !; a message is not tested.
func enumField(t types.Type, name string) bool {
	s, ok := typex.Deref(t).Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < s.NumFields(); i++ {
		f := s.Field(i)
		if f.Name() != name {
			continue
		}
		b, ok := f.Type().Underlying().(*types.Basic)
		if !ok {
			return false
		}
		if b.Info()&types.IsBoolean != 0 {
			return true
		}
		_, named := types.Unalias(f.Type()).(*types.Named)
		return named
	}
	return false
}

// discrTaint is what local v carries at its read at when a test of one of
// its fields against a constant shows it did not come from a raw return
// of the function defining it: what it carries of the unit's parameters.
func (fs *fstate) discrTaint(v *types.Var, at ast.Expr) (taint, bool) {
	if fs.u.node == nil || v.Pos() < fs.u.node.Pos() || v.Pos() >= fs.u.node.End() || !fs.anyDiscr() {
		return taint{}, false
	}
	if _, ok := typex.Deref(v.Type()).Underlying().(*types.Struct); !ok {
		return taint{}, false
	}
	if fs.state.inView.origins == nil {
		fs.state.inView.origins = map[*types.Var]*origin{}
	}
	o := fs.state.inView.origins[v]
	if o == nil {
		o = fs.findOrigins(v)
		fs.state.inView.origins[v] = o
	}
	if !o.ok || o.busy || len(o.defs) != 1 {
		return taint{}, false
	}
	call, ok := o.defs[0].rhs.(*ast.CallExpr)
	if !ok {
		return taint{}, false
	}
	fn := typeutil.StaticCallee(fs.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil {
		return taint{}, false
	}
	d := fs.discriminators(fn.Origin())[o.defs[0].i]
	if len(d) == 0 {
		return taint{}, false
	}
	hit := false
	known, ruled := fs.knownConsts(v, fs.errBeside(call, at), call.End(), at)
	for field, ks := range known {
		if raw, ok := d[field]; ok && !slices.ContainsFunc(ks, raw.holds) {
			hit = true
		}
	}
	for field, ks := range ruled {
		if raw, ok := d[field]; ok && !raw.not && !slices.ContainsFunc(raw.vals, func(k string) bool { return !slices.Contains(ks, k) }) {
			hit = true
		}
	}
	if !hit {
		return taint{}, false
	}
	o.busy = true
	defer func() { o.busy = false }()
	if fs.receiverTaint(call).kind != kNone {
		return taint{}, false
	}
	for _, a := range call.Args {
		if fs.eval(a).kind != kNone {
			return taint{}, false
		}
	}
	t := fs.localTaint(v, at)
	return taint{params: t.params, calls: t.calls}, true
}

// knownConsts are the fields of local v that tests around at show equal
// to one of some constants, and those they show differ from all of some
// (ruled out: after if x.F == K { ...; return }, in the default of a
// switch on x.F): field name to exact values.
// A test of errVar after errAfter, the error returned beside v, is one
// of errField (after if err != nil { ...; return }: errField is errNil).
func (fs *fstate) knownConsts(v, errVar *types.Var, errAfter token.Pos, at ast.Expr) (out, ruled map[string][]string) {
	info := fs.pass.TypesInfo
	out, ruled = map[string][]string{}, map[string][]string{}
	// field returns the name of the field of v that e selects, if it does,
	// or errField for errVar, the error returned beside v.
	field := func(e ast.Expr) string {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok && errVar != nil && info.Uses[id] == errVar {
			if id.Pos() < errAfter {
				return "" // the error of another call
			}
			return errField
		}
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok {
			return ""
		}
		id, ok := ast.Unparen(sel.X).(*ast.Ident)
		if !ok || info.Uses[id] != v {
			return ""
		}
		if s := info.Selections[sel]; s == nil || s.Kind() != types.FieldVal {
			return ""
		}
		return sel.Sel.Name
	}
	value := func(e ast.Expr) string {
		if tv, ok := info.Types[e]; ok && tv.Value != nil {
			return tv.Value.ExactString()
		} else if ok && tv.IsNil() && errVar != nil {
			return errNil
		}
		return ""
	}
	// test reads x.F op K (or K op x.F) for v: the constant K and the
	// field's name; a flag read as x.F or !x.F is x.F == true or false
	// (!= with op NEQ).
	test := func(e ast.Expr, op token.Token) (string, string) {
		if f, k := flagTest(e, field); f != "" {
			if op == token.NEQ {
				k = !k
			}
			return f, constant.MakeBool(k).ExactString()
		}
		b, ok := ast.Unparen(e).(*ast.BinaryExpr)
		if !ok || b.Op != op {
			return "", ""
		}
		for _, p := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
			if f, k := field(p[0]), value(p[1]); f != "" && k != "" {
				return f, k
			}
		}
		return "", ""
	}
	inside := func(n ast.Node) bool { return n.Pos() <= at.Pos() && at.End() <= n.End() }
	ast.Inspect(fs.u.node, func(n ast.Node) bool {
		if n == nil || !inside(n) {
			return false
		}
		switch n := n.(type) {
		case *ast.IfStmt:
			if inside(n.Body) {
				for _, c := range splitOp(n.Cond, token.LAND) {
					if f, k := test(c, token.EQL); f != "" {
						out[f] = []string{k}
					} else if f, k := test(c, token.NEQ); f != "" {
						ruled[f] = append(ruled[f], k)
					}
				}
			} else if n.Else != nil && inside(n.Else) {
				// else: every disjunct of the condition is false.
				for _, c := range splitOp(n.Cond, token.LOR) {
					if f, k := test(c, token.NEQ); f != "" {
						out[f] = []string{k}
					} else if f, k := test(c, token.EQL); f != "" {
						ruled[f] = append(ruled[f], k)
					}
				}
			}
		case *ast.SwitchStmt:
			f := field(n.Tag)
			if n.Tag == nil || f == "" {
				break
			}
			for j, s := range n.Body.List {
				cc, ok := s.(*ast.CaseClause)
				if !ok || !inside(cc) || j > 0 && fallsThrough(n.Body.List[j-1]) {
					continue
				}
				if len(cc.List) == 0 {
					// default: the field is none of the other clauses'
					// constants.
					for _, o := range n.Body.List {
						if oc, ok := o.(*ast.CaseClause); ok {
							for _, e := range oc.List {
								if k := value(e); k != "" {
									ruled[f] = append(ruled[f], k)
								}
							}
						}
					}
					continue
				}
				var ks []string
				for _, e := range cc.List {
					k := value(e)
					if k == "" {
						ks = nil
						break
					}
					ks = append(ks, k)
				}
				if ks != nil {
					out[f] = ks
				}
			}
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
			for _, s := range stmtList(n) {
				if s.End() > at.Pos() {
					break
				}
				for _, c := range returnedConds(s) {
					if f, k := test(c, token.NEQ); f != "" {
						out[f] = []string{k}
					} else if f, k := test(c, token.EQL); f != "" {
						ruled[f] = append(ruled[f], k)
					}
				}
			}
		}
		return true
	})
	return out, ruled
}

// returnedConds are the conditions statement s shows false after it
// when it goes on: the disjuncts of an if (no else, no init) whose body
// returns; of a switch with no tag nor init, those of the cases that
// return, up to the first that does not (after which a later case may
// have been passed over).
func returnedConds(s ast.Stmt) []ast.Expr {
	switch s := s.(type) {
	case *ast.IfStmt:
		if s.Else != nil || s.Init != nil || !terminates(s.Body) {
			return nil
		}
		return splitOp(s.Cond, token.LOR)
	case *ast.SwitchStmt:
		if s.Tag != nil || s.Init != nil {
			return nil
		}
		var out []ast.Expr
		for _, c := range s.Body.List {
			cc, ok := c.(*ast.CaseClause)
			if !ok || len(cc.List) == 0 {
				continue // default: taken only when no case is
			}
			if !leavesSwitch(cc.Body) {
				break
			}
			for _, e := range cc.List {
				out = append(out, splitOp(e, token.LOR)...)
			}
		}
		return out
	}
	return nil
}

// leavesSwitch reports whether a case clause's body ends by leaving the
// function or the loop around the switch (not by a break, which goes on
// after it).
func leavesSwitch(body []ast.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	if b, ok := body[len(body)-1].(*ast.BranchStmt); ok {
		return b.Tok == token.CONTINUE
	}
	return exits(body[len(body)-1])
}

// flagTest reads e as x.F or !x.F for a boolean field F that field
// names: F and whether the test holds with F true.
func flagTest(e ast.Expr, field func(ast.Expr) string) (string, bool) {
	e = ast.Unparen(e)
	want := true
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.NOT {
		e, want = ast.Unparen(u.X), false
	}
	if _, ok := e.(*ast.SelectorExpr); !ok {
		return "", false
	}
	return field(e), want
}

// stmtList is the statements of a block or of a clause.
func stmtList(n ast.Node) []ast.Stmt {
	switch n := n.(type) {
	case *ast.BlockStmt:
		return n.List
	case *ast.CaseClause:
		return n.Body
	case *ast.CommClause:
		return n.Body
	}
	return nil
}

// errBeside is the local call's last result, an error, is given to
// where the call defines the local the discriminators are of, when
// nothing else assigns it before at (a test of it at there reads what the
// call returned); nil otherwise.
func (fs *fstate) errBeside(call *ast.CallExpr, at ast.Expr) *types.Var {
	info := fs.pass.TypesInfo
	var lhs []ast.Expr
	ast.Inspect(fs.u.node, func(n ast.Node) bool {
		if a, ok := n.(*ast.AssignStmt); ok && len(a.Rhs) == 1 && a.Rhs[0] == call {
			lhs = a.Lhs
		}
		return lhs == nil
	})
	if len(lhs) < 2 {
		return nil
	}
	id, ok := ast.Unparen(lhs[len(lhs)-1]).(*ast.Ident)
	if !ok {
		return nil
	}
	ev, ok := info.ObjectOf(id).(*types.Var)
	if !ok || !isErrorType(ev.Type()) {
		return nil
	}
	good := true
	ast.Inspect(fs.u.node, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			if mentionedIn(info, n, ev) {
				good = false
			}
			return false
		case *ast.AssignStmt:
			if n.Rhs[0] == call || n.Pos() < call.End() || n.Pos() > at.Pos() {
				break
			}
			for _, l := range n.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && info.ObjectOf(id) == ev {
					good = false
				}
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && info.ObjectOf(id) == ev {
				good = false
			}
		}
		return good
	})
	if !good {
		return nil
	}
	return ev
}

// fallsThrough reports whether case clause s ends in fallthrough.
func fallsThrough(s ast.Stmt) bool {
	cc, ok := s.(*ast.CaseClause)
	if !ok || len(cc.Body) == 0 {
		return false
	}
	b, ok := cc.Body[len(cc.Body)-1].(*ast.BranchStmt)
	return ok && b.Tok == token.FALLTHROUGH
}

// splitOp splits e into its operands under op (a && b && c).
func splitOp(e ast.Expr, op token.Token) []ast.Expr {
	if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == op {
		return append(splitOp(b.X, op), splitOp(b.Y, op)...)
	}
	return []ast.Expr{e}
}

// terminates reports whether block b ends in a return (or a panic, a
// continue, a break).
func terminates(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return s.Tok == token.CONTINUE || s.Tok == token.BREAK || s.Tok == token.GOTO
	case *ast.ExprStmt:
		if call, ok := ast.Unparen(s.X).(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "panic" {
				return true
			}
		}
	}
	return false
}

// guardSets are, for a returned local struct e of the function (not a
// pointer) defined once by a clean literal or a declaration and filled
// afterwards only by stores into its fields (e.Detail = msg), what each of
// its fields the stores never write holds where a raw store ran: the
// constants the tests of the ifs around every raw store show (if e.State
// != StateEnrolled { e.Detail = msg }: State is not StateEnrolled), as a
// rawSet. nil when e is anything else, is let go of (&e, a pointer method,
// a closure, another assignment), or a raw store runs under no test of a
// field.
func (fs *fstate) guardSets(e ast.Expr) map[string]rawSet {
	f := fs.returnedFills(e)
	if f == nil || len(f.stores) == 0 {
		return nil
	}
	stores := f.stores
	written := map[string]bool{}
	for _, s := range stores {
		written[s.field] = true
	}
	var out map[string]rawSet
	raws := 0
	for _, s := range stores {
		if fs.eval(s.rhs).kind == kNone {
			continue
		}
		raws++
		site := map[string]rawSet{}
		for _, t := range s.tests {
			if written[t.field] {
				continue
			}
			r := rawSet{vals: []string{t.value}, not: t.neq}
			if old, ok := site[t.field]; ok {
				r = old.and(r)
			}
			site[t.field] = r
		}
		if out == nil {
			out = site
			continue
		}
		for k := range out {
			if r, ok := site[k]; ok {
				out[k] = out[k].or(r)
			} else {
				delete(out, k)
			}
		}
	}
	for k, r := range out {
		if len(r.vals) == 0 {
			delete(out, k)
		}
	}
	if raws == 0 || len(out) == 0 {
		return nil
	}
	return out
}

// fills is a returned local struct (or pointer) of the function defined
// once by a clean literal or a declaration and written afterwards only by
// stores into its fields (returnedFills).
type fills struct {
	v      *types.Var
	def    ast.Expr // the defining literal; nil for a declaration
	stores []fillStore
}

// fillStore is one store into a field of a fills' local.
type fillStore struct {
	field    string
	stmt     *ast.AssignStmt
	lhs, rhs ast.Expr
	tests    []rawTest // of the ifs whose bodies hold it
}

// returnedFills is e's fills when e, a returned expression, is such a
// local; nil when it is anything else, or is let go of (&e, a pointer
// method, a closure, another assignment, a pointer used other than by
// selecting through it).
func (fs *fstate) returnedFills(e ast.Expr) *fills {
	info := fs.pass.TypesInfo
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || fs.u.node == nil {
		return nil
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Pos() < fs.u.node.Pos() || v.Pos() >= fs.u.node.End() {
		return nil
	}
	if _, ok := typex.Deref(v.Type()).Underlying().(*types.Struct); !ok {
		return nil
	}
	return fs.scanFills(v) // not kept: what the literal carries may rise
}

// scanFills is returnedFills' walk of the function for v.
func (fs *fstate) scanFills(v *types.Var) *fills {
	info := fs.pass.TypesInfo
	ptr := isPointer(v.Type())
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.ObjectOf(id) == v
	}
	if ptr && !fs.onlySelected(v) {
		return nil
	}
	// base returns the field of v that a store's target e selects at its
	// root (e.Detail, e.Meta.Note: Detail, Meta), or "".
	base := func(e ast.Expr) string {
		for {
			sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
			if !ok {
				return ""
			}
			if is(sel.X) {
				if s := info.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
					return sel.Sel.Name
				}
				return ""
			}
			e = sel.X
		}
	}
	out := &fills{v: v}
	defs, good := 0, true
	var aliases map[*types.Var]string // locals the definition's literal stores in a field, by that field
	var ifs []*ast.IfStmt
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		if !good || n == nil {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			if mentionedIn(info, n, v) {
				good = false
			}
			return false
		case *ast.IfStmt:
			if n.Init != nil {
				ast.Inspect(n.Init, visit)
			}
			ast.Inspect(n.Cond, visit)
			ifs = append(ifs, n)
			ast.Inspect(n.Body, visit)
			ifs = ifs[:len(ifs)-1]
			if n.Else != nil {
				ast.Inspect(n.Else, visit)
			}
			return false
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if info.Defs[name] != v {
					continue
				}
				defs++
				if ptr && i >= len(n.Values) || i < len(n.Values) && (len(n.Values) != len(n.Names) || !fs.cleanLit(n.Values[i], ptr)) {
					good = false
				} else if i < len(n.Values) {
					out.def = n.Values[i]
					aliases = fs.litAliases(n.Values[i])
				}
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if is(lhs) {
					defs++
					if n.Tok != token.DEFINE || len(n.Lhs) != len(n.Rhs) || !fs.cleanLit(n.Rhs[i], ptr) {
						good = false
					} else {
						out.def = n.Rhs[i]
						aliases = fs.litAliases(n.Rhs[i])
					}
					continue
				}
				if f := base(lhs); f != "" {
					if len(n.Lhs) != len(n.Rhs) || n.Tok != token.ASSIGN {
						good = false
						break
					}
					var tests []rawTest
					for _, s := range ifs {
						if !(s.Body.Pos() <= n.Pos() && n.End() <= s.Body.End()) {
							continue
						}
						for _, c := range splitOp(s.Cond, token.LAND) {
							if t, ok := fs.fieldTest(v, aliases, c); ok {
								tests = append(tests, t)
							}
						}
					}
					out.stores = append(out.stores, fillStore{f, n, lhs, n.Rhs[i], tests})
				}
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && is(n.X) {
				good = false
			}
		case *ast.SelectorExpr:
			if is(n.X) {
				s := info.Selections[n]
				if s == nil {
					good = false
				} else if fn, ok := s.Obj().(*types.Func); ok && isPointer(fn.Signature().Recv().Type()) {
					good = false // e.setDetail(msg) through &e
				}
			}
		case *ast.RangeStmt:
			if n.Key != nil && (is(n.Key) || base(n.Key) != "") || n.Value != nil && (is(n.Value) || base(n.Value) != "") {
				good = false
			}
		case *ast.IncDecStmt:
			if base(n.X) != "" {
				good = false
			}
		}
		return good
	}
	ast.Inspect(fs.u.node, visit)
	if !good || defs != 1 {
		return nil
	}
	return out
}

// rawTest is a test of a field of a local against a constant: field ==
// value, or != with neq.
type rawTest struct {
	field, value string
	neq          bool
}

// fieldTest reads c as v.F == K or v.F != K (either way round), or as st
// == K for a local st that aliases holds for F.
func (fs *fstate) fieldTest(v *types.Var, aliases map[*types.Var]string, c ast.Expr) (rawTest, bool) {
	info := fs.pass.TypesInfo
	b, ok := ast.Unparen(c).(*ast.BinaryExpr)
	if !ok || b.Op != token.EQL && b.Op != token.NEQ {
		return rawTest{}, false
	}
	for _, p := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
		if id, ok := ast.Unparen(p[0]).(*ast.Ident); ok {
			st, _ := info.Uses[id].(*types.Var)
			if f, ok := aliases[st]; ok && st != nil {
				if tv, ok := info.Types[p[1]]; ok && tv.Value != nil {
					return rawTest{field: f, value: tv.Value.ExactString(), neq: b.Op == token.NEQ}, true
				}
			}
			continue
		}
		sel, ok := ast.Unparen(p[0]).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		id, ok := ast.Unparen(sel.X).(*ast.Ident)
		if !ok || info.Uses[id] != v {
			continue
		}
		if s := info.Selections[sel]; s == nil || s.Kind() != types.FieldVal {
			continue
		}
		if tv, ok := info.Types[p[1]]; ok && tv.Value != nil {
			return rawTest{field: sel.Sel.Name, value: tv.Value.ExactString(), neq: b.Op == token.NEQ}, true
		}
	}
	return rawTest{}, false
}

// cleanLit reports whether e is a composite literal (its address, with
// ptr) carrying nothing raw.
func (fs *fstate) cleanLit(e ast.Expr, ptr bool) bool {
	lit := ast.Unparen(e)
	if u, ok := lit.(*ast.UnaryExpr); ok && ptr && u.Op == token.AND {
		lit = ast.Unparen(u.X)
	} else if ptr {
		return false
	}
	if _, ok := lit.(*ast.CompositeLit); !ok {
		return false
	}
	return fs.eval(e).kind == kNone
}

// onlySelected reports whether every use of pointer v in the function
// selects through it (a field, a method), is returned as it is, or is
// compared with nil: nothing else gets hold of what it points to.
func (fs *fstate) onlySelected(v *types.Var) bool {
	info := fs.pass.TypesInfo
	ok := map[*ast.Ident]bool{}
	mark := func(e ast.Expr) {
		if id, isID := ast.Unparen(e).(*ast.Ident); isID && info.Uses[id] == v {
			ok[id] = true
		}
	}
	ast.Inspect(fs.u.node, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			mark(n.X)
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				mark(r)
			}
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				for _, p := range [][2]ast.Expr{{n.X, n.Y}, {n.Y, n.X}} {
					if tv, isNil := info.Types[p[1]]; isNil && tv.IsNil() {
						mark(p[0])
					}
				}
			}
		}
		return true
	})
	all := true
	ast.Inspect(fs.u.node, func(n ast.Node) bool {
		if id, isID := n.(*ast.Ident); isID && info.Uses[id] == v && !ok[id] {
			all = false
		}
		return all
	})
	return all
}

// and is what the field holds where both r and o hold.
func (r rawSet) and(o rawSet) rawSet {
	switch {
	case !r.not && !o.not:
		var out []string
		for _, v := range r.vals {
			if slices.Contains(o.vals, v) {
				out = append(out, v)
			}
		}
		return rawSet{vals: out}
	case r.not && o.not:
		return rawSet{vals: append(slices.Clone(r.vals), o.vals...), not: true}
	case !r.not:
		r, o = o, r
	}
	// r is a negation, o a list: o's but r's.
	var out []string
	for _, v := range o.vals {
		if !slices.Contains(r.vals, v) {
			out = append(out, v)
		}
	}
	return rawSet{vals: out}
}

// litAliases are the locals of the function that literal e (or its
// address) stores, whole, in a field (Enrollment{State: st}) and that hold
// one value throughout: defined once, never assigned again, their address
// never taken, read in no closure. A test of such a local is a test of
// that field.
func (fs *fstate) litAliases(e ast.Expr) map[*types.Var]string {
	info := fs.pass.TypesInfo
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	var out map[*types.Var]string
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		key, ok := kv.Key.(*ast.Ident)
		val, ok2 := ast.Unparen(kv.Value).(*ast.Ident)
		if !ok || !ok2 {
			continue
		}
		st, ok := info.Uses[val].(*types.Var)
		if !ok || st.IsField() || st.Pos() < fs.u.node.Pos() || st.Pos() >= fs.u.node.End() || !fs.oneValue(st) {
			continue
		}
		if out == nil {
			out = map[*types.Var]string{}
		}
		out[st] = key.Name
	}
	return out
}

// mentionedIn reports whether n, a closure, names obj.
func mentionedIn(info *types.Info, n ast.Node, obj types.Object) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if id, ok := m.(*ast.Ident); ok && info.ObjectOf(id) == obj {
			found = true
		}
		return !found
	})
	return found
}

// oneValue reports whether local st is defined once and never assigned
// again, nor its address taken, nor read in a closure.
func (fs *fstate) oneValue(st *types.Var) bool {
	info := fs.pass.TypesInfo
	defs, good := 0, true
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.ObjectOf(id) == st
	}
	ast.Inspect(fs.u.node, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			if mentionedIn(info, n, st) {
				good = false
			}
			return false
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if is(l) {
					defs++
				}
			}
		case *ast.ValueSpec:
			for _, name := range n.Names {
				if info.Defs[name] == st {
					defs++
				}
			}
		case *ast.RangeStmt:
			if n.Key != nil && is(n.Key) || n.Value != nil && is(n.Value) {
				good = false
			}
		case *ast.IncDecStmt:
			if is(n.X) {
				good = false
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && is(n.X) {
				good = false
			}
		case *ast.SelectorExpr:
			if is(n.X) {
				if fn, ok := info.Uses[n.Sel].(*types.Func); ok && isPointer(fn.Signature().Recv().Type()) {
					good = false // st.set(x) through &st
				}
			}
		}
		return good
	})
	return good && defs == 1
}
