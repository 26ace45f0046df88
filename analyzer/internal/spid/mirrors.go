package spid

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"

	"github.com/surepasslint/surepasslint/codes"
)

// This file recognizes a client's own enum mirroring the return codes (see
// "Mirrors" in doc.go): a named string or integer type whose constants a
// table or a mapping function of its package fills from published codes,
// so that handlers dispatch on the mirror and never see the number.

// mirrorFact marks a named type whose constants stand for return codes:
// Values[i] is the exact constant value (constant.Value.ExactString) the
// published code Codes[i] maps to (sorted by code, so the encoding is
// deterministic); Other, when HasOther, is the value every code the
// mapping does not list gets.
type mirrorFact struct {
	Codes    []int
	Values   []string
	Other    string
	HasOther bool
}

func (*mirrorFact) AFact() {}
func (f *mirrorFact) String() string {
	return fmt.Sprintf("mirror:%d codes", len(f.Codes))
}

// A Mirror is a consumer's enum filled from return codes.
type Mirror struct {
	values   map[codes.ReturnCode]string
	other    string
	hasOther bool
	typ      types.Type // the type whose constants the values are
}

func newMirror(f *mirrorFact) *Mirror {
	m := &Mirror{values: map[codes.ReturnCode]string{}, other: f.Other, hasOther: f.HasOther}
	for i, c := range f.Codes {
		if i < len(f.Values) {
			m.values[codes.ReturnCode(c)] = f.Values[i]
		}
	}
	return m
}

func (m *Mirror) fact() *mirrorFact {
	f := &mirrorFact{Other: m.other, HasOther: m.hasOther}
	var list []codes.ReturnCode
	for c := range m.values {
		list = append(list, c)
	}
	slices.Sort(list)
	for _, c := range list {
		f.Codes = append(f.Codes, int(c))
		f.Values = append(f.Values, m.values[c])
	}
	return f
}

// MirrorOf returns the mirror type t is, in this package or through a
// fact; nil when t is none.
func (r *Result) MirrorOf(t types.Type) *Mirror {
	if r == nil || t == nil || r.mirrors == nil {
		return nil
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return nil
	}
	return r.mirrors[n.Origin().Obj()]
}

// FuncMirror returns the mapping fn, a classifier (see "Mirrors" in
// doc.go), makes from codes to constants of its result type, in this
// package or through a fact; nil when fn is none. It is fn's own: other
// classifiers over the same type may map the codes otherwise.
func (r *Result) FuncMirror(fn *types.Func) *Mirror {
	if r == nil || fn == nil || r.funcMirrors == nil {
		return nil
	}
	return r.funcMirrors[fn.Origin()]
}

// HasClassifiers reports whether any classifier has a mapping of its own
// (FuncMirror), here or through a fact: a cheap test before looking for
// one.
func (r *Result) HasClassifiers() bool { return r != nil && len(r.funcMirrors) > 0 }

func (r *Result) addFuncMirror(fn *types.Func, m *Mirror) {
	if r.funcMirrors == nil {
		r.funcMirrors = map[*types.Func]*Mirror{}
	}
	r.funcMirrors[fn] = m
}

// Type returns the type whose constants m's values are.
func (m *Mirror) Type() types.Type { return m.typ }

// Lists reports whether m maps code by name (a table's key, a case),
// rather than by its fallback.
func (m *Mirror) Lists(code codes.ReturnCode) bool {
	_, ok := m.values[code]
	return ok
}

// OpenFallback reports whether the codes m lists nowhere share Success's
// value (Success listed with the fallback's value, or listed nowhere
// itself): the mapping fails open for them where it is made, and is
// reported there.
func (m *Mirror) OpenFallback() bool {
	ok, _ := m.Value(codes.Success)
	return m.hasOther && ok == m.other
}

// Value returns the exact constant value (constant.Value.ExactString) that
// code maps to, and false when it maps to no constant (an unlisted code of
// a table without a fallback: the zero value).
func (m *Mirror) Value(code codes.ReturnCode) (string, bool) {
	if v, ok := m.values[code]; ok {
		return v, true
	}
	return m.other, m.hasOther
}

// Codes returns the published codes mapped to the constant value v.
func (m *Mirror) Codes(v constant.Value) []codes.ReturnCode {
	if v == nil {
		return nil
	}
	want := v.ExactString()
	var out []codes.ReturnCode
	for _, c := range codes.All() {
		if got, ok := m.Value(c); ok && got == want {
			out = append(out, c)
		}
	}
	return out
}

// minMirrorFailures is how many distinct published failure codes a table
// or mapping function must map: two may be ports or another vendor's codes.
const minMirrorFailures = 3

// mirrorScan collects the mappings of one package.
type mirrorScan struct {
	r      *Result
	info   *types.Info
	pkg    *types.Package
	found  map[*types.TypeName]*Mirror
	bad    map[*types.TypeName]bool       // conflicting mappings
	tables map[*types.Var]*types.TypeName // package-level tables by variable
	// each table's own mapping, by variable
	tableMaps map[*types.Var]map[codes.ReturnCode]string
}

// findMirrors records and exports the mirror types of the package, which
// has a signal: a package-level map literal from published codes to
// constants of one named type (var outcomeByCode = map[int]Outcome{0: OK,
// 9002: OTPReused, ...}), with the fallback of a function returning a
// constant when its lookup misses; or a function returning such a
// constant from each clause of a switch over a code (case 9002: return
// OTPReused ... default: return Unknown).
func (r *Result) findMirrors(pass *analysis.Pass) {
	s := &mirrorScan{r: r, info: pass.TypesInfo, pkg: pass.Pkg,
		found: map[*types.TypeName]*Mirror{}, bad: map[*types.TypeName]bool{}, tables: map[*types.Var]*types.TypeName{},
		tableMaps: map[*types.Var]map[codes.ReturnCode]string{}}
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, id := range vs.Names {
					if i >= len(vs.Values) {
						break
					}
					if tn, m := s.table(vs.Values[i]); tn != nil {
						if v, ok := s.info.Defs[id].(*types.Var); ok {
							s.tables[v] = tn
							s.tableMaps[v] = m
						}
					}
				}
			}
		}
	}
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok && fd.Body != nil {
				s.function(fd)
			}
		}
	}
	for tn, f := range s.found {
		ok, named := f.values[codes.Success]
		if s.bad[tn] || !named || f.hasOther && f.other == ok {
			// Conflicting mappings; or Success not mapped by name, or
			// sharing its constant with the unlisted codes: a decision
			// table of a few failures (gateOpen by default), or a
			// mapping that is itself fail-open (reported there).
			continue
		}
		f.typ = tn.Type()
		r.mirrors[tn] = f
		pass.ExportObjectFact(tn, f.fact())
	}
	for fn, m := range r.funcMirrors {
		if fn.Pkg() == s.pkg && fn.Exported() {
			pass.ExportObjectFact(fn, m.fact())
		}
	}
}

// mirrorType returns the named type of t if it can be a mirror: declared
// in this package, of a string or integer kind, neither a return-code type
// nor an error.
func (s *mirrorScan) mirrorType(t types.Type) *types.TypeName {
	tn := s.classType(t)
	if tn == nil || tn.Pkg() != s.pkg {
		return nil
	}
	return tn
}

// classType is mirrorType for a classifier's result, which may be
// declared in another package (a team's shared Verdict).
func (s *mirrorScan) classType(t types.Type) *types.TypeName {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.TypeParams().Len() > 0 {
		return nil
	}
	b, ok := n.Underlying().(*types.Basic)
	if !ok || b.Info()&(types.IsString|types.IsInteger) == 0 || s.r.IsCodeType(n) || implementsError(n) {
		return nil
	}
	return n.Obj()
}

// mirrorConst returns the exact value of e, a declared constant of type
// tn (OTPReused; not a literal: map[int]Step{0: 0, 9003: 1} is a table of
// numbers).
func (s *mirrorScan) mirrorConst(e ast.Expr, tn *types.TypeName) (string, bool) {
	tv, ok := s.info.Types[e]
	if !ok || tv.Value == nil || !types.Identical(tv.Type, tn.Type()) {
		return "", false
	}
	if id := typex.NameIdent(e); id == nil {
		return "", false
	} else if _, ok := s.info.Uses[id].(*types.Const); !ok {
		return "", false
	}
	return tv.Value.ExactString(), true
}

// publishedCode returns the published code the constant e is.
func (s *mirrorScan) publishedCode(e ast.Expr) (codes.ReturnCode, bool) {
	return publishedConst(s.info, e)
}

// enoughFailures reports whether m maps minMirrorFailures failure codes.
func enoughFailures(m map[codes.ReturnCode]string) bool {
	failures := 0
	for c := range m {
		if c != codes.Success {
			failures++
		}
	}
	return failures >= minMirrorFailures
}

// record adds the mapping m of tn, if it maps enough failure codes.
func (s *mirrorScan) record(tn *types.TypeName, m map[codes.ReturnCode]string, other string, hasOther bool) bool {
	failures := 0
	for c := range m {
		if c != codes.Success {
			failures++
		}
	}
	if failures < minMirrorFailures {
		return false
	}
	f := s.found[tn]
	if f == nil {
		f = &Mirror{values: map[codes.ReturnCode]string{}}
		s.found[tn] = f
	}
	for c, v := range m {
		if old, ok := f.values[c]; ok && old != v {
			s.bad[tn] = true
		}
		f.values[c] = v
	}
	if hasOther {
		if f.hasOther && f.other != other {
			s.bad[tn] = true
		}
		f.other, f.hasOther = other, true
	}
	return true
}

// table records a map literal from published codes to constants of one
// mirror type, and returns that type and the literal's mapping.
func (s *mirrorScan) table(e ast.Expr) (*types.TypeName, map[codes.ReturnCode]string) {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return nil, nil
	}
	m, ok := types.Unalias(s.info.TypeOf(lit)).Underlying().(*types.Map)
	if !ok {
		return nil, nil
	}
	tn := s.classType(m.Elem())
	if tn == nil {
		return nil, nil
	}
	out := map[codes.ReturnCode]string{}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return nil, nil
		}
		c, ok := s.publishedCode(kv.Key)
		v, isConst := s.mirrorConst(kv.Value, tn)
		if !ok || !isConst {
			return nil, nil // a key that is no published code, a value computed
		}
		out[c] = v
	}
	if !enoughFailures(out) || tn.Pkg() == s.pkg && !s.record(tn, out, "", false) {
		return nil, nil
	}
	return tn, out
}

// function records the mapping a function with one mirror-type result
// makes: a switch over a code whose clauses return constants (the default,
// or the return after the switch, for the codes it lists nowhere), or the
// fallback after a lookup in a table (if o, ok := outcomeByCode[code]; ok
// { return o }; return Unknown).
func (s *mirrorScan) function(fd *ast.FuncDecl) {
	obj, ok := s.info.Defs[fd.Name].(*types.Func)
	if !ok || obj.Signature().Results().Len() != 1 {
		return
	}
	rt := obj.Signature().Results().At(0).Type()
	list := fd.Body.List
	if len(list) == 0 {
		return
	}
	last, _ := list[len(list)-1].(*ast.ReturnStmt)
	var tn *types.TypeName
	if n, ok := types.Unalias(rt).(*types.Named); ok {
		tn = n.Obj()
	}
	if tn == nil {
		return
	}
	if len(s.tableMaps) == 0 || s.classType(rt) == nil {
		// no table to classify by
	} else if m := s.tableClassifier(fd.Body, tn); m != nil {
		s.r.addFuncMirror(obj, m)
	}
	// The fallback of a table.
	if last != nil && len(last.Results) == 1 {
		if other, ok := s.mirrorConst(last.Results[0], tn); ok && s.usesTable(fd.Body, tn) {
			if f := s.found[tn]; f != nil {
				if f.hasOther && f.other != other {
					s.bad[tn] = true
				}
				f.other, f.hasOther = other, true
			}
			return
		}
	}
	if s.classType(rt) == nil {
		return
	}
	if m := s.ifClassifier(list, tn); m != nil {
		s.r.addFuncMirror(obj, m)
		return
	}
	for i, st := range list {
		sw, ok := st.(*ast.SwitchStmt)
		if !ok || sw.Tag == nil || sw.Body == nil {
			continue
		}
		var after *ast.ReturnStmt
		if i+1 < len(list) {
			after, _ = list[i+1].(*ast.ReturnStmt)
		}
		if m := s.mappingSwitch(sw, after, tn); m != nil && i == 0 && len(list) <= 2 {
			s.r.addFuncMirror(obj, m) // the switch is the whole function
		}
	}
}

// ifClassifier returns the mapping of a classifier written as ifs
// (func ForReset(c Code) Verdict { if c == OTPInvalid || c == BogusOTP {
// return Deny }; if c == Locked { return Freeze }; return Allow }): list,
// its body, is ifs without init or else, each comparing one value with
// published codes joined by || and returning a constant of tn, then a
// return of one, which the codes listed nowhere get. Nil otherwise.
func (s *mirrorScan) ifClassifier(list []ast.Stmt, tn *types.TypeName) *Mirror {
	if len(list) < 2 {
		return nil
	}
	last, ok := list[len(list)-1].(*ast.ReturnStmt)
	if !ok || len(last.Results) != 1 {
		return nil
	}
	other, ok := s.mirrorConst(last.Results[0], tn)
	if !ok {
		return nil
	}
	out := map[codes.ReturnCode]string{}
	var subject types.Object
	var tests func(e ast.Expr) []codes.ReturnCode
	tests = func(e ast.Expr) []codes.ReturnCode {
		b, isBin := ast.Unparen(e).(*ast.BinaryExpr)
		if !isBin {
			return nil
		}
		switch b.Op {
		case token.LOR:
			l, r := tests(b.X), tests(b.Y)
			if l == nil || r == nil {
				return nil
			}
			return append(l, r...)
		case token.EQL:
			x, y := b.X, b.Y
			if _, isConst := s.publishedCode(x); isConst {
				x, y = y, x
			}
			id, isID := ast.Unparen(x).(*ast.Ident)
			c, isCode := s.publishedCode(y)
			if !isID || !isCode || s.info.Uses[id] == nil || subject != nil && s.info.Uses[id] != subject {
				return nil
			}
			subject = s.info.Uses[id]
			return []codes.ReturnCode{c}
		}
		return nil
	}
	for _, st := range list[:len(list)-1] {
		ifs, isIf := st.(*ast.IfStmt)
		if !isIf || ifs.Init != nil || ifs.Else != nil || len(ifs.Body.List) != 1 {
			return nil
		}
		ret, isRet := ifs.Body.List[0].(*ast.ReturnStmt)
		if !isRet || len(ret.Results) != 1 {
			return nil
		}
		v, isConst := s.mirrorConst(ret.Results[0], tn)
		listed := tests(ifs.Cond)
		if !isConst || listed == nil {
			return nil
		}
		for _, c := range listed {
			if _, seen := out[c]; !seen { // the first if listing it decides
				out[c] = v
			}
		}
	}
	if !enoughFailures(out) {
		return nil
	}
	return &Mirror{values: out, other: other, hasOther: true, typ: tn.Type()}
}

// tableClassifier returns the mapping a classifier over one table makes
// (func LoginVerdict(s Status) Verdict { v, ok := loginVerdicts[s]; if !ok
// { return VerdictAllow }; return v }): body, a function's with the one
// result of type tn, returns only a lookup in one recorded table of tn
// (return t[k], or v of v, ok := t[k] never assigned again) or one
// constant of tn, which the codes the table leaves out get (the zero
// value when no constant is returned), and every if tests the lookup's ok
// alone. Nil for any other body (if _, ok := t[k]; !ok && k != OK
// {...}).
func (s *mirrorScan) tableClassifier(body *ast.BlockStmt, tn *types.TypeName) *Mirror {
	var table *types.Var
	kept := map[types.Object]bool{} // locals holding the lookup
	oks := map[types.Object]bool{}  // the lookups' ok
	var ifs []*ast.IfStmt
	other, hasOther, ok := "", false, true
	tableOf := func(e ast.Expr) *types.Var {
		idx, isIdx := ast.Unparen(e).(*ast.IndexExpr)
		if !isIdx {
			return nil
		}
		id, isID := ast.Unparen(idx.X).(*ast.Ident)
		if !isID {
			return nil
		}
		v, _ := s.info.Uses[id].(*types.Var)
		if v == nil || s.tableMaps[v] == nil {
			return nil
		}
		if table != nil && table != v {
			ok = false
		}
		table = v
		return v
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			ifs = append(ifs, n)
		case *ast.AssignStmt:
			if len(n.Rhs) == 1 && tableOf(n.Rhs[0]) != nil && n.Tok == token.DEFINE {
				for i, l := range n.Lhs {
					if id, isID := l.(*ast.Ident); isID && s.info.Defs[id] != nil {
						if i == 0 {
							kept[s.info.Defs[id]] = true
						} else {
							oks[s.info.Defs[id]] = true
						}
					}
				}
				return true
			}
			for _, l := range n.Lhs {
				if id, isID := ast.Unparen(l).(*ast.Ident); isID && kept[s.info.Uses[id]] {
					ok = false // assigned again
				}
			}
		case *ast.ReturnStmt:
			if len(n.Results) != 1 {
				ok = false
				return false
			}
			r := ast.Unparen(n.Results[0])
			if tableOf(r) != nil {
				return false
			}
			if id, isID := r.(*ast.Ident); isID && kept[s.info.Uses[id]] {
				return false
			}
			v, isConst := s.mirrorConst(r, tn)
			if !isConst || hasOther && v != other {
				ok = false
				return false
			}
			other, hasOther = v, true
			return false
		}
		return true
	})
	for _, ifs := range ifs {
		cond := ast.Unparen(ifs.Cond)
		if u, isNot := cond.(*ast.UnaryExpr); isNot && u.Op == token.NOT {
			cond = ast.Unparen(u.X)
		}
		if id, isID := cond.(*ast.Ident); !isID || !oks[s.info.Uses[id]] {
			return nil
		}
	}
	if !ok || table == nil {
		return nil
	}
	if !hasOther { // the zero value
		other, hasOther = constant.MakeInt64(0).ExactString(), true
		if b, isBasic := tn.Type().Underlying().(*types.Basic); isBasic && b.Info()&types.IsString != 0 {
			other = constant.MakeString("").ExactString()
		}
	}
	m := &Mirror{values: map[codes.ReturnCode]string{}, other: other, hasOther: hasOther, typ: tn.Type()}
	for c, v := range s.tableMaps[table] {
		m.values[c] = v
	}
	return m
}

// usesTable reports whether body looks up a recorded table of tn.
func (s *mirrorScan) usesTable(body *ast.BlockStmt, tn *types.TypeName) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if idx, ok := n.(*ast.IndexExpr); ok {
			if id, ok := ast.Unparen(idx.X).(*ast.Ident); ok {
				if v, ok := s.info.Uses[id].(*types.Var); ok && s.tables[v] == tn {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// mappingSwitch records switch code { case 9002: return OTPReused ...
// default: return Unknown }: every case value a published code, every
// clause a single return of a constant of tn.
// It returns the mapping, nil when none is recorded.
func (s *mirrorScan) mappingSwitch(sw *ast.SwitchStmt, after *ast.ReturnStmt, tn *types.TypeName) *Mirror {
	out := map[codes.ReturnCode]string{}
	other, hasOther := "", false
	for _, st := range sw.Body.List {
		cc, result := singleReturn(st)
		if result == nil {
			return nil
		}
		v, ok := s.mirrorConst(result, tn)
		if !ok {
			return nil
		}
		if cc.List == nil {
			other, hasOther = v, true
			continue
		}
		for _, e := range cc.List {
			c, ok := s.publishedCode(e)
			if !ok {
				return nil
			}
			out[c] = v
		}
	}
	if !hasOther && after != nil && len(after.Results) == 1 {
		other, hasOther = s.mirrorConst(after.Results[0], tn)
	}
	if !enoughFailures(out) || tn.Pkg() == s.pkg && !s.record(tn, out, other, hasOther) {
		return nil
	}
	return &Mirror{values: out, other: other, hasOther: hasOther, typ: tn.Type()}
}

// Same reports whether m and o are the same mirror.
func (m *Mirror) Same(o *Mirror) bool { return m == o }

// singleReturn returns st as a case clause whose body is one return of one
// result, and that result; nil when st is no such clause.
func singleReturn(st ast.Stmt) (*ast.CaseClause, ast.Expr) {
	cc, ok := st.(*ast.CaseClause)
	if !ok || len(cc.Body) != 1 {
		return nil, nil
	}
	ret, ok := cc.Body[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil, nil
	}
	return cc, ret.Results[0]
}
