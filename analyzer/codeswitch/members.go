package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Membership helpers of the consumer's own, read as slices.Contains is
// (listed.go):
//
//	func oneOf[T comparable](v T, set ...T) bool {
//		for _, s := range set { if v == s { return true } }
//		return false
//	}
//	if oneOf(code, revokedCodes...) { reject }
//
// A function of two parameters, an element and a list of its type (a
// slice, variadic or not), returning one bool, whose body is that range
// loop and return false, or return slices.Contains(list, elem). Exported
// ones carry a memberFact. A variadic one reads the list given whole
// (revoked...) or the constants spread in the call (oneOf(code, 9106,
// 9108)).

// memberFact marks a membership helper: the indexes of its element and
// list parameters.
type memberFact struct{ Elem, List int }

func (*memberFact) AFact()         {}
func (*memberFact) String() string { return "codeswitch(member)" }

// member returns the element and list parameter indexes of fn when it is
// a membership helper.
func (s *summaries) member(fn *types.Func) (elem, list int, ok bool) {
	fn = fn.Origin()
	if d, found := s.decls[fn]; found {
		return memberDecl(s.pass.TypesInfo, d.decl)
	}
	if fn.Pkg() != nil && fn.Pkg() != s.pass.Pkg {
		var f memberFact
		if s.pass.ImportObjectFact(fn, &f) {
			return f.Elem, f.List, true
		}
	}
	return 0, 0, false
}

// memberDecl reads decl as a membership helper.
func memberDecl(info *types.Info, decl *ast.FuncDecl) (elem, list int, ok bool) {
	fn, _ := info.Defs[decl.Name].(*types.Func)
	if fn == nil || decl.Body == nil {
		return 0, 0, false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Params().Len() != 2 || sig.Results().Len() != 1 || !isBool(sig.Results().At(0).Type()) {
		return 0, 0, false
	}
	elem, list = -1, -1
	for i := 0; i < 2; i++ {
		if sl, isSlice := sig.Params().At(i).Type().Underlying().(*types.Slice); isSlice && types.Identical(sl.Elem(), sig.Params().At(1-i).Type()) {
			elem, list = 1-i, i
		}
	}
	if list < 0 {
		return 0, 0, false
	}
	ev, lv := sig.Params().At(elem), sig.Params().At(list)
	uses := func(e ast.Expr, v *types.Var) bool {
		id, isID := ast.Unparen(e).(*ast.Ident)
		return isID && info.Uses[id] == v
	}
	body := decl.Body.List
	switch len(body) {
	case 1: // return slices.Contains(list, elem)
		ret, isRet := body[0].(*ast.ReturnStmt)
		if !isRet || len(ret.Results) != 1 {
			return 0, 0, false
		}
		call, isCall := ast.Unparen(ret.Results[0]).(*ast.CallExpr)
		if !isCall || len(call.Args) != 2 {
			return 0, 0, false
		}
		f, _ := info.Uses[calleeIdent(call)].(*types.Func)
		if f == nil || f.Pkg() == nil || !containsFuncs[f.Pkg().Path()+"."+f.Name()] || !uses(call.Args[0], lv) || !uses(call.Args[1], ev) {
			return 0, 0, false
		}
		return elem, list, true
	case 2: // for _, s := range list { if elem == s { return true } }; return false
		rng, isRange := body[0].(*ast.RangeStmt)
		last, isRet := body[1].(*ast.ReturnStmt)
		if !isRange || !isRet || len(last.Results) != 1 || !isIdent(last.Results[0], "false") || rng.Tok != token.DEFINE || !uses(rng.X, lv) || len(rng.Body.List) != 1 {
			return 0, 0, false
		}
		val, _ := rng.Value.(*ast.Ident)
		if val == nil {
			return 0, 0, false
		}
		sv, _ := info.Defs[val].(*types.Var)
		ifs, isIf := rng.Body.List[0].(*ast.IfStmt)
		if sv == nil || !isIf || ifs.Init != nil || ifs.Else != nil || len(ifs.Body.List) != 1 {
			return 0, 0, false
		}
		cmp, isCmp := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
		if !isCmp || cmp.Op != token.EQL || !(uses(cmp.X, ev) && uses(cmp.Y, sv) || uses(cmp.X, sv) && uses(cmp.Y, ev)) {
			return 0, 0, false
		}
		ret, isRet := ifs.Body.List[0].(*ast.ReturnStmt)
		if !isRet || len(ret.Results) != 1 || !isIdent(ret.Results[0], "true") {
			return 0, 0, false
		}
		return elem, list, true
	}
	return 0, 0, false
}

// calleeIdent returns the name a call's function is written with (f,
// pkg.F), nil for any other callee.
func calleeIdent(call *ast.CallExpr) *ast.Ident {
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		return f
	case *ast.SelectorExpr:
		return f.Sel
	case *ast.IndexExpr: // f[T]
		if id, ok := f.X.(*ast.Ident); ok {
			return id
		}
	}
	return nil
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == name
}
