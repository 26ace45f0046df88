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
		found: map[*types.TypeName]*Mirror{}, bad: map[*types.TypeName]bool{}, tables: map[*types.Var]*types.TypeName{}}
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
					if tn := s.table(vs.Values[i]); tn != nil {
						if v, ok := s.info.Defs[id].(*types.Var); ok {
							s.tables[v] = tn
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
		r.mirrors[tn] = f
		pass.ExportObjectFact(tn, f.fact())
	}
}

// mirrorType returns the named type of t if it can be a mirror: declared
// in this package, of a string or integer kind, neither a return-code type
// nor an error.
func (s *mirrorScan) mirrorType(t types.Type) *types.TypeName {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != s.pkg || n.TypeParams().Len() > 0 {
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
// mirror type, and returns that type.
func (s *mirrorScan) table(e ast.Expr) *types.TypeName {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return nil
	}
	m, ok := types.Unalias(s.info.TypeOf(lit)).Underlying().(*types.Map)
	if !ok {
		return nil
	}
	tn := s.mirrorType(m.Elem())
	if tn == nil {
		return nil
	}
	out := map[codes.ReturnCode]string{}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return nil
		}
		c, ok := s.publishedCode(kv.Key)
		v, isConst := s.mirrorConst(kv.Value, tn)
		if !ok || !isConst {
			return nil // a key that is no published code, a value computed
		}
		out[c] = v
	}
	if !s.record(tn, out, "", false) {
		return nil
	}
	return tn
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
	if s.mirrorType(rt) == nil {
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
		s.mappingSwitch(sw, after, tn)
	}
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
func (s *mirrorScan) mappingSwitch(sw *ast.SwitchStmt, after *ast.ReturnStmt, tn *types.TypeName) {
	out := map[codes.ReturnCode]string{}
	other, hasOther := "", false
	for _, st := range sw.Body.List {
		cc, result := singleReturn(st)
		if result == nil {
			return
		}
		v, ok := s.mirrorConst(result, tn)
		if !ok {
			return
		}
		if cc.List == nil {
			other, hasOther = v, true
			continue
		}
		for _, e := range cc.List {
			c, ok := s.publishedCode(e)
			if !ok {
				return
			}
			out[c] = v
		}
	}
	if !hasOther && after != nil && len(after.Results) == 1 {
		other, hasOther = s.mirrorConst(after.Results[0], tn)
	}
	s.record(tn, out, other, hasOther)
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
