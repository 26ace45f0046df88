package rawexposure

import (
	"go/ast"
	"go/types"
)

// One bug, one report. A framework's handler whose returned error (or,
// for a framework sending the other results, returned response) carries
// a raw value is reported at its return (returns.go). Whoever calls it
// too (a hand-written gqlgen executor dispatching to the resolvers and
// handing the error to graphql.AddError, a dispatcher calling RPC methods,
// a handler returning another handler's error) would otherwise get the
// same value from its summary and report it again. So, once the package's
// summaries are at their fixed point, the returns the report pass would
// report at a handler are found (reportedReturns), and when there are any
// the summaries are computed again, marking the results whose every raw
// return is one of them (summary.quieted, not loud): callers do not get
// the raw value from such a result (callResults, a function value's or
// an interface method's dispatch). The summary keeps the value, and the
// fact says "raw" as before, for what else reads it (an interceptor
// matching an error type the methods return, registered handlers). A plain helper (no
// handler of a framework, or a handler-shaped function the package calls
// itself, which the helper rule makes no handler) is not reported at its
// returns, so its callers still report what it returns.

// reportedReturns returns, per return statement of the package's handlers
// the report pass reports, the bits of the results it reports.
func (st *state) reportedReturns(units []unit) map[*ast.ReturnStmt]uint64 {
	out := map[*ast.ReturnStmt]uint64{}
	for _, u := range units {
		if u.fn == nil || u.generated || !anyRawResult(st.funcs[u.fn]) {
			continue
		}
		sig, _ := u.fn.Type().(*types.Signature)
		if sig == nil {
			continue
		}
		fs := st.newFstate(u, sig, true)
		if !fs.importsShape() {
			return out // a package-wide answer
		}
		if fs.funcShape(u.fn, sig) == nil {
			continue
		}
		st.probing = out
		fs.solve()
		fs.checkReturns()
		st.probing = nil
	}
	return out
}

// anyRawResult reports whether a result of summary s carries a raw value.
func anyRawResult(s *summary) bool {
	if s == nil {
		return false
	}
	for _, r := range s.results {
		if r.kind != kNone {
			return true
		}
	}
	return false
}

// probed records, while reportedReturns probes, that result i of ret
// (a return of the unit's own function) would be reported; it says
// whether it was probing, when nothing is to be reported.
func (fs *fstate) probed(ret *ast.ReturnStmt, ref handlerRef, i int) bool {
	if fs.probing == nil {
		return false
	}
	if ret != nil && ref.lit == nil && ref.fn == fs.u.fn && i < 64 {
		fs.probing[ret] |= 1 << i
	}
	return true
}

// noteQuiet records, for result i of return ret with taint t, whether the
// function's own return reports it (quiet) or not.
func (fs *fstate) noteQuiet(ret *ast.ReturnStmt, i int, t taint) {
	if t.kind == kNone || i >= 64 {
		return
	}
	if fs.quiet[ret]&(1<<i) != 0 {
		fs.sum.quieted |= 1 << i
	} else {
		fs.sum.loud |= 1 << i
	}
}

// passes reports whether the raw value result i of s carries reaches the
// function's callers: not when every return making it raw is reported at
// the function itself.
func (s *summary) passes(i int) bool {
	return i >= 64 || s.quieted&^s.loud&(1<<i) == 0
}
