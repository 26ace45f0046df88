package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
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
//
// With Err, the function's one parameter is an error and Fields, led by
// asField, the path it reads the code by through the error's target
// (errcode.go): ReasonOf(err) returning se.Reason after errors.As(err,
// &se) has Fields [errors.As() Reason].
type accessorFact struct {
	Fields []string
	Err    bool
}

func (*accessorFact) AFact() {}
func (f *accessorFact) String() string {
	if f.Err {
		return "codeswitch(accessor: param 0." + strings.Join(f.Fields, ".") + ")"
	}
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
		s.accs[fn] = nil // a recursive accessor proves nothing
		fields = s.proveAccessor(fn, d.decl)
	} else if fn.Pkg() != nil && fn.Pkg() != s.pass.Pkg {
		var f accessorFact
		if s.pass.ImportObjectFact(fn, &f) && !f.Err {
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
	if sig == nil || sig.Recv() == nil || sig.Params().Len() != 0 {
		return nil
	}
	if f := s.proveSimpleAccessor(sig, decl); f != nil {
		return f
	}
	return s.proveCheckedAccessor(sig.Recv(), sig, decl.Body.List, s.decls[fn].file) // checked.go
}

// proveSimpleAccessor is proveAccessor for a method with one result.
func (s *summaries) proveSimpleAccessor(sig *types.Signature, decl *ast.FuncDecl) []string {
	if sig.Results().Len() != 1 {
		return nil
	}
	if len(decl.Body.List) == 2 { // if e.ErrorCode == nil { return codeMissing } (guarded.go)
		if f := s.proveGuardedAccessor(sig.Recv(), decl.Body.List); f != nil {
			return f
		}
		return s.proveRebuiltAccessor(sig.Recv(), decl.Body.List)
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

// proveRebuiltAccessor reads a method handing its field to another
// accessor through a value built for it (func (e *APIError) Status()
// pb.MfaStatus { r := Result{Code: e.Code}; return r.Status() }): the
// field the inner accessor returns is the one filled from the receiver.
func (s *summaries) proveRebuiltAccessor(recv types.Object, body []ast.Stmt) []string {
	as, ok := body[0].(*ast.AssignStmt)
	ret, ok2 := body[1].(*ast.ReturnStmt)
	if !ok || !ok2 || as.Tok != token.DEFINE || len(as.Lhs) != 1 || len(as.Rhs) != 1 || len(ret.Results) != 1 {
		return nil
	}
	info := s.pass.TypesInfo
	v, _ := info.Defs[identOf(as.Lhs[0])].(*types.Var)
	lit, _ := ast.Unparen(as.Rhs[0]).(*ast.CompositeLit)
	if u, ok := ast.Unparen(as.Rhs[0]).(*ast.UnaryExpr); ok && u.Op == token.AND {
		lit, _ = ast.Unparen(u.X).(*ast.CompositeLit)
	}
	call, _ := ast.Unparen(ret.Results[0]).(*ast.CallExpr)
	if v == nil || lit == nil || call == nil || len(call.Args) != 0 {
		return nil
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || info.Uses[identOf(sel.X)] != v {
		return nil
	}
	fn, ok := info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Signature().Recv() == nil {
		return nil
	}
	inner := s.accessor(fn)
	if len(inner) != 1 {
		return nil
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if k, ok := kv.Key.(*ast.Ident); ok && k.Name == inner[0] {
			root, fields := chainOf(info, kv.Value)
			if root == recv && len(fields) > 0 {
				return fields
			}
		}
	}
	return nil
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

// canonical returns e with each call of an accessor replaced by the field
// path it returns (res.Code() is res.ErrorCode), or e itself.
func (c *checker) canonical(e ast.Expr) ast.Expr {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if ok && len(call.Args) == 1 {
		if out := c.errCanonical(call); out != nil {
			return out // ReasonOf(err) (errcode.go)
		}
	}
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
		if !c.abstractCodeGetter(fn, e) {
			return e
		}
		// res.Code() of an interface (type Result interface { Code()
		// int }): no body to read, but the same call on the same value
		// is the same code, in a predicate of the answer (func OK(res
		// Result) bool { return res.Code() == Success }) as at its
		// caller.
		fields = []string{fn.Name() + "()"}
	}
	out := c.canonical(sel.X)
	for _, f := range fields {
		out = &ast.SelectorExpr{X: out, Sel: ast.NewIdent(f)}
	}
	return out
}

// abstractCodeGetter reports whether fn, called in e, is an interface's
// method with no parameters returning the return code spid knows e to be.
func (c *checker) abstractCodeGetter(fn *types.Func, e ast.Expr) bool {
	sig := fn.Signature()
	if sig.Params().Len() != 0 || sig.Results().Len() != 1 || !types.IsInterface(sig.Recv().Type()) {
		return false
	}
	return c.spid.ExprRole(c.pass.TypesInfo, e) == spid.RoleCode
}
