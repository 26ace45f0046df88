package rawexposure

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
)

// Operations behind the consumer's own abstraction: a call of an interface
// method or a func-typed field that spid recognizes as a SurePassID
// operation no implementation in view answers for (spid's
// OperationResults: a (code, msg, err) method of an interface whose client
// main wires in) hands out the raw code and message in those results.

// operationResults returns what each result of call carries when its
// callee is such an operation; nil otherwise.
func (fs *fstate) operationResults(call *ast.CallExpr) []taint {
	obj := typeutil.Callee(fs.pass.TypesInfo, call)
	roles := fs.spid.OperationResults(obj)
	if roles == nil {
		return nil
	}
	sig, _ := obj.Type().Underlying().(*types.Signature)
	if sig == nil || sig.Results().Len() != len(roles) {
		return nil
	}
	from := operationName(obj)
	out := make([]taint, len(roles))
	for i, role := range roles {
		switch role {
		case spid.RoleCode:
			out[i] = taint{kind: kCodeValue, from: from, named: true, pos: call.Pos()}
		case spid.RoleMessage:
			out[i] = taint{kind: kMessage, from: from, named: true, pos: call.Pos()}
		}
		out[i] = fit(out[i], sig.Results().At(i).Type())
	}
	return out
}

// operationName names an operation for a finding: its package, its
// interface or struct, and its own name (auth.Verifier.ValidateOTP).
func operationName(obj types.Object) string {
	name := obj.Name()
	if fn, ok := obj.(*types.Func); ok {
		if recv := fn.Signature().Recv(); recv != nil {
			if n, ok := types.Unalias(recv.Type()).(*types.Named); ok {
				name = n.Obj().Name() + "." + name
			}
		}
	}
	if obj.Pkg() != nil {
		name = obj.Pkg().Name() + "." + name
	}
	return name
}
