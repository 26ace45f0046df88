package rawexposure

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
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
//     function with a sink fact): most packages stop at a map lookup per
//     import;
//  2. it must refer to a sink: one pass over the identifiers the type
//     checker resolved (TypesInfo.Uses);
//  3. only the functions that refer to one are analyzed, then their callers
//     in the package once a callee's summary says a parameter reaches a
//     sink, and the package functions those call whose results may carry a
//     parameter;
//  4. only functions with a parameter a message can be passed in
//     (textParam: not a number, a boolean, a function, a channel, a context
//     or the framework's own request, writer or context type), outside test
//     files, are looked at, and facts go only on the exported ones, for such
//     parameters (not the receiver).
//
// A package has full analysis instead when it has a SurePassID signal or
// imports a fact that can carry a raw value (a raw result, a result
// following a parameter, a raw field, a predicate); facts that only say a
// parameter reaches a sink do not make one.

// rawFacts reports whether an imported fact can bring a raw value into the
// package, or a guard about one.
func rawFacts(facts []analysis.ObjectFact) bool {
	for _, f := range facts {
		switch ff := f.Fact.(type) {
		case *funcFact:
			for _, r := range ff.Results {
				if r.Kind != kNone || r.Params != 0 {
					return true
				}
			}
		default:
			return true
		}
	}
	return false
}

// runSinksOnly is run for a package with no SurePassID signal and no raw
// fact.
func runSinksOnly(pass *analysis.Pass, r *spid.Result, facts []analysis.ObjectFact) {
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
	if !importsAny(pass.Pkg, sinkPkgs) {
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
				if fn != nil && textParams(fn, sinkPkgs) {
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
	index := map[*types.Func]int{}
	for i, u := range units {
		index[u.fn] = i
	}
	want := make([]bool, len(units))   // units referring to a sink
	calls := make([][]int, len(units)) // unit → package units it refers to
	found := false
	for id, obj := range pass.TypesInfo.Uses {
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
		if isSink(fn) {
			if i := unitAt(id.Pos()); i >= 0 && !isSink(units[i].fn) {
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

	// 4. Facts on exported functions, for parameters that can carry text.
	for _, u := range todo {
		s := st.funcs[u.fn]
		if s == nil || len(s.sinks) == 0 || !u.fn.Exported() || isSink(u.fn) {
			continue
		}
		sig := u.fn.Type().(*types.Signature)
		f := &funcFact{}
		for _, k := range slices.Sorted(maps.Keys(s.sinks)) {
			if k < sig.Params().Len() && textParam(sig.Params().At(k).Type(), sinkPkgs) {
				f.Sinks = append(f.Sinks, s.sinks[k])
			}
		}
		if len(f.Sinks) > 0 {
			pass.ExportObjectFact(u.fn, f)
		}
	}
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
				if s.Writer == -1 {
					pkgs[s.Pkg] = true
				} else {
					pkgs["net/http"] = true // a writer must be a response
				}
			}
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
		if factSinks[fn] {
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
			return textParams(fn, sinkPkgs)
		}
	}
	return false
}

// textParam reports whether a parameter of type t can carry a message a
// caller passes: not a number, a boolean, a function, a channel, a
// context.Context, nor a type (or pointer to one) of a package sinks are
// declared in: the response writers, requests and framework contexts text
// is written to, not the text written.
func textParam(t types.Type, sinkPkgs map[string]bool) bool {
	if t == nil {
		return false
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
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
