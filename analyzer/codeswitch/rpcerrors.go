package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// rpcErrorBuilder is a function or method of an RPC framework that builds
// the error a handler returns from an RPC status code (see "Fails closed"
// in doc.go). code is the index of the code argument; -1 for a method of
// the code itself (twirp.PermissionDenied.Error(msg)) or of a status
// built from one (status.New(codes.Unauthenticated, msg).Err()).
type rpcErrorBuilder struct {
	pkg, recv, name string
	code            int
}

// rpcErrorBuilders are the RPC error constructors of gRPC, connect-go and
// twirp.
var rpcErrorBuilders = []rpcErrorBuilder{
	{"google.golang.org/grpc/status", "", "Error", 0},
	{"google.golang.org/grpc/status", "", "Errorf", 0},
	{"google.golang.org/grpc/status", "Status", "Err", -1},
	{"connectrpc.com/connect", "", "NewError", 0},
	{"connectrpc.com/connect", "", "NewWireError", 0},
	{"github.com/twitchtv/twirp", "", "NewError", 0},
	{"github.com/twitchtv/twirp", "", "NewErrorf", 0},
	{"github.com/twitchtv/twirp", "ErrorCode", "Error", -1},
	{"github.com/twitchtv/twirp", "ErrorCode", "Errorf", -1},
}

// rpcStatusBuilders build a gRPC status whose Err method is the error
// (status.New(codes.Unauthenticated, msg).Err()); the code is argument 0.
var rpcStatusBuilders = map[string]bool{"New": true, "Newf": true}

// rpcOKCodes are the RPC codes that mean success: an error built from one
// is nil (status.Error(codes.OK, "")) or none.
var rpcOKCodes = map[string]bool{"OK": true, "NoError": true}

// rpcError reports whether call builds an RPC error from a status code
// (isRPC), and whether that code is success, so that the call's value is
// no error (success).
func (c *checker) rpcError(call *ast.CallExpr) (isRPC, success bool) {
	fn, ok := c.callee(call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return false, false
	}
	recv := ""
	if r := fn.Signature().Recv(); r != nil {
		if n, ok := types.Unalias(typex.Deref(r.Type())).(*types.Named); ok {
			recv = n.Obj().Name()
		}
	}
	for _, b := range rpcErrorBuilders {
		if b.pkg != typex.PkgPath(fn.Pkg()) || b.recv != recv || b.name != fn.Name() {
			continue
		}
		var code ast.Expr
		switch {
		case b.code >= 0 && b.code < len(call.Args):
			code = call.Args[b.code]
		case b.code < 0:
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok {
				return true, false
			}
			code = sel.X
			if inner, ok := ast.Unparen(code).(*ast.CallExpr); ok && recv == "Status" {
				code = nil
				if f, ok := c.callee(inner).(*types.Func); ok && typex.PkgPath(f.Pkg()) == b.pkg && rpcStatusBuilders[f.Name()] && len(inner.Args) > 0 {
					code = inner.Args[0]
				}
			}
		}
		return true, c.rpcOKCode(code)
	}
	return false, false
}

// rpcOKCode reports whether e is a constant RPC code meaning success:
// codes.OK, twirp.NoError (the empty code).
func (c *checker) rpcOKCode(e ast.Expr) bool {
	if e == nil {
		return false
	}
	if id := typex.NameIdent(e); id != nil {
		if k, ok := c.pass.TypesInfo.Uses[id].(*types.Const); ok && rpcOKCodes[k.Name()] {
			return true
		}
	}
	tv, ok := c.pass.TypesInfo.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == ""
}
