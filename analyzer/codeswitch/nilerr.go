package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// This file reads a client's conversion of the answer into an error, nil
// exactly on success:
//
//	func (r *Reply) Err(op string) error {
//		if r.OK() {
//			return nil
//		}
//		return &APIError{Op: op, Status: r.Status(), Detail: r.Detail}
//	}
//
// Its body is a predicate's (guards and a final return, see summary.go)
// whose results are nil or a non-nil error (errors.New, fmt.Errorf, an
// error literal, a package-level error variable): nil stands for true. So
// after a dispatch, return reply.Err("send_oath_otp") rejects every code
// the error is non-nil for and hands Success's nil on, and if err :=
// reply.Err(op); err != nil { return err } is the catch-all if code !=
// Success. A fact carries it to importers (AsError(r), r.Err()). One nil
// for a failure code too (nil for OTPAlreadyUsed, a lenient resend), or
// a function of a plain code (FromCode(code int) error, a mapping whose
// answer its caller leaves to it), is none.

// nilErrFact marks a function with one error result that is nil exactly
// for Success (P.True) of its subject, the receiver or a field path of a
// parameter, as a predicate's fact says when it is true.
type nilErrFact struct{ P predFact }

func (*nilErrFact) AFact() {}
func (f *nilErrFact) String() string {
	return strings.Replace(f.P.String(), "predicate: true", "nil error", 1)
}

// nilErr returns the predicate fn's error result is nil for, nil when fn
// is no such function.
func (s *summaries) nilErr(fn *types.Func) *predFact {
	fn = fn.Origin()
	if p, ok := s.nils[fn]; ok {
		return p
	}
	if s.nils == nil {
		s.nils = map[*types.Func]*predFact{}
	}
	s.nils[fn] = nil // a recursive conversion proves nothing
	var p *predFact
	if d, ok := s.decls[fn]; ok {
		sig := fn.Signature()
		if sig.Results().Len() == 1 && typex.IsError(sig.Results().At(0).Type()) {
			p = s.proveGuards(sig, d.decl.Body, d.file, errNilness)
		}
		if p != nil && !onlySuccess(p) {
			p = nil // a mapping of the codes to errors: its caller's answer is the mapping's
		}
	} else if fn.Pkg() != nil && fn.Pkg() != s.pass.Pkg {
		var f nilErrFact
		if s.pass.ImportObjectFact(fn, &f) {
			p = &f.P
		}
	}
	s.nils[fn] = p
	return p
}

// onlySuccess reports whether p is true for Success alone, of the answer
// (a field path of a parameter, or the receiver): a conversion of the
// answer, not a mapping function of a plain code (FromCode(code int)
// error), whose answer its caller's dispatch leaves to it.
func onlySuccess(p *predFact) bool {
	return len(p.True) == 1 && p.True[0] == int(codes.Success) && len(p.Maybe) == 0 && (p.Param == receiverParam || len(p.Fields) > 0)
}

// errNilness reads e, an error returned, as a bool: true for nil, false
// for a non-nil error, unknown for any other value (a variable, a call
// that may answer nil).
func errNilness(c *checker, e ast.Expr) tri {
	tv, ok := c.pass.TypesInfo.Types[e]
	switch {
	case !ok:
		return triUnknown
	case tv.IsNil():
		return triTrue
	case c.value(e, typex.ErrorType) == rejected:
		return triFalse
	}
	return triUnknown
}

// nilErrCall returns the predicate e's error is nil for, when e is a call
// of a nil-error conversion (or a local declared with one and never
// written again) whose subject is the code of s; nil otherwise.
func (c *checker) nilErrCall(e ast.Expr, s subject) *predFact {
	if c.sums == nil {
		return nil
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		if v := c.localVar(e); v != nil && c.writesOf(v) == 1 {
			call, ok = ast.Unparen(c.localInit(e)).(*ast.CallExpr)
		}
		if !ok {
			return nil
		}
	}
	fn, ok := c.callee(call).(*types.Func)
	if !ok {
		return nil
	}
	p := c.sums.nilErr(fn)
	if p == nil {
		return nil
	}
	arg := predArg(call, p)
	if arg == nil {
		return nil
	}
	x := stripRef(arg)
	for _, f := range p.Fields {
		x = &ast.SelectorExpr{X: x, Sel: ast.NewIdent(f)}
	}
	if !s.is(x) {
		return nil
	}
	return p
}

// nilErrTest evaluates e, a comparison of a nil-error conversion's answer
// with nil (err != nil of err := reply.Err(op), reply.Err(op) == nil),
// when the code of s is code; triUnknown for anything else.
func (c *checker) nilErrTest(e *ast.BinaryExpr, code codes.ReturnCode, s subject) tri {
	if e.Op != token.EQL && e.Op != token.NEQ {
		return triUnknown
	}
	x, y := e.X, e.Y
	if tv, ok := c.pass.TypesInfo.Types[x]; ok && tv.IsNil() {
		x, y = y, x
	}
	if tv, ok := c.pass.TypesInfo.Types[y]; !ok || !tv.IsNil() {
		return triUnknown
	}
	p := c.nilErrCall(x, s)
	if p == nil {
		return triUnknown
	}
	isNil := p.value(code)
	if e.Op == token.EQL || isNil == triUnknown {
		return isNil
	}
	return triOf(isNil == triFalse)
}

// nilErrReturn ends, rejected, the codes of set a return of a nil-error
// conversion of the answer (return reply.Err("send_oath_otp")) answers a
// non-nil error for; it returns the others, which go on.
func (w *walker) nilErrReturn(n ast.Node, set codeSet) codeSet {
	ret, ok := n.(*ast.ReturnStmt)
	if !ok || w.record || w.d.errs {
		return set
	}
	s := subject{is: w.isTag, base: w.isTagBase, tag: w.d.tag}
	var failed, rest codeSet
	for _, r := range ret.Results {
		if t := w.c.pass.TypesInfo.TypeOf(r); t == nil || !typex.IsError(t) {
			continue
		}
		p := w.c.nilErrCall(r, s)
		if p == nil {
			continue
		}
		for _, code := range published {
			if set.has(code) && p.value(code) == triFalse {
				failed.add(code)
			}
		}
	}
	if failed.empty() {
		return set
	}
	for _, code := range published {
		if set.has(code) && !failed.has(code) {
			rest.add(code)
		}
	}
	w.end(failed, fReject)
	return rest
}
