package rawexposure

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Returned errors and responses the framework sends. A `return` is not a
// call, so no sink row describes these; handlerShapes (handlers.go) does:
// per framework, which functions are its handlers, whether the errors they
// return reach the client under the application's configuration, whether
// their other results are the response body, and the error the fix
// returns instead. Fiber and gRPC are described here:
//   - fiber (v2, v3): the app's ErrorHandler receives every error a
//     handler returns, and fiber's DefaultErrorHandler sends err.Error() as
//     the body (500 for a plain error). A fiber handler is a function or
//     literal of type func(*fiber.Ctx) error (v2) or func(fiber.Ctx) error
//     (v3); a declared function with that signature that the package calls
//     itself is a helper (its caller decides), not a handler. A handler
//     registered on apps the package builds is judged by their error
//     handlers (fiberapps.go). Otherwise not reported when the package
//     configures its apps with fiber.Config{ErrorHandler: h}, every such h's
//     error parameter reaching no sink (a Config without ErrorHandler, or
//     fiber.New(), is the default handler).
//   - gRPC: grpc-go sends a returned error that is not a status error as
//     codes.Unknown with err.Error() as the message, and the returned
//     response message as the body. A service method is a method, named in
//     a generated <Service>Server interface, of a type that embeds
//     Unimplemented<Service>Server (or Unsafe<Service>Server), directly or
//     through embedded structs, or that the package passes to
//     Register<Service>Server; or, for a service written by hand (no
//     protoc), the interface a grpc.ServiceDesc literal of the package
//     names as its HandlerType, implemented by a type of the package, or
//     the desc given to s.RegisterService(&desc, impl) (registeredServers).
//
//   - echo (v4, v5): its default handler answers "Internal Server Error"
//     for a plain error, so an echo handler's returned error is reported
//     only when an app it is registered on (or, on none, an app of the
//     package) has an HTTPErrorHandler sending it, or Debug set
//     (fiberapps.go).

const grpcPkg = "google.golang.org/grpc"
const grpcCodes = "google.golang.org/grpc/codes"

// extras is the per-package state of returned errors, interface dispatch
// and error types.
type extras struct {
	errorMethods   map[*types.Named]*types.Func        // funcvalues.go
	called         map[*types.Func]bool                // functions the package calls (outside tests)
	fiberSends     map[string]bool                     // fiber path: do returned errors reach the client?
	fiberCtorSends map[string]bool                     // fiber path: does a custom ErrorHandler send fiber.Error messages?
	served         map[*types.Named][]*types.Interface // gRPC service interfaces a type implements
	registered     map[*types.Named][]*types.Interface // nil until the package is scanned
	byName         map[string][]*types.Func            // dispatch.go
	handlers       *handlerIndex                       // handlers.go, nil until the package is scanned
	rpcSvcs        map[*types.Named]bool               // net/rpc services registered elsewhere (handlers.go), nil until computed
	rpcReplies     map[*types.Var]fieldSink            // their reply structs' fields (handlers.go), nil until computed
	adapterTypes   map[*types.Named]string             // adapters.go
	adaptedFns     map[any]bool                        // adapters.go, nil until the package is scanned
	adaptedNarrow  map[any]string                      // the parts of their errors the adapters write, for those writing only some (narrow.go)
	retCarriers    map[*types.TypeName]taint           // raw errors returned by carrier type (callbacks.go)
	sshIdx         *sshResultIndex                     // sinks_ssh.go, nil until the package is scanned
	writerParams   *writerParamState                   // writerparams.go, nil until the package is scanned
}

// noteCalled records that the package calls fn (a declared function of a
// handler's shape called by the package is a helper).
func (fs *fstate) noteCalled(fn *types.Func) {
	if !fs.importsHelperShape() {
		return
	}
	if f := fs.pass.Fset.File(fs.u.file.Pos()); f != nil && strings.HasSuffix(f.Name(), "_test.go") {
		return
	}
	if fs.called == nil {
		fs.called = map[*types.Func]bool{}
	}
	fs.called[fn.Origin()] = true
}

// checkReturns reports, in the report pass, the raw errors and responses
// the unit's handlers return.
func (fs *fstate) checkReturns() {
	if fs.u.generated || !fs.report || !fs.importsShape() {
		return
	}
	var shape *handlerShape
	if fs.u.fn != nil && fs.sig != nil {
		shape = fs.funcShape(fs.u.fn, fs.sig)
	}
	fs.returnsIn(fs.u.node, shape, fs.sig, handlerRef{fn: fs.u.fn})
}

func (fs *fstate) returnsIn(node ast.Node, shape *handlerShape, sig *types.Signature, ref handlerRef) {
	ast.Inspect(node, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			lsig, _ := fs.pass.TypesInfo.TypeOf(n).(*types.Signature)
			var lshape *handlerShape
			if lsig != nil {
				lshape = fs.litShape(n, lsig)
			}
			fs.returnsIn(n.Body, lshape, lsig, handlerRef{lit: n})
			return false
		case *ast.ReturnStmt:
			if shape != nil && sig != nil {
				fs.checkReturn(n, shape, sig, ref)
			}
		}
		return true
	})
}

// fiberHandlerPkg returns the fiber import path when sig is a fiber
// handler's: func(*fiber.Ctx) error (v2) or func(fiber.Ctx) error (v3).
func fiberHandlerPkg(sig *types.Signature) string {
	if sig.Params().Len() != 1 || sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), typex.ErrorType) {
		return ""
	}
	pt := sig.Params().At(0).Type()
	if p, ok := types.Unalias(pt).(*types.Pointer); ok {
		if typex.IsNamed(p.Elem(), fiberPkg, "Ctx") {
			return fiberPkg
		}
		return ""
	}
	if typex.IsNamed(pt, fiber3Pkg, "Ctx") {
		return fiber3Pkg
	}
	return ""
}

// checkReturn reports ret when the error it returns carries a raw value,
// and, for a framework that sends a handler's other results as the
// response, each of them that does.
func (fs *fstate) checkReturn(ret *ast.ReturnStmt, shape *handlerShape, sig *types.Signature, ref handlerRef) {
	n := sig.Results().Len()
	if n == 0 {
		return
	}
	if !types.Identical(sig.Results().At(n-1).Type(), typex.ErrorType) {
		if shape.bare && len(ret.Results) == n {
			for i, r := range ret.Results {
				if !fs.gophersGetter(r, sig) {
					fs.checkBodyResult(r, sig.Results().At(i).Type(), shape.name)
				}
			}
		}
		return
	}
	if shape.body {
		fs.checkBody(ret, shape, sig, ref)
	}
	idx := n - 1
	var e ast.Expr
	var t taint
	switch {
	case len(ret.Results) == n:
		e = ret.Results[idx]
		t = fs.eval(e)
	case len(ret.Results) == 1 && n > 1:
		t = fs.evalTuple(ret.Results[0], n)[idx]
	case len(ret.Results) == 0:
		t = fs.env[sig.Results().At(idx)]
	}
	t = fit(t, typex.ErrorType)
	if t.kind == kNone || fs.frameworkErrorType(e) {
		return
	}
	if !shape.sends(fs, sig, ref) {
		return
	}
	if shape.name == inHouseShapeName && !fs.adaptedShows(ref, e) { // narrow.go
		return
	}
	if fs.presenterHidesCarrier(shape, ref, e) {
		// Hidden from the client, and from a caller handing it to the same
		// presenter (a hand-written executor's graphql.AddError): the
		// resolver is where the error is judged (reported.go).
		fs.probed(ret, ref, idx)
		return
	}
	span := spanOf(ret.Pos(), ret.End())
	if fs.guarded(span, []found{{arg: e, t: t}}) {
		return
	}
	if fs.probed(ret, ref, idx) { // reported.go
		return
	}
	what := shape.errWhat
	if b := fs.builtBy(e); b != "" {
		what = shape.name + ": " + b + " builds it from its arguments, and it is sent to the client" // builders.go
	}
	d := analysis.Diagnostic{
		Pos:      ret.Pos(),
		End:      ret.End(),
		Category: t.kind.category(),
		Message:  fmt.Sprintf("raw SurePassID %s (from %s) returned from %s", t.kind, t.from, what),
	}
	d.Related = t.origin()
	p := pending{d: d, call: span, ready: true}
	if e != nil {
		p.rs, p.imps, p.extra, p.ok = fs.returnFix(ret, e, idx, shape, sig, t)
		if p.ok && len(p.extra) == 0 {
			p.call = spanOf(e.Pos(), e.End())
		}
	}
	fs.pending = append(fs.pending, p)
}

// checkBody reports the results of ret before the error that carry a raw
// value: the framework sends them as the response. A result wrapped by a
// body wrapper (connect.NewResponse(msg)) is its argument.
func (fs *fstate) checkBody(ret *ast.ReturnStmt, shape *handlerShape, sig *types.Signature, ref handlerRef) {
	n := sig.Results().Len()
	if len(ret.Results) != n {
		return // a call's results or named results: the error check covers the common case
	}
	for i := 0; i < n-1; i++ {
		if shape.bare && fs.gophersGetter(ret.Results[i], sig) {
			continue // reported where the object is returned
		}
		if fs.probing != nil {
			if fs.bodyReported(ret.Results[i], sig.Results().At(i).Type()) {
				fs.probed(ret, ref, i) // reported.go
			}
			continue
		}
		fs.checkBodyResult(ret.Results[i], sig.Results().At(i).Type(), shape.name)
	}
}

// bodyReported reports whether checkBodyResult reports e.
func (fs *fstate) bodyReported(e ast.Expr, slot types.Type) bool {
	t := fs.bodyTaint(e, 0)
	return t.kind != kNone && !fs.guarded(spanOf(e.Pos(), e.End()), []found{{arg: e, slot: slot, t: t}})
}

// checkBodyResult reports e, a result returned from what (a handler
// shape's name) that the framework sends as the response, when it carries
// a raw value.
func (fs *fstate) checkBodyResult(e ast.Expr, slot types.Type, what string) {
	t := fs.bodyTaint(e, 0)
	if t.kind == kNone {
		return
	}
	span := spanOf(e.Pos(), e.End())
	hits := []found{{arg: e, slot: slot, t: t}}
	if fs.guarded(span, hits) {
		return
	}
	d := analysis.Diagnostic{
		Pos:      e.Pos(),
		End:      e.End(),
		Category: t.kind.category(),
		Message:  fmt.Sprintf("raw SurePassID %s (from %s) returned from %s as the response sent to the client", t.kind, t.from, what),
	}
	d.Related = t.origin()
	// The fix mends the message a body wrapper wraps
	// (connect.NewResponse(&Reply{...})), each raw field of it.
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && len(call.Args) == 1 {
		if fn, _ := typeutil.Callee(fs.pass.TypesInfo, call).(*types.Func); fn != nil && bodyWrappers[funcKey(fn)] {
			hits = []found{{arg: call.Args[0], t: t}}
		}
	}
	fs.pending = append(fs.pending, pending{d: d, call: span, hits: hits})
}

// spanOf is a stand-in call covering [pos, end): the fix and guard code
// take the sink's call for its position only.
func spanOf(pos, end token.Pos) *ast.CallExpr {
	return &ast.CallExpr{Fun: &ast.Ident{NamePos: pos, Name: "_"}, Lparen: pos, Rparen: end - 1}
}

// returnFix replaces the returned error e (result idx of ret) by the
// error the shape's fix returns: one the framework sends with a safe text
// and the status the client got (fiber.NewError(fiber.
// StatusInternalServerError, <safe>) for fiber's 500, status.Error(codes.
// Unknown, <safe>) for gRPC, ...). Where e is known not to be nil (err
// under `if err != nil`, fmt.Errorf, errors.New) it is replaced in place;
// otherwise a nil error must stay nil and e's effects must stay: `if err
// != nil { return ..., <safe error> }` (or `if err := e; err != nil {`)
// is inserted before the return, and e becomes nil; there the error the
// shape returns keeps the status e carries where it can (keepErr).
func (fs *fstate) returnFix(ret *ast.ReturnStmt, e ast.Expr, idx int, shape *handlerShape, sig *types.Signature, t taint) ([]repl, []imp, []analysis.TextEdit, bool) {
	safe, imps := fs.safeText(t, e.Pos())
	taken := map[string]bool{}
	for _, im := range imps {
		taken[im.name] = true
	}
	errText, more, ok := shape.safeErr(fs, sig, e.Pos(), safe, taken)
	if !ok {
		return nil, nil, nil, false
	}
	safeImps := slices.Clone(imps)
	imps = append(imps, more...)
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		// errors.WithHint(err, msg): the raw part becomes safe (narrow.go).
		if rs, ok := fs.partArgTargets(call, safe, imps); ok {
			return rs, safeImps, nil, true
		}
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && fs.wrapperCall(call) {
		// Keep the helper and what it adds (a status): the raw arguments
		// become safe ones, which the framework then sends.
		if rs, ok := fs.wrapperArgTargets(call, ret, safe, imps); ok {
			// The imports the replacements use (an errors package for
			// an error argument), not the shape's error's: each one
			// whose name a replacement's text qualifies.
			var ri []imp
			for _, r := range rs {
				for _, im := range slices.Concat(safeImps, r.imps) {
					if strings.Contains(r.text, im.name+".") && !slices.Contains(ri, im) {
						ri = append(ri, im)
					}
				}
			}
			return rs, ri, nil, true
		}
	}
	if fs.pure(e) && fs.nonNil(e, ret) {
		return []repl{{e: e, text: errText, imps: imps}}, imps, nil, true
	}
	// Keep nil and the effects: the other results must be repeatable.
	var others []string
	for i, r := range ret.Results {
		if i == idx {
			continue
		}
		if !fs.pure(r) {
			return nil, nil, nil, false
		}
		others = append(others, fs.source(r))
	}
	src := fs.source(e)
	if src == "" {
		return nil, nil, nil, false
	}
	cond, errVar := "if err := "+src+"; err != nil {", "err"
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		cond, errVar = "if "+id.Name+" != nil {", id.Name
	}
	if shape.keepErr != nil {
		// The guard has the error in hand: keep the status it carries.
		kept := map[string]bool{}
		for _, im := range safeImps {
			kept[im.name] = true
		}
		if text, more, ok := shape.keepErr(fs, e.Pos(), errVar, safe, kept); ok {
			errText, imps = text, append(slices.Clone(safeImps), more...)
		}
	}
	indent := strings.Repeat("\t", max(fs.pass.Fset.Position(ret.Pos()).Column-1, 0))
	text := cond + "\n" + indent + "\treturn " + strings.Join(append(others, errText), ", ") + "\n" + indent + "}\n" + indent
	// The stand-in for e names no identifier: e's operands stay used in the
	// inserted statement.
	blank := &ast.BasicLit{ValuePos: e.Pos(), Kind: token.STRING, Value: strings.Repeat(" ", int(e.End()-e.Pos()))}
	return []repl{{e: blank, text: "nil", imps: imps}}, imps, []analysis.TextEdit{{Pos: ret.Pos(), End: ret.Pos(), NewText: []byte(text)}}, true
}

// neverNil are the error constructors whose result is never nil.
var neverNil = map[string]bool{
	"fmt.Errorf": true, "errors.New": true,
	"github.com/pkg/errors.New": true, "github.com/pkg/errors.Errorf": true,
	humaPkg + ".ErrorWithHeaders": true,
}

// nonNil reports whether the error e returned by ret is known not to be
// nil: a value of a concrete type (rpcError(msg): stored in the error
// interface, never nil), a call of an error constructor, the address of a
// composite literal, or a variable v returned in the then-branch of `if v
// != nil` (possibly && more conditions).
func (fs *fstate) nonNil(e ast.Expr, ret ast.Node) bool {
	info := fs.pass.TypesInfo
	if tv, ok := info.Types[e]; ok && tv.Type != nil && !tv.IsNil() && !types.IsInterface(tv.Type) {
		return true
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, x).(*types.Func)
		return fn != nil && neverNil[funcKey(fn)]
	case *ast.UnaryExpr:
		_, lit := ast.Unparen(x.X).(*ast.CompositeLit)
		return x.Op == token.AND && lit
	case *ast.Ident:
		v, _ := info.Uses[x].(*types.Var)
		if v == nil {
			return false
		}
		path, _ := astutil.PathEnclosingInterval(fs.u.file, ret.Pos(), ret.End())
		for i, n := range path {
			switch n := n.(type) {
			case *ast.FuncLit, *ast.FuncDecl:
				return false
			case *ast.IfStmt:
				if i > 0 && path[i-1] == n.Body && fs.assertsNonNil(n.Cond, v) {
					return true
				}
			}
		}
	}
	return false
}

// assertsNonNil reports whether cond being true implies v != nil.
func (fs *fstate) assertsNonNil(cond ast.Expr, v *types.Var) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	switch b.Op {
	case token.LAND:
		return fs.assertsNonNil(b.X, v) || fs.assertsNonNil(b.Y, v)
	case token.NEQ:
		is := func(e ast.Expr) bool {
			id, ok := ast.Unparen(e).(*ast.Ident)
			return ok && fs.pass.TypesInfo.Uses[id] == v
		}
		isNil := func(e ast.Expr) bool {
			tv, ok := fs.pass.TypesInfo.Types[e]
			return ok && tv.IsNil()
		}
		return is(b.X) && isNil(b.Y) || is(b.Y) && isNil(b.X)
	}
	return false
}

// source prints e.
func (fs *fstate) source(e ast.Expr) string {
	var buf bytes.Buffer
	if err := format.Node(&buf, fs.pass.Fset, e); err != nil {
		return ""
	}
	return buf.String()
}

// pure reports whether evaluating e has no effect beyond its value
// (variables, fields, literals, conversions, fmt.Errorf and the like over
// such operands, err.Error()), so that the fix may drop it.
func (fs *fstate) pure(e ast.Expr) bool {
	info := fs.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[e]; ok {
			return sel.Kind() == types.FieldVal && fs.pure(e.X)
		}
		return true // pkg.Name
	case *ast.UnaryExpr:
		return e.Op != token.ARROW && fs.pure(e.X)
	case *ast.StarExpr:
		return fs.pure(e.X)
	case *ast.BinaryExpr:
		return fs.pure(e.X) && fs.pure(e.Y)
	case *ast.KeyValueExpr:
		return fs.pure(e.Value)
	case *ast.CompositeLit:
		for _, elt := range e.Elts {
			if !fs.pure(elt) {
				return false
			}
		}
		return true
	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() {
			return len(e.Args) == 1 && fs.pure(e.Args[0])
		}
		fn, _ := typeutil.Callee(info, e).(*types.Func)
		if fn == nil {
			return false
		}
		switch {
		case !isMethod(fn) && (propagators[pkgPath(fn)] || propagatorFuncs[funcKey(fn)]):
		case isMethod(fn) && carriers[fn.Name()]:
			if r := recvOf(e); r == nil || !fs.pure(r) {
				return false
			}
		default:
			return false
		}
		for _, a := range e.Args {
			if !fs.pure(a) {
				return false
			}
		}
		return true
	}
	return false
}

// importNameAvoid is importName for a fix that may add other imports:
// the package's name in the file if it is imported, else the first of
// names that is free at pos and not taken.
func (fs *fstate) importNameAvoid(path string, pos token.Pos, names []string, taken map[string]bool) (string, []imp, bool) {
	if name, im, ok := fs.importName(path, pos); ok && len(im) == 0 {
		return name, nil, true
	}
	scope := fs.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return "", nil, false
	}
	for _, name := range names {
		if taken[name] {
			continue
		}
		if _, obj := scope.LookupParent(name, pos); obj == nil {
			return name, []imp{{name: name, path: path}}, true
		}
	}
	return "", nil, false
}

// fiberSendsErrors reports whether the errors fiber handlers return reach
// the client: true unless the package configures its apps with an
// ErrorHandler (fiber.Config{ErrorHandler: h}) and every such h's error
// parameter reaches no sink. A Config without ErrorHandler, or fiber.New()
// without a Config, is the default handler, which sends err.Error().
func (fs *fstate) fiberSendsErrors(path string) bool {
	if v, ok := fs.fiberSends[path]; ok {
		return v
	}
	info := fs.pass.TypesInfo
	custom, sends, ctor := false, false, false
	for _, file := range fs.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if fn, _ := typeutil.Callee(info, n).(*types.Func); fn != nil && len(n.Args) == 0 && fn.Name() == "New" && pkgPath(fn) == path {
					sends = true
				}
			case *ast.CompositeLit:
				if !typex.IsNamed(info.TypeOf(n), path, "Config") {
					return true
				}
				set := false
				for _, elt := range n.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok {
						if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "ErrorHandler" {
							set = true
							switch fs.errorHandlerMode(file, kv.Value, 1) {
							case appSends:
								sends = true
							case appCtor:
								ctor = true
							}
						}
					}
				}
				custom = custom || set
				sends = sends || !set
			}
			return true
		})
	}
	v := !custom || sends
	if fs.fiberSends == nil {
		fs.fiberSends, fs.fiberCtorSends = map[string]bool{}, map[string]bool{}
	}
	fs.fiberSends[path], fs.fiberCtorSends[path] = v, ctor
	return v
}

// handlerSendsError reports whether the fiber ErrorHandler h (declared in
// file) may send its error parameter's text: a literal or a function whose
// parameter 1 reaches a sink, or anything the check cannot see.
func (fs *fstate) handlerSendsError(file *ast.File, h ast.Expr) bool {
	return fs.handlerSendsErrorAt(file, h, 1)
}

// handlerSendsErrorAt is handlerSendsError for an error handler whose
// error is parameter errIdx.
func (fs *fstate) handlerSendsErrorAt(file *ast.File, h ast.Expr, errIdx int) bool {
	info := fs.pass.TypesInfo
	var sum *summary
	switch h := ast.Unparen(h).(type) {
	case *ast.FuncLit:
		tmp := fs.state.newFstate(unit{file: file, node: h}, nil, false)
		sum = tmp.litSummary(h)
	case *ast.Ident, *ast.SelectorExpr:
		var fn *types.Func
		if sel, ok := h.(*ast.SelectorExpr); ok && info.Selections[sel] != nil {
			fn, _ = info.Selections[sel].Obj().(*types.Func)
		} else {
			id, _ := h.(*ast.Ident)
			if sel, ok := h.(*ast.SelectorExpr); ok {
				id = sel.Sel
			}
			fn, _ = info.Uses[id].(*types.Func)
		}
		if fn == nil {
			return true
		}
		sum = fs.summaryOf(fn)
		if sum == nil {
			return false // a function with no sink
		}
	case *ast.CallExpr:
		// A factory: errorEncoder(log) returning a literal.
		return fs.anyReturned(h, func(f fileExpr) bool { return fs.handlerSendsErrorAt(f.file, f.e, errIdx) })
	default:
		return true
	}
	if sum == nil {
		return true
	}
	_, ok := sum.sinks[errIdx]
	return ok
}

// grpcServiceMethod reports whether fn is a method of a gRPC service
// implementation named in the service's generated interface.
func (fs *fstate) grpcServiceMethod(fn *types.Func) bool {
	if fs.imports[grpcPkg] == nil || !fn.Exported() {
		return false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return false
	}
	r := recvNamed(sig.Recv().Type())
	if r == nil {
		return false
	}
	for _, ifc := range fs.servedBy(r) {
		for i := 0; i < ifc.NumMethods(); i++ {
			if ifc.Method(i).Name() == fn.Name() {
				return true
			}
		}
	}
	return false
}

// servedBy returns the generated service interfaces r implements: by
// embedding Unimplemented<S>Server or Unsafe<S>Server, or by registration.
func (fs *fstate) servedBy(r *types.Named) []*types.Interface {
	if out, ok := fs.served[r]; ok {
		return out
	}
	var out []*types.Interface
	var embedded func(t types.Type, depth int)
	embedded = func(t types.Type, depth int) {
		s, ok := typex.Deref(t).Underlying().(*types.Struct)
		if !ok || depth > 3 {
			return
		}
		for i := 0; i < s.NumFields(); i++ {
			f := s.Field(i)
			if !f.Embedded() {
				continue
			}
			n := recvNamed(f.Type())
			if n == nil || n.Obj().Pkg() == nil {
				continue
			}
			name := n.Obj().Name()
			svc, ok := strings.CutPrefix(name, "Unimplemented")
			if !ok {
				svc, ok = strings.CutPrefix(name, "Unsafe")
			}
			if ok && strings.HasSuffix(svc, "Server") {
				if tn, ok := n.Obj().Pkg().Scope().Lookup(svc).(*types.TypeName); ok {
					if ifc, ok := tn.Type().Underlying().(*types.Interface); ok {
						out = append(out, ifc)
						continue
					}
				}
			}
			embedded(f.Type(), depth+1)
		}
	}
	embedded(r, 0)
	out = append(out, fs.registeredServers()[r]...)
	if fs.served == nil {
		fs.served = map[*types.Named][]*types.Interface{}
	}
	fs.served[r] = out
	return out
}

// registeredServers scans the package once for the services it registers,
// generated or written by hand: impl in pb.Register<S>Server(s, impl) (or
// any function taking a grpc.ServiceRegistrar or *grpc.Server and the
// service interface) serves that interface; a type of the package
// implementing the HandlerType interface of a grpc.ServiceDesc literal of
// the package serves it; and impl in s.RegisterService(&desc, impl) serves
// desc's HandlerType, or, for a desc the package cannot see (declared in
// another package), the interface of impl's methods of a unary handler's
// shape.
func (fs *fstate) registeredServers() map[*types.Named][]*types.Interface {
	if fs.registered != nil {
		return fs.registered
	}
	fs.registered = map[*types.Named][]*types.Interface{}
	info := fs.pass.TypesInfo
	descs := map[types.Object]*types.Interface{} // desc variable -> HandlerType
	var handlerTypes []*types.Interface
	type regCall struct {
		desc ast.Expr
		impl ast.Expr
	}
	var regs []regCall
	for _, file := range fs.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				for i, v := range n.Values {
					if ifc := fs.descHandlerType(v); ifc != nil && i < len(n.Names) {
						descs[info.Defs[n.Names[i]]] = ifc
					}
				}
			case *ast.CompositeLit:
				if ifc := fs.descHandlerType(n); ifc != nil {
					handlerTypes = append(handlerTypes, ifc)
				}
			case *ast.CallExpr:
				fn, _ := typeutil.Callee(info, n).(*types.Func)
				if fn == nil {
					return true
				}
				sig := fn.Type().(*types.Signature)
				if fn.Name() == "RegisterService" && sig.Recv() != nil && len(n.Args) == 2 && pkgPath(fn) == grpcPkg {
					regs = append(regs, regCall{n.Args[0], n.Args[1]})
					return true
				}
				if sig.Recv() != nil || sig.Params().Len() != 2 || len(n.Args) != 2 || !grpcRegistrar(sig.Params().At(0).Type()) {
					return true
				}
				ifc, ok := sig.Params().At(1).Type().Underlying().(*types.Interface)
				if !ok || ifc.NumMethods() == 0 {
					return true
				}
				if r := recvNamed(info.TypeOf(n.Args[1])); r != nil {
					fs.registered[r] = append(fs.registered[r], ifc)
				}
			}
			return true
		})
	}
	for _, rc := range regs {
		r := recvNamed(info.TypeOf(rc.impl))
		if r == nil || types.IsInterface(r) {
			continue // an interface-typed parameter: its implementations are found by the HandlerType
		}
		var ifc *types.Interface
		var id *ast.Ident
		switch d := ast.Unparen(rc.desc).(type) {
		case *ast.UnaryExpr:
			switch x := ast.Unparen(d.X).(type) {
			case *ast.Ident:
				id = x
			case *ast.SelectorExpr:
				id = x.Sel
			case *ast.CompositeLit:
				ifc = fs.descHandlerType(x)
			}
		case *ast.Ident:
			id = d
		}
		if id != nil {
			ifc = descs[info.Uses[id]]
		}
		if ifc == nil {
			ifc = unaryMethods(r)
		}
		if ifc != nil {
			fs.registered[r] = append(fs.registered[r], ifc)
		}
	}
	if len(handlerTypes) > 0 {
		scope := fs.pass.Pkg.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() {
				continue
			}
			r, ok := tn.Type().(*types.Named)
			if !ok || types.IsInterface(r) || r.TypeParams().Len() > 0 {
				continue
			}
			for _, ifc := range handlerTypes {
				if types.Implements(r, ifc) || types.Implements(types.NewPointer(r), ifc) {
					fs.registered[r] = append(fs.registered[r], ifc)
				}
			}
		}
	}
	return fs.registered
}

// grpcRegistrar reports whether t is what a service is registered on: a
// grpc.ServiceRegistrar or a *grpc.Server.
func grpcRegistrar(t types.Type) bool {
	return typex.IsNamed(t, grpcPkg, "ServiceRegistrar") || typex.IsNamed(typex.Deref(t), grpcPkg, "Server")
}

// descHandlerType returns the service interface of a grpc.ServiceDesc
// literal (HandlerType: (*S)(nil)), or nil.
func (fs *fstate) descHandlerType(e ast.Expr) *types.Interface {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok || !typex.IsNamed(fs.pass.TypesInfo.TypeOf(lit), grpcPkg, "ServiceDesc") {
		return nil
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if id, ok := kv.Key.(*ast.Ident); !ok || id.Name != "HandlerType" {
			continue
		}
		conv, ok := ast.Unparen(kv.Value).(*ast.CallExpr)
		if !ok || len(conv.Args) != 1 {
			return nil
		}
		p, ok := types.Unalias(fs.pass.TypesInfo.TypeOf(conv)).(*types.Pointer)
		if !ok {
			return nil
		}
		ifc, _ := p.Elem().Underlying().(*types.Interface)
		if ifc == nil || ifc.NumMethods() == 0 {
			return nil
		}
		return ifc
	}
	return nil
}

// unaryMethods returns an interface of r's exported methods of a unary
// gRPC handler's shape, func(context.Context, *Req) (*Resp, error), or nil
// when it has none.
func unaryMethods(r *types.Named) *types.Interface {
	ms := types.NewMethodSet(types.NewPointer(r))
	var fns []*types.Func
	for i := 0; i < ms.Len(); i++ {
		fn, ok := ms.At(i).Obj().(*types.Func)
		if !ok || !fn.Exported() {
			continue
		}
		sig := fn.Type().(*types.Signature)
		if sig.Params().Len() != 2 || sig.Results().Len() != 2 ||
			!typex.IsNamed(sig.Params().At(0).Type(), "context", "Context") ||
			!types.Identical(sig.Results().At(1).Type(), typex.ErrorType) {
			continue
		}
		if _, ok := types.Unalias(sig.Params().At(1).Type()).(*types.Pointer); !ok {
			continue
		}
		if _, ok := types.Unalias(sig.Results().At(0).Type()).(*types.Pointer); !ok {
			continue
		}
		fns = append(fns, types.NewFunc(fn.Pos(), fn.Pkg(), fn.Name(), types.NewSignatureType(nil, nil, nil, sig.Params(), sig.Results(), false)))
	}
	if len(fns) == 0 {
		return nil
	}
	return types.NewInterfaceType(fns, nil).Complete()
}
