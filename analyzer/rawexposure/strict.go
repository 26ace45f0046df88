package rawexposure

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Self-writing responses: oapi-codegen's strict servers (net/http, chi,
// gin, echo, fiber, iris) and the hand-written kin of their response
// objects. A strict handler returns (R, error) where R writes itself:
// VisitLoginResponse(w http.ResponseWriter) error encodes the receiver, a
// team's Reply.Render(w) or WriteTo(c *gin.Context) error likewise. So
//   - a raw value in the returned R is the body (the shape's body rule),
//     reported at the return;
//   - the returned error goes to the strict server's
//     ResponseErrorHandlerFunc: judged by the ones the package configures
//     (StrictHTTPServerOptions{ResponseErrorHandlerFunc: h}); with none,
//     by the generated default (http.Error(w, err.Error(), 500)) when R's
//     package declares NewStrictHandler, else quiet;
//   - a strict middleware (func(f StrictHandlerFunc, operationID string)
//     StrictHandlerFunc) returns a literal whose results go the same way;
//   - R also writes itself when its package's generated code encodes it
//     (ogen: encodeLoginResponse(response LoginRes, w http.ResponseWriter,
//     span) error), and ogen's NewError(ctx, err) R is given the errors
//     the handlers of its type return, its result being the body;
//   - a field of one of the package's error types that such an error
//     handler writes after errors.As (ae.Public) is a field sink
//     (fields.go): reported where a raw value is stored in it, not at the
//     handler's write.

const strictShapeName = "a strict handler"

// strictWhat is what the strict error handler does with the fields it
// shows.
const strictWhat = "the strict server's ResponseErrorHandlerFunc (it writes this field of the error to the client)"

// selfWriterVerbs are the name prefixes of a method writing its receiver
// to the response.
var selfWriterVerbs = []string{"Visit", "Write", "Render", "Respond", "Send", "Encode"}

// strictIndex is what the strict shape needs of the package, scanned once.
type strictIndex struct {
	errHandlers []strictErrHandler              // ResponseErrorHandlerFunc values of the package
	middleware  map[*ast.FuncLit]*types.Package // literals strict middlewares return -> their handler type's package
	shown       map[*types.Var]shownField       // error type fields the error handlers write
	appHandlers []fileExpr                      // echo's HTTPErrorHandler and fiber's ErrorHandler values of the package
	sendsCfg    *bool                           // do the configured error handlers send an error's text?
	active      *bool                           // does the package declare a strict handler or middleware?
}

// shownField is a field of an error type an error handler writes: the
// name of its type, and what writes it.
type shownField struct{ typ, what string }

// appErrWhat is what an echo or fiber app's error handler does with the
// fields it shows.
const appErrWhat = "the app's error handler (it writes this field of the error to the client)"

// appErrHandlerFields are the fields of the frameworks' apps (and their
// configs) holding the app's error handler: echo's Echo.HTTPErrorHandler
// (v4, v5) and fiber's Config.ErrorHandler (v2, v3).
var appErrHandlerFields = map[string][]string{
	"HTTPErrorHandler": {echoPkg, echo5Pkg},
	"ErrorHandler":     {fiberPkg, fiber3Pkg},
}

// strictErrHandler is one configured error handler and the index of its
// error parameter.
type strictErrHandler struct {
	fileExpr
	errIdx int
}

// responseTarget reports whether t is what a response is written to: an
// http.ResponseWriter or a framework's request context.
func responseTarget(t types.Type) bool {
	if typex.IsNamed(t, "net/http", "ResponseWriter") || typex.IsNamed(t, echoPkg, "Context") || typex.IsNamed(t, fiber3Pkg, "Ctx") {
		return true
	}
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	return typex.IsNamed(p.Elem(), ginPkg, "Context") || typex.IsNamed(p.Elem(), fiberPkg, "Ctx") ||
		typex.IsNamed(p.Elem(), echo5Pkg, "Context") || typex.IsNamed(p.Elem(), irisCtx, "Context")
}

// writesSelf reports whether fn is a method writing its receiver to the
// response: a verb of selfWriterVerbs, a response target among its
// parameters, an error its only result.
func writesSelf(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), typex.ErrorType) {
		return false
	}
	verb := false
	for _, v := range selfWriterVerbs {
		verb = verb || strings.HasPrefix(fn.Name(), v)
	}
	if !verb {
		return false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if responseTarget(sig.Params().At(i).Type()) {
			return true
		}
	}
	return false
}

// selfWriting reports whether a value of type t writes itself to the
// response.
func selfWriting(pass *analysis.Pass, t types.Type) bool {
	if t == nil {
		return false
	}
	if encodedByPkg(pass, t) {
		return true
	}
	if it, ok := t.Underlying().(*types.Interface); ok {
		for i := 0; i < it.NumMethods(); i++ {
			if writesSelf(it.Method(i)) {
				return true
			}
		}
		return false
	}
	for _, T := range []types.Type{t, types.NewPointer(t)} {
		if _, ok := types.Unalias(t).(*types.Pointer); ok && T != t {
			break
		}
		ms := types.NewMethodSet(T)
		for i := 0; i < ms.Len(); i++ {
			if fn, ok := ms.At(i).Obj().(*types.Func); ok && writesSelf(fn) {
				return true
			}
		}
	}
	return false
}

// encodedFact marks an exported type its package's generated code encodes
// to an http.ResponseWriter (encodedByPkg): importers see
// only the package's exported names, not the encoder.
type encodedFact struct{}

func (*encodedFact) AFact()         {}
func (*encodedFact) String() string { return "rawexposure(encoded to the response by its package)" }

// encoderParam returns the type fn encodes to the response: fn's first
// parameter when its second is an http.ResponseWriter and it returns an
// error (ogen's generated encodeLoginResponse(response LoginRes, w
// http.ResponseWriter, span trace.Span) error).
func encoderParam(fn *types.Func) types.Type {
	sig := fn.Type().(*types.Signature)
	if sig.Recv() != nil || sig.Params().Len() < 2 || sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), typex.ErrorType) ||
		!typex.IsNamed(sig.Params().At(1).Type(), "net/http", "ResponseWriter") {
		return nil
	}
	return sig.Params().At(0).Type()
}

// exportEncoded marks the package's exported types its encoders write.
func exportEncoded(pass *analysis.Pass) {
	scope := pass.Pkg.Scope()
	for _, name := range scope.Names() {
		fn, ok := scope.Lookup(name).(*types.Func)
		if !ok {
			continue
		}
		if named, ok := types.Unalias(typex.Deref(encoderParam(fn))).(*types.Named); ok && named.Obj().Pkg() == pass.Pkg && named.Obj().Exported() {
			pass.ExportObjectFact(named.Obj(), new(encodedFact))
		}
	}
}

// encodedByPkg reports whether the package of t (a named type or a
// pointer to one) declares the encoder writing t to the response: one
// whose parameter is t, or a non-empty interface t implements; in another
// package, by its fact.
func encodedByPkg(pass *analysis.Pass, t types.Type) bool {
	named, _ := types.Unalias(typex.Deref(t)).(*types.Named)
	if named == nil || named.Obj().Pkg() == nil {
		return false
	}
	if pkg := named.Obj().Pkg(); pkg != pass.Pkg {
		return pass.ImportObjectFact(named.Obj(), new(encodedFact))
	}
	scope := pass.Pkg.Scope()
	for _, name := range scope.Names() {
		fn, ok := scope.Lookup(name).(*types.Func)
		if !ok {
			continue
		}
		p := encoderParam(fn)
		if p == nil {
			continue
		}
		if types.Identical(typex.Deref(p), typex.Deref(t)) {
			return true
		}
		if it, ok := p.Underlying().(*types.Interface); ok && it.NumMethods() > 0 && types.Implements(t, it) {
			return true
		}
	}
	return false
}

// errorResponder reports whether fn is an ogen Handler's NewError(ctx,
// err error) R, R a self-writing response: the generated server hands it
// every error an operation method returns and encodes what it returns.
func errorResponder(pass *analysis.Pass, fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || fn.Name() != "NewError" || sig.Results().Len() != 1 || sig.Params().Len() == 0 {
		return false
	}
	return types.Identical(sig.Params().At(sig.Params().Len()-1).Type(), typex.ErrorType) && selfWriting(pass, sig.Results().At(0).Type())
}

// handlerErrors is what the errors the strict handlers among the methods
// of fn's receiver type return carry: what an error responder (NewError)
// is given.
func (st *state) handlerErrors(fn *types.Func) taint {
	named := recvNamed(fn.Type().(*types.Signature).Recv().Type())
	if named == nil {
		return taint{}
	}
	t := taint{}
	ms := types.NewMethodSet(types.NewPointer(named))
	for i := 0; i < ms.Len(); i++ {
		m, ok := ms.At(i).Obj().(*types.Func)
		if !ok || m.Pkg() != st.pass.Pkg || !strictHandlerSig(st.pass, m.Type().(*types.Signature)) {
			continue
		}
		if s := st.funcs[m.Origin()]; s != nil && len(s.results) == 2 && s.results[1].kind != kNone {
			r := s.results[1]
			t = join(t, taint{kind: r.kind, from: r.from, named: r.named})
		}
	}
	return t
}

// checkErrorResponder reports, in an error responder, the returned
// responses carrying a raw value: the generated server encodes them.
func (fs *fstate) checkErrorResponder() {
	if fs.u.generated || fs.u.fn == nil || !errorResponder(fs.pass, fs.u.fn) {
		return
	}
	ast.Inspect(fs.u.node, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) == 1 {
				fs.checkBodyResult(n.Results[0], fs.sig.Results().At(0).Type(), "an ogen handler's NewError")
			}
		}
		return true
	})
}

// optionalOf reports whether t (or what it points to) is a generated
// optional wrapper of a value of type v: a struct with a field of type v
// beside only bools (ogen's OptString{Value string; Set bool}, NilString,
// OptNilString).
func optionalOf(t, v types.Type) bool {
	st, ok := typex.Deref(t).Underlying().(*types.Struct)
	if !ok {
		return false
	}
	found := false
	for i := 0; i < st.NumFields(); i++ {
		ft := st.Field(i).Type()
		switch {
		case types.Identical(ft, v):
			found = true
		case types.Identical(ft.Underlying(), types.Typ[types.Bool]):
		default:
			return false
		}
	}
	return found
}

// optCtor reports whether fn is an optional wrapper's constructor of
// another package (oas.NewOptString(v) OptString): its result carries its
// argument.
func optCtor(fn *types.Func, sig *types.Signature) bool {
	return sig.Recv() == nil && strings.HasPrefix(fn.Name(), "New") && sig.Params().Len() == 1 && sig.Results().Len() == 1 &&
		optionalOf(sig.Results().At(0).Type(), sig.Params().At(0).Type())
}

// optSetter reports whether call is an optional wrapper's SetTo(v) of
// another package: it stores v in its receiver.
func optSetter(fn *types.Func, call *ast.CallExpr) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || fn.Name() != "SetTo" || sig.Params().Len() != 1 || len(call.Args) != 1 {
		return false
	}
	if _, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); !ok {
		return false
	}
	return optionalOf(sig.Recv().Type(), sig.Params().At(0).Type())
}

// strictHandlerSig reports whether sig is a strict handler's: (R, error)
// with R a self-writing response.
func strictHandlerSig(pass *analysis.Pass, sig *types.Signature) bool {
	r := sig.Results()
	return r.Len() == 2 && types.Identical(r.At(1).Type(), typex.ErrorType) && selfWriting(pass, r.At(0).Type())
}

// strictMiddlewareSig reports whether sig is a strict middleware's:
// func(f F, operationID string) F, F a func type returning (any, error).
func strictMiddlewareSig(sig *types.Signature) bool {
	if sig.Params().Len() != 2 || sig.Results().Len() != 1 {
		return false
	}
	f := sig.Params().At(0).Type()
	if !types.Identical(f, sig.Results().At(0).Type()) || !types.Identical(sig.Params().At(1).Type(), types.Typ[types.String]) {
		return false
	}
	hs, ok := f.Underlying().(*types.Signature)
	if !ok || hs.Results().Len() != 2 || !types.Identical(hs.Results().At(1).Type(), typex.ErrorType) {
		return false
	}
	it, ok := hs.Results().At(0).Type().Underlying().(*types.Interface)
	return ok && it.Empty()
}

// strictIdx scans the package once: its configured error handlers, its
// middlewares' literals and the error fields the handlers show.
func (st *state) strictIdx() *strictIndex {
	idx := st.exposureIdx()
	if idx.strict != nil {
		return idx.strict
	}
	si := &strictIndex{middleware: map[*ast.FuncLit]*types.Package{}, shown: map[*types.Var]shownField{}}
	idx.strict = si
	info := st.pass.TypesInfo
	for _, file := range st.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.KeyValueExpr: // StrictHTTPServerOptions{ResponseErrorHandlerFunc: h}
				if id, ok := n.Key.(*ast.Ident); ok {
					st.noteErrHandler(si, file, id, n.Value)
				}
			case *ast.AssignStmt: // opts.ResponseErrorHandlerFunc = h
				if len(n.Lhs) == len(n.Rhs) {
					for i, l := range n.Lhs {
						if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok {
							st.noteErrHandler(si, file, sel.Sel, n.Rhs[i])
						}
					}
				}
			case *ast.FuncDecl:
				if n.Body != nil {
					if fn, ok := info.Defs[n.Name].(*types.Func); ok && strictMiddlewareSig(fn.Type().(*types.Signature)) {
						st.markMiddleware(si, n.Body, fn.Type().(*types.Signature))
					}
				}
			case *ast.FuncLit:
				if sig, ok := info.TypeOf(n).(*types.Signature); ok && strictMiddlewareSig(sig) {
					st.markMiddleware(si, n.Body, sig)
				}
			}
			return true
		})
	}
	for _, h := range si.errHandlers {
		if body := st.handlerBody(h.e); body != nil {
			st.shownFields(si, body, strictWhat)
		}
	}
	for _, h := range si.appHandlers {
		for _, body := range st.handlerBodies(h.e) {
			st.shownFields(si, body, appErrWhat)
		}
	}
	if len(si.shown) > 0 {
		st.keepStoredShown(si)
	}
	return si
}

// handlerBodies returns the body of the function e names or is, or, for a
// call of a factory of the package (errorHandler(log)), the bodies of the
// literals it returns.
func (st *state) handlerBodies(e ast.Expr) []*ast.BlockStmt {
	if body := st.handlerBody(e); body != nil {
		return []*ast.BlockStmt{body}
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn, _ := typeutil.Callee(st.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() != st.pass.Pkg {
		return nil
	}
	fd := st.declOf(fn)
	if fd == nil || fd.Body == nil {
		return nil
	}
	var bodies []*ast.BlockStmt
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if ret, ok := n.(*ast.ReturnStmt); ok && len(ret.Results) == 1 {
			if lit, ok := ast.Unparen(ret.Results[0]).(*ast.FuncLit); ok {
				bodies = append(bodies, lit.Body)
			}
		}
		return true
	})
	return bodies
}

// keepStoredShown drops the shown fields of another package's error type
// that this package stores nothing in (a SurePassID client's *APIError
// its error handler writes the Message of): their values come from
// elsewhere, and stay reported where the handler writes them.
func (st *state) keepStoredShown(si *strictIndex) {
	stored := map[*types.Var]bool{}
	info := st.pass.TypesInfo
	for _, file := range st.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok {
					if v, ok := info.Uses[id].(*types.Var); ok && v.IsField() {
						stored[v.Origin()] = true
					}
				}
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok {
						if s := info.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
							stored[s.Obj().(*types.Var).Origin()] = true
						}
					}
				}
			}
			return true
		})
	}
	for f := range si.shown {
		if f.Pkg() != st.pass.Pkg && !stored[f] {
			delete(si.shown, f)
		}
	}
}

// noteErrHandler records h when it is stored into a field
// ResponseErrorHandlerFunc (named by id) whose last parameter is an error.
func (st *state) noteErrHandler(si *strictIndex, file *ast.File, id *ast.Ident, h ast.Expr) {
	if pkgs, ok := appErrHandlerFields[id.Name]; ok {
		if v, _ := st.pass.TypesInfo.Uses[id].(*types.Var); v != nil && v.IsField() && v.Pkg() != nil && slices.Contains(pkgs, v.Pkg().Path()) {
			si.appHandlers = append(si.appHandlers, fileExpr{file, h})
		}
		return
	}
	if id.Name != "ResponseErrorHandlerFunc" {
		return
	}
	v, _ := st.pass.TypesInfo.Uses[id].(*types.Var)
	if v == nil || !v.IsField() {
		return
	}
	hs, ok := v.Type().Underlying().(*types.Signature)
	if !ok || hs.Params().Len() == 0 || !types.Identical(hs.Params().At(hs.Params().Len()-1).Type(), typex.ErrorType) {
		return
	}
	si.errHandlers = append(si.errHandlers, strictErrHandler{fileExpr{file, h}, hs.Params().Len() - 1})
}

// markMiddleware records the literals a strict middleware's body returns.
func (st *state) markMiddleware(si *strictIndex, body *ast.BlockStmt, sig *types.Signature) {
	var pkg *types.Package
	if named, ok := types.Unalias(sig.Results().At(0).Type()).(*types.Named); ok {
		pkg = named.Obj().Pkg()
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if ret, ok := n.(*ast.ReturnStmt); ok && len(ret.Results) == 1 {
			if lit, ok := ast.Unparen(ret.Results[0]).(*ast.FuncLit); ok {
				si.middleware[lit] = pkg
			}
		}
		return true
	})
}

// handlerBody returns the body of the function e names or is.
func (st *state) handlerBody(e ast.Expr) *ast.BlockStmt {
	info := st.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		return e.Body
	case *ast.Ident:
		if fn, ok := info.Uses[e].(*types.Func); ok {
			if fd := st.declOf(fn); fd != nil {
				return fd.Body
			}
		}
	case *ast.SelectorExpr:
		if fn, ok := info.Uses[e.Sel].(*types.Func); ok && fn.Pkg() == st.pass.Pkg {
			if fd := st.declOf(fn); fd != nil {
				return fd.Body
			}
		}
	}
	return nil
}

// logPkgs are the packages whose calls only log what they are given.
var logPkgs = map[string]bool{
	"log": true, "log/slog": true, "go.uber.org/zap": true,
	"github.com/sirupsen/logrus": true, "github.com/rs/zerolog": true,
}

// shownFields records the text fields of the module's error types that
// body writes after errors.As(err, &v): v.F read in an argument of a call
// that is not a log call, or as a value (assigned, returned, in a
// literal) outside one: status, public = ae.Status, ae.Public before
// c.JSON(status, errorBody{Error: public}). what is what writes them.
func (st *state) shownFields(si *strictIndex, body *ast.BlockStmt, what string) {
	info := st.pass.TypesInfo
	targets := map[*types.Var]*types.Named{}
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 2 {
			return true
		}
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if fn == nil || fn.Name() != "As" || (pkgPath(fn) != "errors" && pkgPath(fn) != "github.com/pkg/errors") {
			return true
		}
		u, ok := ast.Unparen(call.Args[1]).(*ast.UnaryExpr)
		if !ok || u.Op != token.AND {
			return true
		}
		id, ok := ast.Unparen(u.X).(*ast.Ident)
		if !ok {
			return true
		}
		v, _ := info.Uses[id].(*types.Var)
		if v == nil {
			return true
		}
		named, _ := types.Unalias(typex.Deref(v.Type())).(*types.Named)
		if named == nil || !st.moduleErrType(named) {
			return true
		}
		if _, ok := named.Underlying().(*types.Struct); ok {
			targets[v] = named
		}
		return true
	})
	if len(targets) == 0 {
		return
	}
	logCall := func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return false
		}
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		return fn != nil && logPkgs[pkgPath(fn)]
	}
	mark := func(e ast.Expr) {
		ast.Inspect(e, func(n ast.Node) bool {
			if logCall(n) {
				return false
			}
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			id, ok := ast.Unparen(sel.X).(*ast.Ident)
			if !ok {
				return true
			}
			v, _ := info.Uses[id].(*types.Var)
			named := targets[v]
			s := info.Selections[sel]
			if named == nil || s == nil || s.Kind() != types.FieldVal {
				return true
			}
			if f, ok := s.Obj().(*types.Var); ok && textType(f.Type()) {
				si.shown[f.Origin()] = shownField{named.Obj().Name(), what}
			}
			return true
		})
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if logCall(n) {
			return false
		}
		var values []ast.Expr
		switch n := n.(type) {
		case *ast.CallExpr:
			values = n.Args
		case *ast.AssignStmt:
			values = n.Rhs
		case *ast.ValueSpec:
			values = n.Values
		case *ast.ReturnStmt:
			values = n.Results
		case *ast.CompositeLit:
			values = n.Elts
		}
		for _, e := range values {
			mark(e)
		}
		return true
	})
}

// moduleErrType reports whether named is an error type of the module: not
// the standard library's, nor a framework's (whose fields are rows).
func (st *state) moduleErrType(named *types.Named) bool {
	p := named.Obj().Pkg()
	return p != nil && (p == st.pass.Pkg || !typex.StdPkg(p) && !tableSinkPackages()[p.Path()])
}

// textType reports whether a field of type t can hold a message: a
// string, bytes, an error or any interface.
func textType(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	case *types.Interface:
		return true
	}
	return false
}

// strictShownRow returns the field sink row of v when the package's strict
// error handler writes it.
func (st *state) strictShownRow(v *types.Var) (fieldSink, bool) {
	sf, ok := st.strictIdx().shown[v.Origin()]
	if !ok {
		return fieldSink{}, false
	}
	return fieldSink{Pkg: v.Pkg().Path(), Type: sf.typ, Field: v.Name(), What: sf.what}, true
}

// strictActive reports whether the package may have strict handlers: it
// declares a function returning a self-writing response or a strict
// middleware.
func (fs *fstate) strictActive() bool {
	si := fs.strictIdx()
	if si.active == nil {
		active := len(si.middleware) > 0
		for _, file := range fs.pass.Files {
			for _, d := range file.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && !active {
					fn, ok := fs.pass.TypesInfo.Defs[fd.Name].(*types.Func)
					active = ok && strictHandlerSig(fs.pass, fn.Type().(*types.Signature))
				}
			}
		}
		si.active = &active
	}
	return *si.active
}

// strictSends reports whether the errors a strict handler (or middleware
// literal) returns reach the client: by the error handlers the package
// configures, else by the generated default when the package of the
// response type (of a middleware's handler type) declares NewStrictHandler.
func (fs *fstate) strictSends(sig *types.Signature, h handlerRef) bool {
	si := fs.strictIdx()
	if len(si.errHandlers) > 0 {
		if si.sendsCfg == nil {
			sends := false
			for _, h := range si.errHandlers {
				sends = sends || fs.handlerSendsErrorAt(h.file, h.e, h.errIdx)
			}
			si.sendsCfg = &sends
		}
		return *si.sendsCfg
	}
	pkg := si.middleware[h.lit]
	if h.lit == nil {
		if named, ok := types.Unalias(typex.Deref(sig.Results().At(0).Type())).(*types.Named); ok {
			pkg = named.Obj().Pkg()
		}
	}
	return pkg != nil && pkg.Scope().Lookup("NewStrictHandler") != nil
}
