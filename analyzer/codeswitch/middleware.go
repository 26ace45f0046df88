package codeswitch

import (
	"go/ast"
	"go/types"
	"strings"
)

// A filter or middleware of a framework whose chain goes on when it
// returns without answering lets the request through by falling off its
// end: a Beego filter (web.FilterFunc, func(ctx *context.Context)), a gin
// or Hertz middleware (the request goes on to the next handler unless
// c.Abort... is called). There, the end of the function, reached without
// acting, is an accept whatever Success's path does before it (a path
// that wrote an answer leaves, as Beego stops at a written response),
// and a path that stops the chain (a redirect anywhere, an Abort)
// rejects. Middleware that goes on
// by a call (next.ServeHTTP(w, r), return next(c), c.Next(), c.Next(ctx))
// needs nothing of this: the call is on Success's path.

// chainContexts are, by package path, the context types a filter or
// middleware whose return continues the chain takes as a pointer.
var chainContexts = map[string]string{
	"github.com/beego/beego/v2/server/web/context": "Context",
	"github.com/astaxie/beego/context":             "Context",
	"github.com/gin-gonic/gin":                     "Context",
	"github.com/cloudwego/hertz/pkg/app":           "RequestContext",
}

// continuesChain reports whether sig, the signature of the function
// holding a dispatch, is such a filter's or middleware's: no results and
// a pointer to one of chainContexts among its parameters.
func continuesChain(sig *types.Signature) bool {
	if sig == nil || sig.Results().Len() != 0 {
		return false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		p, ok := sig.Params().At(i).Type().Underlying().(*types.Pointer)
		if !ok {
			continue
		}
		n, ok := types.Unalias(p.Elem()).(*types.Named)
		if ok && n.Obj().Pkg() != nil && chainContexts[n.Obj().Pkg().Path()] == n.Obj().Name() {
			return true
		}
	}
	return false
}

// stopsChain reports whether call, in such a filter, ends the request
// there: a redirect or a method of the framework's context named Abort...
func (c *checker) stopsChain(call *ast.CallExpr) bool {
	if isRedirect, _ := c.redirect(call); isRedirect {
		return true
	}
	fn, ok := c.callee(call).(*types.Func)
	if !ok || !strings.HasPrefix(fn.Name(), "Abort") || fn.Signature().Recv() == nil {
		return false
	}
	return continuesChain(types.NewSignatureType(nil, nil, nil, types.NewTuple(fn.Signature().Recv()), nil, false))
}
