package codeswitch

import (
	"go/ast"
	"go/types"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Error builders: a function whose only result, an error, is non-nil on
// every return,
//
//	func enrollError(c codes.Code, reason string, vendorCode int32, text string) error {
//		st := status.New(c, reason)
//		withDetails, err := st.WithDetails(&errdetails.ErrorInfo{...})
//		if err != nil {
//			return st.Err()
//		}
//		return withDetails.Err()
//	}
//
// builds a rejection: return nil, enrollError(codes.NotFound, ..., code,
// ...) in a clause rejects, though the code is passed to it (which
// otherwise leaves the answer to the helper). Every return must give a
// value that rejects as it stands (an error constructor, an RPC error, a
// sentinel, a local set to one) or another builder's result; a bare
// return, a field (return e.Err) or a parameter make no builder.

// errorFact marks an exported error builder, for importers.
type errorFact struct{}

func (*errorFact) AFact()         {}
func (*errorFact) String() string { return "codeswitch(error builder)" }

// errorBuilder reports whether call calls an error builder.
func (c *checker) errorBuilder(call *ast.CallExpr) bool {
	fn, ok := c.callee(call).(*types.Func)
	return ok && c.sums != nil && c.sums.buildsError(fn)
}

// buildsError reports whether fn's only result is an error that is
// non-nil on every return.
func (s *summaries) buildsError(fn *types.Func) bool {
	fn = fn.Origin()
	if r, ok := s.errs[fn]; ok {
		return r
	}
	if s.errs == nil {
		s.errs = map[*types.Func]bool{}
	}
	s.errs[fn] = false // a recursive builder proves nothing
	r := false
	if d, ok := s.decls[fn]; ok {
		r = s.proveBuilder(fn.Signature(), d)
	} else if fn.Pkg() != nil && fn.Pkg() != s.pass.Pkg {
		r = s.pass.ImportObjectFact(fn, new(errorFact))
	}
	s.errs[fn] = r
	return r
}

func (s *summaries) proveBuilder(sig *types.Signature, d funcDecl) bool {
	if sig.Results().Len() != 1 || !typex.IsError(sig.Results().At(0).Type()) {
		return false
	}
	errType := sig.Results().At(0).Type()
	c := s.checkerFor(d.file, sig)
	returns, ok := 0, true
	ast.Inspect(d.decl.Body, func(node ast.Node) bool {
		switch node := node.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			returns++
			if len(node.Results) != 1 {
				ok = false // a bare return of a named result
				return false
			}
			e := node.Results[0]
			call, isCall := ast.Unparen(e).(*ast.CallExpr)
			ok = ok && (c.value(e, errType) == rejected || isCall && c.errorBuilder(call))
		}
		return ok
	})
	return ok && returns > 0
}
