package spid

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// This file gives roles to calls that reach a SurePassID client through
// the consumer's own indirection (see "Interfaces and function values" in
// doc.go):
//
//	type Vendor interface { ValidateOTP(ctx context.Context, user, otp string) (int32, string, error) }
//	code, msg, err := s.vendor.ValidateOTP(ctx, user, otp) // code: RoleCode
//
//	s := &Server{validate: c.ValidateOTP}
//	code, _, err := s.validate(ctx, user, otp)             // code: RoleCode

// classifyIndirect gives a result role to the methods of the package's
// interfaces and to its func-typed fields, reporting whether it gave a
// new one.
func (r *Result) classifyIndirect(pass *analysis.Pass) bool {
	changed := false
	impls := r.implementations(pass)
	scope := pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		ifc, ok := tn.Type().Underlying().(*types.Interface)
		if !ok || ifc.Empty() {
			continue
		}
		for i := 0; i < ifc.NumExplicitMethods(); i++ {
			m := ifc.ExplicitMethod(i)
			if r.funcs[m] != RoleNone {
				continue
			}
			if role := r.implRole(ifc, m, impls); role != RoleNone {
				r.funcs[m] = role
				changed = true
			}
		}
	}
	for v, role := range r.funcFields(pass) {
		if r.funcVars[v] == RoleNone {
			if r.funcVars == nil {
				r.funcVars = map[*types.Var]Role{}
			}
			r.funcVars[v] = role
			changed = true
		}
	}
	return changed
}

// implementations returns the named concrete types in view: the package's
// own and those of the packages it imports, but types declared in test
// files (a fake vendor is no implementation that ships).
func (r *Result) implementations(pass *analysis.Pass) []types.Type {
	var out []types.Type
	add := func(pkg *types.Package) {
		scope := pkg.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
				continue
			}
			if pkg == pass.Pkg {
				if f := pass.Fset.File(tn.Pos()); f != nil && strings.HasSuffix(f.Name(), "_test.go") {
					continue
				}
			}
			if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() == 0 && (n.NumMethods() > 0 || isStructType(n)) {
				out = append(out, n)
			}
		}
	}
	add(pass.Pkg)
	for _, imp := range pass.Pkg.Imports() {
		add(imp)
	}
	return out
}

func isStructType(t types.Type) bool {
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

// implRole returns the role of the first result of interface method m
// when every type in view implementing ifc (by value or pointer) has a
// method m with that role, and at least one such type is in view. A type
// whose m has no role, another vendor's client answering the same shape,
// makes the method's results nobody's.
func (r *Result) implRole(ifc *types.Interface, m *types.Func, impls []types.Type) Role {
	role := RoleNone
	for _, t := range impls {
		recv := t
		if !types.Implements(recv, ifc) {
			recv = types.NewPointer(t)
			if !types.Implements(recv, ifc) {
				continue
			}
		}
		obj, _, _ := types.LookupFieldOrMethod(recv, true, m.Pkg(), m.Name())
		fn, ok := obj.(*types.Func)
		if !ok {
			return RoleNone
		}
		got := r.funcs[fn.Origin()]
		if got == RoleNone || role != RoleNone && got != role {
			return RoleNone
		}
		role = got
	}
	return role
}

// funcFields returns the func-typed struct fields of the package, and
// parameters of its unexported functions, whose every store in its files
// (for a parameter: the argument of every call) is a function or method
// value with a result role, all the same one: &Server{validate:
// c.ValidateOTP}, s.send = client.SendSMS, verify(ctx, c.ValidateOTP). One
// stored anything else (a literal, a parameter) has none.
func (r *Result) funcFields(pass *analysis.Pass) map[*types.Var]Role {
	info := pass.TypesInfo
	roles := map[*types.Var]Role{}
	bad := map[*types.Var]bool{}
	store := func(v *types.Var, x ast.Expr) {
		if v == nil || v.Pkg() != pass.Pkg || bad[v] {
			return
		}
		if _, ok := v.Type().Underlying().(*types.Signature); !ok {
			return
		}
		role := RoleNone
		var obj types.Object
		switch x := ast.Unparen(x).(type) {
		case *ast.SelectorExpr:
			if sel := info.Selections[x]; sel != nil && sel.Kind() == types.MethodVal {
				obj = sel.Obj()
			} else {
				obj = info.Uses[x.Sel]
			}
		case *ast.Ident:
			obj = info.Uses[x]
		}
		if fn, ok := obj.(*types.Func); ok {
			role = r.funcs[fn.Origin()]
		}
		if role == RoleNone || roles[v] != RoleNone && roles[v] != role {
			bad[v] = true
			delete(roles, v)
			return
		}
		roles[v] = role
	}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CompositeLit:
				for _, elt := range n.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok {
						if id, ok := kv.Key.(*ast.Ident); ok {
							v, _ := info.Uses[id].(*types.Var)
							store(v, kv.Value)
						}
					}
				}
			case *ast.CallExpr:
				// verify(ctx, c.ValidateOTP): the parameters of an
				// unexported function of the package, called only here.
				fn, ok := typeutil.Callee(info, n).(*types.Func)
				if !ok || fn.Pkg() != pass.Pkg || fn.Exported() || fn.Signature().Recv() != nil {
					return true
				}
				params := fn.Signature().Params()
				for i, arg := range n.Args {
					if i < params.Len() && !(fn.Signature().Variadic() && i >= params.Len()-1) {
						store(params.At(i), arg)
					}
				}
			case *ast.AssignStmt:
				if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
					return true
				}
				for i, l := range n.Lhs {
					if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok {
						v, _ := info.Uses[sel.Sel].(*types.Var)
						store(v, n.Rhs[i])
					}
				}
			}
			return true
		})
	}
	return roles
}
