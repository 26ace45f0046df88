package rawexposure

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Request-scoped values: a raw message stored for a later middleware,
// handler or template under a key (fiber's c.Locals(k, v), gin's and
// echo's c.Set(k, v), context.WithValue(ctx, k, v), gin's and hertz's
// c.Error(err), which the error middleware reads in c.Errors) is read back
// under the same key (c.Locals(k), c.Get(k), c.GetString(k), c.MustGet(k),
// ctx.Value(k), c.Errors). A key is its constant string, a value of a
// named type (errKey{}, ctxKey("mfa")), or a package-level variable; the
// value under a key is flow-insensitive, like a global's. A package
// storing a raw value under a key another package can name (a string, an
// exported type or variable; gin's errors) says so in a package fact, and
// a package whose reads of such a key reach a sink says that: the reads
// of the first in its importers carry the raw value, and the stores of
// raw values in the second's importers are sinks (reported at the store).

// scopedRow is a framework method storing or loading a scoped value.
type scopedRow struct {
	key      int // the key's argument; -1: the framework's error list (errorLists)
	val      int // the stored value's argument; -1 for a load
	loadArgs int // a load's argument count (fiber's Locals stores with 2)
}

// errorList is a framework's list of the errors c.Error attaches: the
// context type holding it in its Errors field, the type of its elements,
// whose Err field is the error attached, and the key standing for it.
type errorList struct {
	ctxPkg, ctx, errPkg, errType, key string
}

// errorLists are the frameworks' error lists, by the package of the
// context type.
var errorLists = map[string]errorList{
	ginPkg:   {ginPkg, "Context", ginPkg, "Error", "gin errors"},
	hertzApp: {hertzApp, "RequestContext", hertzErrs, "Error", "hertz errors"},
}

// hertzErrs is hertz's errors package (its ErrorChain is c.Errors).
const hertzErrs = "github.com/cloudwego/hertz/pkg/common/errors"

// scopedRows are the stores and loads, by funcKey.
var scopedRows = map[string][]scopedRow{
	fiberPkg + ".Ctx.Locals":                    {{key: 0, val: 1}, {key: 0, val: -1, loadArgs: 1}},
	fiber3Pkg + ".Ctx.Locals":                   {{key: 0, val: 1}, {key: 0, val: -1, loadArgs: 1}},
	ginPkg + ".Context.Set":                     {{key: 0, val: 1}},
	ginPkg + ".Context.Get":                     {{key: 0, val: -1, loadArgs: 1}},
	ginPkg + ".Context.MustGet":                 {{key: 0, val: -1, loadArgs: 1}},
	ginPkg + ".Context.GetString":               {{key: 0, val: -1, loadArgs: 1}},
	ginPkg + ".Context.Value":                   {{key: 0, val: -1, loadArgs: 1}},
	ginPkg + ".Context.Error":                   {{key: -1, val: 0}},
	ginPkg + ".Context.AbortWithError":          {{key: -1, val: 1}},
	echoPkg + ".Context.Set":                    {{key: 0, val: 1}},
	echoPkg + ".Context.Get":                    {{key: 0, val: -1, loadArgs: 1}},
	"context.WithValue":                         {{key: 1, val: 2}},
	"context.Context.Value":                     {{key: 0, val: -1, loadArgs: 1}},
	ginPkg + ".errorMsgs.Last":                  {{key: -2, val: -1}}, // carry the receiver
	ginPkg + ".errorMsgs.ByType":                {{key: -2, val: -1}},
	ginPkg + ".errorMsgs.Errors":                {{key: -2, val: -1}},
	ginPkg + ".errorMsgs.String":                {{key: -2, val: -1}},
	ginPkg + ".errorMsgs.JSON":                  {{key: -2, val: -1}},
	hertzApp + ".RequestContext.Error":          {{key: -1, val: 0}},
	hertzApp + ".RequestContext.AbortWithError": {{key: -1, val: 1}},
	hertzErrs + ".ErrorChain.Last":              {{key: -2, val: -1}},
	hertzErrs + ".ErrorChain.ByType":            {{key: -2, val: -1}},
	hertzErrs + ".ErrorChain.Errors":            {{key: -2, val: -1}},
	hertzErrs + ".ErrorChain.String":            {{key: -2, val: -1}},
	hertzErrs + ".ErrorChain.JSON":              {{key: -2, val: -1}},
	hertzErrs + ".Error.JSON":                   {{key: -2, val: -1}},
}

// scopedBits are the pseudo-parameter bits of the values read under the
// package's keys, so that a read reaching a sink is seen in the summary:
// bits scopedFirst up to ctorMsgBit-1, one per key (keys past those share
// the last).
const scopedFirst = 40

const scopedMask = uint64(1<<(ctorMsgBit)-1) &^ (1<<scopedFirst - 1)

// scopedState is the package's keys.
type scopedState struct {
	vars    map[string]*types.Var // key -> a variable standing for it (st.globals holds its value)
	order   []string              // keys in the order met (bits)
	foreign map[string]taint      // raw values the package facts say are stored under a key
	fsinks  map[string]scopedSink // keys the package facts say are read into a sink
}

// scopedFact lists what the package stores under keys other packages can
// name, and the keys whose values it writes to a sink.
type scopedFact struct {
	Raw   []scopedRaw
	Sinks []scopedSink
}

type scopedRaw struct {
	Key  string
	Kind kind
	From string
}

type scopedSink struct {
	Key, What, Via string
}

func (*scopedFact) AFact() {}
func (f *scopedFact) String() string {
	var parts []string
	for _, r := range f.Raw {
		parts = append(parts, fmt.Sprintf("scoped %s raw %s from %s", r.Key, r.Kind, r.From))
	}
	for _, s := range f.Sinks {
		parts = append(parts, fmt.Sprintf("scoped %s reaches %s via %s", s.Key, s.What, s.Via))
	}
	return "rawexposure(" + strings.Join(parts, "; ") + ")"
}

// scopedFacts returns the scoped facts of the package's dependencies.
func scopedFacts(pass *analysis.Pass) []*scopedFact {
	var out []*scopedFact
	for _, f := range pass.AllPackageFacts() {
		if sf, ok := f.Fact.(*scopedFact); ok {
			out = append(out, sf)
		}
	}
	return out
}

// scopedRelevant reports whether a package with no other SurePassID
// signal needs the full analysis for its scoped values: a dependency stores
// a raw value under a key, or the package, importing net/http or a web
// framework, reads values under keys (its reads reaching a sink make a
// fact). Not a framework of the tables or the standard library: the rows
// model their keys.
func scopedRelevant(pass *analysis.Pass, facts []*scopedFact) bool {
	for _, f := range facts {
		if len(f.Raw) > 0 {
			return true
		}
	}
	if m := pass.Module; m != nil && m.Version != "" {
		return false // a dependency's own reads: its facts stay the sinks-only ones
	}
	if sinkPkgPaths()[pass.Pkg.Path()] || typex.InGoroot(pass) {
		return false // a framework's or the standard library's reads: the rows model them
	}
	web := false
	for _, imp := range pass.Pkg.Imports() {
		web = web || sinkPkgPaths()[imp.Path()]
	}
	if !web {
		return false
	}
	for _, obj := range pass.TypesInfo.Uses {
		if fn, ok := obj.(*types.Func); ok && fn.Pkg() != nil && fn.Pkg() != pass.Pkg {
			for _, r := range scopedRows[funcKey(fn)] {
				if r.val < 0 && r.key != -2 {
					return true
				}
			}
		}
	}
	return false
}

// seedScoped records the dependencies' facts.
func (st *state) seedScoped(facts []*scopedFact) {
	st.scoped = scopedState{vars: map[string]*types.Var{}, foreign: map[string]taint{}, fsinks: map[string]scopedSink{}}
	for _, f := range facts {
		for _, r := range f.Raw {
			st.scoped.foreign[r.Key] = join(st.scoped.foreign[r.Key], taint{kind: r.Kind, from: r.From, named: true})
		}
		for _, s := range f.Sinks {
			st.scoped.fsinks[s.Key] = s
		}
	}
}

// scopedVar is the variable standing for key.
func (st *state) scopedVar(key string) *types.Var {
	if v, ok := st.scoped.vars[key]; ok {
		return v
	}
	v := types.NewVar(token.NoPos, st.pass.Pkg, key, types.Typ[types.String])
	if st.scoped.vars == nil {
		// A state that never seeded its scoped values (sinkonly.go's)
		// still meets reads of them in the functions it summarizes.
		st.scoped.vars = map[string]*types.Var{}
	}
	st.scoped.vars[key] = v
	st.scoped.order = append(st.scoped.order, key)
	return v
}

// scopedBit is the pseudo-parameter bit of the values read under key.
func (st *state) scopedBit(key string) uint64 {
	st.scopedVar(key)
	i := slices.Index(st.scoped.order, key)
	return 1 << min(scopedFirst+i, ctorMsgBit-1)
}

// scopedKey names the key expression e: "mfaError" for a constant
// string, a type's name for a value of a named type built in place
// (errKey{}, ctxKey("mfa")), a package-level variable's name; "" for
// anything else.
func (fs *fstate) scopedKey(e ast.Expr) string {
	info := fs.pass.TypesInfo
	e = ast.Unparen(e)
	tv, ok := info.Types[e]
	if !ok {
		return ""
	}
	n, named := types.Unalias(tv.Type).(*types.Named)
	if tv.Value != nil && tv.Value.Kind() == constant.String {
		if named && n.Obj().Pkg() != nil {
			return n.Obj().Pkg().Path() + "." + n.Obj().Name() + "(" + tv.Value.ExactString() + ")"
		}
		return tv.Value.ExactString()
	}
	switch x := e.(type) {
	case *ast.CompositeLit:
		if named && n.Obj().Pkg() != nil {
			return n.Obj().Pkg().Path() + "." + n.Obj().Name() + "{}"
		}
	case *ast.Ident, *ast.SelectorExpr:
		if v := fs.varOf(x); v != nil && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
			return v.Pkg().Path() + "." + v.Name()
		}
	}
	return ""
}

// exportableKey reports whether another package can name key: a string,
// a framework's error list, or an exported type or variable.
func exportableKey(key string) bool {
	if strings.HasPrefix(key, `"`) {
		return true
	}
	for _, l := range errorLists {
		if key == l.key {
			return true
		}
	}
	name := key
	if i := strings.IndexAny(name, "({"); i >= 0 {
		name = name[:i]
	}
	name = name[strings.LastIndex(name, ".")+1:]
	return token.IsExported(name)
}

// scopedCall returns the row of call (fn its callee) and its key.
func (fs *fstate) scopedCall(call *ast.CallExpr, fn *types.Func) (scopedRow, string, bool) {
	for _, r := range scopedRows[funcKey(fn)] {
		switch {
		case r.key == -2:
			return r, "", true
		case r.val < 0 && len(call.Args) != r.loadArgs:
			continue
		case r.val >= len(call.Args):
			continue
		}
		key := errorLists[fn.Pkg().Path()].key
		if r.key >= 0 {
			if r.key >= len(call.Args) {
				continue
			}
			key = fs.scopedKey(call.Args[r.key])
		}
		return r, key, key != ""
	}
	return scopedRow{}, "", false
}

// scopedStore records a store under a key; it reports whether call is one.
func (fs *fstate) scopedStore(call *ast.CallExpr, fn *types.Func) bool {
	r, key, ok := fs.scopedCall(call, fn)
	if !ok || r.val < 0 {
		return false
	}
	t := fs.eval(call.Args[r.val])
	t.params = 0
	if t.kind == kNone {
		return true
	}
	v := fs.scopedVar(key)
	old := fs.globals[v]
	if nt := join(old, t); nt.kind != old.kind {
		fs.globals[v] = nt
		fs.state.changed = true
		fs.changed = true
		fs.touch(v)
	}
	return true
}

// scopedLoad is what call, a read under a key, returns.
func (fs *fstate) scopedLoad(call *ast.CallExpr, fn *types.Func) ([]taint, bool) {
	r, key, ok := fs.scopedCall(call, fn)
	if !ok || r.val >= 0 {
		return nil, false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return nil, false
	}
	var t taint
	if r.key == -2 {
		t = fs.receiverTaint(call)
	} else {
		t = fs.scopedValue(key, call.Pos())
	}
	out := make([]taint, sig.Results().Len())
	if len(out) > 0 {
		out[0] = fit(t, sig.Results().At(0).Type())
	}
	return out, true
}

// scopedValue is what is read under key at pos.
func (fs *fstate) scopedValue(key string, pos token.Pos) taint {
	v := fs.scopedVar(key)
	fs.reads(v)
	t := join(fs.globals[v], fs.scoped.foreign[key])
	if t.kind != kNone {
		t.pos = pos
	}
	t.params |= fs.scopedBit(key)
	return t
}

// scopedField is what a read of a framework's c.Errors (gin's, hertz's),
// or of the Err of one of its errors, carries.
func (fs *fstate) scopedField(e *ast.SelectorExpr, v *types.Var) (taint, bool) {
	if v.Pkg() == nil || v.Name() != "Errors" && v.Name() != "Err" {
		return taint{}, false
	}
	var owner types.Type // fieldOwner walks the package's types: only for a field of a listed package
	for _, l := range errorLists {
		if path := v.Pkg().Path(); path != l.ctxPkg && path != l.errPkg {
			continue
		}
		if owner == nil {
			owner = fieldOwner(v)
		}
		switch {
		case v.Name() == "Errors" && isNamedAs(owner, l.ctxPkg, l.ctx):
			return fs.scopedValue(l.key, e.Pos()), true
		case v.Name() == "Err" && isNamedAs(owner, l.errPkg, l.errType):
			return fs.eval(e.X), true
		}
	}
	return taint{}, false
}

func isNamedAs(t types.Type, path, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == path && n.Obj().Name() == name
}

// checkScopedStore reports a raw value stored under a key whose reads
// another package writes to a sink (its fact).
func (fs *fstate) checkScopedStore(call *ast.CallExpr, fn *types.Func) {
	r, key, ok := fs.scopedCall(call, fn)
	if !ok || r.val < 0 {
		return
	}
	s, ok := fs.scoped.fsinks[key]
	if !ok {
		return
	}
	t := fs.sinkArg(call.Args[r.val])
	if t.kind == kNone {
		return
	}
	sig := fn.Type().(*types.Signature)
	fs.reportHits(call, []found{{arg: call.Args[r.val], slot: paramType(sig, r.val), t: t}}, s.What, " when read back under "+keyName(key)+" (by "+s.Via+")")
}

// keyName is how messages name a key.
func keyName(key string) string {
	if i := strings.LastIndex(key, "/"); i >= 0 && !strings.HasPrefix(key, `"`) {
		return key[i+1:]
	}
	return key
}

// exportScoped exports the package's raw stores and sinking reads under
// keys other packages can name (not from a main package).
func (st *state) exportScoped() {
	if st.pass.Pkg.Name() == "main" {
		return // no package imports it
	}
	f := &scopedFact{}
	for _, key := range st.scoped.order {
		if !exportableKey(key) {
			continue
		}
		if t := st.globals[st.scoped.vars[key]]; t.kind != kNone {
			f.Raw = append(f.Raw, scopedRaw{Key: key, Kind: t.kind, From: t.from})
		}
		bit := scopedFirst + slices.Index(st.scoped.order, key)
		if bit >= ctorMsgBit-1 {
			continue
		}
		var best *scopedSink
		for _, sum := range st.funcs {
			if s, ok := sum.sinks[bit]; ok && (best == nil || s.Via < best.Via) {
				best = &scopedSink{Key: key, What: s.What, Via: s.Via}
			}
		}
		if best != nil {
			f.Sinks = append(f.Sinks, *best)
		}
	}
	if len(f.Raw) > 0 || len(f.Sinks) > 0 {
		st.pass.ExportPackageFact(f)
	}
}
