package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/types"
)

// exitNames name a command's entry point that answers its exit status:
// mitchellh/cli's Command.Run(args []string) int, func run() int behind
// os.Exit(run()), func realMain() int.
var exitNames = map[string]bool{"Run": true, "run": true, "realMain": true, "runMain": true}

// exitStatus reports whether decl answers an exit status: its one result
// an int and its name one of exitNames. Such a function's nonzero
// constant is a failed exit, its 0 a clean one.
func (c *checker) exitStatus(decl *ast.FuncDecl) bool {
	if decl == nil || !exitNames[decl.Name.Name] {
		return false
	}
	fn, ok := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	if !ok {
		return false
	}
	res := fn.Signature().Results()
	if res.Len() != 1 {
		return false
	}
	b, ok := res.At(0).Type().(*types.Basic)
	return ok && b.Kind() == types.Int
}

// exitValue classifies a constant exit status e: rejected when nonzero,
// accept when 0; unknown for anything else.
func (c *checker) exitValue(e ast.Expr) outcome {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return unknown
	}
	if constant.Sign(tv.Value) == 0 {
		return accept
	}
	return rejected
}
