package rawexposure

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Pages rendered for a Lambda HTTP response. A Lambda handler has no
// response writer: it renders a template (or encodes, or Fprintf's) into a
// bytes.Buffer or strings.Builder and returns the text as the response's
// Body, often through a helper (htmlResponse(status, buf.String())). Such
// a buffer is the response being written, so a local buffer whose text
// reaches a Lambda HTTP response field in the unit (a literal's field, an
// assignment to one, or an argument a callee's summary or fact says
// reaches one) is a response like a ResponseWriter: a raw value is reported
// where it is written into the buffer (tmpl.Execute(&buf, data)), the
// buffer carries nothing afterwards, and a page rendered from fixed data
// into the same buffer is not reported. A buffer written to a net/http
// response is left to the write, which reports it.

// markPageBuffers marks the unit's page buffers as responses.
func (fs *fstate) markPageBuffers() {
	if fs.imports[lambdaEvents] == nil || fs.u.node == nil {
		return
	}
	info := fs.pass.TypesInfo
	mark := func(e ast.Expr) {
		if v := bufferText(info, e); v != nil {
			fs.resp[v] = true
		}
	}
	ast.Inspect(fs.u.node, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit:
			for i, elt := range n.Elts {
				if row, ok := fs.fieldSinkOf(fs.litField(n, i, elt)); ok && row.Response {
					if kv, ok := elt.(*ast.KeyValueExpr); ok {
						elt = kv.Value
					}
					mark(elt)
				}
			}
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, lhs := range n.Lhs {
					if row, _, ok := fs.fieldTarget(lhs); ok && row.Response {
						mark(n.Rhs[i])
					}
				}
			}
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(info, n).(*types.Func)
			if fn == nil {
				break
			}
			sig, _ := fn.Type().(*types.Signature)
			sum := fs.summaryOf(fn)
			if sig == nil || sum == nil || len(sum.sinks) == 0 {
				break
			}
			for i, a := range n.Args {
				if ps, ok := sum.sinks[paramIndex(sig, i)]; ok && ps.What == lambdaHTTP {
					mark(a)
				}
			}
		}
		return true
	})
}

// bufferText returns the local buffer whose text e is: buf.String(),
// buf.Bytes() or string(buf.Bytes()) of a bytes.Buffer or strings.Builder
// variable (or a pointer to one); nil for anything else.
func bufferText(info *types.Info, e ast.Expr) *types.Var {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return bufferText(info, call.Args[0]) // string(buf.Bytes())
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) != 0 || sel.Sel.Name != "String" && sel.Sel.Name != "Bytes" {
		return nil
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := info.Uses[id].(*types.Var)
	if v == nil || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	t := typex.Deref(v.Type())
	if typex.IsNamed(t, "bytes", "Buffer") || typex.IsNamed(t, "strings", "Builder") {
		return v
	}
	return nil
}
