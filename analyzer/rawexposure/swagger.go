package rawexposure

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// go-swagger servers (github.com/go-openapi/runtime/middleware): a
// handler returns a middleware.Responder, which the server asks to write
// itself. What reaches the client is:
//   - the data of middleware.Error(code, data) and NotImplemented's
//     message (rows);
//   - what a ResponderFunc (or any WriteResponse) hands the producer:
//     p.Produce(rw, body) with rw the response (the row's writer);
//   - the payload of a generated responder a handler returns:
//     op.NewLoginUnauthorized().WithPayload(body), &op.LoginOK{Payload:
//     body}; reported at the return (checkResponders). A generated
//     responder's WriteResponse encodes its Payload field, and nothing in
//     the handler is a call of a sink.

const (
	oaRuntime    = "github.com/go-openapi/runtime"
	oaMiddleware = oaRuntime + "/middleware"
	swaggerBody  = "the go-swagger response body"
	swaggerError = "the go-swagger error response"
)

// swaggerSinks are the go-openapi/runtime rows.
var swaggerSinks = []sink{
	{Pkg: oaMiddleware, Name: "Error", Args: []int{1}, Writer: -1, What: swaggerError},
	{Pkg: oaMiddleware, Name: "NotImplemented", Args: []int{0}, Writer: -1, What: swaggerError},
	{Pkg: oaRuntime, Recv: "Producer", Name: "Produce", Args: []int{1}, Writer: 0, What: swaggerBody},
}

// payloadSetters are the methods go-swagger generates on a responder to
// fill its body: their argument is the payload.
var payloadSetters = map[string]bool{"WithPayload": true, "SetPayload": true}

// responderIface returns middleware.Responder when the package imports the
// middleware package.
func (fs *fstate) responderIface() *types.Interface {
	p := fs.imports[oaMiddleware]
	if p == nil {
		return nil
	}
	tn, ok := p.Scope().Lookup("Responder").(*types.TypeName)
	if !ok {
		return nil
	}
	it, _ := tn.Type().Underlying().(*types.Interface)
	return it
}

// checkResponders reports the returns of a function (or literal) whose
// result is a middleware.Responder that hand back a responder whose
// payload carries a raw value.
func (fs *fstate) checkResponders() {
	if fs.u.generated || !fs.report {
		return
	}
	it := fs.responderIface()
	if it == nil {
		return
	}
	info := fs.pass.TypesInfo
	var walk func(n ast.Node, returns bool)
	walk = func(node ast.Node, returns bool) {
		ast.Inspect(node, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				sig, _ := info.TypeOf(n).(*types.Signature)
				walk(n.Body, sig != nil && respondsWith(sig, it))
				return false
			case *ast.ReturnStmt:
				if returns && len(n.Results) == 1 {
					fs.checkResponder(n, n.Results[0], it)
				}
			}
			return true
		})
	}
	walk(fs.u.node, fs.sig != nil && respondsWith(fs.sig, it))
}

// respondsWith reports whether sig's only result is a responder.
func respondsWith(sig *types.Signature, it *types.Interface) bool {
	if sig.Results().Len() != 1 {
		return false
	}
	t := sig.Results().At(0).Type()
	return types.Implements(t, it) || types.Implements(types.NewPointer(t), it)
}

// payloads returns the payload expressions of responder e: the arguments
// of its WithPayload and SetPayload calls, the Payload field of its
// literal.
func (fs *fstate) payloads(e ast.Expr, it *types.Interface) []ast.Expr {
	info := fs.pass.TypesInfo
	var out []ast.Expr
	for depth := 0; depth < 4; depth++ {
		e = ast.Unparen(e)
		if u, ok := e.(*ast.UnaryExpr); ok {
			e = ast.Unparen(u.X)
		}
		switch x := e.(type) {
		case *ast.CompositeLit:
			for _, elt := range x.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Payload" {
						out = append(out, kv.Value)
					}
				}
			}
			return out
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(info, x).(*types.Func)
			sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
			if fn == nil || !ok || !isMethod(fn) || !payloadSetters[fn.Name()] || len(x.Args) != 1 {
				return out
			}
			recv := fn.Type().(*types.Signature).Recv().Type()
			if !types.Implements(recv, it) {
				return out
			}
			out = append(out, x.Args[0])
			e = sel.X // NewX().WithHeader(h).WithPayload(p)
		default:
			return out
		}
	}
	return out
}

// checkResponder reports ret when a payload of the responder it returns
// carries a raw value.
func (fs *fstate) checkResponder(ret *ast.ReturnStmt, e ast.Expr, it *types.Interface) {
	for _, p := range fs.payloads(e, it) {
		if lit := fs.definedLit(p); lit != nil {
			p = lit // body := &models.Error{...}; WithPayload(body): the fix edits the literal
		}
		t := fs.bodyTaint(p, 0)
		if t.kind == kNone {
			continue
		}
		span := spanOf(p.Pos(), p.End())
		hits := []found{{arg: p, slot: fs.pass.TypesInfo.TypeOf(p), t: t}}
		if fs.guarded(span, hits) {
			continue
		}
		d := analysis.Diagnostic{
			Pos:      ret.Pos(),
			End:      ret.End(),
			Category: t.kind.category(),
			Message:  fmt.Sprintf("raw SurePassID %s (from %s) returned in a go-swagger responder's payload, written to %s", t.kind, t.from, swaggerBody),
		}
		d.Related = t.origin()
		fs.pending = append(fs.pending, pending{d: d, call: span, hits: hits})
	}
}

// definedLit returns the composite literal (or its address) local e is
// declared with, when e is a local of the unit written only there.
func (fs *fstate) definedLit(e ast.Expr) ast.Expr {
	init := fs.definedOnce(e)
	if init == nil {
		return nil
	}
	x := ast.Unparen(init)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	if _, ok := x.(*ast.CompositeLit); !ok {
		return nil
	}
	return init
}

// definedOnce returns the expression local e is declared with, when e is
// a local of the unit written only there (not through its address either).
func (fs *fstate) definedOnce(e ast.Expr) ast.Expr {
	info := fs.pass.TypesInfo
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.IsField() || v.Pos() < fs.u.node.Pos() || v.Pos() >= fs.u.node.End() {
		return nil
	}
	var init ast.Expr
	writes := 0
	ast.Inspect(fs.u.node, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				lid, ok := ast.Unparen(l).(*ast.Ident)
				if !ok || info.Defs[lid] != v && info.Uses[lid] != v {
					continue
				}
				writes++
				if info.Defs[lid] == v && len(n.Lhs) == len(n.Rhs) {
					init = n.Rhs[i]
				}
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && info.Uses[id] == v {
				writes++
			}
		}
		return true
	})
	if writes != 1 {
		return nil
	}
	return init
}
