package rawexposure

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Status builders: a helper that is not a handler, gRPC method or
// interceptor, returning a *status.Status, an error, a *connect.Error or a
// twirp.Error, and building it from a raw value read through one of its
// parameters (status.New(c, te.Text) with te *twofa.Error, st.WithDetails(
// &errdetails.ErrorInfo{Metadata: {"code": strconv.Itoa(te.Code)}})) sends
// nothing itself: the method returning what it built does. There the
// status constructor is no sink for that value: its result carries it, so
// the builder's result does, and the method's return is reported, with the
// fix there. A raw value the builder reads from its own source (a call it
// makes, a local it gets from errors.As) is still reported in the builder.

// builderRows are the constructors whose result is the error or status a
// builder returns (not the writers: twirp.WriteError, connect's
// ErrorWriter.Write, nor a detail built apart: connect.NewErrorDetail).
var builderRows = map[string]bool{
	grpcWhat: true, grpcDetail: true, connectError: true, twirpError: true,
}

var builderWriters = map[string]bool{"Write": true, "WriteError": true}

func builderRow(s sink) bool {
	return builderRows[s.What] && !builderWriters[s.Name]
}

// statusBuilder reports whether the unit is a status builder (computed
// once per unit).
func (fs *fstate) statusBuilder() bool {
	if fs.builder == 0 {
		fs.builder = 2
		if fs.isStatusBuilder() {
			fs.builder = 1
		}
	}
	return fs.builder == 1
}

func (fs *fstate) isStatusBuilder() bool {
	fn, sig := fs.u.fn, fs.sig
	if fn == nil || sig == nil || sig.Params().Len() == 0 || fs.u.generated {
		return false
	}
	// Not a handler: a gRPC method, or a function taking a framework's
	// request, stream or handler (an interceptor, a connect handler). The
	// test reads types only: the handler index is built in the report pass
	// (adapters.go) and must not be built before the summaries are.
	if fs.grpcServiceMethod(fn) {
		return false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if n, ok := types.Unalias(typex.Deref(sig.Params().At(i).Type())).(*types.Named); ok && n.Obj().Pkg() != nil {
			if p := n.Obj().Pkg().Path(); p == grpcPkg || p == connectPkg {
				return false
			}
		}
	}
	for i := 0; i < sig.Results().Len(); i++ {
		if statusType(sig.Results().At(i).Type()) {
			return true
		}
	}
	return false
}

// statusType reports whether t is error, *status.Status, *connect.Error or
// twirp.Error.
func statusType(t types.Type) bool {
	if types.Identical(t, typex.ErrorType) {
		return true
	}
	n, ok := types.Unalias(typex.Deref(t)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	path, name := typex.PkgPath(n.Obj().Pkg()), n.Obj().Name()
	switch {
	case name == "Status":
		return path == grpcStatus || path == "google.golang.org/grpc/internal/status"
	case name == "Error":
		return path == connectPkg || path == twirpPkg
	}
	return false
}

// carriedArg returns what argument a of call, a sink by row s, carries
// into the result instead of being reported: in a status builder, a raw
// value read through a parameter.
func (fs *fstate) carriedArg(s sink, a ast.Expr) (taint, bool) {
	if !builderRow(s) || !fs.statusBuilder() {
		return taint{}, false
	}
	t := fs.encodedArg(s, a)
	if t.kind == kNone || !fs.paramRooted(t.pos) {
		return taint{}, false
	}
	return t, true
}

// builderResults is what a status constructor called in a status builder
// returns: the raw values read through parameters it was given, and what
// its receiver carries (st.WithDetails(...) on such a status).
func (fs *fstate) builderResults(call *ast.CallExpr, fn *types.Func, sig *types.Signature) ([]taint, bool) {
	if !fs.statusBuilder() || sig.Results().Len() == 0 {
		return nil, false
	}
	var row *sink
	for _, s := range fs.match(fn, call) {
		if builderRow(s) {
			row = &s
			break
		}
	}
	if row == nil {
		return nil, false
	}
	t := taint{}
	if isMethod(fn) {
		if r := fs.receiverTaint(call); r.kind != kNone {
			t = taint{kind: r.kind, from: r.from, named: r.named, pos: r.pos, code: r.code, codeRoot: r.codeRoot, codeRC: r.codeRC}
		}
	}
	for i, a := range call.Args {
		if !row.covers(i) {
			continue
		}
		if ct, ok := fs.carriedArg(*row, a); ok {
			t = join(t, taint{kind: ct.kind, from: ct.from, named: ct.named, pos: ct.pos, code: ct.code, codeRoot: ct.codeRoot, codeRC: ct.codeRC})
		}
	}
	if t.kind != kNone {
		if fs.built == nil {
			fs.built = map[*types.Func]bool{}
		}
		fs.built[fs.u.fn] = true
	}
	out := make([]taint, sig.Results().Len())
	for i := range out {
		if statusType(sig.Results().At(i).Type()) {
			out[i] = t
		}
	}
	return out, true
}

// paramRooted reports whether the raw value that entered the unit at pos
// was read through a parameter: a field or method of it (te.Text,
// te.Detail()).
func (fs *fstate) paramRooted(pos token.Pos) bool {
	if !pos.IsValid() || fs.sig == nil || fs.u.file == nil {
		return false
	}
	path, _ := astutil.PathEnclosingInterval(fs.u.file, pos, pos)
	if len(path) == 0 {
		return false
	}
	id, ok := path[0].(*ast.Ident)
	if !ok || id.Pos() != pos {
		return false
	}
	v, _ := fs.pass.TypesInfo.Uses[id].(*types.Var)
	if v == nil {
		return false
	}
	for i := 0; i < fs.sig.Params().Len(); i++ {
		if fs.sig.Params().At(i) == v {
			return true
		}
	}
	return false
}

// builtBy names the status builder of the package whose result the
// returned error e is (refusalStatus(c, r).Err(), refusalError(r)), "" when
// it is none: the message then says the status it built is sent.
func (fs *fstate) builtBy(e ast.Expr) string {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return ""
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Err" && len(call.Args) == 0 {
		if inner, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok {
			call = inner
		}
	}
	fn, _ := typeutil.Callee(fs.pass.TypesInfo, call).(*types.Func)
	if fn == nil || !fs.built[fn] {
		return ""
	}
	return shortName(fn)
}

// Inline details: in a handler whose returned error the framework sends (a
// gRPC method), a detail built inline (ds, _ := st.WithDetails(
// &errdetails.ErrorInfo{Metadata: {"code": strconv.Itoa(int(e.Code))}}))
// is sent by the return of the status it is added to (return nil,
// ds.Err()): the finding is reported there, as for a builder's status, and
// the fix stays at the detail. A status that no return sends keeps the
// finding at the detail.

// detailReturn returns the first return after call, a WithDetails call,
// of the handler enclosing it that sends its status: one whose error
// result reads the variable the status is declared in (ds, err :=
// st.WithDetails(...)), or one assigned from it (st = ds). A detail added
// to a status in place (st, _ = st.WithDetails(...), one of several in a
// switch) stays reported where it is added. nil when there is none, or the handler's returns are
// not sent.
func (fs *fstate) detailReturn(call *ast.CallExpr) *ast.ReturnStmt {
	if fs.u.file == nil {
		return nil
	}
	info := fs.pass.TypesInfo
	path, _ := astutil.PathEnclosingInterval(fs.u.file, call.Pos(), call.End())
	var body *ast.BlockStmt
	var sig *types.Signature
	var shape *handlerShape
	var ref handlerRef
	var asg *ast.AssignStmt
	for _, n := range path {
		if a, ok := n.(*ast.AssignStmt); ok && asg == nil && a.Tok == token.DEFINE && len(a.Rhs) == 1 && a.Rhs[0] == ast.Expr(call) {
			asg = a
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			sig, _ = info.TypeOf(n).(*types.Signature)
			if sig != nil {
				shape = fs.litShape(n, sig)
			}
			body, ref = n.Body, handlerRef{lit: n}
		case *ast.FuncDecl:
			fn, _ := info.Defs[n.Name].(*types.Func)
			if fn != nil {
				sig, _ = fn.Type().(*types.Signature)
				if sig != nil {
					shape = fs.funcShape(fn, sig)
				}
			}
			body, ref = n.Body, handlerRef{fn: fn}
		default:
			continue
		}
		break
	}
	if asg == nil || body == nil || shape == nil || !shape.sends(fs, sig, ref) || sig.Results().Len() == 0 {
		return nil
	}
	held := map[types.Object]bool{}
	if id, ok := ast.Unparen(asg.Lhs[0]).(*ast.Ident); ok && info.Defs[id] != nil {
		held[info.Defs[id]] = true // a status of its own, not one of several details added in turn
	}
	reads := func(e ast.Expr) bool {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && held[info.Uses[id]] {
				found = true
			}
			return !found
		})
		return found
	}
	for grew := len(held) > 0; grew; {
		grew = false
		ast.Inspect(body, func(n ast.Node) bool {
			a, ok := n.(*ast.AssignStmt)
			if !ok || len(a.Lhs) != len(a.Rhs) {
				return true
			}
			for i, l := range a.Lhs {
				id, ok := ast.Unparen(l).(*ast.Ident)
				if obj := info.ObjectOf(id); ok && obj != nil && !held[obj] && reads(a.Rhs[i]) {
					held[obj], grew = true, true
				}
			}
			return true
		})
	}
	idx := sig.Results().Len() - 1
	var ret *ast.ReturnStmt
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if ret == nil && n.Pos() > call.End() && len(n.Results) == idx+1 && reads(n.Results[idx]) {
				ret = n
			}
		}
		return ret == nil
	})
	return ret
}
