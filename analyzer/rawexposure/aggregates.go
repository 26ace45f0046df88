package rawexposure

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Error aggregates: errors collected from a loop or from goroutines keep
// every error's text, and a raw one reaches the user when the aggregate's
// text is written. errors.Join is a propagator (httpsinks.go), and so are
// hashicorp/go-multierror (Append, ErrorOrNil) and go.uber.org/multierr
// (Append, Combine); errs = append(errs, err) is a builtin's flow. What
// this file adds:
//
//   - a team's own collector, by its shape (collector): a named slice of
//     errors (type Errors []error), or a struct with such a field (a mutex
//     beside errs []error). A method of it with a pointer receiver stores
//     the errors it is given into the receiver (errs.Add(err),
//     c.Collect(err)); a method with no parameters returns what the
//     receiver holds (errs.Err(), c.ErrorOrNil(), c.Errors()), as Error
//     and Unwrap do on any type. Shapes, not facts: the collector is
//     usually in a shared package with no SurePassID signal, which gets no
//     facts about its results.
//   - functions storing into a pointer argument (intoArgs):
//     multierr.AppendInto(&err, e).
//   - channels: errc <- err stores into errc, and <-errc or a range over it
//     reads it (eval), the way goroutines hand their errors back.
//   - goroutine groups (groupGo): g.Go(f) stores what f returns (a
//     function literal's summary, or a function's or method's) into g,
//     and g.Wait() returns what g holds (groupWait): errgroup's first
//     error, go-multierror's Group's aggregate.

// intoArgs are functions storing what argument [1] carries into what
// argument [0] points to.
var intoArgs = map[string][2]int{
	"go.uber.org/multierr.AppendInto": {0, 1},
}

// groupGo are the methods running their function argument (index 0) in a
// goroutine of the receiver's group; groupWait those returning what the
// group's functions returned.
var (
	groupGo = map[string]bool{
		"golang.org/x/sync/errgroup.Group.Go":         true,
		"golang.org/x/sync/errgroup.Group.TryGo":      true,
		"github.com/hashicorp/go-multierror.Group.Go": true,
	}
	groupWait = map[string]bool{
		"golang.org/x/sync/errgroup.Group.Wait":         true,
		"github.com/hashicorp/go-multierror.Group.Wait": true,
	}
)

// goResults is what the function value f returns (joined over its
// results): a literal of the unit, or a function or method named.
func (fs *fstate) goResults(f ast.Expr) taint {
	info := fs.pass.TypesInfo
	var sum *summary
	switch e := ast.Unparen(f).(type) {
	case *ast.FuncLit:
		sum = fs.litSummary(e)
	case *ast.Ident:
		if fn, ok := info.Uses[e].(*types.Func); ok {
			sum = fs.summaryOf(fn)
		}
	case *ast.SelectorExpr:
		if fn, ok := info.Uses[e.Sel].(*types.Func); ok {
			sum = fs.summaryOf(fn)
		}
	}
	t := taint{}
	if sum == nil {
		return t
	}
	for _, r := range sum.results {
		if r.kind != kNone {
			t = join(t, taint{kind: r.kind, from: r.from, named: r.named, pos: f.Pos()})
		}
	}
	return t
}

// collector reports whether t (or what it points to) is an error
// collector: a named slice of an error type, or a named struct with a
// field of that slice type.
func collector(t types.Type) bool {
	n, ok := types.Unalias(typex.Deref(t)).(*types.Named)
	if !ok {
		return false
	}
	switch u := n.Underlying().(type) {
	case *types.Slice:
		return typex.IsError(u.Elem())
	case *types.Struct:
		// Only a collector's fields: a bigger struct holding an error
		// slice (a server, a batch job) has accessors of other things.
		errs := false
		for i := 0; i < u.NumFields(); i++ {
			ft := u.Field(i).Type()
			if s, ok := ft.Underlying().(*types.Slice); ok && typex.IsError(s.Elem()) {
				errs = true
				continue
			}
			if !collectorField(ft) {
				return false
			}
		}
		return errs
	}
	return false
}

// collectorField reports whether a field of type t may sit beside a
// collector's errors: an error, a lock, a count or flag, a formatter.
func collectorField(t types.Type) bool {
	if typex.IsError(t) {
		return true
	}
	if n, ok := types.Unalias(typex.Deref(t)).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "sync" {
		return true // Mutex, RWMutex, Once, WaitGroup
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsInteger|types.IsBoolean) != 0
	case *types.Signature:
		return true
	}
	return false
}

// collectorRecv returns the receiver type of method fn when it is a
// collector's method, nil otherwise.
func collectorRecv(fn *types.Func) *types.Signature {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil || !collector(sig.Recv().Type()) {
		return nil
	}
	return sig
}

// collectorAccessor reports whether fn is a collector's method returning
// what its receiver holds: one with no parameters.
func collectorAccessor(fn *types.Func) bool {
	sig := collectorRecv(fn)
	return sig != nil && sig.Params().Len() == 0 && sig.Results().Len() > 0 || groupWait[funcKey(fn)]
}

// aggregateEffects records what call stores in an aggregate: a
// collector's pointer method given errors, or a function of intoArgs. It
// reports whether call was one.
func (fs *fstate) aggregateEffects(call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(fs.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return false
	}
	key := funcKey(fn)
	if groupGo[key] {
		if recv := recvOf(call); recv != nil && len(call.Args) > 0 {
			if t := fs.goResults(call.Args[0]); !t.clean() {
				fs.store(recv, t, nil)
			}
		}
		return true
	}
	if ia, ok := intoArgs[key]; ok {
		if ia[0] < len(call.Args) && ia[1] < len(call.Args) {
			fs.store(call.Args[ia[0]], fs.eval(call.Args[ia[1]]), nil)
		}
		return true
	}
	sig := collectorRecv(fn)
	if sig == nil {
		return false
	}
	if _, ptr := sig.Recv().Type().(*types.Pointer); !ptr {
		return false
	}
	recv := recvOf(call)
	if recv == nil {
		return false
	}
	t := taint{}
	for i, a := range call.Args {
		p := paramIndex(sig, i)
		if p < 0 {
			continue
		}
		pt := sig.Params().At(p).Type()
		if sig.Variadic() && p == sig.Params().Len()-1 {
			if s, ok := pt.(*types.Slice); ok && call.Ellipsis == 0 {
				pt = s.Elem()
			}
		}
		if typex.IsError(pt) || collector(pt) {
			t = join(t, fs.eval(a))
		} else if s, ok := pt.Underlying().(*types.Slice); ok && typex.IsError(s.Elem()) {
			t = join(t, fs.eval(a))
		}
	}
	if !t.clean() {
		fs.store(recv, t, nil)
	}
	return true
}
