package rawexposure

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/fixsafe"
	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
)

// sinkIndex finds the sinks of a call: by pkg.Recv.Name, and for sinks on
// interface types (http.ResponseWriter, echo.Context) by method name.
type sinkIndex struct {
	byKey  map[string][]sink
	byName map[string][]sink // sinks with a receiver, by method name
}

// sinkTablesOf returns every table of call sinks, the flag's included.
func sinkTablesOf() [][]sink {
	return [][]sink{httpSinks, frameworkSinks, rpcSinks, webSinks, apiSinks, botSinks, sessionSinks, messagingSinks, writerSinks, oauthSinks, swaggerSinks, personalSinks, sshSinks, sshWriterSinks, radiusSinks, pdfSinks, userSinks.list}
}

func buildSinkIndex() *sinkIndex {
	idx := &sinkIndex{byKey: map[string][]sink{}, byName: map[string][]sink{}}
	for _, table := range sinkTablesOf() {
		for _, s := range table {
			key := s.Pkg + "." + s.Name
			if s.Recv != "" {
				key = s.Pkg + "." + s.Recv + "." + s.Name
				idx.byName[s.Name] = append(idx.byName[s.Name], s)
			}
			idx.byKey[key] = append(idx.byKey[key], s)
		}
	}
	return idx
}

// match returns the sinks fn is: exactly, or as a method of a type
// implementing a sink's interface.
func (st *state) match(fn *types.Func, call *ast.CallExpr) []sink {
	return st.matchRecv(fn, recvOf(call))
}

// recvOf is the receiver expression of a method call, nil for others.
func recvOf(call *ast.CallExpr) ast.Expr {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		return sel.X
	}
	return nil
}

// matchRecv is match for fn called on recv (nil for a function): a call,
// or a call through a method value bound to recv.
func (st *state) matchRecv(fn *types.Func, recv ast.Expr) []sink {
	if out := st.sinks.byKey[funcKey(fn)]; len(out) > 0 {
		return out
	}
	if s, ok := st.directiveSink(fn); ok {
		return []sink{s}
	}
	if sig, ok := fn.Type().(*types.Signature); ok {
		if s, ok := personalSink(fn, sig); ok { // personal.go
			return []sink{s}
		}
	}
	if !isMethod(fn) || recv == nil {
		return nil
	}
	if s, ok := streamEncodeSink(fn); ok { // httpsinks.go
		return []sink{s}
	}
	recvType := st.pass.TypesInfo.TypeOf(recv)
	if recvType == nil {
		return nil
	}
	var out []sink
	for _, s := range st.sinks.byName[fn.Name()] {
		if ifc := st.rowInterface(s); ifc != nil && types.Implements(recvType, ifc) {
			out = append(out, s)
		}
	}
	return out
}

// found is one tainted argument of a sink call.
type found struct {
	arg  ast.Expr
	slot types.Type // the parameter's type
	t    taint
}

// checkCall reports call when it is a sink (from the tables or a function
// whose fact says a parameter reaches one) and a raw value reaches it; a
// parameter reaching it goes into the enclosing function's summary.
func (fs *fstate) checkCall(call *ast.CallExpr) {
	info := fs.pass.TypesInfo
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		fn = fs.funcVarSink(call)
	}
	if fn == nil {
		fs.noteAdapterConversion(call) // adapters.go
		fs.checkValueCall(call)        // funcvalues.go
		return
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodExpr {
			return
		}
	}
	fs.noteCalled(fn)
	fs.checkScopedStore(call, fn) // scoped.go
	if fs.checkTempl(call, fn) {  // templ.go
		return
	}
	fs.checkCallee(call, fn, recvOf(call))
}

// funcVarSink returns, for a call of a package-level variable of function
// type that a sink row names (huma.NewError), or of any value of a named
// function type a row names (send(msg) with send an sse.Sender), a
// function standing for it.
func (fs *fstate) funcVarSink(call *ast.CallExpr) *types.Func {
	if tv, ok := fs.pass.TypesInfo.Types[call.Fun]; ok && tv.IsValue() {
		if n, ok := types.Unalias(tv.Type).(*types.Named); ok && n.Obj().Pkg() != nil {
			sig, _ := n.Underlying().(*types.Signature)
			if key := n.Obj().Pkg().Path() + "." + n.Obj().Name(); sig != nil && len(fs.sinks.byKey[key]) > 0 {
				return types.NewFunc(n.Obj().Pos(), n.Obj().Pkg(), n.Obj().Name(), sig)
			}
		}
	}
	v, _ := typeutil.Callee(fs.pass.TypesInfo, call).(*types.Var)
	if sv := fs.savedSinkVar(v); sv != nil {
		v = sv // base(status, msg, errs...) of base := huma.NewError (ctorhooks.go)
	}
	if v == nil || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return nil
	}
	sig, _ := v.Type().Underlying().(*types.Signature)
	if sig == nil || len(fs.sinks.byKey[v.Pkg().Path()+"."+v.Name()]) == 0 {
		return nil
	}
	return types.NewFunc(v.Pos(), v.Pkg(), v.Name(), sig)
}

// checkCallee is checkCall for a call of fn on recv (nil for a function):
// directly, or through a method value or function value.
func (fs *fstate) checkCallee(call *ast.CallExpr, fn *types.Func, recv ast.Expr) {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return
	}
	if src, dst := copyEnds(fn, call, recv); src != nil {
		fs.checkCopy(call, fn, src, dst) // httpsinks.go
		return
	}
	for _, s := range fs.matchRecv(fn, recv) {
		if !fs.writesResponseRecv(s, call, recv) || !fs.shownStore(s, call) || fs.hiddenByPresenter(s) || fs.hiddenByErrorHandler(s, call) || fs.opsChannel(fn, call) {
			continue
		}
		s = fs.sshWhat(s, call, recv) // sinks_ssh.go
		var hits []found
		for i, a := range call.Args {
			if !s.covers(i) {
				continue
			}
			if _, ok := fs.carriedArg(s, a); ok {
				continue // the status a builder returns carries it (builders.go)
			}
			t := fs.encodedArg(s, a) // exposed.go
			if s.Writer == writerDoc {
				t.params |= fs.docParamFields(a, 0) // the letter's fields (pdfdocs.go)
			}
			reflect := reflectSinks[s.Pkg+"."+s.Recv+"."+s.Name]
			if s.What == personalMsg && !reflect {
				// A template body's data shows what the template reads,
				// whatever its fields' names: judged as a template's.
				t = fs.messageArg(a) // personal.go
			}
			if t.textSafe && isErrorParam(sig, i) {
				continue // the framework writes err.Error() only (errtext.go)
			}
			if t.unsent && reflect {
				t.kind = kNone // raw only in unexported fields it cannot read (exposed.go)
			}
			fs.noteParamsVia(t, s.What, shortName(fn), reflect)
			if t.kind != kNone {
				hits = append(hits, found{arg: a, slot: paramType(sig, i), t: t})
			}
		}
		fs.reportHits(call, hits, s.What, "")
		return
	}
	// A function whose parameter reaches a sink is a sink for that argument;
	// so is an interface method one of the module's implementations of
	// which is such a function (dispatch.go).
	sum := fs.summaryOf(fn)
	if sum == nil || isAbstract(fn) {
		sum = fs.dispatchSummary(fn)
	}
	fs.checkParamSinks(call, sig, sum, " by "+shortName(fn))
}

// checkParamSinks reports the arguments of call reaching a sink through
// the parameters sum says do; by names the function for the message.
func (fs *fstate) checkParamSinks(call *ast.CallExpr, sig *types.Signature, sum *summary, by string) {
	if sum == nil || len(sum.sinks) == 0 {
		return
	}
	var hits []found
	what := ""
	args := call.Args
	if x := fs.replyReceiver(call, sig); x != nil && sum.sinks[receiverBit].What != "" {
		// A reply type's renderer writes its receiver (sinkonly.go's
		// replyRecv): r.V2(status) is a sink for r.
		args = append([]ast.Expr{x}, args...)
	}
	shift := len(args) - len(call.Args)
	for i, a := range args {
		p, slot := receiverBit, types.Type(nil)
		if i >= shift {
			p, slot = paramIndex(sig, i-shift), paramType(sig, i-shift)
		} else {
			slot = sig.Recv().Type()
		}
		ps, ok := sum.sinks[p]
		if p < 0 || !ok || (ps.What == pdfWhat || ps.What == xlsxWhat) && fs.docToFile(call, sig) { // pdfdocs.go
			continue
		}
		t := fs.sinkArg(a)
		if ps.Narrow != "" { // narrow.go
			t = narrowed(t, ps.Narrow)
			if t.kind != kNone && !fs.narrowShown(a, ps.Narrow) {
				t.kind = kNone
			}
		}
		if t.unsent && ps.Reflect {
			t.kind = kNone // written by reflection only: not its unexported fields (exposed.go)
		}
		fs.noteParamsVia(t, ps.What, strings.TrimPrefix(by, " by "), ps.Reflect)
		if t.kind != kNone {
			hits = append(hits, found{arg: a, slot: slot, t: t})
			if what == "" {
				what = ps.What
			}
		}
	}
	fs.reportHits(call, hits, what, by)
}

// replyReceiver is the receiver of call when it calls a method of a reply
// type (replyRecv) on a value: r in r.V2(status), Fail(code,
// msg) in Fail(code, msg).Proxy(status); nil otherwise.
func (fs *fstate) replyReceiver(call *ast.CallExpr, sig *types.Signature) ast.Expr {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sig.Recv() == nil {
		return nil
	}
	if s, ok := fs.pass.TypesInfo.Selections[sel]; !ok || s.Kind() != types.MethodVal {
		return nil
	}
	fn, _ := fs.pass.TypesInfo.Uses[sel.Sel].(*types.Func)
	if fn == nil || !replyRecv(fn.Origin()) {
		return nil
	}
	return sel.X
}

// sinkArg is what argument a of a sink carries: a sink formats or encodes
// a code it is given, and encodes every field of a response it is given.
func (fs *fstate) sinkArg(a ast.Expr) taint {
	t := fs.eval(a)
	if t.kind == kCodeValue {
		t.kind = kCode
	}
	if t.kind == kNone {
		if k := fs.encodedValueRole(a); k != kNone {
			t = join(t, taint{kind: k, from: exprString(a), pos: a.Pos()})
		}
	}
	return t
}

// encodedValueRole is encodedRole for the value of expression e: a
// composite literal (&T{...}, []T{...}, map[K]T{...}) holds only what it
// sets, so it is raw only through an element or field it fills with a
// non-constant value (a field left out is its zero value, a constant is
// the program's own text); any other expression is judged by its type.
func (fs *fstate) encodedValueRole(e ast.Expr) kind {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return fs.encodedRole(fs.pass.TypesInfo.TypeOf(e), nil)
	}
	typ := fs.pass.TypesInfo.TypeOf(lit)
	if typ == nil {
		return kNone
	}
	best := kNone
	for i, elt := range lit.Elts {
		if fs.litSinkField(lit, i, elt) || fs.unencoded(lit, i, elt) {
			continue
		}
		v := elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			v = kv.Value
		}
		if tv, ok := fs.pass.TypesInfo.Types[v]; ok && tv.Value != nil || fs.sanitized(v) {
			continue // a constant, or codes.UserCode(c) in an errorCode field
		}
		k := fs.encodedValueRole(v)
		if f := fs.litField(lit, i, elt); f != nil && f.Exported() {
			switch fs.spid.FieldRole(f) {
			case spid.RoleMessage:
				k = max(k, kMessage)
			case spid.RoleCode:
				k = max(k, kCode)
			}
		}
		best = max(best, k)
	}
	return best
}

// encodedRole returns the strongest raw value an encoder writes for a value
// of type t: a response struct (or a pointer, slice or map of them) with a
// visible errorMessage or errorCode field.
//
// seen holds the named types being looked at, so that a recursive type
// (type Tree struct{ Kids []*Tree }) ends the walk; nesting is otherwise
// unbounded.
func (fs *fstate) encodedRole(t types.Type, seen map[*types.Named]bool) kind {
	if t == nil {
		return kNone
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		if seen[n] {
			return kNone
		}
		if seen == nil {
			seen = map[*types.Named]bool{}
		}
		seen[n] = true
		defer delete(seen, n)
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return fs.encodedRole(u.Elem(), seen)
	case *types.Slice:
		return fs.encodedRole(u.Elem(), seen)
	case *types.Array:
		return fs.encodedRole(u.Elem(), seen)
	case *types.Map:
		return fs.encodedRole(u.Elem(), seen)
	case *types.Struct:
		best := kNone
		for i := 0; i < u.NumFields(); i++ {
			f := u.Field(i)
			if !f.Exported() && !f.Embedded() || reflectTagName(u.Tag(i)) == "-" {
				continue
			}
			k := kNone
			switch fs.spid.FieldRole(f) {
			case spid.RoleMessage:
				k = kMessage
			case spid.RoleCode:
				k = kCode
			default:
				if f.Embedded() {
					k = fs.encodedRole(f.Type(), seen)
				}
			}
			best = max(best, k)
		}
		return best
	}
	return kNone
}

func reflectTagName(tag string) string {
	name, _, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ",")
	return name
}

// covers reports whether argument i of a call reaches the user.
func (s sink) covers(i int) bool {
	for _, a := range s.Args {
		if a == i || (s.Variadic && i > a && a == s.Args[len(s.Args)-1]) {
			return true
		}
	}
	return false
}

// writesResponseRecv checks the sink's Writer condition for a call on
// recv (nil for a function).
func (fs *fstate) writesResponseRecv(s sink, call *ast.CallExpr, recv ast.Expr) bool {
	switch {
	case s.Reply:
		return len(call.Args) > 0 && fs.replySubject(call.Args[0])
	case s.ToURL:
		return s.URL < len(call.Args) && fs.responseURL(call.Args[s.URL]) // sinks_bots.go
	case s.Attr != 0:
		return len(call.Args) > 0 && fs.attrIs(call.Args[0], s.Attr) // sinks_radius.go
	case len(s.Sets) > 0:
		return len(s.Args) > 0 && s.Args[0] < len(call.Args) && fs.setsField(call.Args[s.Args[0]], s.Sets) // personal.go
	case s.Writer == writerRecv:
		return recv != nil && fs.isResponse(recv)
	case s.Writer == writerDoc:
		return recv != nil && fs.docHandedOut(recv) // pdfdocs.go
	case s.Writer >= 0:
		return s.Writer < len(call.Args) && fs.isResponse(call.Args[s.Writer])
	}
	return true
}

// noteParams records, in the summary, parameters of the unit reaching a sink.
func (fs *fstate) noteParams(t taint, what, via string) {
	fs.noteParamsVia(t, what, via, false)
}

// noteParamsVia is noteParams for a sink that writes by reflection over
// exported fields (reflect, exposed.go) or not.
func (fs *fstate) noteParamsVia(t taint, what, via string, reflect bool) {
	if fs.sum == nil || t.params == 0 {
		return
	}
	for i := 0; i < 64; i++ {
		if t.params&(1<<i) != 0 {
			nw := paramSink{Param: i, What: what, Via: via, Narrow: sinkNarrow(t, i), Reflect: reflect}
			if old, ok := fs.sum.sinks[i]; !ok {
				fs.sum.sinks[i] = nw
			} else if m := mergeSink(old, nw); m != old {
				fs.sum.sinks[i] = m
				fs.changed = true
			}
		}
	}
}

func (fs *fstate) reportHits(call *ast.CallExpr, hits []found, what, by string) {
	if !fs.report || fs.u.generated || len(hits) == 0 || fs.guarded(call, hits) {
		return
	}
	first := hits[0]
	for _, h := range hits[1:] {
		if h.t.kind > first.t.kind {
			first = h
		}
	}
	d := analysis.Diagnostic{
		Pos:      fs.sinkPos(call),
		End:      call.End(),
		Category: first.t.kind.category(),
		Message:  fmt.Sprintf("raw SurePassID %s (from %s) written to %s%s", first.t.kind, first.t.from, what, by),
	}
	d.Related = first.t.origin()
	if what == grpcDetail {
		if ret := fs.detailReturn(call); ret != nil { // builders.go
			d.Pos, d.End = ret.Pos(), ret.End()
			d.Message += " by this return"
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: call.Pos(), End: call.End(), Message: "the detail is added to the status here"})
		}
	}
	fs.pending = append(fs.pending, pending{d: d, call: call, hits: hits})
}

// sinkPos is where a finding on call is reported: the call, or, for a
// method called on a receiver that ends on a later line (a builder chain,
// twirp.NewError(...).\n\tWithMeta(k, v)), the method's name, where the
// value enters what is sent, as for a constructor called on its own.
func (fs *fstate) sinkPos(call *ast.CallExpr) token.Pos {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return call.Pos()
	}
	f := fs.pass.Fset.File(call.Pos())
	if f == nil || !sel.Sel.Pos().IsValid() || int(sel.Sel.Pos()) > f.Base()+f.Size() {
		return call.Pos()
	}
	if f.Line(sel.Sel.Pos()) != f.Line(call.Pos()) {
		return sel.Sel.Pos()
	}
	return call.Pos()
}

// pending is a diagnostic waiting for its fix, which depends on the fixes
// of the unit's other diagnostics (a variable or import they all stop using).
type pending struct {
	d    analysis.Diagnostic
	call *ast.CallExpr
	hits []found
	rs   []repl
	imps []imp
	ok   bool
	// ready: rs, imps and ok are computed already (a returned error,
	// returns.go), and extra holds edits beyond the replacements.
	ready bool
	extra []analysis.TextEdit
}

// flush reports the unit's diagnostics with their fixes.
func (fs *fstate) flush() {
	var all []repl
	for i := range fs.pending {
		p := &fs.pending[i]
		if !p.ready {
			p.rs, p.imps, p.ok = fs.replacements(p.call, p.hits)
		}
		all = append(all, p.rs...)
	}
	for _, p := range fs.pending {
		if p.ok && fixsafe.Parses(fs.pass, p.call.Pos()) {
			f := fs.fix(p.call, p.rs, p.imps, all)
			f.TextEdits = append(f.TextEdits, p.extra...)
			p.d.SuggestedFixes = []analysis.SuggestedFix{f}
		}
		fs.pass.Report(p.d)
	}
	fs.pending = nil
}

func paramType(sig *types.Signature, i int) types.Type {
	p := paramIndex(sig, i)
	if p < 0 {
		return nil
	}
	t := sig.Params().At(p).Type()
	if sig.Variadic() && p == sig.Params().Len()-1 {
		if s, ok := t.(*types.Slice); ok {
			return s.Elem()
		}
	}
	return t
}

func shortName(fn *types.Func) string {
	if isMethod(fn) && fn.Pkg() != nil {
		if n := recvNamed(fn.Type().(*types.Signature).Recv().Type()); n != nil {
			return fn.Pkg().Name() + "." + n.Obj().Name() + "." + fn.Name()
		}
	}
	return funcName(fn)
}

// userSinks holds -rawexposure.sinks.
var userSinks sinkList

type sinkList struct {
	text string
	list []sink
}

func (l *sinkList) String() string { return l.text }

// Set parses import/path.Func:N and import/path.Type.Method:N entries.
func (l *sinkList) Set(s string) error {
	var out []sink
	for _, entry := range strings.Split(s, ",") {
		entry = strings.TrimSpace(entry)
		if entry == "" {
			continue
		}
		sk, err := parseSink(entry)
		if err != nil {
			return err
		}
		out = append(out, sk)
	}
	l.text, l.list = s, out
	return nil
}

func parseSink(entry string) (sink, error) {
	bad := fmt.Errorf("bad sink %q: want import/path.Func:N or import/path.Type.Method:N (N a 0-based argument index, N... for it and every later argument)", entry)
	name, idx, ok := strings.Cut(entry, ":")
	if !ok {
		return sink{}, bad
	}
	variadic := false
	if rest, ok := strings.CutSuffix(idx, "..."); ok {
		idx, variadic = rest, true
	}
	n, err := strconv.Atoi(idx)
	if err != nil || n < 0 {
		return sink{}, bad
	}
	slash := strings.LastIndex(name, "/")
	parts := strings.Split(name[slash+1:], ".")
	if len(parts) < 2 || len(parts) > 3 {
		return sink{}, bad
	}
	if parts[0] == "" {
		return sink{}, bad
	}
	path := name[:slash+1] + parts[0]
	sk := sink{Pkg: path, Name: parts[len(parts)-1], Args: []int{n}, Variadic: variadic, Writer: -1}
	if len(parts) == 3 {
		sk.Recv = parts[1]
	}
	sk.What = "the user (sink " + strings.Join(parts[1:], ".") + " from -rawexposure.sinks)"
	if !token.IsIdentifier(sk.Name) || (sk.Recv != "" && !token.IsIdentifier(sk.Recv)) {
		return sink{}, bad
	}
	return sk, nil
}

// rowInterface returns the interface a sink row's receiver names (echo's
// Context, http.ResponseWriter) when the package imports it, nil for a
// concrete receiver or an import it lacks: a type implementing it has the
// row's method as a sink too.
func (st *state) rowInterface(s sink) *types.Interface {
	p := st.imports[s.Pkg]
	if p == nil {
		return nil
	}
	tn, ok := p.Scope().Lookup(s.Recv).(*types.TypeName)
	if !ok {
		return nil
	}
	if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
		return nil // generic (grpc.ServerStreamingServer[Res]): matched exactly, by its origin
	}
	if ifc, ok := tn.Type().Underlying().(*types.Interface); ok && !ifc.Empty() {
		return ifc
	}
	return nil
}
