package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
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
type tableFact struct{ Entries []tableFactEntry }

type tableFactEntry struct {
	Key, Value         string
	KeyKind, ValueKind constant.Kind
}

func (*tableFact) AFact()         {}
func (*tableFact) String() string { return "codeswitch(table)" }

// exportTables exports a tableFact for each code table of pass's package
// of constants, and each function returning one.
func exportTables(pass *analysis.Pass, r *spid.Result) {
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
			if f := c.tableFactOf(lit); f != nil {
				facts[v] = f
				if v.Exported() {
					pass.ExportObjectFact(v, f)
				}
			}
		}
	}
	if len(facts) == 0 && !hasMapFunc(pass) {
		return
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
	f := &tableFact{}
	var keys []ast.Expr
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return nil
		}
		k, v := info.Types[kv.Key].Value, info.Types[kv.Value].Value
		if k == nil || v == nil || !factKind(k.Kind()) || !factKind(v.Kind()) {
			return nil
		}
		keys = append(keys, kv.Key)
		f.Entries = append(f.Entries, tableFactEntry{Key: k.ExactString(), KeyKind: k.Kind(), Value: v.ExactString(), ValueKind: v.Kind()})
	}
	if !codeKeyed(info, lit) && !c.spid.CodeConstants(info, keys) {
		return nil
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
// keys and values constants of no position (constValue reads them); nil
// when obj has no such fact.
func (c *checker) factTable(obj types.Object) *ast.CompositeLit {
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
	if !c.pass.ImportObjectFact(obj, &f) || len(f.Entries) == 0 {
		c.factLits[obj] = nil
		return nil
	}
	if c.synthVals == nil {
		c.synthVals = map[ast.Expr]constant.Value{}
	}
	lit := &ast.CompositeLit{}
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
	lit, _ := c.mapLiteral(idx.X)
	if lit == nil {
		return true
	}
	var keys []ast.Expr
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			keys = append(keys, kv.Key)
		}
	}
	for _, code := range missing {
		if c.lookupHas(keys, code) {
			return false
		}
	}
	return true
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
