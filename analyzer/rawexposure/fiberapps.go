package rawexposure

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// fiber's error handler per application value: one package may build two
// apps, an admin app whose ErrorHandler hides the text and a public app with
// the default one. A handler registered (app.Get(path, h), app.Use(h), on the
// app or on a group made from it) on apps of the package is judged by their
// error handlers: its returned errors reach the client when one of them sends
// them. A handler registered on no app the package builds falls back to the
// package rule, fiberSendsErrors.

// fiberApps is what the package's fiber apps do with returned errors.
type fiberApps struct {
	apps     map[*types.Var]bool // app or group variable (or field) -> its app sends errors
	handlers map[any][]bool      // *types.Func or *ast.FuncLit -> sends, per app registered on
}

// fiberRouting are the methods of fiber's App, Group and Router that
// register handlers (every function argument is one).
var fiberRouting = map[string]bool{
	"Get": true, "Head": true, "Post": true, "Put": true, "Delete": true, "Connect": true,
	"Options": true, "Trace": true, "Patch": true, "All": true, "Add": true, "Use": true,
	"Group": true, "Route": true,
}

// fiberHandlerSends reports whether the errors handler h (a fiber handler of
// package path) returns reach the client.
func (fs *fstate) fiberHandlerSends(path string, h handlerRef) bool {
	fa := fs.fiberAppsOf()
	var key any
	switch {
	case h.fn != nil:
		key = h.fn.Origin()
	case h.lit != nil:
		key = h.lit
	}
	if on := fa.handlers[key]; key != nil && len(on) > 0 {
		for _, sends := range on {
			if sends {
				return true
			}
		}
		return false
	}
	return fs.fiberSendsErrors(path)
}

// fiberAppsOf scans the package once for fiber.New apps, their groups and
// the handlers registered on them.
func (fs *fstate) fiberAppsOf() *fiberApps {
	hi := fs.handlerIndex()
	if hi.fiber != nil {
		return hi.fiber
	}
	fa := &fiberApps{apps: map[*types.Var]bool{}, handlers: map[any][]bool{}}
	hi.fiber = fa
	info := fs.pass.TypesInfo
	// Assignments in order: apps first, then groups made from known apps
	// (a few rounds, for groups of groups declared before their parent).
	type assign struct {
		file     *ast.File
		lhs, rhs ast.Expr
	}
	var assigns []assign
	var calls []*ast.CallExpr
	for _, file := range fs.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i := range n.Lhs {
						assigns = append(assigns, assign{file, n.Lhs[i], n.Rhs[i]})
					}
				}
			case *ast.ValueSpec:
				if len(n.Names) == len(n.Values) {
					for i := range n.Names {
						assigns = append(assigns, assign{file, n.Names[i], n.Values[i]})
					}
				}
			case *ast.CallExpr:
				calls = append(calls, n)
			}
			return true
		})
	}
	for _, a := range assigns {
		v := fs.varOf(a.lhs)
		call, ok := ast.Unparen(a.rhs).(*ast.CallExpr)
		if v == nil || !ok {
			continue
		}
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if fn == nil || fn.Name() != "New" || (pkgPath(fn) != fiberPkg && pkgPath(fn) != fiber3Pkg) {
			continue
		}
		fa.apps[v] = fa.apps[v] || fs.fiberAppSends(a.file, call, pkgPath(fn))
	}
	for round := 0; round < 4; round++ {
		grew := false
		for _, a := range assigns {
			v := fs.varOf(a.lhs)
			call, ok := ast.Unparen(a.rhs).(*ast.CallExpr)
			if v == nil || !ok {
				continue
			}
			if parent, name, ok := fs.fiberRouterCall(call); ok && (name == "Group" || name == "Route") {
				if sends, known := fa.apps[parent]; known {
					if old, had := fa.apps[v]; !had || (sends && !old) {
						fa.apps[v] = old || sends
						grew = true
					}
				}
			}
		}
		if !grew {
			break
		}
	}
	for _, call := range calls {
		parent, _, ok := fs.fiberRouterCall(call)
		if !ok {
			continue
		}
		sends, known := fa.apps[parent]
		if !known {
			continue
		}
		for _, arg := range call.Args {
			switch a := ast.Unparen(arg).(type) {
			case *ast.FuncLit:
				fa.handlers[a] = append(fa.handlers[a], sends)
			case *ast.Ident, *ast.SelectorExpr:
				id, _ := a.(*ast.Ident)
				if sel, ok := a.(*ast.SelectorExpr); ok {
					id = sel.Sel
				}
				if fn, ok := info.Uses[id].(*types.Func); ok {
					fa.handlers[fn.Origin()] = append(fa.handlers[fn.Origin()], sends)
				}
			}
		}
	}
	return fa
}

// fiberRouterCall reports whether call registers routes on a variable or
// field (app.Get(...), api.Group(...)), and returns it and the method.
func (fs *fstate) fiberRouterCall(call *ast.CallExpr) (*types.Var, string, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || !fiberRouting[sel.Sel.Name] {
		return nil, "", false
	}
	fn, _ := typeutil.Callee(fs.pass.TypesInfo, call).(*types.Func)
	if fn == nil || (pkgPath(fn) != fiberPkg && pkgPath(fn) != fiber3Pkg) {
		return nil, "", false
	}
	v := fs.varOf(sel.X)
	return v, sel.Sel.Name, v != nil
}

// varOf is the variable or field e names, nil for anything else.
func (fs *fstate) varOf(e ast.Expr) *types.Var {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, _ := fs.pass.TypesInfo.ObjectOf(e).(*types.Var)
		return v
	case *ast.SelectorExpr:
		if s, ok := fs.pass.TypesInfo.Selections[e]; ok && s.Kind() == types.FieldVal {
			v, _ := s.Obj().(*types.Var)
			return v
		}
	}
	return nil
}

// fiberAppSends reports whether the app fiber.New(args...) builds sends a
// returned error's text: no Config, or a Config literal without
// ErrorHandler, is the default handler; an ErrorHandler sends when its error
// parameter reaches a sink; a Config the check cannot see falls back to the
// package rule.
func (fs *fstate) fiberAppSends(file *ast.File, call *ast.CallExpr, path string) bool {
	if len(call.Args) == 0 {
		return true
	}
	lit, ok := ast.Unparen(call.Args[0]).(*ast.CompositeLit)
	if !ok {
		return fs.fiberSendsErrors(path)
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "ErrorHandler" {
				return fs.handlerSendsError(file, kv.Value)
			}
		}
	}
	return true
}
