package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// A team often names the outcomes it tells apart in a table of another
// package, keyed by the code, and dispatches on the name:
//
//	// package mfa
//	var outcomeNames = map[int32]string{9002: "replayed", 9003: "invalid", 9015: "locked", 9051: "bypass"}
//	func OutcomeNames() map[int32]string { return outcomeNames }
//
//	// package gateway
//	outcome := mfa.OutcomeNames()[resp.GetErrorCode()]
//	if outcome == "invalid" || outcome == "replayed" { reject }
//
// The name stands for the codes the table maps to it, and the zero value
// ("") for every code it leaves out (held.go reads such a lookup). A
// tableFact carries the table to the importing package: on an exported
// package-level map variable declared with a literal of constants whose
// keys are published codes, and on an exported function or method
// returning one
// (return outcomeNames, return map[...]...{...}). The importer reads it
// as a literal of its own (factTable).

// tableFact holds a code table's entries as constants' exact texts.
// Keyed: the function answers the table's value for its argument (or
// receiver) rather than the table. List: the table is a list of codes,
// its entries' keys (sharedlists.go).
type tableFact struct {
	Entries []tableFactEntry
	Keyed   bool
	List    bool
}

type tableFactEntry struct {
	Key, Value         string
	KeyKind, ValueKind constant.Kind
}

func (*tableFact) AFact() {}
func (f *tableFact) String() string {
	if f.Keyed {
		return "codeswitch(table value)"
	}
	if f.List {
		return "codeswitch(list)"
	}
	return "codeswitch(table)"
}

// exportTables exports a tableFact for each code table of pass's package
// of constants, and each function returning one.
func exportTables(pass *analysis.Pass, r *spid.Result) {
	if typex.InGoroot(pass) {
		return // the standard library holds no code table
	}
	c := &checker{pass: pass, spid: r}
	facts := map[*types.Var]*tableFact{}
	for _, vs := range packageVarSpecs(pass.Files) {
		for i, name := range vs.Names {
			if i >= len(vs.Values) {
				break
			}
			lit, ok := ast.Unparen(vs.Values[i]).(*ast.CompositeLit)
			if !ok {
				continue
			}
			v, ok := pass.TypesInfo.Defs[name].(*types.Var)
			if !ok {
				continue
			}
			f := c.tableFactOf(lit)
			if f == nil {
				f = c.listFactOf(lit) // sharedlists.go
			}
			if f != nil {
				facts[v] = f
				if v.Exported() {
					pass.ExportObjectFact(v, f)
				}
			}
		}
	}
	if len(facts) != 0 || hasListFunc(pass) {
		exportLists(pass, c, facts) // sharedlists.go
	}
	if len(facts) == 0 && !hasMapFunc(pass) {
		return // no table to answer a value of either
	}
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok || !fn.Exported() || fn.Signature().Results().Len() != 1 {
				continue
			}
			if idx := keyedReturn(pass.TypesInfo, fd); idx != nil {
				var f *tableFact
				if v := typex.NameIdent(idx.X); v != nil {
					if tv, ok := pass.TypesInfo.Uses[v].(*types.Var); ok {
						f = facts[tv]
					}
				}
				if lit, ok := ast.Unparen(idx.X).(*ast.CompositeLit); ok {
					f = c.tableFactOf(lit)
				}
				if f != nil {
					pass.ExportObjectFact(fn, &tableFact{Entries: f.Entries, Keyed: true})
				}
				continue
			}
			if _, ok := fn.Signature().Results().At(0).Type().Underlying().(*types.Map); !ok {
				continue
			}
			var f *tableFact
			if lit := c.returnedLiteral(fd.Body.List); lit != nil {
				f = c.tableFactOf(lit)
			} else if v := returnedVar(pass.TypesInfo, fd.Body); v != nil {
				f = facts[v]
			}
			if f != nil {
				pass.ExportObjectFact(fn, f)
			}
		}
	}
}

// hasMapFunc reports whether a function of pass's package returns a map
// literal: cheap, before the functions are read.
func hasMapFunc(pass *analysis.Pass) bool {
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok && fd.Type.Results != nil && len(fd.Type.Results.List) == 1 {
				if _, ok := fd.Type.Results.List[0].Type.(*ast.MapType); ok {
					return true
				}
			}
		}
	}
	return false
}

// returnedVar returns the package-level variable body, a function's body,
// returns as its only statement (return outcomeNames); nil otherwise.
func returnedVar(info *types.Info, body *ast.BlockStmt) *types.Var {
	if len(body.List) != 1 {
		return nil
	}
	ret, ok := body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	id, ok := ast.Unparen(ret.Results[0]).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return nil
	}
	return v
}

// tableFactOf returns the fact for lit, a map literal whose keys and
// values are constants and whose keys are published codes (codeKeyed, or
// constants spid knows as codes); nil for any other literal.
func (c *checker) tableFactOf(lit *ast.CompositeLit) *tableFact {
	info := c.pass.TypesInfo
	if t := info.TypeOf(lit); t == nil {
		return nil
	} else if _, ok := t.Underlying().(*types.Map); !ok {
		return nil
	}
	var keys []ast.Expr
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return nil
		}
		keys = append(keys, kv.Key)
	}
	if !codeKeyed(info, lit) && !c.spid.CodeConstants(info, keys) {
		return nil // checked first: most literals stop here
	}
	f := &tableFact{}
	for _, elt := range lit.Elts {
		kv := elt.(*ast.KeyValueExpr)
		k, v := info.Types[kv.Key].Value, info.Types[kv.Value].Value
		if k == nil || v == nil || !factKind(k.Kind()) || !factKind(v.Kind()) {
			return nil
		}
		f.Entries = append(f.Entries, tableFactEntry{Key: k.ExactString(), KeyKind: k.Kind(), Value: v.ExactString(), ValueKind: v.Kind()})
	}
	return f
}

// factKind reports whether a constant of kind k is carried by a tableFact.
func factKind(k constant.Kind) bool {
	return k == constant.Bool || k == constant.String || k == constant.Int
}

// factConst returns the constant of text s and kind k (see tableFactEntry).
func factConst(s string, k constant.Kind) constant.Value {
	switch k {
	case constant.Bool:
		return constant.MakeBool(s == "true")
	case constant.String:
		return constant.MakeFromLiteral(s, token.STRING, 0)
	case constant.Int:
		return constant.MakeFromLiteral(s, token.INT, 0)
	}
	return constant.MakeUnknown()
}

// factTable returns a literal standing for the table obj, a variable or
// function of another package, holds or returns (its tableFact), its
// keys and values constants of no position (constValue reads them), its
// braces at obj's declaration; nil when obj has no such fact.
func (c *checker) factTable(obj types.Object) *ast.CompositeLit {
	return c.factTableOf(obj, false)
}

// factTableOf is factTable for a table (keyed false) or a function
// answering a table's value (keyed true).
func (c *checker) factTableOf(obj types.Object, keyed bool) *ast.CompositeLit {
	if obj == nil || obj.Pkg() == nil || obj.Pkg() == c.pass.Pkg {
		return nil
	}
	if lit, ok := c.factLits[obj]; ok {
		return lit
	}
	if c.factLits == nil {
		c.factLits = map[types.Object]*ast.CompositeLit{}
	}
	var f tableFact
	if !c.pass.ImportObjectFact(obj, &f) || len(f.Entries) == 0 || f.Keyed != keyed {
		c.factLits[obj] = nil
		return nil
	}
	if c.synthVals == nil {
		c.synthVals = map[ast.Expr]constant.Value{}
	}
	// At obj's declaration, where related information points.
	lit := &ast.CompositeLit{Lbrace: obj.Pos(), Rbrace: obj.Pos()}
	for _, e := range f.Entries {
		k := &ast.BasicLit{Value: e.Key, Kind: litKind(e.KeyKind)}
		v := &ast.BasicLit{Value: e.Value, Kind: litKind(e.ValueKind)}
		c.synthVals[k] = factConst(e.Key, e.KeyKind)
		c.synthVals[v] = factConst(e.Value, e.ValueKind)
		lit.Elts = append(lit.Elts, &ast.KeyValueExpr{Key: k, Value: v})
	}
	c.factLits[obj] = lit
	return lit
}

func litKind(k constant.Kind) token.Token {
	switch k {
	case constant.String:
		return token.STRING
	case constant.Int:
		return token.INT
	}
	return token.IDENT // true, false
}

// varLiteral returns the map literal v, a package-level variable of this
// package, is declared with; nil for any other variable.
func (c *checker) varLiteral(v *types.Var) *ast.CompositeLit {
	for _, vs := range packageVarSpecs(c.pass.Files) {
		for i, name := range vs.Names {
			if i < len(vs.Values) && c.pass.TypesInfo.Defs[name] == v {
				lit, _ := ast.Unparen(vs.Values[i]).(*ast.CompositeLit)
				if lit != nil {
					if _, ok := typeUnder(c.pass.TypesInfo.TypeOf(lit)).(*types.Map); ok {
						return lit
					}
				}
				return nil
			}
		}
	}
	return nil
}

// leavesOut reports whether the table of idx, a held lookup, lists none
// of missing, the codes a dispatch on it lets through: they pass with
// the zero value, and testing the lookup's ok is the fix. A code the
// table gives a value the dispatch accepts ("bypass") is the dispatch's
// own failure.
func (c *checker) leavesOut(idx *ast.IndexExpr, missing []codes.ReturnCode) bool {
	return !c.keysMissing(idx, missing) // held.go
}

// successValueCase returns, for s, a switch over a held lookup (switch
// mfa.Outcomes[code]) dispatching d, the case value standing for Success
// alone: the table's value for Success when no other published code, nor
// a code the table leaves out, takes it ("ok"); else why there is none.
func (c *checker) successValueCase(s *ast.SwitchStmt, d *dispatch) (string, string) {
	const why = "no value of the table stands for Success alone"
	subj := subject{is: func(e ast.Expr) bool { return sameExpr(e, d.tag) }, base: func(ast.Expr) bool { return false }, tag: d.tag}
	ok := c.lookedUpValue(s.Tag, codes.Success, subj)
	if ok == nil {
		return "", why
	}
	okVal := c.constValue(ok)
	if okVal == nil {
		return "", why
	}
	if z, isZero := c.zeroValue(ok); isZero && z.Kind() != constant.Unknown {
		return "", why // Success unlisted: every unlisted code shares it
	}
	for _, code := range published {
		if code == codes.Success {
			continue
		}
		v := c.lookedUpValue(s.Tag, code, subj)
		if v == nil || c.compareConsts(v, token.NEQ, ok) != triTrue {
			return "", why
		}
	}
	return okVal.ExactString(), ""
}

// A function answering a table's value for a code stands for the lookup:
//
//	func (c Code) Outcome() string { return outcomeNames[c] }
//	func OutcomeOf(code int32) string { return outcomeNames[code] }
//
// so code.Outcome() reads outcomeNames[code]. tableCall gives such a call
// a lookup of its own, of no source: an IndexExpr over the call's range
// whose X, a synthetic name, stands for the table (callLits, callTypes)
// and whose Index is the call's argument or receiver. The lookup is held
// as a written one is (held.go); its fix, which would name the table,
// is not offered.

// keyedReturn returns the lookup fd's body returns, its only statement,
// when its key is fd's receiver or only parameter (or a conversion of
// it): return outcomeNames[c]; nil otherwise.
func keyedReturn(info *types.Info, fd *ast.FuncDecl) *ast.IndexExpr {
	if fd.Body == nil || len(fd.Body.List) != 1 {
		return nil
	}
	ret, ok := fd.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	idx, ok := ast.Unparen(ret.Results[0]).(*ast.IndexExpr)
	if !ok {
		return nil
	}
	var key *ast.Ident
	nparams := 0
	if fd.Type.Params != nil {
		for _, f := range fd.Type.Params.List {
			nparams += max(len(f.Names), 1)
		}
	}
	switch {
	case fd.Recv != nil && nparams == 0 && len(fd.Recv.List) == 1 && len(fd.Recv.List[0].Names) == 1:
		key = fd.Recv.List[0].Names[0]
	case fd.Recv == nil && nparams == 1 && len(fd.Type.Params.List[0].Names) == 1:
		key = fd.Type.Params.List[0].Names[0]
	default:
		return nil
	}
	k := ast.Unparen(idx.Index)
	if conv, ok := k.(*ast.CallExpr); ok && len(conv.Args) == 1 {
		if tv, ok := info.Types[conv.Fun]; ok && tv.IsType() {
			k = ast.Unparen(conv.Args[0]) // outcomeNames[int32(c)]
		}
	}
	id, ok := k.(*ast.Ident)
	if !ok || info.Defs[key] == nil || info.Uses[id] != info.Defs[key] {
		return nil
	}
	if _, ok := typeUnder(info.TypeOf(idx.X)).(*types.Map); !ok {
		return nil
	}
	return idx
}

// tableCall returns the lookup call stands for, a call of a function
// answering a table's value for its argument or receiver (this package's,
// or another's by its fact); nil for any other call.
func (c *checker) tableCall(call *ast.CallExpr) *ast.IndexExpr {
	if idx, ok := c.callIdx[call]; ok {
		return idx
	}
	if c.callIdx == nil {
		c.callIdx = map[*ast.CallExpr]*ast.IndexExpr{}
		c.callLits = map[ast.Expr]*ast.CompositeLit{}
		c.callTypes = map[ast.Expr]*types.Map{}
	}
	c.callIdx[call] = nil
	fn, ok := c.callee(call).(*types.Func)
	if !ok || fn.Signature().Results().Len() != 1 {
		return nil
	}
	var arg ast.Expr
	switch {
	case fn.Signature().Recv() != nil && fn.Signature().Params().Len() == 0 && len(call.Args) == 0:
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		arg = sel.X
	case fn.Signature().Recv() == nil && fn.Signature().Params().Len() == 1 && len(call.Args) == 1:
		arg = call.Args[0]
	default:
		return nil
	}
	var lit *ast.CompositeLit
	if fn.Pkg() == c.pass.Pkg {
		if fd := c.funcDecl(fn); fd != nil {
			if ret := keyedReturn(c.pass.TypesInfo, fd); ret != nil {
				lit, _ = c.mapLiteral(ret.X)
			}
		}
	} else {
		lit = c.factTableOf(fn.Origin(), true)
	}
	if lit == nil || c.zeroOf(fn.Signature().Results().At(0).Type()) == nil {
		return nil
	}
	kt := c.pass.TypesInfo.TypeOf(arg)
	if kt == nil {
		return nil
	}
	x := &ast.Ident{Name: fn.Name(), NamePos: call.Pos()}
	idx := &ast.IndexExpr{X: x, Lbrack: call.Pos(), Index: arg, Rbrack: call.End() - 1}
	c.callLits[x] = lit
	c.callTypes[x] = types.NewMap(kt, fn.Signature().Results().At(0).Type())
	c.callIdx[call] = idx
	return idx
}

// tableType returns the map type of x, a table looked up: its own, or the
// one a tableCall's synthetic table stands for; nil for no map.
func (c *checker) tableType(x ast.Expr) *types.Map {
	if m := c.callTypes[x]; m != nil {
		return m
	}
	m, _ := typeUnder(c.pass.TypesInfo.TypeOf(x)).(*types.Map)
	return m
}

// callLookup returns the lookup e, a call, stands for (tableCall); nil
// for anything else.
func (c *checker) callLookup(e ast.Expr) *ast.IndexExpr {
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		return c.tableCall(call)
	}
	return nil
}

// heldInit reports whether init, the init of a chain's first if, keeps
// a lookup of the code tag in a table: if name := g.names[code]; name ==
// "replayed" {...}.
func (c *checker) heldInit(init ast.Stmt, tag ast.Expr) bool {
	as, ok := init.(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return false
	}
	idx := c.keptLookup(as.Rhs[0])
	return idx != nil && sameExpr(idx.Index, tag)
}

// heldMember evaluates a membership test of x, holding a table's value
// for the code of s (outcome of outcome := names[code]), in set, a set of
// constants (the keys of a map of bools all true, a list): true when
// code's value is among them. Unknown when x holds no such value.
func (c *checker) heldMember(x ast.Expr, set []ast.Expr, code codes.ReturnCode, s subject) tri {
	v := c.lookedUpValue(x, code, s)
	if v == nil {
		return triUnknown
	}
	out := triFalse
	for _, k := range set {
		switch c.compareConsts(v, token.EQL, k) {
		case triTrue:
			return triTrue
		case triUnknown:
			out = triUnknown
		}
	}
	return out
}
