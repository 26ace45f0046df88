package rawexposure

import (
	"go/ast"
	"go/types"
)

// Constructors, setters and options (ctorstores.go): a function of the
// package storing one of its parameters in a field of a struct type of the
// package (func newResult(op string, code ReturnCode, msg string) Result {
// return Result{Op: op, Code: code, msg: msg} }, func (r *Result)
// setMessage(m string) { r.msg = m }, func WithMessage(m string) Option {
// return func(r *Result) { r.msg = m } }) records it in its summary
// (summary.stores); a call passing a raw value for that parameter stores
// the value in the field, as the literal would: the field, and accessors
// returning it (func (r Result) Reason() string { return r.msg }), carry
// it, in importers too (the accessor's fact). Only within the package, as
// other string parameters are followed.

// paramBits are the bits of a function's own parameters and receiver: not
// the pseudo-parameters (scoped keys, a framework error's message).
const paramBits = uint64(1<<scopedFirst-1) | 1<<receiverBit

// noteParamStore records that the unit stores its parameters t.params in
// field v of a struct type of the package.
func (fs *fstate) noteParamStore(v *types.Var, t taint) {
	bits := t.params & paramBits &^ (1 << receiverBit)
	if bits == 0 || fs.sum == nil || v.Pkg() != fs.pass.Pkg || fs.report {
		return
	}
	if fs.sum.stores == nil {
		fs.sum.stores = map[*types.Var]uint64{}
	}
	if fs.sum.stores[v]&bits != bits {
		fs.sum.stores[v] |= bits
		fs.changed = true
	}
}

// ctorStores stores what call passes to a function of the package in the
// fields that function stores those parameters in.
func (fs *fstate) ctorStores(call *ast.CallExpr, fn *types.Func) {
	if fn.Origin().Pkg() != fs.pass.Pkg {
		return
	}
	s := fs.summaryOf(fn)
	if s == nil || len(s.stores) == 0 {
		return
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return
	}
	recv := fs.receiverTaint(call)
	local := sig.Recv() != nil && fs.freshRecv(call) // instfields.go
	for v, bits := range s.stores {
		t := fs.argsTaint(call, sig, bits, recv)
		if local && fs.instFields()[v] {
			// What this instance was given, not every instance.
			fs.store(ast.Unparen(call.Fun).(*ast.SelectorExpr).X, t, nil)
			continue
		}
		fs.storeField(v, t)
	}
}
