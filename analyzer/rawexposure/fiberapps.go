package rawexposure

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// The error handler per application value, for fiber (v2, v3) and echo
// (v4, v5): one package may build two apps, an admin app whose error
// handler hides the text and a public app with the default one. A handler
// registered (app.Get(path, h), e.POST(path, h), app.Use(h), on the app or
// on a group made from it) on apps of the package is judged by their error
// handlers. Two things depend on it:
//   - a returned error: fiber's default handler sends err.Error(), echo's
//     does not (a plain error is "Internal Server Error"); a custom handler
//     sends it when its error parameter reaches a sink (echo v4's Debug, and
//     v5's DefaultHTTPErrorHandler(true), send it too);
//   - the message of an error constructor (fiber.NewError, echo.
//     NewHTTPError): both default handlers send it; a custom handler sends
//     it when its error parameter reaches a sink, or the Message of the
//     framework's error taken out of it does (errors.As(err, &fe), then
//     fe.Message written: a handler that shows only the errors the app
//     built with fiber.NewError and hides every other).
// A handler registered on no app the package builds falls back to the
// package rule.

// appMode is what an app's error handler does, ordered by what it sends:
// two apps in one variable (or a handler on two apps) take the larger.
type appMode int

const (
	appHides   appMode = iota + 1 // a custom handler whose error reaches no sink
	appCtor                       // a custom handler sending only a framework error's Message
	appDefault                    // the framework's default handler
	appSends                      // a custom handler sending the error's text
)

// webApps is what the package's fiber and echo apps do with errors.
type webApps struct {
	apps     map[*types.Var]appMode // app or group variable (or field) -> its app's mode
	handlers map[any][]appMode      // *types.Func or *ast.FuncLit -> mode, per app registered on
	echo     []appMode              // every echo app of the package
}

// fiberRouting are the methods of fiber's App, Group and Router that
// register handlers (every function argument is one).
var fiberRouting = map[string]bool{
	"Get": true, "Head": true, "Post": true, "Put": true, "Delete": true, "Connect": true,
	"Options": true, "Trace": true, "Patch": true, "All": true, "Add": true, "Use": true,
	"Group": true, "Route": true,
}

// echoRouting are the methods of echo's Echo and Group that register
// handlers or make groups.
var echoRouting = map[string]bool{
	"GET": true, "HEAD": true, "POST": true, "PUT": true, "DELETE": true, "CONNECT": true,
	"OPTIONS": true, "TRACE": true, "PATCH": true, "Any": true, "Match": true, "Add": true,
	"Use": true, "Group": true, "RouteNotFound": true,
}

// handlerModes returns the modes of the apps handler h is registered on
// (nil when on none of the package's apps).
func (fs *fstate) handlerModes(h handlerRef) []appMode {
	wa := fs.webAppsOf()
	switch {
	case h.fn != nil:
		return wa.handlers[h.fn.Origin()]
	case h.lit != nil:
		return wa.handlers[h.lit]
	}
	return nil
}

// fiberHandlerSends reports whether the errors handler h (a fiber handler of
// package path) returns reach the client.
func (fs *fstate) fiberHandlerSends(path string, h handlerRef) bool {
	if on := fs.handlerModes(h); len(on) > 0 {
		return maxMode(on) >= appDefault
	}
	return fs.fiberSendsErrors(path)
}

// echoHandlerSends reports whether the errors echo handler h returns reach
// the client: an app it is registered on has an error handler sending them
// or, registered on none, one of the package's apps has.
func (fs *fstate) echoHandlerSends(h handlerRef) bool {
	on := fs.handlerModes(h)
	if len(on) == 0 {
		on = fs.webAppsOf().echo
	}
	return maxMode(on) == appSends
}

// ctorSends reports whether the message of an error constructor (fiber.
// NewError, echo.NewHTTPError) built in handler h of shape shape reaches
// the client: unless every app h is registered on (or, on none, every app
// of the package; fiber: the package rule) hides it.
func (fs *fstate) ctorSends(sig *types.Signature, h handlerRef) bool {
	on := fs.handlerModes(h)
	if len(on) > 0 {
		return maxMode(on) != appHides
	}
	if p := fiberHandlerPkg(sig); p != "" {
		return fs.fiberSendsErrors(p) || fs.fiberCtorSends[p]
	}
	if echo := fs.webAppsOf().echo; len(echo) > 0 {
		return maxMode(echo) != appHides
	}
	return true
}

func maxMode(ms []appMode) appMode {
	m := appMode(0)
	for _, x := range ms {
		m = max(m, x)
	}
	return m
}

// errorCtorWhats are the rows (by What) whose text reaches the user only
// through the framework's error handler.
var errorCtorWhats = map[string]bool{fiberError: true, echoError: true}

// ctorTextMethods are the methods of a framework error whose result is
// exactly the message its constructor was given: fiber's (*Error).Error
// returns e.Message (echo's HTTPError.Error adds the internal error, so it
// is not listed).
var ctorTextMethods = map[string]bool{
	fiberPkg + ".Error.Error":  true,
	fiber3Pkg + ".Error.Error": true,
}

// ctorTextCall is fe.Error() on a framework error taken out of a parameter
// (errors.As(err, &fe), err.(*fiber.Error)): like fe.Message, what an
// error handler sends of the errors built by fiber.NewError, not every
// error's text.
func (fs *fstate) ctorTextCall(call *ast.CallExpr, fn *types.Func) (taint, bool) {
	if !ctorTextMethods[funcKey(fn)] {
		return taint{}, false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return taint{}, false
	}
	if t := fs.eval(sel.X); t.params == 0 || t.kind != kNone {
		return taint{}, false // built here from a raw value: its text is the value
	}
	return taint{params: 1 << ctorMsgBit}, true
}

// hiddenByErrorHandler reports whether sink s, an error constructor whose
// text the framework's error handler sends, is called in a fiber or echo
// handler whose apps' error handlers all hide the text. Only in the report
// pass: the error handlers are judged on final summaries.
func (fs *fstate) hiddenByErrorHandler(s sink, call *ast.CallExpr) bool {
	if !fs.report || !errorCtorWhats[s.What] {
		return false
	}
	shape, sig, ref := fs.enclosingHandler(call)
	if shape == nil || shape.name != fiberShapeName && shape.name != echoShapeName {
		return false
	}
	return !fs.ctorSends(sig, ref)
}

// enclosingHandler returns the innermost handler (a literal or the unit's
// function) of a known shape enclosing n.
func (fs *fstate) enclosingHandler(n ast.Node) (*handlerShape, *types.Signature, handlerRef) {
	var found *ast.FuncLit
	ast.Inspect(fs.u.node, func(m ast.Node) bool {
		if m == nil || m.Pos() > n.Pos() || m.End() < n.End() {
			return false
		}
		if lit, ok := m.(*ast.FuncLit); ok {
			if sig, ok := fs.pass.TypesInfo.TypeOf(lit).(*types.Signature); ok && fs.litShape(lit, sig) != nil {
				found = lit
			}
		}
		return true
	})
	if found != nil {
		sig := fs.pass.TypesInfo.TypeOf(found).(*types.Signature)
		return fs.litShape(found, sig), sig, handlerRef{lit: found}
	}
	if fs.u.fn != nil && fs.sig != nil {
		if sh := fs.funcShape(fs.u.fn, fs.sig); sh != nil {
			return sh, fs.sig, handlerRef{fn: fs.u.fn}
		}
	}
	return nil, nil, handlerRef{}
}

// webAppsOf scans the package once for fiber.New and echo.New apps, their
// groups, their error handlers and the handlers registered on them.
func (fs *fstate) webAppsOf() *webApps {
	hi := fs.handlerIndex()
	if hi.apps != nil {
		return hi.apps
	}
	wa := &webApps{apps: map[*types.Var]appMode{}, handlers: map[any][]appMode{}}
	hi.apps = wa
	if fs.imports[fiberPkg] == nil && fs.imports[fiber3Pkg] == nil && fs.imports[echoPkg] == nil && fs.imports[echo5Pkg] == nil {
		return wa
	}
	info := fs.pass.TypesInfo
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
	echoApps := map[*types.Var]bool{}
	set := func(v *types.Var, m appMode) {
		wa.apps[v] = max(wa.apps[v], m)
	}
	for _, a := range assigns {
		v := fs.varOf(a.lhs)
		call, ok := ast.Unparen(a.rhs).(*ast.CallExpr)
		if v == nil || !ok {
			continue
		}
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if fn == nil || isMethod(fn) {
			continue
		}
		switch p := pkgPath(fn); {
		case fn.Name() == "New" && (p == fiberPkg || p == fiber3Pkg):
			set(v, fs.fiberAppMode(a.file, call, p))
		case (fn.Name() == "New" || fn.Name() == "NewWithConfig") && (p == echoPkg || p == echo5Pkg):
			echoApps[v] = true
			m := appDefault
			if fn.Name() == "NewWithConfig" && len(call.Args) == 1 {
				m = fs.echoConfigMode(a.file, call.Args[0], p)
			}
			set(v, m)
		}
	}
	// echo: e.HTTPErrorHandler = h, e.Debug = true on an app. The first
	// assignment replaces the default; later ones take the larger mode.
	custom := map[*types.Var]bool{}
	for _, a := range assigns {
		sel, ok := ast.Unparen(a.lhs).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		v := fs.varOf(sel.X)
		if v == nil || !echoApps[v] {
			continue
		}
		p := ""
		if f, ok := info.Uses[sel.Sel].(*types.Var); ok && f.Pkg() != nil {
			p = f.Pkg().Path()
		}
		if p != echoPkg && p != echo5Pkg {
			continue
		}
		switch sel.Sel.Name {
		case "HTTPErrorHandler":
			m := fs.echoErrorHandlerMode(a.file, a.rhs, p)
			if !custom[v] {
				custom[v] = true
				wa.apps[v] = m
			} else {
				set(v, m)
			}
		case "Debug":
			if tv, ok := info.Types[a.rhs]; !ok || !isFalse(tv) {
				if !custom[v] {
					set(v, appSends) // the default handler adds err.Error()
				}
			}
		}
	}
	for v := range echoApps {
		wa.echo = append(wa.echo, wa.apps[v])
	}
	for round := 0; round < 4; round++ {
		grew := false
		for _, a := range assigns {
			v := fs.varOf(a.lhs)
			call, ok := ast.Unparen(a.rhs).(*ast.CallExpr)
			if v == nil || !ok {
				continue
			}
			if parent, name, ok := fs.appRouterCall(call); ok && (name == "Group" || name == "Route") {
				if m, known := wa.apps[parent]; known && m > wa.apps[v] {
					wa.apps[v] = m
					grew = true
				}
			}
		}
		if !grew {
			break
		}
	}
	for _, call := range calls {
		parent, _, ok := fs.appRouterCall(call)
		if !ok {
			continue
		}
		m, known := wa.apps[parent]
		if !known {
			continue
		}
		for _, arg := range call.Args {
			switch a := ast.Unparen(arg).(type) {
			case *ast.FuncLit:
				wa.handlers[a] = append(wa.handlers[a], m)
			case *ast.Ident, *ast.SelectorExpr:
				id, _ := a.(*ast.Ident)
				if sel, ok := a.(*ast.SelectorExpr); ok {
					id = sel.Sel
				}
				if fn, ok := info.Uses[id].(*types.Func); ok {
					wa.handlers[fn.Origin()] = append(wa.handlers[fn.Origin()], m)
				}
			}
		}
	}
	return wa
}

// appRouterCall reports whether call registers routes on a fiber or echo
// variable or field (app.Get(...), api.Group(...), e.POST(...)), and
// returns it and the method.
func (fs *fstate) appRouterCall(call *ast.CallExpr) (*types.Var, string, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || !fiberRouting[sel.Sel.Name] && !echoRouting[sel.Sel.Name] {
		return nil, "", false
	}
	fn, _ := typeutil.Callee(fs.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return nil, "", false
	}
	switch pkgPath(fn) {
	case fiberPkg, fiber3Pkg:
		if !fiberRouting[sel.Sel.Name] {
			return nil, "", false
		}
	case echoPkg, echo5Pkg:
		if !echoRouting[sel.Sel.Name] {
			return nil, "", false
		}
	default:
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

// fiberAppMode is the mode of the app fiber.New(args...) builds: no Config,
// or a Config literal without ErrorHandler, is the default handler; an
// ErrorHandler sends when its error parameter reaches a sink; a Config the
// check cannot see falls back to the package rule.
func (fs *fstate) fiberAppMode(file *ast.File, call *ast.CallExpr, path string) appMode {
	if len(call.Args) == 0 {
		return appDefault
	}
	lit, ok := ast.Unparen(call.Args[0]).(*ast.CompositeLit)
	if !ok {
		if fs.fiberSendsErrors(path) {
			return appDefault
		}
		return appHides
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "ErrorHandler" {
				return fs.errorHandlerMode(file, kv.Value, 1)
			}
		}
	}
	return appDefault
}

// echoConfigMode is the mode of echo v5's NewWithConfig(cfg): its
// HTTPErrorHandler field, the default when the literal has none; a config
// the check cannot see sends.
func (fs *fstate) echoConfigMode(file *ast.File, cfg ast.Expr, path string) appMode {
	lit, ok := ast.Unparen(cfg).(*ast.CompositeLit)
	if !ok {
		return appSends
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "HTTPErrorHandler" {
				return fs.echoErrorHandlerMode(file, kv.Value, path)
			}
		}
	}
	return appDefault
}

// echoErrorHandlerMode judges an echo HTTPErrorHandler h: the default
// (e.DefaultHTTPErrorHandler in v4, DefaultHTTPErrorHandler(false) in v5;
// (true) sends), or a function whose error parameter (v4: the first, v5:
// the second) reaches a sink.
func (fs *fstate) echoErrorHandlerMode(file *ast.File, h ast.Expr, path string) appMode {
	info := fs.pass.TypesInfo
	switch x := ast.Unparen(h).(type) {
	case *ast.CallExpr:
		if fn, _ := typeutil.Callee(info, x).(*types.Func); fn != nil && pkgPath(fn) == path && fn.Name() == "DefaultHTTPErrorHandler" {
			if len(x.Args) == 1 {
				if tv, ok := info.Types[x.Args[0]]; ok && isFalse(tv) {
					return appDefault
				}
			}
			return appSends
		}
		// Any other call: a factory of the package (adminErrorHandler(log))
		// is judged by what it returns, below; others send.
	case *ast.SelectorExpr:
		if fn, ok := info.Uses[x.Sel].(*types.Func); ok && pkgPath(fn) == path && fn.Name() == "DefaultHTTPErrorHandler" {
			return appDefault
		}
	}
	errIdx := 0
	if path == echo5Pkg {
		errIdx = 1
	}
	return fs.errorHandlerMode(file, h, errIdx)
}

// errorHandlerMode judges a custom error handler h whose error is
// parameter errIdx: it sends every error's text when that parameter
// reaches a sink, only the framework errors' messages when their Message
// does (ctorMsgBit), else nothing.
func (fs *fstate) errorHandlerMode(file *ast.File, h ast.Expr, errIdx int) appMode {
	switch {
	case fs.handlerSendsErrorAt(file, h, errIdx):
		return appSends
	case fs.handlerSendsErrorAt(file, h, ctorMsgBit):
		return appCtor
	}
	return appHides
}

// isFalse reports whether tv is the constant false (never panics on a
// constant of another kind in broken code).
func isFalse(tv types.TypeAndValue) bool {
	return tv.Value != nil && tv.Value.Kind() == constant.Bool && !constant.BoolVal(tv.Value)
}
