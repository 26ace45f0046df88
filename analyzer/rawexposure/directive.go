package rawexposure

import "go/types"

// directiveSink returns the sink a //surepasslint:sink directive makes of fn
// (in this package, or in another through spid's fact). The tables and
// -rawexposure.sinks are looked up first, so a flag naming fn takes
// precedence over its directive.
func (st *state) directiveSink(fn *types.Func) (sink, bool) {
	args, variadic, ok := st.spid.Sink(fn)
	if !ok {
		return sink{}, false
	}
	return sink{
		Name:     fn.Name(),
		Args:     args,
		Variadic: variadic,
		Writer:   -1,
		What:     "the user (sink " + shortName(fn) + ", by its //surepasslint:sink directive)",
	}, true
}
