package rawexposure

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Error-constructor hooks: a framework that builds its error responses
// through a package variable the application may replace (huma's NewError
// and NewErrorWithContext). The package replacing one is seen here:
//
//   - A variable (local, package-level or field) the package assigns the
//     framework's original constructor (base := huma.NewError) is that
//     constructor: calling it is the sink call (base(status, msg, errs...)
//     sends msg and the errs' texts).
//   - The replacement (a literal or a function of the package) sends the
//     text of the errors it is given when its result depends on them or
//     they reach a sink in it: calling the saved original with them, or
//     copying err.Error() into huma's ErrorModel or ErrorDetail. One
//     building its body only from status and msg hides them (handlers.go,
//     humaSendsErrors).
//   - The struct types of the package the replacement returns are the
//     error body the framework sends for every error: their fields are
//     field sinks (a raw code copied into problem.VendorCode from a fault
//     found among the errs is reported where it is stored).

// ctorHook is a replaceable constructor variable: its package and name,
// and the index of its errs parameter.
type ctorHook struct {
	Pkg, Name string
	Errs      int
}

// ctorHookVars are the replaceable constructors.
var ctorHookVars = []ctorHook{
	{Pkg: humaPkg, Name: "NewError", Errs: 2},
	{Pkg: humaPkg, Name: "NewErrorWithContext", Errs: 3},
}

const hookBodyWhat = "the huma error response (the problem body the package's huma.NewError replacement builds)"

// hookIndex is what the package does with constructor hooks.
type hookIndex struct {
	repl   map[string][]fileExpr       // "pkg.Name" of a hook -> the values the package assigns it
	saved  map[types.Object]*types.Var // variables holding a sink variable (base := huma.NewError) -> it
	bodies map[*types.Var]fieldSink    // fields of the bodies the replacements return
}

// hookIdx scans the package once: only a package importing a framework
// with a replaceable constructor, or a sink variable, has anything here.
func (st *state) hookIdx() *hookIndex {
	if st.hooks != nil {
		return st.hooks
	}
	hx := &hookIndex{repl: map[string][]fileExpr{}, saved: map[types.Object]*types.Var{}, bodies: map[*types.Var]fieldSink{}}
	st.hooks = hx
	info := st.pass.TypesInfo
	// sinkVar returns the package-level sink variable of another package
	// e names (huma.NewError), nil if none.
	sinkVar := func(e ast.Expr) *types.Var {
		var id *ast.Ident
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			id = x.Sel
		case *ast.Ident:
			id = x
		default:
			return nil
		}
		v, _ := info.Uses[id].(*types.Var)
		if v == nil || v.Pkg() == nil || v.Pkg() == st.pass.Pkg || v.Parent() != v.Pkg().Scope() {
			return nil
		}
		if _, ok := v.Type().Underlying().(*types.Signature); !ok || len(st.sinks.byKey[v.Pkg().Path()+"."+v.Name()]) == 0 {
			return nil
		}
		return v
	}
	imported := false
	for _, p := range st.pass.Pkg.Imports() {
		for _, h := range ctorHookVars {
			imported = imported || p.Path() == h.Pkg
		}
	}
	if !imported {
		return hx
	}
	pair := func(file *ast.File, lhs, rhs ast.Expr) {
		if v := sinkVar(lhs); v != nil {
			key := v.Pkg().Path() + "." + v.Name()
			hx.repl[key] = append(hx.repl[key], fileExpr{file: file, e: rhs})
			return
		}
		v := sinkVar(rhs)
		if v == nil {
			return
		}
		var obj types.Object
		switch l := ast.Unparen(lhs).(type) {
		case *ast.Ident:
			obj = info.ObjectOf(l)
		case *ast.SelectorExpr:
			if s, ok := info.Selections[l]; ok && s.Kind() == types.FieldVal {
				obj = s.Obj()
			} else {
				obj = info.Uses[l.Sel]
			}
		}
		if obj != nil {
			hx.saved[obj] = v
		}
	}
	for _, file := range st.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i := range n.Lhs {
						pair(file, n.Lhs[i], n.Rhs[i])
					}
				}
			case *ast.ValueSpec:
				if len(n.Names) == len(n.Values) {
					for i := range n.Names {
						pair(file, n.Names[i], n.Values[i])
					}
				}
			case *ast.KeyValueExpr:
				pair(file, n.Key, n.Value) // a field of a literal: hooks{newErr: huma.NewError}
			case *ast.CallExpr:
				// A wrapper given the original: withCode(huma.NewError)
				// calls it through its parameter.
				fn, _ := typeutil.Callee(info, n).(*types.Func)
				if fn == nil || fn.Pkg() != st.pass.Pkg {
					return true
				}
				sig := fn.Type().(*types.Signature)
				for i, a := range n.Args {
					if i < sig.Params().Len() && !(sig.Variadic() && i >= sig.Params().Len()-1) {
						if v := sinkVar(a); v != nil {
							hx.saved[sig.Params().At(i).Origin()] = v
						}
					}
				}
			}
			return true
		})
	}
	for _, h := range ctorHookVars {
		key := h.Pkg + "." + h.Name
		var vals []fileExpr
		for _, fe := range hx.repl[key] {
			// A factory's result (huma.NewError = withCode(huma.NewError)):
			// the functions it returns.
			if call, ok := ast.Unparen(fe.e).(*ast.CallExpr); ok {
				if fns, ok := st.returnedFuncs(call); ok { // funcvalues.go
					vals = append(vals, fns...)
					continue
				}
			}
			vals = append(vals, fe)
		}
		hx.repl[key] = vals
		for _, fe := range vals {
			st.noteHookBodies(hx, fe.e)
		}
	}
	return hx
}

// noteHookBodies records as field sinks the fields of the struct types of
// the package a replacement e returns.
func (st *state) noteHookBodies(hx *hookIndex, e ast.Expr) {
	info := st.pass.TypesInfo
	body := st.handlerBody(e) // strict.go
	if body == nil {
		return
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				named, _ := types.Unalias(typex.Deref(info.TypeOf(r))).(*types.Named)
				if named == nil || named.Obj().Pkg() != st.pass.Pkg {
					continue
				}
				s, _ := named.Underlying().(*types.Struct)
				for i := 0; s != nil && i < s.NumFields(); i++ {
					f := s.Field(i)
					if hiddenField(named, f) {
						continue
					}
					hx.bodies[f] = fieldSink{Pkg: st.pass.Pkg.Path(), Type: named.Obj().Name(), Field: f.Name(), What: hookBodyWhat}
				}
			}
		}
		return true
	})
}

// hookBodyRow returns the row of v when it is a field of a body a
// constructor replacement of the package returns.
func (st *state) hookBodyRow(v *types.Var) (fieldSink, bool) {
	if v.Pkg() != st.pass.Pkg {
		return fieldSink{}, false
	}
	row, ok := st.hookIdx().bodies[v.Origin()]
	return row, ok
}

// savedSinkVar returns the sink variable v holds (base := huma.NewError),
// nil when none.
func (st *state) savedSinkVar(v *types.Var) *types.Var {
	if v == nil {
		return nil
	}
	return st.hookIdx().saved[v.Origin()]
}

// fileOf returns the file of files holding n, nil if none.
func fileOf(files []*ast.File, n ast.Node) *ast.File {
	for _, f := range files {
		if f.FileStart <= n.Pos() && n.Pos() < f.FileEnd {
			return f
		}
	}
	return nil
}
