package rawexposure

import (
	"go/types"
	"slices"
	"strings"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Interface dispatch: a call of a method of one of the module's own
// interfaces (s.render.Error(w, 401, title, msg)) is a sink for an argument
// when a method of that name, on a type of the module implementing the
// interface, passes that parameter to a sink: one of this package's types,
// or one of another package whose method carries a fact. Likewise a result
// of such a call carries a raw value when a result of one of those
// implementations does (err from h.otp.VerifyOTP, an interface the client
// *surepass.Client implements, whose fact says its error carries the
// errorMessage). Interfaces from outside the module (io.Writer, ...) are
// not followed.
//
// An importer cannot see the facts of the methods of an unexported type
// (type outcome struct{...} behind type Outcome interface{ Reason()
// string }: the type is not in the export data), so the package declaring
// an exported interface puts the union of its implementations' summaries
// on the interface's methods themselves (exportDispatch), and a call in an
// importer adds that fact to the implementations it sees.

// dispatchSummary returns the union of the parameter sinks and of the raw
// results of the module's implementations of interface method fn (and of
// the fact on fn, for an interface of another package), or nil.
func (st *state) dispatchSummary(fn *types.Func) *summary {
	return st.implsSummary(fn, false)
}

// implsSummary is dispatchSummary, over only the implementations by the
// package's unexported types if hidden.
func (st *state) implsSummary(fn *types.Func, hidden bool) *summary {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil || carriers[fn.Name()] && sig.Params().Len() == 0 {
		return nil
	}
	ifc, ok := sig.Recv().Type().Underlying().(*types.Interface)
	if !ok || ifc.Empty() || fn.Pkg() == nil || !typex.InModule(st.pass, fn.Pkg()) {
		return nil
	}
	var out *summary
	impls := st.methodsNamed(fn.Name())
	if fn.Pkg() != st.pass.Pkg {
		impls = append([]*types.Func{fn}, impls...) // its package's implementations (exportDispatch)
	}
	for _, m := range impls {
		msig := m.Type().(*types.Signature)
		rt := msig.Recv().Type()
		if m != fn && (types.IsInterface(rt) || !typex.InModule(st.pass, m.Pkg())) {
			continue
		}
		if m != fn && !types.Implements(rt, ifc) && !types.Implements(types.NewPointer(rt), ifc) {
			continue
		}
		if n, _ := types.Unalias(typex.Deref(rt)).(*types.Named); hidden && (m.Pkg() != st.pass.Pkg || n == nil || n.Obj().Exported()) {
			continue // its own fact, if any, is in the importers' view
		}
		s := st.summaryOf(m)
		if s == nil {
			continue
		}
		for i, r := range s.results {
			if r.kind == kNone || i >= sig.Results().Len() {
				continue
			}
			if out == nil {
				out = &summary{sinks: map[int]paramSink{}}
			}
			for len(out.results) <= i {
				out.results = append(out.results, taint{})
			}
			if out.results[i].kind == kNone {
				out.results[i] = taint{kind: r.kind, from: r.from, named: r.named, textSafe: r.textSafe, unsent: r.unsent}
			}
			if i < 64 && s.passes(i) {
				out.loud |= 1 << i
			} else if i < 64 {
				out.quieted |= 1 << i // reported at that implementation (reported.go)
			}
		}
		for k, v := range s.sinks {
			if out == nil {
				out = &summary{sinks: map[int]paramSink{}}
			}
			if _, ok := out.sinks[k]; !ok {
				out.sinks[k] = v
			}
		}
	}
	return out
}

// methodsNamed returns the concrete methods called name: those of this
// package's named types, and those of other packages that carry a fact
// with a parameter sink or a raw result. Built once per package.
func (st *state) methodsNamed(name string) []*types.Func {
	if st.byName == nil {
		st.byName = map[string][]*types.Func{}
		scope := st.pass.Pkg.Scope()
		for _, n := range scope.Names() {
			tn, ok := scope.Lookup(n).(*types.TypeName)
			if !ok || tn.IsAlias() {
				continue
			}
			named, ok := tn.Type().(*types.Named)
			if !ok || types.IsInterface(named) {
				continue
			}
			for i := 0; i < named.NumMethods(); i++ {
				m := named.Method(i)
				st.byName[m.Name()] = append(st.byName[m.Name()], m)
			}
		}
		// AllObjectFacts comes in map order: sort the other packages'
		// methods so that the first raw result met (the one a finding
		// names) is the same from run to run.
		var foreign []*types.Func
		for _, f := range st.pass.AllObjectFacts() {
			ff, ok := f.Fact.(*funcFact)
			if !ok || (len(ff.Sinks) == 0 && !rawResults(ff)) {
				continue
			}
			if m, ok := f.Object.(*types.Func); ok && isMethod(m) && m.Pkg() != st.pass.Pkg {
				foreign = append(foreign, m)
			}
		}
		slices.SortFunc(foreign, func(a, b *types.Func) int { return strings.Compare(a.FullName(), b.FullName()) })
		for _, m := range foreign {
			st.byName[m.Name()] = append(st.byName[m.Name()], m)
		}
	}
	return st.byName[name]
}

// rawResults reports whether a result of f carries a raw value.
func rawResults(f *funcFact) bool {
	for _, r := range f.Results {
		if r.Kind != kNone {
			return true
		}
	}
	return false
}

// isAbstract reports whether fn is an interface's method.
func isAbstract(fn *types.Func) bool {
	sig, _ := fn.Type().(*types.Signature)
	return sig != nil && sig.Recv() != nil && types.IsInterface(sig.Recv().Type())
}

// exportDispatch puts on the methods of the package's exported interfaces
// the union of the summaries of their implementations by unexported types
// of the package (see above).
func (st *state) exportDispatch() {
	scope := st.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || !tn.Exported() || generatedAt(st.pass, tn.Pos()) {
			continue // a generated interface (a gRPC server, gqlgen's resolvers): the framework calls it
		}
		ifc, ok := tn.Type().Underlying().(*types.Interface)
		if !ok {
			continue
		}
		for i := 0; i < ifc.NumExplicitMethods(); i++ {
			m := ifc.ExplicitMethod(i)
			if !m.Exported() {
				continue
			}
			if s := st.implsSummary(m, true); s != nil {
				if f := s.fact(m); f != nil {
					st.pass.ExportObjectFact(m, f)
				}
			}
		}
	}
}
