package rawexposure

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Sentinel guards. Under `if err == ErrX` an error variable is the
// package-level sentinel ErrX, so its text is ErrX's, whatever else the
// function that returned err may return (a raw code in another error).
// Under `if errors.Is(err, ErrX)` err is ErrX or wraps it: its text is
// ErrX's unless ErrX is wrapped into an error with more text, so the guard
// holds only for a sentinel wrapped nowhere the check can see: not in this
// package, nor in its own (wrappedFact). An argument of a sink under such
// a guard is judged with that variable carrying nothing.

// wrappedFact marks an exported package-level error variable that its
// package wraps into an error with other text (fmt.Errorf("%w: %s", ErrX,
// msg), errors.Join(ErrX, err), &Error{Err: ErrX, Msg: msg}): errors.Is on
// it proves nothing about the text.
type wrappedFact struct{}

func (*wrappedFact) AFact()         {}
func (*wrappedFact) String() string { return "rawexposure(wrapped sentinel)" }

// wrappedElsewhereFact lists the exported sentinels of other packages that
// the package wraps with other text (fmt.Errorf("%w: %s",
// spcore.ErrUpstream, msg)): a package can put facts only on its own
// objects, so the packages depending on it read this one.
type wrappedElsewhereFact struct {
	Vars []string // import/path.Name
}

func (*wrappedElsewhereFact) AFact() {}
func (f *wrappedElsewhereFact) String() string {
	return "rawexposure(wraps sentinels " + strings.Join(f.Vars, ", ") + ")"
}

// sentinelVar returns the package-level error variable e names, or nil.
func (fs *fstate) sentinelVar(e ast.Expr) *types.Var { return sentinelOf(fs.pass.TypesInfo, e) }

// sentinelOf returns the package-level error variable e names (ErrX,
// pkg.ErrX), or nil.
func sentinelOf(info *types.Info, e ast.Expr) *types.Var {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return nil
	}
	v, _ := info.Uses[id].(*types.Var)
	if v == nil || v.Pkg() == nil || v.IsField() || v.Parent() != v.Pkg().Scope() || !types.Implements(v.Type(), errorIface) {
		return nil
	}
	return v
}

// errorsPkgs are the packages whose Is and As follow Unwrap chains like
// the standard library's.
var errorsPkgs = map[string]bool{"errors": true, "github.com/pkg/errors": true, "golang.org/x/xerrors": true, "github.com/cockroachdb/errors": true}

// errorsFunc reports whether fn is name (Is, As) of an errorsPkgs package.
func errorsFunc(fn *types.Func, name string) bool {
	return fn != nil && fn.Name() == name && errorsPkgs[pkgPath(fn)] && !isMethod(fn)
}

var errorIface = typex.ErrorType.Underlying().(*types.Interface)

// wrappedSentinels returns the package-level error variables this package
// may wrap into an error with other, non-constant text (wrap.go): an
// operand of a call (other than errors.Is and errors.As) or an element of
// a composite literal beside a non-constant operand, where an operand
// names the sentinels it may hold (a table read, a local assigned one, a
// call of the package's function returning one); those an Is or Unwrap
// method names; those of a type with an Is method; and an alias of one.
// Computed once.
func (st *state) wrappedSentinels() map[*types.Var]bool {
	if st.wrapped == nil {
		st.wrapped = newWrapScan(st).run(st.wrappedByFacts)
	}
	return st.wrapped
}

// exportWrapped exports wrappedFact for the package's exported sentinels
// it wraps, and wrappedElsewhereFact for other packages' ones.
func (st *state) exportWrapped() {
	var elsewhere []string
	for v := range st.wrappedSentinels() {
		switch {
		case !v.Exported():
		case v.Pkg() == st.pass.Pkg:
			st.pass.ExportObjectFact(v, &wrappedFact{})
		default:
			elsewhere = append(elsewhere, v.Pkg().Path()+"."+v.Name())
		}
	}
	if len(elsewhere) > 0 {
		sort.Strings(elsewhere)
		st.pass.ExportPackageFact(&wrappedElsewhereFact{Vars: elsewhere})
	}
}

// wrappedAnywhere reports whether sentinel v may be wrapped with other text.
func (st *state) wrappedAnywhere(v *types.Var) bool {
	if st.wrappedSentinels()[v] {
		return true
	}
	return v.Pkg() != st.pass.Pkg && st.wrappedByFacts(v)
}

// wrappedByFacts reports whether another package's sentinel v may be
// wrapped with other text, by the facts of the packages this one depends
// on, or by its type (one with an Is method matches errors other than v).
func (st *state) wrappedByFacts(v *types.Var) bool {
	if hasIsMethod(v.Type()) {
		return true
	}
	var f wrappedFact
	if st.pass.ImportObjectFact(v, &f) {
		return true
	}
	name := v.Pkg().Path() + "." + v.Name()
	for _, pf := range st.pass.AllPackageFacts() {
		if w, ok := pf.Fact.(*wrappedElsewhereFact); ok && slices.Contains(w.Vars, name) {
			return true
		}
	}
	return false
}

// sentinelWhen returns the local error variables that cond evaluating to
// out proves to be nil or a sentinel with fixed text: err == ErrX (identity),
// errors.Is(err, ErrX) for an ErrX wrapped nowhere (wrappedAnywhere),
// err == nil, and !, && and || of those (errors.Is(err, A) || errors.Is(err,
// B) when true; !errors.Is(err, A) when false; err != nil &&
// !errors.Is(err, A) when false). A tagged switch's case value (tag non-nil)
// is tag == cond. nil when it proves nothing.
func (fs *fstate) sentinelWhen(cond, tag ast.Expr, out bool) map[*types.Var]bool {
	info := fs.pass.TypesInfo
	local := func(e ast.Expr) *types.Var {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return nil
		}
		v, _ := info.Uses[id].(*types.Var)
		if v == nil || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() || !types.Identical(v.Type(), typex.ErrorType) {
			return nil
		}
		return v
	}
	// fixed: e is a sentinel or nil, compared by identity.
	fixed := func(e ast.Expr) bool {
		tv, ok := info.Types[e]
		return ok && tv.IsNil() || fs.sentinelVar(e) != nil
	}
	equal := func(x, y ast.Expr) map[*types.Var]bool {
		if v := local(x); v != nil && fixed(y) {
			return map[*types.Var]bool{v: true}
		}
		if v := local(y); v != nil && fixed(x) {
			return map[*types.Var]bool{v: true}
		}
		return nil
	}
	if tag != nil {
		if out {
			return equal(tag, cond)
		}
		return nil
	}
	switch c := ast.Unparen(cond).(type) {
	case *ast.Ident:
		if v, ok := info.Uses[c].(*types.Var); ok {
			if e := fs.boundCondition(v, c); e != nil {
				return fs.sentinelWhen(e, nil, out)
			}
		}
	case *ast.UnaryExpr:
		if c.Op == token.NOT {
			return fs.sentinelWhen(c.X, nil, !out)
		}
	case *ast.BinaryExpr:
		switch c.Op {
		case token.LAND, token.LOR:
			x, y := fs.sentinelWhen(c.X, nil, out), fs.sentinelWhen(c.Y, nil, out)
			if (c.Op == token.LAND) == out {
				return unionVars(x, y) // both sides hold
			}
			return commonVars(x, y) // one side holds
		case token.EQL, token.NEQ:
			if (c.Op == token.EQL) == out {
				return equal(c.X, c.Y)
			}
		}
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, c).(*types.Func)
		if !out || !errorsFunc(fn, "Is") || len(c.Args) != 2 {
			return nil
		}
		if v, s := local(c.Args[0]), fs.sentinelVar(c.Args[1]); v != nil && s != nil && !fs.wrappedAnywhere(s) {
			return map[*types.Var]bool{v: true}
		}
	}
	return nil
}

func unionVars(x, y map[*types.Var]bool) map[*types.Var]bool {
	if len(x) == 0 {
		return y
	}
	out := maps.Clone(x)
	maps.Copy(out, y)
	return out
}

func commonVars(x, y map[*types.Var]bool) map[*types.Var]bool {
	var out map[*types.Var]bool
	for v := range x {
		if y[v] {
			if out == nil {
				out = map[*types.Var]bool{}
			}
			out[v] = true
		}
	}
	return out
}

// sentinelStore is what node n (an assignment, a return) stores from rhs
// (t, as evaluated) when it sits where sentinel guards hold: rhs judged
// with the error variables they hold carrying nothing (msg = err.Error()
// in case errors.Is(err, ErrExpired):, written after the switch). t when
// no guard holds one.
func (fs *fstate) sentinelStore(n ast.Node, rhs ast.Expr, t taint) taint {
	if (t.kind == kNone && t.params == 0) || fs.u.file == nil {
		return t
	}
	path, _ := astutil.PathEnclosingInterval(fs.u.file, n.Pos(), n.End())
	held := fs.sentinelHeld(path, n)
	if len(held) == 0 {
		return t
	}
	saved := fs.cleared
	fs.cleared = held
	defer func() { fs.cleared = saved }()
	return fs.eval(rhs)
}

// sentinelHeld returns the error variables that sentinel guards hold at
// n (path: from n up): those a condition proves on every path from the
// function's entry to n, on the edge the path takes (a then-branch, an
// else, a case of a switch, past an early exit), none assigned since.
func (fs *fstate) sentinelHeld(path []ast.Node, n ast.Node) map[*types.Var]bool {
	body := enclosingBody(path)
	if body == nil || !fs.testsSentinels(body) {
		return nil
	}
	// A guard is about the variables it holds and ends where one is
	// assigned: what else the condition read does not matter.
	prove := func(cond, tag ast.Expr, out bool, _ map[types.Object]bool) *guard {
		vs := fs.sentinelWhen(cond, tag, out)
		if len(vs) == 0 {
			return nil
		}
		about := map[types.Object]bool{}
		for v := range vs {
			about[v] = true
		}
		return &guard{reads: about, about: about}
	}
	var held map[*types.Var]bool
	for _, g := range fs.guardsAt(path, n, prove, nil, nil) {
		for obj := range g.about {
			if held == nil {
				held = map[*types.Var]bool{}
			}
			held[obj.(*types.Var)] = true
		}
	}
	return held
}

// testsSentinels reports whether body compares a value with a sentinel
// (==, !=, a case value, errors.Is): the only bodies sentinel guards are
// looked for in. Cached per body.
func (fs *fstate) testsSentinels(body *ast.BlockStmt) bool {
	if v, ok := fs.sentinelBodies[body]; ok {
		return v
	}
	info := fs.pass.TypesInfo
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			found = found || (n.Op == token.EQL || n.Op == token.NEQ) && (fs.sentinelVar(n.X) != nil || fs.sentinelVar(n.Y) != nil)
		case *ast.CaseClause:
			for _, e := range n.List {
				found = found || fs.sentinelVar(e) != nil
			}
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(info, n).(*types.Func)
			found = found || errorsFunc(fn, "Is")
		}
		return !found
	})
	if fs.sentinelBodies == nil {
		fs.sentinelBodies = map[*ast.BlockStmt]bool{}
	}
	fs.sentinelBodies[body] = found
	return found
}

// sentinelGuarded reports whether every hit, judged with the error
// variables that sentinel guards hold at call carrying nothing, carries
// nothing raw.
func (fs *fstate) sentinelGuarded(path []ast.Node, call ast.Node, hits []found) bool {
	for _, h := range hits {
		if h.arg == nil {
			return false
		}
	}
	held := fs.sentinelHeld(path, call)
	if len(held) == 0 {
		return false
	}
	saved := fs.cleared
	fs.cleared = held
	defer func() { fs.cleared = saved }()
	for _, h := range hits {
		if fs.sinkArg(h.arg).kind != kNone {
			return false
		}
	}
	return true
}
