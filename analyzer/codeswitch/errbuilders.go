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
// return, a field (return e.Err) or a parameter make no builder. The
// result may be a concrete error type as well,
//
//	func reject(op string, o Outcome, msg string, cause error) *RejectError {
//		return &RejectError{Op: op, Outcome: o, VendorMessage: msg, cause: cause}
//	}
//
// converted to the caller's error result (return Session{}, reject("login",
// out, reply.Msg, ErrInvalidCode)): a pointer to a literal is never nil,
// and a value of a non-pointer error type never converts to a nil error.

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
	if sig.Results().Len() != 1 || !implementsError(sig.Results().At(0).Type()) {
		return false
	}
	errType := sig.Results().At(0).Type()
	if !types.IsInterface(errType) {
		if !isPointer(errType) {
			return true // RejectError{...} as an error is never nil
		}
		errType = typex.ErrorType // &RejectError{...} is judged as the error it becomes
	}
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

// implementsError reports whether t is error, an interface embedding it, or
// a concrete type (a *RejectError) with an Error() string method.
func implementsError(t types.Type) bool {
	if t == nil {
		return false
	}
	if typex.IsError(t) {
		return true
	}
	iface, _ := typex.ErrorType.Underlying().(*types.Interface)
	return iface != nil && types.Implements(t, iface)
}

// isPointer reports whether t's underlying type is a pointer.
func isPointer(t types.Type) bool {
	_, ok := types.Unalias(t).Underlying().(*types.Pointer)
	return ok
}
