package rawexposure

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Callbacks: a helper returning what its func-typed parameter returns (a
// retry or backoff wrapper, withTimeout(ctx, fn), a generic do[T](fn func()
// (T, error)) (T, error)) gives each of its results the role of the
// callback's result it returns: code, msg, err := withRetry(ctx, 3,
// func(ctx context.Context) (int32, string, error) { return
// c.SendOTP(ctx, user) }) makes msg the raw errorMessage SendOTP returns,
// code its return code. A call of a func-typed parameter p gives its result
// j the bit callBit(p, j) (taint.calls); a summary's result keeps the bits
// it returns (rawResult.Calls, in facts too); at a call of the helper the
// bits are replaced by what result j of the function passed for p carries:
// a literal's summary, a function's or method value's summary or fact, a
// local bound to one, or the caller's own func-typed parameter (a wrapper
// of a wrapper).

// callSlots is how many results of each of the first callParams
// parameters are tracked.
const (
	callSlots  = 4
	callParams = 64 / callSlots
)

// callBit is the bit of result j of func-typed parameter p; 0 past the
// tracked ones.
func callBit(p, j int) uint64 {
	if p < 0 || p >= callParams || j < 0 || j >= callSlots {
		return 0
	}
	return 1 << (p*callSlots + j)
}

func callsString(c uint64) string {
	var out []string
	for b := 0; b < 64; b++ {
		if c&(1<<b) != 0 {
			out = append(out, fmt.Sprintf("result %d of param %d", b%callSlots, b/callSlots))
		}
	}
	return strings.Join(out, ",")
}

// paramCallResults is what the results of call carry when it calls a
// func-typed parameter of the unit: their own bits; nil otherwise.
func (fs *fstate) paramCallResults(call *ast.CallExpr) []taint {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok || fs.sig == nil {
		return nil
	}
	p := fs.paramOf(id)
	if p < 0 {
		return nil
	}
	sig, _ := fs.pass.TypesInfo.TypeOf(id).Underlying().(*types.Signature)
	if sig == nil {
		return nil
	}
	out := make([]taint, sig.Results().Len())
	for j := range out {
		out[j] = taint{calls: callBit(p, j)}
	}
	return out
}

// paramOf is the index of the unit's parameter id names, -1 for anything
// else.
func (fs *fstate) paramOf(id *ast.Ident) int {
	v, ok := fs.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || fs.sig == nil {
		return -1
	}
	for i := 0; i < fs.sig.Params().Len(); i++ {
		if fs.sig.Params().At(i) == v {
			return i
		}
	}
	return -1
}

// callbackTaint replaces the bits calls of a callee's result by what the
// functions call passes for those parameters return.
func (fs *fstate) callbackTaint(call *ast.CallExpr, sig *types.Signature, calls uint64) taint {
	t := taint{}
	for i, a := range call.Args {
		p := paramIndex(sig, i)
		if p < 0 || p >= callParams {
			continue
		}
		for j := 0; j < callSlots; j++ {
			if calls&callBit(p, j) != 0 {
				t = join(t, fs.funcResult(a, j, call))
			}
		}
	}
	return t
}

// funcResult is what result j of function value e carries.
func (fs *fstate) funcResult(e ast.Expr, j int, at *ast.CallExpr) taint {
	info := fs.pass.TypesInfo
	var sum *summary
	switch x := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		sum = fs.litSummary(x)
	case *ast.Ident:
		if p := fs.paramOf(x); p >= 0 {
			return taint{calls: callBit(p, j)} // passed on: the caller's callback
		}
		if v, ok := info.Uses[x].(*types.Var); ok && fs.localFunc(v) {
			t := taint{}
			for _, b := range fs.bindingsOf(v) {
				switch {
				case b.lit != nil:
					t = join(t, fs.summaryResult(fs.litSummary(b.lit), j, at))
				case b.fn != nil:
					t = join(t, fs.summaryResult(fs.summaryOf(b.fn), j, at))
				}
			}
			return t
		}
	}
	if sum == nil {
		if fn := funcNamed(info, e); fn != nil {
			sum = fs.summaryOf(fn)
		}
	}
	return fs.summaryResult(sum, j, at)
}

// summaryResult is the raw value result j of s carries, entering at at.
func (fs *fstate) summaryResult(s *summary, j int, at *ast.CallExpr) taint {
	if s == nil || j >= len(s.results) || s.results[j].kind == kNone {
		return taint{}
	}
	r := s.results[j]
	return taint{kind: r.kind, from: r.from, named: r.named, pos: at.Pos()}
}

// Carriers of returned errors: errors.As(err, &apiErr) into an error type
// of another package (*sp.APIError) gives apiErr, beside what err carries,
// the raw values of the errors of that type the package's functions return
// (return nil, sp.AsError(op, code, msg) in a gRPC method): an error
// mapper handed those errors as a parameter (a gRPC interceptor's
// toStatus(err), a middleware) writing apiErr.Error() into a status writes
// them, and is reported there, where the fix belongs. Flow-insensitive, as
// fields are; the package's own error types are followed by their fields
// (ownErrorTarget).

// noteReturnedCarrier records that ret, a return of the unit, returns an
// error carrying t whose carrier is an error type of another package.
func (fs *fstate) noteReturnedCarrier(ret *ast.ReturnStmt, t taint) {
	sig := fs.sig
	n := sig.Results().Len()
	if t.kind == kNone || len(ret.Results) != n || !typex.IsError(sig.Results().At(n-1).Type()) {
		return
	}
	c := fs.carrierExpr(ret.Results[n-1], fs.u.node, 0)
	if c == nil || c.Obj().Pkg() == fs.pass.Pkg {
		return
	}
	if fs.retCarriers == nil {
		fs.retCarriers = map[*types.TypeName]taint{}
	}
	old := fs.retCarriers[c.Obj()]
	if t.kind > old.kind {
		fs.retCarriers[c.Obj()] = taint{kind: t.kind, from: t.from, named: true}
		fs.state.changed = true
		fs.changed = true
		fs.touch(c.Obj())
	}
}

// asCarrier is what errors.As's target (a pointer to a variable of an
// error type of another package) takes from the errors of its type the
// package returns, entering at call.
func (fs *fstate) asCarrier(target ast.Expr, call *ast.CallExpr) taint {
	p, ok := types.Unalias(fs.pass.TypesInfo.TypeOf(target)).(*types.Pointer)
	if !ok {
		return taint{}
	}
	n := recvNamed(p.Elem())
	if n == nil || n.Obj().Pkg() == fs.pass.Pkg {
		return taint{}
	}
	fs.reads(n.Obj())
	t, ok := fs.retCarriers[n.Obj()]
	if !ok || t.kind == kNone {
		return taint{}
	}
	t.pos = call.Pos()
	return t
}
