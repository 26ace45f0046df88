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

// discrFact says, for results of a function, the constants a field holds
// on every return making the result raw.
type discrFact struct {
	Results []discrResult
}

type discrResult struct {
	Result int
	Field  string
	Raw    []string // exact constant values
}

func (*discrFact) AFact() {}
func (f *discrFact) String() string {
	var parts []string
	for _, r := range f.Results {
		parts = append(parts, fmt.Sprintf("result %d raw only with %s in %s", r.Result, r.Field, strings.Join(r.Raw, ",")))
	}
	return "rawexposure(" + strings.Join(parts, "; ") + ")"
}

// retSite is one return's result: whether it is raw, and the constants
// its literal sets (nil: not a literal of a struct).
type retSite struct {
	raw    bool
	consts map[string]string
}

// noteReturnSite records result i of return n, of taint t, for the
// function's discriminators.
func (fs *fstate) noteReturnSite(n *ast.ReturnStmt, i int, t taint) {
	if fs.u.fn == nil || len(n.Results) != fs.sig.Results().Len() {
		return
	}
	site := retSite{raw: t.kind != kNone, consts: fs.litConsts(n.Results[i])}
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
	if old := m[n][i]; !fs.report && (old.raw != site.raw || (old.consts == nil) != (site.consts == nil)) {
		// A return rose: the callers judged its results by the old one.
		fs.touch(fs.u.fn)
	}
	m[n][i] = site
	if site.raw && site.consts != nil {
		fs.state.inView.seen |= discrOwn
	}
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
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if set[f] {
			continue
		}
		if b, ok := f.Type().Underlying().(*types.Basic); ok {
			switch {
			case b.Info()&types.IsString != 0:
				out[f.Name()] = constant.MakeString("").ExactString()
			case b.Info()&types.IsInteger != 0:
				out[f.Name()] = constant.MakeInt64(0).ExactString()
			case b.Info()&types.IsBoolean != 0:
				out[f.Name()] = constant.MakeBool(false).ExactString()
			}
		}
	}
	return out
}

// discriminators are fn's: by result, by field, the constants its raw
// returns set.
func (st *state) discriminators(fn *types.Func) map[int]map[string][]string {
	if fn.Pkg() != st.pass.Pkg {
		var f discrFact
		if !st.pass.ImportObjectFact(fn, &f) {
			return nil
		}
		out := map[int]map[string][]string{}
		for _, r := range f.Results {
			if out[r.Result] == nil {
				out[r.Result] = map[string][]string{}
			}
			out[r.Result][r.Field] = r.Raw
		}
		return out
	}
	st.reads(fn) // the callers are looked at again when a return rises
	sites := st.inView.sites[fn]
	if len(sites) == 0 {
		return nil
	}
	var out map[int]map[string][]string
	n := fn.Type().(*types.Signature).Results().Len()
	for i := 0; i < n; i++ {
		var fields map[string][]string // nil: no raw return yet
		ok := true
		for _, rs := range sites {
			if i >= len(rs) || !rs[i].raw {
				continue
			}
			if rs[i].consts == nil {
				ok = false
				break
			}
			if fields == nil {
				fields = map[string][]string{}
				for k, v := range rs[i].consts {
					fields[k] = []string{v}
				}
				continue
			}
			for k := range fields {
				v, has := rs[i].consts[k]
				if !has {
					delete(fields, k)
				} else if !slices.Contains(fields[k], v) {
					fields[k] = append(fields[k], v)
				}
			}
		}
		// Only a field some clean return sets to another constant tells
		// the returns apart.
		for k, raw := range fields {
			tells := false
			for _, rs := range sites {
				if i < len(rs) && !rs[i].raw && rs[i].consts != nil {
					if v, has := rs[i].consts[k]; has && !slices.Contains(raw, v) {
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
				out = map[int]map[string][]string{}
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
// and the discriminator is a status (enumField).
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
				if !enumField(rt, k) {
					continue
				}
				raw := slices.Clone(d[i][k])
				slices.Sort(raw)
				f.Results = append(f.Results, discrResult{Result: i, Field: k, Raw: raw})
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
// one) is of a defined type other than a boolean over a basic one: a
// status a caller tests against the type's constants (a flag is tested
// with !, a message is not tested).
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
		n, ok := types.Unalias(f.Type()).(*types.Named)
		if !ok {
			return false
		}
		b, ok := n.Underlying().(*types.Basic)
		return ok && b.Info()&types.IsBoolean == 0
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
	known, ruled := fs.knownConsts(v, at)
	for field, ks := range known {
		if raw, ok := d[field]; ok && !slices.ContainsFunc(ks, func(k string) bool { return slices.Contains(raw, k) }) {
			hit = true
		}
	}
	for field, ks := range ruled {
		if raw, ok := d[field]; ok && !slices.ContainsFunc(raw, func(k string) bool { return !slices.Contains(ks, k) }) {
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
func (fs *fstate) knownConsts(v *types.Var, at ast.Expr) (out, ruled map[string][]string) {
	info := fs.pass.TypesInfo
	out, ruled = map[string][]string{}, map[string][]string{}
	// field returns the name of the field of v that e selects, if it does.
	field := func(e ast.Expr) string {
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
		}
		return ""
	}
	// test reads x.F op K (or K op x.F) for v: the constant K and the
	// field's name.
	test := func(e ast.Expr, op token.Token) (string, string) {
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
		case *ast.BlockStmt:
			for _, s := range n.List {
				if s.End() > at.Pos() {
					break
				}
				ifs, ok := s.(*ast.IfStmt)
				if !ok || ifs.Else != nil || ifs.Init != nil || !terminates(ifs.Body) {
					continue
				}
				for _, c := range splitOp(ifs.Cond, token.LOR) {
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
