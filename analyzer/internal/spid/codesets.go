package spid

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// Code sets. Some teams keep the codes they handle not as constants but
// as the fields of one package-level value:
//
//	var SP = struct{ Success, OTPUsed, OTPInvalid, Locked int }{0, 9002, 9003, 9015}
//	var Codes = spCodes{Success: 0, OTPInvalid: 9003, ...}   // a named struct type
//	var Codes = &spCodes{...}                                 // or a pointer to one
//	var Code = map[string]int{"OTPInvalid": 9003, ...}        // read as Code["OTPInvalid"]
//
// and compare with SP.OTPInvalid, surepass.SP.Locked, or through an alias
// of their own (var sp = surepass.SP). The value's integer fields (or the
// map's string keys) with constant values are judged as a const block's
// constants would be (findCodeTypes): a mirror of the enum by published
// names, a loose group named like its values (valued.go), both unless
// doubtful (doubt.go) or said to be another party's (otherdomain.go)
// without evidence; or a group of codes by value in a package with
// evidence of its own. Such a value is a code set: each of its fields
// holding a published code reads as a constant of that code
// ([Result.CodeSetCode]; codeswitch pins it as a constant), in the package
// and, through codeSetFact, in every importer. A package-level variable
// initialized from a code set (var sp = surepass.SP) is one too. A value
// the package assigns (SP = ..., SP.Locked = ...), increments or takes
// the address of is not: it is no constant.

// codeSetFact marks a package-level variable holding a code set: the
// names of its fields (or map keys) holding published codes, and those
// codes.
type codeSetFact struct {
	Names []string
	Codes []int
}

func (*codeSetFact) AFact()         {}
func (*codeSetFact) String() string { return "codeset" }

// codeSet maps a code set's field names (or map keys) to their codes.
type codeSet map[string]codes.ReturnCode

// setCand is a package-level variable whose literal may be a code set.
type setCand struct {
	v     *types.Var
	gd    *ast.GenDecl
	spec  *ast.ValueSpec
	tn    *types.TypeName // the literal's named type, nil for a struct literal type or a map
	cs    []*types.Const  // the literal's integer constants, as if declared in a block
	named bool            // recognized by its names: a mirror or a loose group
	doubt bool            // named, but doubtful or another party's: counts only with evidence
}

// findSetCands returns the package-level variables initialized with a
// struct or map literal that holds at least two published codes and is
// recognized as a group of codes (see above), the package's evidence
// aside. Only package-level declarations are read.
func findSetCands(pass *analysis.Pass) []*setCand {
	var out []*setCand
	var other *otherDomain
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, s := range gd.Specs {
				vs, ok := s.(*ast.ValueSpec)
				if !ok || len(vs.Values) != len(vs.Names) {
					continue
				}
				for i, val := range vs.Values {
					v, _ := pass.TypesInfo.Defs[vs.Names[i]].(*types.Var)
					if v == nil {
						continue
					}
					cs, tn := setConsts(pass, val)
					if cs == nil {
						continue
					}
					c := &setCand{v: v, gd: gd, spec: vs, tn: tn, cs: cs}
					switch {
					case mirrorGroup("", cs) || looseGroup(cs):
						if other == nil {
							other = &otherDomain{pass: pass}
						}
						c.named = true
						c.doubt = doubtful("", cs) || other.pkgForeign() || c.foreign()
					case len(cs) > minValuedFailures && valuedGroup(cs):
					default:
						continue
					}
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// setConsts returns the integer constants of literal e (a struct or map
// literal, or the address of one) as constants named by their fields or
// keys, nil when fewer than two are published non-zero codes; and the
// literal's named type, if any.
func setConsts(pass *analysis.Pass, e ast.Expr) ([]*types.Const, *types.TypeName) {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok || len(lit.Elts) < 2 {
		return nil, nil
	}
	info := pass.TypesInfo
	t := info.TypeOf(lit)
	if t == nil {
		return nil, nil
	}
	var tn *types.TypeName
	if n, ok := types.Unalias(t).(*types.Named); ok {
		tn = n.Obj()
	}
	var cs []*types.Const
	add := func(name string, typ types.Type, val ast.Expr) {
		tv, ok := info.Types[val]
		if ok && tv.Value != nil && name != "" && isInteger(typ) {
			cs = append(cs, types.NewConst(val.Pos(), pass.Pkg, name, typ, tv.Value))
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := info.Uses[id].(*types.Var); ok {
						add(id.Name, f.Type(), kv.Value)
					}
				}
			} else if i < u.NumFields() {
				add(u.Field(i).Name(), u.Field(i).Type(), elt)
			}
		}
	case *types.Map:
		if !isString(u.Key()) {
			return nil, nil
		}
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if k := info.Types[kv.Key].Value; k != nil && k.Kind() == constant.String {
					add(constant.StringVal(k), u.Elem(), kv.Value)
				}
			}
		}
	default:
		return nil, nil
	}
	n := 0
	for _, c := range cs {
		if v, ok := CodeOf(c.Val()); ok && v.Known() && v != codes.Success {
			n++
		}
	}
	if n < 2 {
		return nil, nil
	}
	return cs, tn
}

// foreign reports whether c's named type, or a doc or line comment of its
// declaration, says the codes are another party's.
func (c *setCand) foreign() bool {
	if c.tn != nil {
		for _, w := range nameWords(c.tn.Name()) {
			if otherPartyWord(w, true) {
				return true
			}
		}
	}
	for _, g := range []*ast.CommentGroup{c.gd.Doc, c.spec.Doc, c.spec.Comment} {
		if g != nil && proseNamesOtherParty(g.Text()) {
			return true
		}
	}
	return false
}

// docSignal reports whether a doc or line comment of c's declaration
// names SurePassID.
func (c *setCand) docSignal() bool {
	for _, g := range []*ast.CommentGroup{c.gd.Doc, c.spec.Doc, c.spec.Comment} {
		if g != nil && containsFold(g.Text(), "surepass") {
			return true
		}
	}
	return false
}

// set returns c's fields (or keys) holding published codes.
func (c *setCand) set() codeSet {
	s := codeSet{}
	for _, k := range c.cs {
		if v, ok := CodeOf(k.Val()); ok && v.Known() {
			s[k.Name()] = v
		}
	}
	return s
}

// addCodeSet records v's code set, exporting its fact when v is the
// package's.
func (r *Result) addCodeSet(pass *analysis.Pass, v *types.Var, s codeSet) {
	if r.codeSets == nil {
		r.codeSets = map[*types.Var]codeSet{}
	}
	r.codeSets[v] = s
	if v.Pkg() == pass.Pkg {
		f := &codeSetFact{}
		for name, code := range s {
			f.Names = append(f.Names, name)
			f.Codes = append(f.Codes, int(code))
		}
		pass.ExportObjectFact(v, f)
	}
}

// addCodeSets records the package's code sets: cands trusted (the
// doubtful ones only with evidence, those by value only with evidence of
// the package's own), the package-level variables initialized from a
// code set of the package or an import (var sp = surepass.SP), none of
// them written in the package; then exports their facts.
func (r *Result) addCodeSets(pass *analysis.Pass, cands []*setCand, evidence, ownEvidence func() bool) {
	local := map[*types.Var]codeSet{}
	for _, c := range cands {
		switch {
		case c.named && !c.doubt:
		case c.named:
			if !c.docSignal() && !evidence() {
				continue
			}
		default:
			if !ownEvidence() {
				continue
			}
		}
		local[c.v] = c.set()
	}
	if len(local) == 0 && len(r.codeSets) == 0 {
		return
	}
	// Aliases: var sp = surepass.SP, var codes = SP.
	for _, vs := range packageVars(pass.Files) {
		if len(vs.Values) != len(vs.Names) {
			continue
		}
		for i, val := range vs.Values {
			v, _ := pass.TypesInfo.Defs[vs.Names[i]].(*types.Var)
			if v == nil {
				continue
			}
			src, _ := pass.TypesInfo.Uses[typex.NameIdent(val)].(*types.Var)
			if s := local[src]; s != nil {
				local[v] = s
			} else if s := r.codeSets[src]; s != nil {
				local[v] = s
			}
		}
	}
	if len(local) == 0 {
		return
	}
	dropWritten(pass, local)
	for v, s := range local {
		r.addCodeSet(pass, v, s)
	}
}

// packageVars returns the specs of the package-level var declarations of
// files.
func packageVars(files []*ast.File) []*ast.ValueSpec {
	var out []*ast.ValueSpec
	for _, f := range files {
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR {
				for _, s := range gd.Specs {
					if vs, ok := s.(*ast.ValueSpec); ok {
						out = append(out, vs)
					}
				}
			}
		}
	}
	return out
}

// dropWritten removes from sets the variables the package assigns (the
// variable, a field or an element of it), increments or takes the address
// of.
func dropWritten(pass *analysis.Pass, sets map[*types.Var]codeSet) {
	info := pass.TypesInfo
	written := func(e ast.Expr) {
		for {
			switch x := ast.Unparen(e).(type) {
			case *ast.SelectorExpr:
				if id, ok := x.X.(*ast.Ident); ok {
					if _, isPkg := info.Uses[id].(*types.PkgName); isPkg {
						e = x.Sel // pkg.Var
						continue
					}
				}
				e = x.X
				continue
			case *ast.IndexExpr:
				e = x.X
				continue
			case *ast.StarExpr:
				e = x.X
				continue
			case *ast.Ident:
				if v, ok := info.Uses[x].(*types.Var); ok {
					delete(sets, v)
				}
			}
			return
		}
	}
	typex.Writes(pass.Files, func(e ast.Expr) bool {
		written(e)
		return len(sets) > 0
	})
}

// HasCodeSets reports whether a code set is in view: the package's own or
// an import's.
func (r *Result) HasCodeSets() bool { return r != nil && len(r.codeSets) > 0 }

// CodeSetCode returns the code e reads from a code set (see above): a
// field of one (SP.OTPInvalid, surepass.SP.Locked, sp.Locked for var sp =
// surepass.SP), or a map set's element at a constant key
// (Code["OTPInvalid"]).
func (r *Result) CodeSetCode(info *types.Info, e ast.Expr) (codes.ReturnCode, bool) {
	if r == nil || len(r.codeSets) == 0 || info == nil {
		return 0, false
	}
	var set codeSet
	name := ""
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		s, ok := info.Selections[x]
		if !ok || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
			return 0, false
		}
		set, name = r.setOf(info, x.X), x.Sel.Name
	case *ast.IndexExpr:
		if _, ok := typex.Under(info, x.X).(*types.Map); !ok {
			return 0, false
		}
		k := info.Types[x.Index].Value
		if k == nil || k.Kind() != constant.String {
			return 0, false
		}
		set, name = r.setOf(info, x.X), constant.StringVal(k)
	}
	code, ok := set[name]
	return code, ok
}

// setOf returns the code set e names (SP, surepass.SP), nil if none.
func (r *Result) setOf(info *types.Info, e ast.Expr) codeSet {
	id := typex.NameIdent(e)
	if id == nil {
		return nil
	}
	if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
		if x, ok := sel.X.(*ast.Ident); !ok {
			return nil
		} else if _, isPkg := info.Uses[x].(*types.PkgName); !isPkg {
			return nil // a field of a value, not a package's variable
		}
	}
	v, _ := info.Uses[id].(*types.Var)
	if v == nil {
		return nil
	}
	return r.codeSets[v]
}

// PinSetReads returns pass, or a copy of it whose TypesInfo gives every
// read of a code set's field (see [Result.CodeSetCode]) its code as a
// constant value, so that rules reading constants read it as the constant
// it stands for; pass itself, with no walk, when no code set is in view.
// The shared TypesInfo is never written.
func (r *Result) PinSetReads(pass *analysis.Pass) *analysis.Pass {
	if !r.HasCodeSets() {
		return pass
	}
	info := pass.TypesInfo
	reads := map[ast.Expr]constant.Value{}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch e := n.(type) {
			case *ast.SelectorExpr, *ast.IndexExpr:
				if code, ok := r.CodeSetCode(info, e.(ast.Expr)); ok {
					reads[e.(ast.Expr)] = constant.MakeInt64(int64(code))
					return false
				}
			}
			return true
		})
	}
	if len(reads) == 0 {
		return pass
	}
	ni := *info
	ni.Types = maps.Clone(info.Types)
	for e, val := range reads {
		if tv, ok := ni.Types[e]; ok {
			tv.Value = val
			ni.Types[e] = tv
		}
	}
	np := *pass
	np.TypesInfo = &ni
	return &np
}

// setConstants reports whether the constants among exprs are all reads of
// code sets, at least two distinct failure codes among them (a table
// keyed by SP.OTPInvalid, SP.Locked).
func (r *Result) setConstants(info *types.Info, exprs []ast.Expr) bool {
	if !r.HasCodeSets() {
		return false
	}
	failures := map[codes.ReturnCode]bool{}
	for _, e := range exprs {
		code, ok := r.CodeSetCode(info, e)
		if !ok {
			if tv, isConst := info.Types[e]; isConst && tv.Value != nil {
				return false
			}
			continue
		}
		if code != codes.Success {
			failures[code] = true
		}
	}
	return len(failures) >= 2
}

// CodeSetSpelling returns how to read code from the code set root names
// (SP, surepass.SP, Code): root's text is the caller's, this gives the
// rest, a field selector (".Success") or an index (`["success"]`), the
// first of the set's names holding code in sorted order, and that read's
// type; ok is false when root names no code set or the set holds no such
// code.
func (r *Result) CodeSetSpelling(info *types.Info, root ast.Expr, code codes.ReturnCode) (rest string, typ types.Type, ok bool) {
	set := r.setOf(info, root)
	if set == nil {
		return "", nil, false
	}
	name := ""
	for n, c := range set {
		if c == code && (name == "" || n < name) {
			name = n
		}
	}
	t := info.TypeOf(root)
	if name == "" || t == nil {
		return "", nil, false
	}
	if m, isMap := t.Underlying().(*types.Map); isMap {
		return "[" + strconv.Quote(name) + "]", m.Elem(), true
	}
	var pkg *types.Package
	if v, _ := info.Uses[typex.NameIdent(root)].(*types.Var); v != nil {
		pkg = v.Pkg() // the set's own package: its unexported fields too
	}
	f, _, _ := types.LookupFieldOrMethod(t, true, pkg, name)
	if f == nil {
		return "", nil, false
	}
	return "." + name, f.Type(), true
}
