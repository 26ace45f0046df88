package rawexposure

import (
	"go/ast"
	"go/types"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Errors judged by their text. A literal of the module's own error type
// whose Error() reads only fields the literal fills with nothing raw
// (&LoginError{Code: r.Int()} beside func (e *LoginError) Error() string
// { return "we could not sign you in" }) is raw as a whole, since its
// fields are read after errors.As and an encoder writes them, but its text
// is not: the taint is marked textSafe, through wrapping (fmt.Errorf's %w
// joins it with constants only), returns and facts (" (not in its text)").
// err.Error() of such a value, and a sink parameter of type error (iris'
// StopWithError(status, err), twirp's InternalErrorWith: the framework
// writes err.Error()), carry nothing of it. A parameter of type any (an
// encoder's) still sees the fields.

// errorText marks t, the taint of composite literal lit, textSafe when
// lit's type is a struct with an Error method that reads only fields
// (recvfields.go) and lit sets none of those to a raw value.
func (fs *fstate) errorText(lit *ast.CompositeLit, t taint) taint {
	if t.kind == kNone {
		return t
	}
	n, _ := types.Unalias(typex.Deref(fs.pass.TypesInfo.TypeOf(lit))).(*types.Named)
	if n == nil {
		return t
	}
	if _, ok := n.Underlying().(*types.Struct); !ok {
		return t
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(n), false, n.Obj().Pkg(), "Error")
	m, ok := obj.(*types.Func)
	if !ok || !isCarrier(m) || isAbstract(m) || structRecv(m) != n {
		return t
	}
	read, ok := fs.carrierFields(m)
	if !ok || rawResult0(fs.summaryOf(m)) {
		return t
	}
	for i, elt := range lit.Elts {
		f := fs.litField(lit, i, elt)
		if f == nil {
			return t
		}
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		for _, r := range read {
			if r == f && fs.eval(elt).kind != kNone {
				return t
			}
		}
	}
	for _, r := range read {
		if fs.fields[r].kind != kNone {
			return t // another literal, or a store, made the field it reads raw
		}
	}
	t.textSafe = true
	return t
}

// isErrorParam reports whether argument i of a call of sig is passed for a
// parameter of the error interface type.
func isErrorParam(sig *types.Signature, i int) bool {
	p := paramType(sig, i)
	return p != nil && types.Identical(p, typex.ErrorType)
}
