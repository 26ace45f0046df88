package rawexposure

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// In-house adapters: a module's own handler type whose adapter writes the
// text of the error a handler returns,
//
//	type HandlerFunc func(http.ResponseWriter, *http.Request) error
//	func (f HandlerFunc) ServeHTTP(w http.ResponseWriter, r *http.Request) {
//		if err := f(w, r); err != nil { writeJSON(w, 500, map[string]string{"error": err.Error()}) }
//	}
//
// The flow gives the errors a unit gets by calling a func-typed parameter
// or receiver that parameter's bit (calledParamErrors), so the adapter's
// summary says its receiver reaches a sink: sinks[receiverBit] of
// ServeHTTP, exported as its fact like any other parameter sink. The same
// holds for a function adapter (func Wrap(h func(...) error) http.Handler)
// and its parameter, and for a function converting its parameter to an
// adapter type (a router's Handle(path string, h func(...) error)). A
// function converted to such a type, or passed where one is expected,
// is then a handler of the "in-house handler" shape: its returned errors
// reach the client, like a fiber handler's.

// adapterType reports whether t is a named func type returning an error
// (last) one of whose methods writes the error a value of it returns: its
// summary has a sink on the receiver.
func (fs *fstate) adapterType(t types.Type) bool {
	return fs.adapterWhat(t) != ""
}

// adapterWhat is what the adapter type t writes the error to ("the HTTP
// response"), "" when t is no adapter type.
func (fs *fstate) adapterWhat(t types.Type) string {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || !returnsError(n.Underlying()) {
		return ""
	}
	if v, ok := fs.adapterTypes[n]; ok {
		return v
	}
	v := ""
	for i := 0; i < n.NumMethods() && v == ""; i++ {
		if s := fs.summaryOf(n.Method(i)); s != nil {
			v = s.sinks[receiverBit].What
		}
	}
	// Only the report pass caches: summaries grow until then.
	if fs.report {
		if fs.adapterTypes == nil {
			fs.adapterTypes = map[*types.Named]string{}
		}
		fs.adapterTypes[n] = v
	}
	return v
}

// returnsError reports whether t is a signature whose last result is an
// error.
func returnsError(t types.Type) bool {
	sig, ok := t.(*types.Signature)
	if !ok {
		return false
	}
	n := sig.Results().Len()
	return n > 0 && types.Identical(sig.Results().At(n-1).Type(), typex.ErrorType)
}

// noteAdapterConversion records, for a conversion T(x) to an adapter type,
// that the parameters x carries reach a sink (a router method converting
// its handler parameter).
func (fs *fstate) noteAdapterConversion(call *ast.CallExpr) {
	tv, ok := fs.pass.TypesInfo.Types[call.Fun]
	if !ok || !tv.IsType() || len(call.Args) != 1 {
		return
	}
	if what := fs.adapterWhat(tv.Type); what != "" {
		if t := fs.eval(call.Args[0]); t.params != 0 {
			if nw := fs.adapterNarrow(tv.Type); nw != "" {
				t = narrowed(t, nw)
			}
			fs.noteParams(t, what, typeString(tv.Type))
		}
	}
}

// adapterNarrow is what part of the errors the adapter type t writes
// (paramSink.Narrow, narrow.go): "" for all of them.
func (fs *fstate) adapterNarrow(t types.Type) string {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	for i := 0; i < n.NumMethods(); i++ {
		if s := fs.summaryOf(n.Method(i)); s != nil {
			if ps, ok := s.sinks[receiverBit]; ok {
				return ps.Narrow
			}
		}
	}
	return ""
}

func typeString(t types.Type) string {
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		return n.Obj().Pkg().Name() + "." + n.Obj().Name()
	}
	return t.String()
}

// adapted returns the functions and literals the package hands to an
// adapter: converted to an adapter type, passed as an argument whose
// parameter is of an adapter type, or whose parameter's returned errors
// reach a sink (the callee's summary). Scanned once, in the report pass.
func (fs *fstate) adapted() map[any]bool {
	if fs.adaptedFns != nil {
		return fs.adaptedFns
	}
	fs.adaptedFns = map[any]bool{}
	fs.adaptedNarrow = map[any]string{}
	wide := map[any]bool{}
	info := fs.pass.TypesInfo
	fs.eachAdapted(func(arg ast.Expr, narrow string) {
		var key any
		switch a := ast.Unparen(arg).(type) {
		case *ast.FuncLit:
			if returnsError(info.TypeOf(a)) {
				key = a
			}
		case *ast.Ident, *ast.SelectorExpr:
			if fn := funcNamed(info, a); fn != nil && fn.Pkg() == fs.pass.Pkg && returnsError(fn.Type()) {
				key = fn.Origin()
			}
		}
		if key == nil {
			return
		}
		fs.adaptedFns[key] = true
		if narrow == "" {
			wide[key] = true
		} else {
			fs.adaptedNarrow[key] = unionParts(fs.adaptedNarrow[key], narrow)
		}
	})
	for key := range wide {
		delete(fs.adaptedNarrow, key)
	}
	return fs.adaptedFns
}

// funcNamed is the function or method e (an identifier or selector) names,
// nil for anything else.
func funcNamed(info *types.Info, e ast.Expr) *types.Func {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		fn, _ := info.Uses[e].(*types.Func)
		return fn
	case *ast.SelectorExpr:
		fn, _ := info.Uses[e.Sel].(*types.Func)
		return fn
	}
	return nil
}

// eachAdapted calls note with each argument the package hands to an
// adapter (adapted).
func (fs *fstate) eachAdapted(note func(arg ast.Expr, narrow string)) {
	info := fs.pass.TypesInfo
	for _, file := range fs.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
				if len(call.Args) == 1 && fs.adapterType(tv.Type) {
					note(call.Args[0], fs.adapterNarrow(tv.Type))
				}
				return true
			}
			fn, _ := typeutil.Callee(info, call).(*types.Func)
			if fn == nil {
				return true
			}
			sig, _ := fn.Type().(*types.Signature)
			if sig == nil {
				return true
			}
			var sum *summary
			for i, a := range call.Args {
				p := paramIndex(sig, i)
				if p < 0 {
					continue
				}
				pt := sig.Params().At(p).Type()
				if sig.Variadic() && p == sig.Params().Len()-1 {
					if s, ok := pt.(*types.Slice); ok {
						pt = s.Elem()
					}
				}
				if !returnsError(pt.Underlying()) {
					continue
				}
				if fs.adapterType(pt) {
					note(a, fs.adapterNarrow(pt))
					continue
				}
				if sum == nil {
					sum = fs.summaryOf(fn)
				}
				if sum != nil {
					if ps, ok := sum.sinks[p]; ok {
						note(a, ps.Narrow)
					}
				}
			}
			return true
		})
	}
}

// declaresAdapterCandidate reports whether pkg imports net/http or a
// package of the sink tables directly and declares, at package level, a
// func type returning an error with methods, or a function with a parameter
// of such a func type: the only packages without SurePassID evidence whose
// adapters the check summarizes. An import list and scope scan, no AST.
func declaresAdapterCandidate(pkg *types.Package) bool {
	writes := false
	paths := sinkPkgPaths()
	if paths[pkg.Path()] {
		return false // a framework: its rows describe it
	}
	for _, imp := range pkg.Imports() {
		if paths[imp.Path()] {
			writes = true
			break
		}
	}
	if !writes {
		return false
	}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.TypeName:
			if n, ok := obj.Type().(*types.Named); ok && n.NumMethods() > 0 && returnsError(n.Underlying()) {
				return true
			}
		case *types.Func:
			sig := obj.Type().(*types.Signature)
			for i := 0; i < sig.Params().Len(); i++ {
				if returnsError(sig.Params().At(i).Type().Underlying()) {
					return true
				}
			}
		}
	}
	return false
}

var (
	sinkPathsOnce sync.Once
	sinkPaths     map[string]bool
)

// sinkPkgPaths are net/http and the frameworks of the sink tables (not
// fmt, io and the other writers: every package imports them).
func sinkPkgPaths() map[string]bool {
	sinkPathsOnce.Do(func() {
		sinkPaths = map[string]bool{"net/http": true}
		for _, table := range [][]sink{frameworkSinks, rpcSinks, webSinks, apiSinks, botSinks} {
			for _, s := range table {
				if first, _, _ := strings.Cut(s.Pkg, "/"); strings.Contains(first, ".") {
					sinkPaths[s.Pkg] = true
				}
			}
		}
	})
	return sinkPaths
}

// exportAdapterFacts exports, for a package analyzed only for its adapters
// (no SurePassID evidence), the facts of its adapters alone: the sinks of
// the receivers of methods of error-returning func types and of the
// error-returning func-typed parameters of exported functions and methods.
// Nothing is reported in such a package.
func (st *state) exportAdapterFacts() {
	for fn, s := range st.funcs {
		if !fn.Exported() || s == nil || len(s.sinks) == 0 {
			continue
		}
		sig := fn.Type().(*types.Signature)
		f := &funcFact{}
		for i := 0; i < sig.Params().Len() && i < receiverBit; i++ {
			if ps, ok := s.sinks[i]; ok && returnsError(sig.Params().At(i).Type().Underlying()) {
				f.Sinks = append(f.Sinks, ps)
			}
		}
		if ps, ok := s.sinks[receiverBit]; ok && sig.Recv() != nil {
			if n := recvNamed(sig.Recv().Type()); n != nil && returnsError(n.Underlying()) {
				f.Sinks = append(f.Sinks, ps)
			}
		}
		if len(f.Sinks) == 0 {
			continue
		}
		// Keep the sink-only fact's sinks (sinkonly.go ran first).
		var prev funcFact
		if st.pass.ImportObjectFact(fn, &prev) {
			for _, ps := range prev.Sinks {
				if !slices.ContainsFunc(f.Sinks, func(q paramSink) bool { return q.Param == ps.Param }) {
					f.Sinks = append(f.Sinks, ps)
				}
			}
			slices.SortFunc(f.Sinks, func(a, b paramSink) int { return a.Param - b.Param })
		}
		for range sig.Results().Len() {
			f.Results = append(f.Results, rawResult{})
		}
		st.pass.ExportObjectFact(fn, f)
	}
}

// adapterUnits returns the units an adapter-only package analyzes: its
// functions with an error-returning func-typed parameter, the methods of
// its error-returning func types (the only functions exportAdapterFacts
// puts a fact on), and the package functions those call, transitively.
func (st *state) adapterUnits(units []unit) []unit {
	index := unitIndex(units)
	keep := make([]bool, len(units))
	var visit func(i int)
	visit = func(i int) {
		keep[i] = true
		st.eachCallee(units[i].node, index, func(j int) {
			if !keep[j] {
				visit(j)
			}
		})
	}
	for i, u := range units {
		if u.fn != nil && !keep[i] && adapterSeed(u.fn) {
			visit(i)
		}
	}
	var out []unit
	for i, u := range units {
		if keep[i] {
			out = append(out, u)
		}
	}
	return out
}

// adapterSeed reports whether fn is a method of an error-returning func
// type or takes an error-returning func.
func adapterSeed(fn *types.Func) bool {
	sig := fn.Type().(*types.Signature)
	if sig.Recv() != nil {
		if n := recvNamed(sig.Recv().Type()); n != nil && returnsError(n.Underlying()) {
			return true
		}
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if returnsError(sig.Params().At(i).Type().Underlying()) {
			return true
		}
	}
	return false
}
