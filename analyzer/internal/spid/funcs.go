package spid

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// resultFact gives a function's single result its role: a protobuf getter
// (GetErrorCode), or the consumer's own accessor (func (r *Reply) Code()
// int { return r.ErrCode }).
type resultFact struct{ Role Role }

func (*resultFact) AFact()           {}
func (f *resultFact) String() string { return "result:" + f.Role.String() }

// accessorRounds bounds how deep accessors of accessors are followed
// (Code() returning int(r.GetErrorCode())).
const accessorRounds = 3

// classifyFuncs records the result role of the package's functions and
// methods with one result whose every return is a value of that role or a
// constant (the getter's zero value, return 0 or return ""), at least one
// of them the role's value; it exports them as facts.
func (r *Result) classifyFuncs(pass *analysis.Pass) {
	var decls []*ast.FuncDecl
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil || fd.Type.Results == nil || fd.Type.Results.NumFields() != 1 {
				continue
			}
			decls = append(decls, fd)
		}
	}
	if len(decls) == 0 {
		return
	}
	for round := 0; round < accessorRounds; round++ {
		changed := false
		for _, fd := range decls {
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok || r.funcs[fn] != RoleNone {
				continue
			}
			if role := r.returnRole(pass.TypesInfo, fd.Body); role != RoleNone {
				r.funcs[fn] = role
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	for fn, role := range r.funcs {
		if fn.Pkg() == pass.Pkg {
			pass.ExportObjectFact(fn, &resultFact{Role: role})
		}
	}
}

// returnRole returns the role every non-constant return of body has, if
// they all have the same one.
func (r *Result) returnRole(info *types.Info, body *ast.BlockStmt) Role {
	role, ok := RoleNone, true
	ast.Inspect(body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its returns are its own
		case *ast.ReturnStmt:
			if len(n.Results) != 1 {
				ok = false // a named result's bare return
				return false
			}
			e := n.Results[0]
			if tv, found := info.Types[e]; found && (tv.Value != nil || tv.IsNil()) {
				return false // the zero value of a getter
			}
			got := r.ExprRole(info, e)
			if got == RoleNone || (role != RoleNone && got != role) {
				ok = false
				return false
			}
			role = got
		}
		return true
	})
	if !ok {
		return RoleNone
	}
	return role
}

// callRole returns the role of the result of call: a function or method
// whose result has one (see classifyFuncs).
func (r *Result) callRole(info *types.Info, call *ast.CallExpr) Role {
	if len(r.funcs) == 0 {
		return RoleNone
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok {
		return RoleNone
	}
	return r.funcs[fn.Origin()]
}
