package rawexposure

import (
	"go/ast"
	"go/types"

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

// dispatchSummary returns the union of the parameter sinks and of the raw
// results of the module's implementations of interface method fn, or nil.
func (fs *fstate) dispatchSummary(fn *types.Func, recv ast.Expr) *summary {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil || carriers[fn.Name()] && sig.Params().Len() == 0 {
		return nil
	}
	ifc, ok := sig.Recv().Type().Underlying().(*types.Interface)
	if !ok || ifc.Empty() || fn.Pkg() == nil || !typex.InModule(fs.pass, fn.Pkg()) {
		return nil
	}
	var out *summary
	for _, m := range fs.methodsNamed(fn.Name()) {
		msig := m.Type().(*types.Signature)
		rt := msig.Recv().Type()
		if types.IsInterface(rt) || !typex.InModule(fs.pass, m.Pkg()) {
			continue
		}
		if !types.Implements(rt, ifc) && !types.Implements(types.NewPointer(rt), ifc) {
			continue
		}
		s := fs.summaryOf(m)
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
				out.results[i] = taint{kind: r.kind, from: r.from, named: r.named}
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
		for _, f := range st.pass.AllObjectFacts() {
			ff, ok := f.Fact.(*funcFact)
			if !ok || (len(ff.Sinks) == 0 && !rawResults(ff)) {
				continue
			}
			if m, ok := f.Object.(*types.Func); ok && isMethod(m) && m.Pkg() != st.pass.Pkg {
				st.byName[m.Name()] = append(st.byName[m.Name()], m)
			}
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
