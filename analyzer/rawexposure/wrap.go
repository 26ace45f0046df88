package rawexposure

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// Which sentinels a package may wrap into an error with other text, so
// that errors.Is on them proves nothing about the text (sentinelguard.go).
// A sentinel is wrapped where it is an operand of a call or an element of
// a composite literal beside a non-constant operand (fmt.Errorf("%w: %s",
// ErrX, msg), errors.Join(ErrX, err), errors.WithMessage(ErrX, msg),
// &Error{Err: ErrX, Msg: msg}). An operand stands for every sentinel it
// may hold: a table read (codeErrs[code] of var codeErrs =
// map[int]error{9003: ErrRejected}), a variable assigned one (base :=
// ErrRejected), a call of the package's function returning one
// (fmt.Errorf("%w: %s", errFor(code), msg)). An Is or Unwrap method naming
// a sentinel makes its receiver match it (func (e *APIError) Is(t error)
// bool { return t == ErrRejected && e.Code == 9003 }); a sentinel whose
// value has an Is method (var ErrRejected = &APIError{Code: 9003}) is
// matched by whatever that method accepts; an alias (var ErrDenied =
// spclient.ErrRejected) is wrapped where the sentinel it names is.

type wrapScan struct {
	st      *state
	pass    *analysis.Pass
	defs    map[*types.Var][]ast.Expr  // what each variable that is not a sentinel is assigned
	rets    map[*types.Func][]ast.Expr // what each function of the package returns
	stored  map[*types.Var]bool        // variables an element of is assigned (tbl[k] = v), and parameters
	out     map[*types.Var]bool
	known   map[types.Object]map[*types.Var]bool // sentinelsIn's memo
	fixedOf map[types.Object]bool                // fixedText's memo
}

func newWrapScan(st *state) *wrapScan {
	return &wrapScan{st: st, pass: st.pass, out: map[*types.Var]bool{}, known: map[types.Object]map[*types.Var]bool{}}
}

// run scans the package; foreign reports whether another package's
// sentinel is wrapped (for aliases).
func (w *wrapScan) run(foreign func(*types.Var) bool) map[*types.Var]bool {
	info := w.pass.TypesInfo
	for _, file := range w.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if n.Recv != nil && n.Body != nil && (n.Name.Name == "Is" || n.Name.Name == "Unwrap") {
					maps.Copy(w.out, w.sentinelsIn(n.Body))
					ast.Inspect(n.Body, func(n ast.Node) bool {
						if id, ok := n.(*ast.Ident); ok {
							if v, ok := info.Uses[id].(*types.Var); ok && isSentinel(v) {
								w.out[v] = true // compared in Is
							}
						}
						return true
					})
				}
			case *ast.CallExpr:
				if fn, _ := typeutil.Callee(info, n).(*types.Func); errorsFunc(fn, "Is") || errorsFunc(fn, "As") {
					return true
				}
				if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
					return true
				}
				w.mark(n.Args)
			case *ast.CompositeLit:
				w.mark(w.textElts(n))
			}
			return true
		})
	}
	// The package's sentinels whose value matches more than itself, and
	// aliases, in initialization order.
	for _, in := range info.InitOrder {
		if len(in.Lhs) != 1 {
			continue
		}
		v := in.Lhs[0]
		if !isSentinel(v) {
			continue
		}
		if hasIsMethod(info.TypeOf(in.Rhs)) {
			w.out[v] = true
		}
		if s := sentinelOf(info, in.Rhs); s != nil && (w.out[s] || s.Pkg() != w.pass.Pkg && foreign(s)) {
			w.out[v] = true
		}
	}
	return w.out
}

// textElts returns the elements of composite literal lit that make its
// text: for a struct error type whose Error() reads its receiver only
// through fields, the elements stored in those fields (&DenyError{Reason:
// ErrRejected, cause: err} with Error() returning e.Reason.Error() wraps
// nothing beside other text); all of them otherwise.
func (w *wrapScan) textElts(lit *ast.CompositeLit) []ast.Expr {
	n, _ := types.Unalias(w.pass.TypesInfo.TypeOf(lit)).(*types.Named)
	if n == nil {
		return lit.Elts
	}
	st, _ := n.Underlying().(*types.Struct)
	m, _, _ := types.LookupFieldOrMethod(types.NewPointer(n), true, n.Obj().Pkg(), "Error")
	fn, _ := m.(*types.Func)
	if st == nil || fn == nil {
		return lit.Elts
	}
	read, ok := w.st.carrierFields(fn)
	if !ok {
		return lit.Elts
	}
	var out []ast.Expr
	for i, e := range lit.Elts {
		var f *types.Var
		if kv, isKV := e.(*ast.KeyValueExpr); isKV {
			if id, isID := kv.Key.(*ast.Ident); isID {
				f, _ = w.pass.TypesInfo.ObjectOf(id).(*types.Var)
			}
		} else if i < st.NumFields() {
			f = st.Field(i)
		}
		if f == nil || slices.Contains(read, f) {
			out = append(out, e)
		}
	}
	return out
}

// isSentinel reports whether v is a package-level error variable.
func isSentinel(v *types.Var) bool {
	return v.Pkg() != nil && !v.IsField() && v.Parent() == v.Pkg().Scope() && types.Implements(v.Type(), errorIface)
}

// collect records the assignments of the package's variables and the
// results of its functions.
func (w *wrapScan) collect() {
	info := w.pass.TypesInfo
	w.defs, w.rets = map[*types.Var][]ast.Expr{}, map[*types.Func][]ast.Expr{}
	w.stored = map[*types.Var]bool{}
	def := func(lhs []ast.Expr, rhs []ast.Expr) {
		for i, l := range lhs {
			if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
				if id, ok := ast.Unparen(ix.X).(*ast.Ident); ok {
					if v, ok := info.ObjectOf(id).(*types.Var); ok {
						w.stored[v] = true
					}
				}
			}
			id, ok := ast.Unparen(l).(*ast.Ident)
			if !ok {
				continue
			}
			v, _ := info.ObjectOf(id).(*types.Var)
			if v == nil {
				continue
			}
			if len(lhs) == len(rhs) {
				w.defs[v] = append(w.defs[v], rhs[i])
			} else {
				w.defs[v] = append(w.defs[v], rhs...)
			}
		}
	}
	for _, file := range w.pass.Files {
		var fns []*types.Func // enclosing declared functions
		var visit func(n ast.Node) bool
		visit = func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncType:
				for _, f := range n.Params.List {
					for _, id := range f.Names {
						if v, ok := info.Defs[id].(*types.Var); ok {
							w.stored[v] = true
						}
					}
				}
			case *ast.FuncDecl:
				if n.Recv != nil {
					visit(&ast.FuncType{Params: n.Recv})
				}
				visit(n.Type)
				fn, _ := info.Defs[n.Name].(*types.Func)
				fns = append(fns, fn)
				if n.Body != nil {
					ast.Inspect(n.Body, visit)
				}
				fns = fns[:len(fns)-1]
				return false
			case *ast.FuncLit:
				visit(n.Type)
				fns = append(fns, nil)
				ast.Inspect(n.Body, visit)
				fns = fns[:len(fns)-1]
				return false
			case *ast.ReturnStmt:
				if len(fns) > 0 && fns[len(fns)-1] != nil {
					fn := fns[len(fns)-1]
					w.rets[fn] = append(w.rets[fn], n.Results...)
				}
			case *ast.AssignStmt:
				def(n.Lhs, n.Rhs)
			case *ast.ValueSpec:
				lhs := make([]ast.Expr, len(n.Names))
				for i, id := range n.Names {
					lhs[i] = id
				}
				def(lhs, n.Values)
			case *ast.RangeStmt:
				if n.Value != nil {
					def([]ast.Expr{n.Value}, []ast.Expr{n.X})
				}
			}
			return true
		}
		ast.Inspect(file, visit)
	}
}

// mark marks the sentinels an operand may hold when another operand is
// not constant: fmt.Errorf("%w", err) wraps nothing new, whatever err
// holds; fmt.Errorf("%w: %s", err, msg) wraps each sentinel err may hold
// beside msg.
func (w *wrapScan) mark(operands []ast.Expr) {
	info := w.pass.TypesInfo
	if !slices.ContainsFunc(operands, func(a ast.Expr) bool { return w.mayHoldSentinel(a) }) {
		return // most calls: nothing in them can be a sentinel (fixedText is not cheap)
	}
	var open []ast.Expr // non-constant operands other than sentinels
	var named []*types.Var
	for _, a := range operands {
		if kv, ok := a.(*ast.KeyValueExpr); ok {
			a = kv.Value
		}
		if v := sentinelOf(info, a); v != nil {
			named = append(named, v) // a sentinel's text is fixed
		} else if tv, ok := info.Types[a]; (!ok || tv.Value == nil && !tv.IsNil() && !tv.IsType()) && !w.fixedText(a) {
			open = append(open, a)
		}
	}
	if len(open) == 0 {
		return
	}
	for _, v := range named {
		w.out[v] = true
	}
	if len(open) < 2 {
		return // not beside itself
	}
	for _, a := range open {
		if t := info.TypeOf(a); t != nil && !types.IsInterface(t) && !types.Implements(t, errorIface) {
			continue // a string, a number, a struct value: no sentinel in it
		}
		for v := range w.sentinelsIn(a) {
			w.out[v] = true
		}
	}
}

// mayHoldSentinel reports whether operand a (a literal's element or a
// call's argument) is a sentinel or of a type that may hold one.
func (w *wrapScan) mayHoldSentinel(a ast.Expr) bool {
	if kv, ok := a.(*ast.KeyValueExpr); ok {
		a = kv.Value
	}
	if sentinelOf(w.pass.TypesInfo, a) != nil {
		return true
	}
	t := w.pass.TypesInfo.TypeOf(a)
	if _, basic := t.(*types.Basic); basic {
		return false // a string or a number, without methods
	}
	return t == nil || types.IsInterface(t) || types.Implements(t, errorIface)
}

// fixedText reports whether operand a holds only the team's fixed text:
// a constant, a read of an unexported table every element of which is a
// constant and that nothing stores into (reason := witnessReasons[code] of var
// witnessReasons = map[int]string{9003: "code invalid"}), a local assigned
// only such values, a call of the package's function returning only such
// values, or a concatenation of those. fmt.Errorf("%w: %s", ErrDenied,
// reason) then wraps ErrDenied beside no other text: its text is the
// team's own.
func (w *wrapScan) fixedText(a ast.Expr) bool {
	info := w.pass.TypesInfo
	if w.defs == nil {
		w.collect()
	}
	if w.fixedOf == nil {
		w.fixedOf = map[types.Object]bool{}
	}
	var fixed func(e ast.Expr) bool
	// of memoizes an object's verdict over its sources; a cycle is not fixed.
	of := func(obj types.Object, srcs []ast.Expr) bool {
		if v, seen := w.fixedOf[obj]; seen {
			return v
		}
		w.fixedOf[obj] = false
		ok := len(srcs) > 0
		for _, e := range srcs {
			ok = ok && fixed(e)
		}
		w.fixedOf[obj] = ok
		return ok
	}
	fixed = func(e ast.Expr) bool {
		e = ast.Unparen(e)
		if tv, ok := info.Types[e]; ok && tv.Value != nil {
			return true
		}
		switch e := e.(type) {
		case *ast.BinaryExpr:
			return e.Op == token.ADD && fixed(e.X) && fixed(e.Y)
		case *ast.Ident:
			v, _ := info.Uses[e].(*types.Var)
			if v == nil || v.IsField() || v.Pkg() != w.pass.Pkg || isSentinel(v) || w.stored[v] || v.Parent() == v.Pkg().Scope() && v.Exported() {
				return false // an exported variable other packages may set
			}
			return of(v, w.defs[v])
		case *ast.IndexExpr:
			id, ok := ast.Unparen(e.X).(*ast.Ident)
			if !ok {
				return false
			}
			v, _ := info.Uses[id].(*types.Var)
			if v == nil || v.Pkg() != w.pass.Pkg || v.Parent() != v.Pkg().Scope() || v.Exported() || w.stored[v] || len(w.defs[v]) != 1 {
				return false
			}
			lit, ok := ast.Unparen(w.defs[v][0]).(*ast.CompositeLit)
			if !ok || len(lit.Elts) == 0 {
				return false
			}
			for _, el := range lit.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					el = kv.Value
				}
				if tv, ok := info.Types[el]; !ok || tv.Value == nil {
					return false
				}
			}
			return true
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(info, e).(*types.Func)
			if fn == nil || fn.Pkg() != w.pass.Pkg || isMethod(fn) {
				return false
			}
			return of(fn, w.rets[fn])
		}
		return false
	}
	return fixed(a)
}

// sentinelsIn returns the sentinels n may evaluate to or hold: those it
// names, and those assigned to the variables and returned by the
// package's functions it refers to.
func (w *wrapScan) sentinelsIn(n ast.Node) map[*types.Var]bool {
	info := w.pass.TypesInfo
	if w.defs == nil {
		w.collect()
	}
	out := map[*types.Var]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		var id *ast.Ident
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // a function value holds no sentinel
		case *ast.BinaryExpr:
			return n.Op == token.ADD // a comparison yields a bool
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(info, n).(*types.Func)
			return !errorsFunc(fn, "Is") && !errorsFunc(fn, "As")
		case *ast.Ident:
			id = n
		default:
			return true
		}
		obj := info.Uses[id]
		var srcs []ast.Expr
		switch obj := obj.(type) {
		case *types.Var:
			if isSentinel(obj) {
				out[obj] = true
				return true
			}
			srcs = w.defs[obj]
		case *types.Func:
			srcs = w.rets[obj]
		}
		if len(srcs) == 0 {
			return true
		}
		vs, seen := w.known[obj]
		if !seen {
			w.known[obj] = nil // a cycle adds nothing
			vs = map[*types.Var]bool{}
			for _, e := range srcs {
				maps.Copy(vs, w.sentinelsIn(e))
			}
			w.known[obj] = vs
		}
		maps.Copy(out, vs)
		return true
	})
	return out
}

// hasIsMethod reports whether a value of type t has an Is method.
func hasIsMethod(t types.Type) bool {
	if t == nil || types.IsInterface(t) {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Is")
	_, ok := obj.(*types.Func)
	return ok
}
