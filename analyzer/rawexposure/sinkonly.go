package rawexposure

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Packages with no SurePassID evidence: a module's shared response helpers
// (httpx.Respond(w, status, msg), respond.Fail(c, msg)) have no raw value to
// report, but their callers need to know which of their parameters reach
// the user. Such a package gets the "parameter reaches a sink" part of its
// summaries, and nothing else: no raw results, no fields, no predicates, no
// report. What it costs is kept to the packages that call a sink:
//
//  1. the package must import a package a sink is declared in (a table
//     row's, net/http for the rows that need a response writer, or a
//     function with a sink fact), or declare a team's sender of messages
//     to people (personal.go: by its signature, a function, a method or
//     an interface's method, Mailer.Send(ctx, to, subject, body)), or
//     import a package of its module declaring one: most packages stop at
//     a map lookup per import and a look at the names declared in their
//     own scope and in their module imports;
//  2. it must refer to a sink or a sender: one pass over the identifiers
//     the type checker resolved (TypesInfo.Uses);
//  3. only the functions that refer to one are analyzed, then their callers
//     in the package once a callee's summary says a parameter reaches a
//     sink (a call of an interface's method counting as a call of the
//     package's methods implementing it: n.mailer.Send reaching
//     (*SMTPMailer).Send), and the package functions those call whose
//     results may carry a parameter;
//  4. only functions with a parameter a message can be passed in
//     (textParam: not a number, a boolean, a function, a channel, a context
//     or the framework's own request, writer or context type), outside test
//     files, are looked at, and facts go only on the exported ones, for such
//     parameters; the receiver only of a reply type's renderer (replyRecv:
//     Result[T].V2(status) marshalling r into a Lambda response's Body,
//     outside generated code); and on the methods of its exported
//     interfaces implemented by its unexported types (exportDispatch).
//
// So a notifier of the module (notify.(*Notifier).ActivationFailed(ctx,
// to, msg) formatting msg into the body it hands its Mailer) is a sink at
// the calls of the packages that talk to SurePassID, reported there.
//
// Its error helpers and reply builders get the other half (passesOn): an
// exported function that takes an error (or text, for a constructor whose
// one result is an error) and returns an error or text
// (httperr.WithStatus(502, err), apperr.New(msg), errs.Describe(err)), or
// takes text and returns a struct of its package with encoder-tagged text
// fields or a map (reply.Problem(code, msg) Body), or takes a function
// with results and returns results (retry.Do(ctx, n, op) returning what op
// returns: callbackRelay), or takes text and returns a message a field
// row is built of (edge.Header(k, v) *corev3.HeaderValueOption:
// partBuilder), is analyzed even without a sink, and its fact
// says which of those parameters (or callback results) its results follow,
// so that the raw value a SurePassID package passes through it stays raw.
// A package declares such helpers rarely; finding them is one look at each
// exported function's signature.
//
// A package has full analysis instead when it has a SurePassID signal or
// imports a fact that can carry a raw value (a raw result, a raw field, a
// predicate); facts that only say a parameter reaches a sink, or a result
// follows a parameter, do not make one.

// rawFacts reports whether an imported fact can bring a raw value into the
// package, or a guard about one.
func rawFacts(facts []analysis.ObjectFact) bool {
	for _, f := range facts {
		switch ff := f.Fact.(type) {
		case *funcFact:
			// A result that only follows parameters (an error wrapper's)
			// brings nothing raw: only what the package passes it.
			for _, r := range ff.Results {
				if r.Kind != kNone {
					return true
				}
			}
		case *wrappedFact:
			// A sentinel wrapped with other text: a guard's business,
			// nothing raw.
		default:
			return true
		}
	}
	return false
}

// runSinksOnly is run for a package with no SurePassID signal and no raw
// fact.
func runSinksOnly(pass *analysis.Pass, r *spid.Result, facts []analysis.ObjectFact) {
	// 0. The sentinels it wraps with other text (a domain package's
	// fmt.Errorf("%w: %v", ErrDenied, err)), for errors.Is in importers;
	// not the standard library's sentinels (io.EOF), which no consumer
	// narrows a SurePassID error to, nor in the standard library.
	if !typex.InGoroot(pass) && refersToSentinel(pass) {
		(&state{pass: pass}).exportWrapped() // sentinelguard.go
	}
	// 1. An import declaring a sink.
	tables := tableSinkPackages()
	factSinks := map[*types.Func]bool{}
	sinkPkgs := tables
	for _, f := range facts {
		if ff, ok := f.Fact.(*funcFact); ok && len(ff.Sinks) > 0 {
			if fn, ok := f.Object.(*types.Func); ok && fn.Pkg() != nil {
				factSinks[fn] = true
				if !sinkPkgs[fn.Pkg().Path()] {
					if len(sinkPkgs) == len(tables) {
						sinkPkgs = maps.Clone(tables)
					}
					sinkPkgs[fn.Pkg().Path()] = true
				}
			}
		}
	}
	if tables[typex.PkgPath(pass.Pkg)] {
		// A framework's own package is modelled by its rows: a function
		// building a status from an error (grpc/status.FromError) sends
		// nothing.
		return
	}
	sinkImport := importsAny(pass.Pkg, sinkPkgs)
	// Error wrappers are the module's own: the standard library's and the
	// frameworks' (the packages of the tables) are modelled by the tables.
	wrappers := !typex.InGoroot(pass) && hasWrappers(pass)
	// A team's own sender of messages to people (personal.go: a function
	// or method by its signature), declared here or in a package of the
	// module this one imports: a notifier calling its Mailer interface
	// needs no sink package.
	senders := !typex.InGoroot(pass) && (sinkImport || declaresSender(pass))
	if !sinkImport && !wrappers && !senders {
		return
	}
	st := &state{pass: pass, spid: r, sinks: buildSinkIndex()}
	st.indexImports()

	// 2. References to a sink, by the unit holding them. The units are the
	// functions that have a parameter a message can be passed in, outside
	// test files (a test's helpers are no module's helpers).
	var units []unit
	for _, file := range pass.Files {
		if f := pass.Fset.File(file.Pos()); f == nil || strings.HasSuffix(f.Name(), "_test.go") {
			continue
		}
		gen := ast.IsGenerated(file)
		for _, decl := range file.Decls {
			if d, ok := decl.(*ast.FuncDecl); ok && d.Body != nil {
				fn, _ := pass.TypesInfo.Defs[d.Name].(*types.Func)
				if fn != nil && (textParams(fn, sinkPkgs) || replyRecv(fn) || wrappers && passesOn(fn)) {
					units = append(units, unit{file: file, node: d.Body, fn: fn, generated: gen})
				}
			}
		}
	}
	if len(units) == 0 {
		return
	}
	sort.Slice(units, func(i, j int) bool { return units[i].node.Pos() < units[j].node.Pos() })
	unitAt := func(pos token.Pos) int {
		i := sort.Search(len(units), func(i int) bool { return units[i].node.End() > pos })
		if i < len(units) && units[i].node.Pos() <= pos {
			return i
		}
		return -1
	}
	isSink := st.sinkTest(factSinks)
	sender := senderTest()
	index := map[*types.Func]int{}
	for i, u := range units {
		index[u.fn] = i
	}
	impls := implIndex(units)          // method name → the units of concrete methods
	want := make([]bool, len(units))   // units referring to a sink, and error wrappers
	calls := make([][]int, len(units)) // unit → package units it refers to
	found := false
	for i, u := range units {
		if wrappers && passesOn(u.fn) {
			want[i], found = true, true
		}
	}
	for id, obj := range pass.TypesInfo.Uses {
		if v, ok := obj.(*types.Var); ok && sinkImport && v.IsField() {
			// A key or selector naming a field row (Body: encode(v)).
			if _, ok := st.fieldSinkOf(v); ok {
				if i := unitAt(id.Pos()); i >= 0 {
					want[i], found = true, true
				}
			}
			continue
		}
		fn, ok := obj.(*types.Func)
		if !ok {
			continue
		}
		fn = fn.Origin()
		if fn.Pkg() == pass.Pkg {
			if j, ok := index[fn]; ok {
				if i := unitAt(id.Pos()); i >= 0 && i != j {
					calls[i] = append(calls[i], j)
				}
			}
		}
		if isAbstract(fn) && len(impls[fn.Name()]) > 0 {
			// n.mailer.Send(ctx, to, subject, body): the package's
			// implementations of the interface are its callees
			// (dispatch.go).
			if i := unitAt(id.Pos()); i >= 0 {
				calls[i] = append(calls[i], implementers(fn, units, impls[fn.Name()], i)...)
			}
		}
		// A sender calling a sender (PostAll(ctx, ns) posting each) is a
		// sink at its calls by its own signature already.
		if row := sinkImport && isSink(fn); row || senders && sender(fn) {
			if i := unitAt(id.Pos()); i >= 0 && !isSink(units[i].fn) && (row || !sender(units[i].fn)) {
				want[i], found = true, true
			}
		}
	}
	if !found {
		return
	}

	// 3. Their callers in the package whose summaries say a parameter
	// reaches a sink, and the package functions those call whose results
	// may carry a parameter, added as the worklist finds them.
	callers := make([][]int, len(units))
	for i, cs := range calls {
		for _, j := range cs {
			callers[j] = append(callers[j], i)
		}
	}
	added := make([]bool, len(units))
	var add func(i int)
	add = func(i int) {
		if added[i] {
			return
		}
		added[i] = true
		for _, j := range calls[i] {
			if mayPass(units[j].fn, sinkPkgs) {
				add(j)
			}
		}
		st.push(i)
	}
	st.funcs = map[*types.Func]*summary{}
	st.facts = map[*types.Func]*summary{}
	st.fields = map[*types.Var]taint{}
	st.globals = map[*types.Var]taint{}
	st.startWork(len(units))
	st.onRise = func(i int) {
		if s := st.funcs[units[i].fn]; s != nil && len(s.sinks) > 0 {
			for _, c := range callers[i] {
				add(c)
			}
		}
	}
	for i := range units {
		if want[i] {
			add(i)
		}
	}
	st.drain(units)
	var todo []unit
	for i, u := range units {
		if added[i] {
			todo = append(todo, u)
		}
	}

	// 4. Facts on exported functions, for parameters that can carry text,
	// and on error wrappers and reply builders, for the results that follow
	// such parameters.
	for _, u := range todo {
		s := st.funcs[u.fn]
		if s == nil || !u.fn.Exported() || isSink(u.fn) {
			continue
		}
		sig := u.fn.Type().(*types.Signature)
		var text uint64 // the parameters that can carry text
		for k := 0; k < sig.Params().Len() && k < receiverBit; k++ {
			if textParam(sig.Params().At(k).Type(), sinkPkgs) {
				text |= 1 << k
			}
		}
		f := &funcFact{}
		for _, k := range slices.Sorted(maps.Keys(s.sinks)) {
			if k < receiverBit && text&(1<<k) != 0 || k == ctorMsgBit || k == receiverBit && replyRecv(u.fn) && !u.generated {
				f.Sinks = append(f.Sinks, s.sinks[k])
			}
		}
		if wrappers && passesOn(u.fn) {
			results := make([]rawResult, len(s.results))
			carries := false
			for i, r := range s.results {
				if ps := r.params & text; ps != 0 || r.calls != 0 {
					results[i], carries = rawResult{Params: ps, Calls: r.calls}, true
				}
			}
			if carries {
				f.Results = results
			}
		}
		if len(f.Sinks) > 0 || len(f.Results) > 0 {
			pass.ExportObjectFact(u.fn, f)
		}
	}
	// The methods of its exported interfaces implemented by unexported
	// types (texts.New(gw) returning Notices over a *notices): their
	// parameter sinks, on the interface's methods (dispatch.go).
	st.exportDispatch()
}

// hasWrappers reports whether the package declares an error wrapper or a
// reply builder (passesOn), outside test files.
func hasWrappers(pass *analysis.Pass) bool {
	for _, file := range pass.Files {
		if f := pass.Fset.File(file.Pos()); f == nil || strings.HasSuffix(f.Name(), "_test.go") {
			continue
		}
		for _, decl := range file.Decls {
			if d, ok := decl.(*ast.FuncDecl); ok && d.Body != nil && d.Name.IsExported() {
				if fn, _ := pass.TypesInfo.Defs[d.Name].(*types.Func); fn != nil && passesOn(fn) {
					return true
				}
			}
		}
	}
	return false
}

// passesOn reports whether fn is an error wrapper (errorWrapper) or a
// reply builder (replyBuilder): a helper whose results may carry the text
// it is given.
func passesOn(fn *types.Func) bool {
	return errorWrapper(fn) || replyBuilder(fn) || callbackRelay(fn) || partBuilder(fn)
}

// partBuilder reports whether fn is an exported function that takes text
// (a string, or a map or slice of them) and returns, as its only result or
// beside an error, a message a field row's value is built of (fieldParts),
// or a slice of them: a platform package's header helpers
// (edge.Header(k, v) *corev3.HeaderValueOption, edge.Headers(m)
// []*corev3.HeaderValueOption), whose results the packages that talk to
// SurePassID put in an Envoy denial.
func partBuilder(fn *types.Func) bool {
	if !fn.Exported() {
		return false
	}
	sig := fn.Type().(*types.Signature)
	res := sig.Results()
	if res.Len() == 0 || res.Len() > 2 || res.Len() == 2 && !typex.IsError(res.At(1).Type()) {
		return false
	}
	t := typex.Deref(res.At(0).Type())
	if sl, ok := t.Underlying().(*types.Slice); ok {
		t = typex.Deref(sl.Elem())
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || !slices.Contains(fieldParts, fieldPart{n.Obj().Pkg().Path(), n.Obj().Name()}) {
		return false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		switch u := sig.Params().At(i).Type().Underlying().(type) {
		case *types.Map:
			if isString(u.Elem()) {
				return true
			}
		case *types.Slice:
			if isString(u.Elem()) {
				return true
			}
		default:
			if isString(u) {
				return true
			}
		}
	}
	return false
}

// callbackRelay reports whether fn is an exported function taking a
// function with results and returning results of its own: a retry or
// timeout helper (retry.Do(ctx, n, fn) returning what fn returns) whose
// fact says which of its results are its callback's (callbacks.go).
func callbackRelay(fn *types.Func) bool {
	sig := fn.Type().(*types.Signature)
	if !fn.Exported() || sig.Results().Len() == 0 {
		return false
	}
	for i := 0; i < sig.Params().Len() && i < callParams; i++ {
		if ps, ok := sig.Params().At(i).Type().Underlying().(*types.Signature); ok && ps.Results().Len() > 0 {
			return true
		}
	}
	return false
}

// replyBuilder reports whether fn is an exported function or method that
// takes a string and returns, as its only result (or beside an error), a
// reply an encoder writes: a struct of its own package with a string field
// tagged for an encoder (json, xml, yaml, form, msgpack), a pointer to
// one, or a map with string keys (outcome.From(code, msg) Result,
// apiresp.Fail(msg) map[string]any). A module's shared package shapes
// upstream answers so for the packages that talk to SurePassID; what it is
// given reaches the user when the caller encodes the reply. So is one
// returning a chat SDK's message, view, block or option (chatMessage:
// views.Notice(title, text) slack.ModalViewRequest, chat.Failure(text)
// slack.MsgOption), which the caller sends. A constructor of a server or a
// client (its fields untagged; a chat SDK's client) is none.
func replyBuilder(fn *types.Func) bool {
	if !fn.Exported() {
		return false
	}
	sig := fn.Type().(*types.Signature)
	strIn := false
	for i := 0; i < sig.Params().Len(); i++ {
		if isString(sig.Params().At(i).Type()) {
			strIn = true
		}
	}
	res := sig.Results()
	if !strIn || res.Len() == 0 || res.Len() > 2 || res.Len() == 2 && !typex.IsError(res.At(1).Type()) {
		return false
	}
	if chatMessage(res.At(0).Type()) {
		return true // a chat message built from the text (sinks_bots.go)
	}
	t := typex.Deref(res.At(0).Type())
	if m, ok := t.Underlying().(*types.Map); ok {
		return isString(m.Key())
	}
	return replyType(t, fn.Pkg())
}

// replyType reports whether t (or what it points to) is a struct type of
// package pkg with a string field tagged for an encoder, directly or in an
// encoder-tagged field of another such struct of pkg (a generic envelope
// Result[T]{Error: &ErrBody{Message: msg}}).
func replyType(t types.Type, pkg *types.Package) bool {
	n, ok := types.Unalias(typex.Deref(t)).(*types.Named)
	if !ok || n.Obj().Pkg() != pkg {
		return false
	}
	s, ok := n.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	if flatReply(s) {
		return true
	}
	for i := 0; i < s.NumFields(); i++ {
		if f := typex.Deref(s.Field(i).Type()); f != n && encoderTagged(s.Tag(i)) {
			if inner, ok := types.Unalias(f).(*types.Named); ok && inner.Obj().Pkg() == pkg {
				if fs, ok := inner.Underlying().(*types.Struct); ok && flatReply(fs) {
					return true
				}
			}
		}
	}
	return false
}

// flatReply reports whether s has a string field tagged for an encoder.
func flatReply(s *types.Struct) bool {
	for i := 0; i < s.NumFields(); i++ {
		if isString(s.Field(i).Type()) && encoderTagged(s.Tag(i)) {
			return true
		}
	}
	return false
}

// replyRecv reports whether fn is a method of a reply type (replyType)
// of its own package: a renderer whose receiver reaches a sink
// (r.V2(status) marshalling r into a Lambda response's Body) is a sink for
// the receiver at its calls.
func replyRecv(fn *types.Func) bool {
	sig, _ := fn.Type().(*types.Signature)
	return sig != nil && sig.Recv() != nil && replyType(sig.Recv().Type(), fn.Pkg())
}

// replyTags are the struct tags of the encoders a reply is written with.
var replyTags = []string{"json", "xml", "yaml", "form", "msgpack"}

// encoderTagged reports whether tag names the field for an encoder.
func encoderTagged(tag string) bool {
	st := reflect.StructTag(tag)
	for _, key := range replyTags {
		if v, ok := st.Lookup(key); ok && v != "-" {
			return true
		}
	}
	return false
}

// errorWrapper reports whether fn is an exported function or method that
// may put the text of an error or a string it is given into the error (or
// text) it returns: a module's error helpers (httperr.WithStatus(502,
// err), apperr.New(msg), errs.Describe(err)), which a package with no
// SurePassID evidence declares for the packages that have some. Their
// results following such parameters are exported as facts; a fact of that
// kind alone brings no raw value into a package (rawFacts).
func errorWrapper(fn *types.Func) bool {
	if !fn.Exported() {
		return false
	}
	sig := fn.Type().(*types.Signature)
	var errIn, strIn bool
	for i := 0; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		if sig.Variadic() && i == sig.Params().Len()-1 {
			if sl, ok := t.(*types.Slice); ok && types.IsInterface(sl.Elem()) {
				strIn = true // printf-style arguments
				continue
			}
		}
		switch {
		case typex.IsError(t):
			errIn = true
		case isString(t):
			strIn = true
		}
	}
	if errIn {
		for i := 0; i < sig.Results().Len(); i++ {
			if t := sig.Results().At(i).Type(); errorish(t) || isString(t) {
				return true
			}
		}
	}
	// A constructor from text has the error as its only result: not
	// strconv.Atoi(s) or os.Open(name), whose errors quote their input.
	return strIn && sig.Results().Len() == 1 && errorish(sig.Results().At(0).Type())
}

// errorish reports whether t is error, or a concrete type (or pointer to
// one) with an Error method.
func errorish(t types.Type) bool {
	if typex.IsError(t) {
		return true
	}
	if types.IsInterface(t) {
		return false
	}
	return types.Implements(t, typex.ErrorType.Underlying().(*types.Interface)) ||
		types.Implements(types.NewPointer(t), typex.ErrorType.Underlying().(*types.Interface))
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// tableSinks caches the packages the sink tables (and -rawexposure.sinks)
// declare sinks in, net/http standing for the rows that need a response
// writer; rebuilt when the flag changes.
var tableSinks struct {
	sync.Mutex
	flag string
	pkgs map[string]bool
}

func tableSinkPackages() map[string]bool {
	tableSinks.Lock()
	defer tableSinks.Unlock()
	if tableSinks.pkgs == nil || tableSinks.flag != userSinks.text {
		// Straight from the tables: a vet tool process analyses one
		// package, so this runs in every one, and building the whole
		// index (buildSinkIndex) was a visible part of a small package's
		// run.
		pkgs := map[string]bool{}
		for _, table := range sinkTablesOf() {
			for _, s := range table {
				if s.Writer == -1 || s.Writer == writerDoc {
					pkgs[s.Pkg] = true
				} else {
					pkgs["net/http"] = true // a writer must be a response
				}
			}
		}
		// The field rows: the Lambda responses and Envoy's answers have no
		// call rows.
		for _, r := range slices.Concat(fieldSinks, serverlessFields, apiFields) {
			pkgs[r.Pkg] = true
		}
		tableSinks.flag, tableSinks.pkgs = userSinks.text, pkgs
	}
	return tableSinks.pkgs
}

// importsAny reports whether p is, or imports directly, a package in paths.
// A helper calls its sink on a value of a type of that package (a
// ResponseWriter, a *gin.Context) that its signature names.
func importsAny(p *types.Package, paths map[string]bool) bool {
	if paths[p.Path()] {
		return true
	}
	for _, imp := range p.Imports() {
		if paths[imp.Path()] {
			return true
		}
	}
	return false
}

// sinkTest returns a test of whether fn is a sink: a row of the tables, a
// method of a type implementing an interface row's interface, a function
// with a //surepasslint:sink directive, or one with a sink fact.
func (st *state) sinkTest(factSinks map[*types.Func]bool) func(*types.Func) bool {
	implements := map[types.Type]bool{}
	memo := map[*types.Func]bool{}
	test := func(fn *types.Func) bool {
		if factSinks[fn] || templSink(fn) { // templ.go
			return true
		}
		if _, ok := st.directiveSink(fn); ok {
			return true
		}
		if len(st.sinks.byKey[funcKey(fn)]) > 0 {
			return true
		}
		rows := st.sinks.byName[fn.Name()]
		if len(rows) == 0 {
			return false
		}
		sig, _ := fn.Type().(*types.Signature)
		if sig == nil || sig.Recv() == nil {
			return false
		}
		rt := sig.Recv().Type()
		if v, ok := implements[rt]; ok {
			return v
		}
		v := false
		for _, s := range rows {
			if ifc := st.rowInterface(s); ifc != nil && (types.Implements(rt, ifc) || types.Implements(types.NewPointer(rt), ifc)) {
				v = true
				break
			}
		}
		implements[rt] = v
		return v
	}
	return func(fn *types.Func) bool {
		v, ok := memo[fn]
		if !ok {
			v = test(fn)
			memo[fn] = v
		}
		return v
	}
}

// textParams reports whether fn has a parameter that can carry a message
// (textParam); the receiver does not count.
func textParams(fn *types.Func, sinkPkgs map[string]bool) bool {
	sig := fn.Type().(*types.Signature)
	for i := 0; i < sig.Params().Len(); i++ {
		if textParam(sig.Params().At(i).Type(), sinkPkgs) {
			return true
		}
	}
	return false
}

// mayPass reports whether a result of fn may carry the text of one of its
// parameters.
func mayPass(fn *types.Func, sinkPkgs map[string]bool) bool {
	sig := fn.Type().(*types.Signature)
	for i := 0; i < sig.Results().Len(); i++ {
		if textParam(sig.Results().At(i).Type(), sinkPkgs) {
			return textParams(fn, sinkPkgs) || replyRecv(fn)
		}
	}
	return false
}

// textParam reports whether a parameter of type t can carry a message a
// caller passes: not a number, a boolean, a function, a channel, a
// context.Context, nor a type (or pointer to one) of a package sinks are
// declared in: the response writers, requests and framework contexts text
// is written to, not the text written. A chat SDK's message (chatMessage:
// a slack.Msg, a slack.MsgOption, a view) is text a bot sends.
func textParam(t types.Type, sinkPkgs map[string]bool) bool {
	if t == nil {
		return false
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if chatMessage(t) {
		return true // a chat SDK's message, view, block or option (sinks_bots.go)
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		if path := n.Obj().Pkg().Path(); sinkPkgs[path] || path == "context" {
			return false
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Signature, *types.Chan:
		return false
	}
	return true
}

// refersToSentinel reports whether the package declares or uses an
// exported package-level error variable outside the standard library: the
// only sentinels whose wrapping a fact can carry.
func refersToSentinel(pass *analysis.Pass) bool {
	for _, m := range []map[*ast.Ident]types.Object{pass.TypesInfo.Defs, pass.TypesInfo.Uses} {
		for _, obj := range m {
			if v, ok := obj.(*types.Var); ok && v.Exported() && isSentinel(v) && !typex.StdPkg(v.Pkg()) {
				return true
			}
		}
	}
	return false
}

// declaresSender reports whether the package, or a package of its module
// it imports, declares a team's own sender of messages to people
// (personalSink): a function, a method or an interface's method whose
// name says it sends and whose parameters name a person and text. One
// look at the names of those scopes; a sender's callers in the package
// are sinks for what they pass it.
func declaresSender(pass *analysis.Pass) bool {
	if scopeSender(pass.Pkg) {
		return true
	}
	for _, imp := range pass.Pkg.Imports() {
		if typex.InModule(pass, imp) && scopeSender(imp) {
			return true
		}
	}
	return false
}

// scopeSender reports whether package p declares a sender (personalSink)
// at its top level, as a function or a method of a named type.
func scopeSender(p *types.Package) bool {
	sc := p.Scope()
	for _, name := range sc.Names() {
		switch obj := sc.Lookup(name).(type) {
		case *types.Func:
			if isSender(obj) {
				return true
			}
		case *types.TypeName:
			n, ok := obj.Type().(*types.Named)
			if !ok || obj.IsAlias() {
				continue
			}
			if ifc, ok := n.Underlying().(*types.Interface); ok {
				for i := 0; i < ifc.NumExplicitMethods(); i++ {
					if isSender(ifc.ExplicitMethod(i)) {
						return true
					}
				}
				continue
			}
			for i := 0; i < n.NumMethods(); i++ {
				if isSender(n.Method(i)) {
					return true
				}
			}
		}
	}
	return false
}

// isSender reports whether fn is a sender of messages to people by its
// signature (personalSink).
func isSender(fn *types.Func) bool {
	// A person and a text: two parameters at least, checked before the
	// name's words.
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Params().Len() < 2 || !senderFunc(fn) {
		return false
	}
	_, ok = personalSink(fn, sig)
	return ok
}

// senderTest returns isSender, memoized.
func senderTest() func(*types.Func) bool {
	memo := map[*types.Func]bool{}
	return func(fn *types.Func) bool {
		v, ok := memo[fn]
		if !ok {
			v = isSender(fn)
			memo[fn] = v
		}
		return v
	}
}

// implIndex maps a method name to the units that are concrete methods of
// that name: the candidates for a call of an interface's method.
func implIndex(units []unit) map[string][]int {
	out := map[string][]int{}
	for i, u := range units {
		if isMethod(u.fn) && !isAbstract(u.fn) {
			out[u.fn.Name()] = append(out[u.fn.Name()], i)
		}
	}
	return out
}

// implementers returns those of the candidate units (other than unit
// self) whose receiver type implements the interface of method fn.
func implementers(fn *types.Func, units []unit, candidates []int, self int) []int {
	ifc, ok := fn.Type().(*types.Signature).Recv().Type().Underlying().(*types.Interface)
	if !ok || ifc.Empty() {
		return nil
	}
	var out []int
	for _, j := range candidates {
		rt := units[j].fn.Type().(*types.Signature).Recv().Type()
		if j != self && (types.Implements(rt, ifc) || types.Implements(types.NewPointer(rt), ifc)) {
			out = append(out, j)
		}
	}
	return out
}
