package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Lookup helpers of the consumer's own, read as the lookup they make
// (lookup.go):
//
//	func lookupDeny[K comparable](table map[K]string, k K) (string, bool) {
//		msg, ok := table[k]
//		return msg, ok
//	}
//	if msg, denied := lookupDeny(payDenials, rep.RC()); denied { reject }
//
// A function of two parameters, a map and a key of its key type,
// returning the element and the bool of its comma-ok lookup (or only the
// bool: _, ok := table[k]; return ok), whose body is that lookup and that
// return. Its call stands for table[k] of its arguments. Exported ones
// carry a lookupFact.

// lookupFact marks a lookup helper: the indexes of its map and key
// parameters; for a search of a slice of rows (rowsearch.go), the field
// of a row compared with the key and the field it returns ("" for the
// row).
type lookupFact struct {
	Table, Key  int
	Field, Elem string
}

func (*lookupFact) AFact()         {}
func (*lookupFact) String() string { return "codeswitch(lookup)" }

// lookupHelper returns the fact of fn when it is a lookup helper.
func (s *summaries) lookupHelper(fn *types.Func) (lookupFact, bool) {
	fn = fn.Origin()
	if d, found := s.decls[fn]; found {
		return helperDecl(s.pass.TypesInfo, d.decl)
	}
	if fn.Pkg() != nil && fn.Pkg() != s.pass.Pkg {
		var f lookupFact
		if s.pass.ImportObjectFact(fn, &f) {
			return f, true
		}
	}
	return lookupFact{}, false
}

// helperDecl reads decl as a map lookup helper or a row search.
func helperDecl(info *types.Info, decl *ast.FuncDecl) (lookupFact, bool) {
	if t, k, ok := lookupDecl(info, decl); ok {
		return lookupFact{Table: t, Key: k}, true
	}
	return rowSearchDecl(info, decl)
}

// lookupDecl reads decl as a lookup helper.
func lookupDecl(info *types.Info, decl *ast.FuncDecl) (table, key int, ok bool) {
	fn, _ := info.Defs[decl.Name].(*types.Func)
	if fn == nil || decl.Body == nil || len(decl.Body.List) != 2 {
		return 0, 0, false
	}
	sig := fn.Signature()
	res := sig.Results()
	if sig.Params().Len() != 2 || res.Len() == 0 || res.Len() > 2 || !isBool(res.At(res.Len()-1).Type()) {
		return 0, 0, false
	}
	table = -1
	for i := 0; i < 2; i++ {
		if m, isMap := sig.Params().At(i).Type().Underlying().(*types.Map); isMap && types.Identical(m.Key(), sig.Params().At(1-i).Type()) {
			table = i
		}
	}
	if table < 0 {
		return 0, 0, false
	}
	key = 1 - table
	uses := func(e ast.Expr, v types.Object) bool {
		id, isID := ast.Unparen(e).(*ast.Ident)
		return isID && v != nil && info.Uses[id] == v
	}
	as, isAssign := decl.Body.List[0].(*ast.AssignStmt)
	ret, isRet := decl.Body.List[1].(*ast.ReturnStmt)
	if !isAssign || !isRet || as.Tok != token.DEFINE || len(as.Lhs) != 2 || len(as.Rhs) != 1 || len(ret.Results) != res.Len() {
		return 0, 0, false
	}
	idx, isIdx := ast.Unparen(as.Rhs[0]).(*ast.IndexExpr)
	if !isIdx || !uses(idx.X, sig.Params().At(table)) || !uses(idx.Index, sig.Params().At(key)) {
		return 0, 0, false
	}
	okID, _ := as.Lhs[1].(*ast.Ident)
	if okID == nil || !uses(ret.Results[res.Len()-1], info.Defs[okID]) {
		return 0, 0, false
	}
	if res.Len() == 2 {
		vID, _ := as.Lhs[0].(*ast.Ident)
		if vID == nil || !uses(ret.Results[0], info.Defs[vID]) {
			return 0, 0, false
		}
	}
	return table, key, true
}

// helperLookup returns the lookup a call of a lookup helper stands for,
// table[k] of its arguments, and how many results the helper has; nil
// for any other expression.
func (c *checker) helperLookup(e ast.Expr) (*ast.IndexExpr, int) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || c.sums == nil || len(call.Args) != 2 {
		return nil, 0
	}
	fn, _ := c.callee(call).(*types.Func)
	if fn == nil {
		return nil, 0
	}
	f, ok := c.sums.lookupHelper(fn)
	if !ok || f.Table < 0 || f.Table > 1 || f.Key < 0 || f.Key > 1 {
		return nil, 0
	}
	if f.Field != "" && c.rowTable(call.Args[f.Table], f) == nil {
		return nil, 0
	}
	return &ast.IndexExpr{X: call.Args[f.Table], Lbrack: call.Lparen, Index: call.Args[f.Key], Rbrack: call.Rparen}, fn.Signature().Results().Len()
}
