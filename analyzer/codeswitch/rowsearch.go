package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Row searches: a helper of the consumer's own searching a slice of rows
// for the one whose field equals the key is read as a lookup in a table
// keyed by that field (lookuphelper.go), when the slice it is passed is a
// literal of this package:
//
//	func ruleFor[C ~int32](rules []rule[C], code C) (rule[C], bool) {
//		for _, r := range rules {
//			if r.code == code {
//				return r, true
//			}
//		}
//		return rule[C]{}, false
//	}
//	if r, ok := ruleFor(denials, res.Code); ok { return r.err }
//
// The helper returns the row, one of its fields, or only the bool.

// rowSearchDecl reads decl as a row search: two parameters, a slice of
// structs (or of pointers to them) and a key; a range over the slice
// whose only statement is if r.F == key { return r, true } (r.G, true;
// true); then a return of false.
func rowSearchDecl(info *types.Info, decl *ast.FuncDecl) (lookupFact, bool) {
	fn, _ := info.Defs[decl.Name].(*types.Func)
	if fn == nil || decl.Body == nil || len(decl.Body.List) != 2 {
		return lookupFact{}, false
	}
	sig := fn.Signature()
	res := sig.Results()
	if sig.Params().Len() != 2 || res.Len() == 0 || res.Len() > 2 || !isBool(res.At(res.Len()-1).Type()) {
		return lookupFact{}, false
	}
	table := -1
	for i := 0; i < 2; i++ {
		if sl, ok := sig.Params().At(i).Type().Underlying().(*types.Slice); ok && rowStruct(sl.Elem()) != nil {
			table = i
		}
	}
	if table < 0 {
		return lookupFact{}, false
	}
	key := 1 - table
	uses := func(e ast.Expr, v types.Object) bool {
		id, isID := ast.Unparen(e).(*ast.Ident)
		return isID && v != nil && info.Uses[id] == v
	}
	boolConst := func(e ast.Expr, want bool) bool {
		v := info.Types[e].Value
		return v != nil && v.Kind() == constant.Bool && constant.BoolVal(v) == want
	}
	rng, isRange := decl.Body.List[0].(*ast.RangeStmt)
	last, isRet := decl.Body.List[1].(*ast.ReturnStmt)
	if !isRange || !isRet || len(last.Results) != res.Len() || !boolConst(last.Results[res.Len()-1], false) {
		return lookupFact{}, false
	}
	if !uses(rng.X, sig.Params().At(table)) || rng.Value == nil || len(rng.Body.List) != 1 {
		return lookupFact{}, false
	}
	if k, ok := rng.Key.(*ast.Ident); rng.Key != nil && (!ok || k.Name != "_") {
		return lookupFact{}, false
	}
	rowID, _ := rng.Value.(*ast.Ident)
	if rowID == nil {
		return lookupFact{}, false
	}
	row := info.Defs[rowID]
	ifs, isIf := rng.Body.List[0].(*ast.IfStmt)
	if !isIf || ifs.Init != nil || ifs.Else != nil || len(ifs.Body.List) != 1 {
		return lookupFact{}, false
	}
	cmp, isCmp := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
	if !isCmp || cmp.Op != token.EQL {
		return lookupFact{}, false
	}
	// rowField returns the field of the row e selects, "" for another
	// expression.
	rowField := func(e ast.Expr) string {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok || !uses(sel.X, row) {
			return ""
		}
		if f, ok := info.Uses[sel.Sel].(*types.Var); ok && f.IsField() {
			return f.Name()
		}
		return ""
	}
	field := rowField(cmp.X)
	if field == "" || !uses(cmp.Y, sig.Params().At(key)) {
		field = rowField(cmp.Y)
		if field == "" || !uses(cmp.X, sig.Params().At(key)) {
			return lookupFact{}, false
		}
	}
	found, isRet := ifs.Body.List[0].(*ast.ReturnStmt)
	if !isRet || len(found.Results) != res.Len() || !boolConst(found.Results[res.Len()-1], true) {
		return lookupFact{}, false
	}
	f := lookupFact{Table: table, Key: key, Field: field}
	if res.Len() == 2 {
		if !uses(found.Results[0], row) {
			if f.Elem = rowField(found.Results[0]); f.Elem == "" {
				return lookupFact{}, false
			}
		}
	}
	return f, true
}

// rowStruct returns the struct of a row of type t (T or *T).
func rowStruct(t types.Type) *types.Struct {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, _ := t.Underlying().(*types.Struct)
	return st
}

// rowTable returns the table a row search f finds its rows in, when arg,
// its slice, is a package-level variable of this package, or a local
// never assigned again, declared with a composite literal: a map literal
// written as it would be, keyed by each row's field f.Field (a constant)
// to the row or its field f.Elem. It stands for arg in mapLiteral. Nil
// for any other slice.
func (c *checker) rowTable(arg ast.Expr, f lookupFact) *ast.CompositeLit {
	if lit, ok := c.rowLits[arg]; ok {
		return lit
	}
	if c.rowLits == nil {
		c.rowLits = map[ast.Expr]*ast.CompositeLit{}
	}
	c.rowLits[arg] = nil
	rows := c.rowsLiteral(arg)
	if rows == nil || len(rows.Elts) == 0 {
		return nil
	}
	table := &ast.CompositeLit{Lbrace: rows.Lbrace, Rbrace: rows.Rbrace}
	lits, ok := rowLiterals(rows)
	if !ok {
		return nil
	}
	for _, row := range lits {
		k, v := c.rowField(row, f.Field), ast.Expr(row)
		if f.Elem != "" {
			v = c.rowField(row, f.Elem)
		}
		if k == nil || v == nil || !c.isConst(k) {
			return nil
		}
		table.Elts = append(table.Elts, &ast.KeyValueExpr{Key: k, Colon: k.End(), Value: v})
	}
	c.rowLits[arg] = table
	return table
}

// rowsLiteral returns the composite literal arg, a slice, is declared
// with: a package-level variable of this package or a local never
// assigned again.
func (c *checker) rowsLiteral(arg ast.Expr) *ast.CompositeLit {
	id := typex.NameIdent(arg)
	if id == nil || id != ast.Unparen(arg) {
		return nil
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Pkg() != c.pass.Pkg || v.IsField() {
		return nil
	}
	if v.Parent() != c.pass.Pkg.Scope() {
		if body := c.enclosingBody(v.Pos()); body == nil || assignsVar(c.pass.TypesInfo, body, v) {
			return nil
		}
		lit, _ := ast.Unparen(c.localInit(arg)).(*ast.CompositeLit)
		return lit
	}
	for _, vs := range packageVarSpecs(c.pass.Files) {
		for i, name := range vs.Names {
			if c.pass.TypesInfo.Defs[name] == v && i < len(vs.Values) {
				lit, _ := ast.Unparen(vs.Values[i]).(*ast.CompositeLit)
				return lit
			}
		}
	}
	return nil
}

// rowField returns the value row, a struct literal, gives its field
// named name (by key or by position); nil where it leaves it out.
func (c *checker) rowField(row *ast.CompositeLit, name string) ast.Expr {
	st := rowStruct(c.pass.TypesInfo.TypeOf(row))
	if st == nil {
		return nil
	}
	for i, elt := range row.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if k, ok := kv.Key.(*ast.Ident); ok && k.Name == name {
				return kv.Value
			}
			continue
		}
		if i < st.NumFields() && st.Field(i).Name() == name {
			return elt
		}
	}
	return nil
}

// rowLiterals returns the struct literal of each row of rows (an indexed
// row's value, &T{...} as T{...}); false when a row is no literal.
func rowLiterals(rows *ast.CompositeLit) ([]*ast.CompositeLit, bool) {
	out := make([]*ast.CompositeLit, 0, len(rows.Elts))
	for _, elt := range rows.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value // an indexed row: [2]: {...}
		}
		if u, ok := elt.(*ast.UnaryExpr); ok && u.Op == token.AND {
			elt = u.X
		}
		row, ok := ast.Unparen(elt).(*ast.CompositeLit)
		if !ok {
			return nil, false
		}
		out = append(out, row)
	}
	return out, true
}
