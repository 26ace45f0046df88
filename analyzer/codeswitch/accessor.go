package codeswitch

import (
	"go/ast"
	"go/types"
	"strings"
)

// This file reads a method that hands out a field of its receiver, the
// code (func (e Envelope) Code() ReturnCode { return ReturnCode(e.ErrorCode)
// }), as that field: a dispatch over res.Code() and a predicate on
// res.ErrorCode (res.OK(), with OK comparing e.ErrorCode) read the same
// code, so if !res.OK() { reject } after switch res.Code() is the
// catch-all if res.ErrorCode != Success (see "Predicates and helpers").

// accessorFact marks a method without parameters whose body is a single
// return of a field path of its receiver, through conversions: Code()
// returning ReturnCode(e.ErrorCode) has Fields [ErrorCode].
type accessorFact struct{ Fields []string }

func (*accessorFact) AFact() {}
func (f *accessorFact) String() string {
	return "codeswitch(accessor: receiver." + strings.Join(f.Fields, ".") + ")"
}

// accessor returns the field path method fn returns, nil when fn is no
// such accessor.
func (s *summaries) accessor(fn *types.Func) []string {
	fn = fn.Origin()
	if f, ok := s.accs[fn]; ok {
		return f
	}
	var fields []string
	if d, ok := s.decls[fn]; ok {
		fields = s.proveAccessor(fn, d.decl)
	} else if fn.Pkg() != nil && fn.Pkg() != s.pass.Pkg {
		var f accessorFact
		if s.pass.ImportObjectFact(fn, &f) {
			fields = f.Fields
		}
	}
	s.accs[fn] = fields
	return fields
}

// proveAccessor returns the field path of fn's receiver that decl, fn's
// declaration, returns: a method with no parameters and one result whose
// body is return recv.F... (through conversions, & and *).
func (s *summaries) proveAccessor(fn *types.Func, decl *ast.FuncDecl) []string {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil || sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return nil
	}
	if len(decl.Body.List) == 2 { // if e.ErrorCode == nil { return codeMissing } (guarded.go)
		return s.proveGuardedAccessor(sig.Recv(), decl.Body.List)
	}
	if len(decl.Body.List) != 1 {
		return nil
	}
	ret, ok := decl.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	root, fields := chainOf(s.pass.TypesInfo, ret.Results[0])
	if root == nil || root != sig.Recv() || len(fields) == 0 {
		return nil
	}
	return fields
}

// canonical returns e with each call of an accessor replaced by the field
// path it returns (res.Code() is res.ErrorCode), or e itself.
func (c *checker) canonical(e ast.Expr) ast.Expr {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 || c.sums == nil {
		return e
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return e
	}
	fn, ok := c.pass.TypesInfo.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Signature().Recv() == nil {
		return e
	}
	fields := c.sums.accessor(fn)
	if fields == nil {
		return e
	}
	out := c.canonical(sel.X)
	for _, f := range fields {
		out = &ast.SelectorExpr{X: out, Sel: ast.NewIdent(f)}
	}
	return out
}
