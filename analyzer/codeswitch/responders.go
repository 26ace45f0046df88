package codeswitch

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Responders: a go-swagger handler (go-openapi/runtime/middleware) returns
// a value the server asks to write itself, through its WriteResponse(rw
// http.ResponseWriter, p runtime.Producer) method. Returning one rejects
// when that method rejects on every path, as a helper does (summary.go:
// the generated rw.WriteHeader(401); a fact across packages), whatever the
// type's name; a generated 200 responder accepts. A ResponderFunc (any
// conversion of a function literal to such a type) rejects when the
// literal's body does:
//
//	return login.NewLoginUnauthorized().WithPayload(body)
//	return &login.LoginForbidden{}
//	return middleware.ResponderFunc(func(rw http.ResponseWriter, p runtime.Producer) { rw.WriteHeader(401) })
//
// middleware.Error(403, body) carries its status (statusOf).

// responderMethod is the method a responder writes itself with.
const responderMethod = "WriteResponse"

// responderRejects reports whether e is a responder whose response
// rejects: a value (or a local declared with one) whose type's
// WriteResponse rejects on every path, or a function literal converted to
// a responder type whose body does.
func (c *checker) responderRejects(e ast.Expr) bool {
	e = ast.Unparen(e)
	if c.localVar(e) != nil {
		// A local declared otherwise (resp, ok := refusals[code]) is
		// judged by its type.
		if init := c.localInit(e); init != nil {
			e = ast.Unparen(init)
		}
	}
	info := c.pass.TypesInfo
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() && writesItself(tv.Type) != nil {
			lit, ok := ast.Unparen(call.Args[0]).(*ast.FuncLit)
			if !ok || c.sums == nil {
				return false
			}
			sig, _ := info.TypeOf(lit).(*types.Signature)
			if sig == nil {
				return false
			}
			lc := c.sums.checkerFor(c.file, sig)
			lc.effectOnly = true
			return lc.classify(lit.Body.List, false) == rejected
		}
	}
	t := info.TypeOf(e)
	if t == nil || types.IsInterface(t) || c.sums == nil {
		return false
	}
	if c.sumRejects(t) {
		return true // an ogen response sum type's failure case (encoders.go)
	}
	m := writesItself(t)
	return m != nil && c.sums.rejects(m)
}

// writesItself returns t's WriteResponse method, or the one method of an
// oapi-codegen strict response (VisitLoginResponse), when it takes the
// http.ResponseWriter first.
func writesItself(t types.Type) *types.Func {
	if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, responderMethod); obj != nil {
		m, _ := obj.(*types.Func)
		return takesWriter(m)
	}
	var found *types.Func
	if _, isPtr := t.Underlying().(*types.Pointer); !isPtr && !types.IsInterface(t) {
		t = types.NewPointer(t) // the value's methods and the pointer's
	}
	ms := types.NewMethodSet(t)
	for i := 0; i < ms.Len(); i++ {
		m, _ := ms.At(i).Obj().(*types.Func)
		if m == nil || !strings.HasPrefix(m.Name(), "Visit") || !strings.HasSuffix(m.Name(), "Response") {
			continue
		}
		if found != nil {
			return nil // several: not a strict response
		}
		found = takesWriter(m)
	}
	return found
}

// strictVisit reports whether fn is the method of an oapi-codegen strict
// response (VisitLoginResponse(w http.ResponseWriter) error).
func strictVisit(fn *types.Func) bool {
	return fn.Signature().Recv() != nil && strings.HasPrefix(fn.Name(), "Visit") && strings.HasSuffix(fn.Name(), "Response") && takesWriter(fn) != nil
}

// writesFailureStatus reports whether a statement of list, the body of a
// strict response's method, writes a failure status (w.WriteHeader(401)):
// the generated method encodes its body first and hands an encoding
// error back, but the response it writes is the status.
func (c *checker) writesFailureStatus(list []ast.Stmt) bool {
	for _, st := range list {
		if es, ok := st.(*ast.ExprStmt); ok {
			if call, ok := ast.Unparen(es.X).(*ast.CallExpr); ok && c.writesFailure(call) {
				return true
			}
		}
	}
	return false
}

// takesWriter returns m when it takes the http.ResponseWriter first.
func takesWriter(m *types.Func) *types.Func {
	if m == nil {
		return nil
	}
	sig := m.Signature()
	if sig.Params().Len() == 0 || !typex.IsNamed(sig.Params().At(0).Type(), "net/http", "ResponseWriter") {
		return nil
	}
	return m
}
