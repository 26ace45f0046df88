package rawexposure

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Function values: a local variable bound to a method value (send :=
// c.JSON), to a function (send := httpx.Respond) or to a function literal
// (fail := func(msg string) { http.Error(w, msg, 401) }) is called like
// what it is bound to. A literal is summarized like a function (which of
// its parameters reach a sink, what its results carry), with its own
// parameters and the responses of the enclosing function.

// binding is one value a local variable of function type is assigned.
type binding struct {
	fn    *types.Func  // a function, or the method of a method value
	recv  ast.Expr     // the receiver of a method value
	lit   *ast.FuncLit // a function literal
	alias *types.Var   // another local function variable
}

// valueState is shared by a unit and the literals analyzed inside it.
type valueState struct {
	root  ast.Node // the unit's node, scanned for bindings
	binds map[*types.Var][]binding
	lits  map[*ast.FuncLit]*summary // nil while being analyzed
}

func (fs *fstate) vals() *valueState {
	if fs.values == nil {
		fs.values = &valueState{root: fs.u.node, lits: map[*ast.FuncLit]*summary{}}
	}
	return fs.values
}

// bindingsOf returns what local variable v may be bound to, following
// aliases (f := g) to the end (each variable once).
func (fs *fstate) bindingsOf(v *types.Var) []binding {
	vs := fs.vals()
	if vs.binds == nil {
		vs.binds = map[*types.Var][]binding{}
		ast.Inspect(vs.root, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if (n.Tok == token.DEFINE || n.Tok == token.ASSIGN) && len(n.Lhs) == len(n.Rhs) {
					for i := range n.Lhs {
						fs.bind(vs, n.Lhs[i], n.Rhs[i])
					}
				}
			case *ast.ValueSpec:
				if len(n.Names) == len(n.Values) {
					for i := range n.Names {
						fs.bind(vs, n.Names[i], n.Values[i])
					}
				}
			}
			return true
		})
	}
	var out []binding
	seen := map[*types.Var]bool{}
	var add func(v *types.Var)
	add = func(v *types.Var) {
		if seen[v] {
			return
		}
		seen[v] = true
		for _, b := range vs.binds[v] {
			if b.alias != nil {
				add(b.alias)
			} else {
				out = append(out, b)
			}
		}
	}
	add(v)
	return out
}

// bind records lhs = rhs when lhs is a local variable of function type.
func (fs *fstate) bind(vs *valueState, lhs, rhs ast.Expr) {
	info := fs.pass.TypesInfo
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return
	}
	v, _ := info.ObjectOf(id).(*types.Var)
	if !fs.localFunc(v) {
		return
	}
	var b binding
	switch r := ast.Unparen(rhs).(type) {
	case *ast.FuncLit:
		b.lit = r
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[r]; ok {
			if sel.Kind() != types.MethodVal {
				return
			}
			b.fn, _ = sel.Obj().(*types.Func)
			b.recv = r.X
		} else {
			b.fn, _ = info.Uses[r.Sel].(*types.Func) // pkg.Func
		}
	case *ast.Ident:
		switch o := info.Uses[r].(type) {
		case *types.Func:
			b.fn = o
		case *types.Var:
			if fs.localFunc(o) {
				b.alias = o
			}
		}
	}
	if b.fn != nil || b.lit != nil || b.alias != nil {
		vs.binds[v] = append(vs.binds[v], b)
	}
}

// localFunc reports whether v is a local variable of function type.
func (fs *fstate) localFunc(v *types.Var) bool {
	if v == nil || v.IsField() || v.Pkg() != fs.pass.Pkg || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return false
	}
	_, ok := v.Type().Underlying().(*types.Signature)
	return ok
}

// callBindings returns what the function of call, a call with no static
// callee, may be, and a name for messages.
func (fs *fstate) callBindings(call *ast.CallExpr) ([]binding, string) {
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.FuncLit:
		return []binding{{lit: f}}, "a function literal"
	case *ast.Ident:
		if v, ok := fs.pass.TypesInfo.Uses[f].(*types.Var); ok && fs.localFunc(v) {
			return fs.bindingsOf(v), f.Name
		}
	}
	return nil, ""
}

// checkValueCall checks a call through a local function value against
// what it is bound to; the first binding found reaching a sink is reported.
func (fs *fstate) checkValueCall(call *ast.CallExpr) {
	if fs.checkSinkVar(call) { // sinks_web.go
		return
	}
	bs, name := fs.callBindings(call)
	before := len(fs.pending)
	for _, b := range bs {
		switch {
		case b.fn != nil:
			fs.checkCallee(call, b.fn, b.recv)
		case b.lit != nil:
			if sig, ok := fs.pass.TypesInfo.TypeOf(b.lit).(*types.Signature); ok {
				fs.checkParamSinks(call, sig, fs.litSummary(b.lit), " by "+name)
			}
		}
		if len(fs.pending) > before {
			return
		}
	}
}

// valueResults is what the results of a call through a local function
// value carry: the join over what it is bound to.
func (fs *fstate) valueResults(call *ast.CallExpr) []taint {
	if out := fs.paramCallResults(call); out != nil { // callbacks.go
		return calledParamErrors(fs, call, out)
	}
	if out := fs.operationResults(call); out != nil { // a func-typed field (operations.go)
		return out
	}
	bs, _ := fs.callBindings(call)
	var out []taint
	for _, b := range bs {
		var sum *summary
		var sig *types.Signature
		recv := taint{}
		switch {
		case b.lit != nil:
			sig, _ = fs.pass.TypesInfo.TypeOf(b.lit).(*types.Signature)
			sum = fs.litSummary(b.lit)
		case b.fn != nil:
			sig, _ = b.fn.Type().(*types.Signature)
			sum = fs.summaryOf(b.fn)
			if b.recv != nil {
				recv = fs.eval(b.recv)
			}
		}
		if sig == nil || sum == nil {
			continue
		}
		rs := make([]taint, sig.Results().Len())
		for i := range rs {
			if i >= len(sum.results) {
				break
			}
			r := sum.results[i]
			t := taint{}
			if r.kind != kNone && sum.passes(i) {
				t = taint{kind: r.kind, from: r.from, named: r.named, pos: call.Pos()}
			}
			if r.params != 0 {
				t = join(t, fs.argsTaint(call, sig, r.params, recv))
			}
			if r.calls != 0 {
				t = join(t, fs.callbackTaint(call, sig, r.calls))
			}
			rs[i] = fit(t, sig.Results().At(i).Type())
		}
		if out == nil {
			out = rs
			continue
		}
		for i := range out {
			if i < len(rs) {
				out[i] = join(out[i], rs[i])
			}
		}
	}
	return calledParamErrors(fs, call, out)
}

// calledParamErrors adds to the error results of call, a call of a
// function value, the parameter bits of that value: a unit calling its
// func-typed parameter or receiver (an adapter's `if err := f(w, r); err
// != nil`) returns or writes, through that error, what the function it is
// given returns. A parameter whose error reaches a sink this way is what
// adapters.go looks for.
func calledParamErrors(fs *fstate, call *ast.CallExpr, out []taint) []taint {
	t := fs.eval(call.Fun)
	if t.params == 0 {
		return out
	}
	ft := fs.pass.TypesInfo.TypeOf(call.Fun)
	if ft == nil {
		return out
	}
	sig, _ := ft.Underlying().(*types.Signature)
	if sig == nil {
		return out
	}
	if out == nil {
		out = make([]taint, sig.Results().Len())
	}
	for i := range out {
		if i < sig.Results().Len() && types.Identical(sig.Results().At(i).Type(), typex.ErrorType) {
			out[i] = join(out[i], taint{params: t.params})
		}
	}
	return out
}

// litSummary summarizes a function literal of the unit: its parameters
// carry their own bits, the unit's responses stay responses.
func (fs *fstate) litSummary(lit *ast.FuncLit) *summary {
	vs := fs.vals()
	if s, ok := vs.lits[lit]; ok {
		return s
	}
	sig, _ := fs.pass.TypesInfo.TypeOf(lit).(*types.Signature)
	if sig == nil {
		return nil
	}
	vs.lits[lit] = nil // in progress: a recursive literal summarizes to nothing
	sub := fs.state.newFstate(unit{file: fs.u.file, node: lit.Body, generated: fs.u.generated}, sig, false)
	sub.values = vs
	for v := range fs.resp {
		sub.resp[v] = true
	}
	captured := fs.captured(lit, sub.env)
	sub.solve()
	if captured {
		// What the literal reads of the enclosing function may still
		// rise while that function is solved: summarized again next time.
		delete(vs.lits, lit)
	} else {
		vs.lits[lit] = sub.sum
	}
	return sub.sum
}

// captured seeds env with the taints of the enclosing unit's variables the
// literal reads (reject := func(r Result) *Reply { return &Reply{Detail:
// msg} } of msg := resp.ErrorMessage), and reports whether any is raw.
func (fs *fstate) captured(lit *ast.FuncLit, env map[*types.Var]taint) bool {
	found := false
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		v, ok := fs.pass.TypesInfo.Uses[id].(*types.Var)
		if !ok || v.IsField() || (v.Pos() >= lit.Pos() && v.Pos() < lit.End()) {
			return true
		}
		if _, seeded := env[v]; seeded {
			return true
		}
		if t, ok := fs.env[v]; ok && t.kind != kNone {
			t.params = 0 // the enclosing function's parameters are not the literal's
			env[v] = t
			found = true
		}
		return true
	})
	return found
}

// errorTypeTaint is what a value of type typ carries because of its type:
// a struct type whose Error() method returns a raw value (a decoded
// SurePassID response that is its own error, say) is raw as an error.
func (fs *fstate) errorTypeTaint(typ types.Type, at ast.Expr) taint {
	if typ == nil || types.IsInterface(typ) {
		return taint{}
	}
	n := recvNamed(typ)
	if n == nil {
		return taint{}
	}
	if _, ok := n.Underlying().(*types.Struct); !ok {
		return taint{}
	}
	if fs.errorMethods == nil {
		fs.errorMethods = map[*types.Named]*types.Func{}
	}
	fn, ok := fs.errorMethods[n]
	if !ok {
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(n), false, n.Obj().Pkg(), "Error")
		fn, _ = obj.(*types.Func)
		if fn != nil {
			sig := fn.Type().(*types.Signature)
			if sig.Params().Len() != 0 || sig.Results().Len() != 1 {
				fn = nil
			}
		}
		fs.errorMethods[n] = fn
	}
	if fn == nil {
		return taint{}
	}
	s := fs.summaryOf(fn)
	if s == nil || len(s.results) == 0 || s.results[0].kind == kNone {
		return taint{}
	}
	r := s.results[0]
	if r.from == funcName(fn) {
		r.from = shortName(fn) // pkg.Type.Error
	}
	return taint{kind: r.kind, from: r.from, named: true, pos: at.Pos()}
}

// fileExpr is an expression with the file holding it.
type fileExpr struct {
	file *ast.File
	e    ast.Expr
}

// returnedFuncs returns the function values a call to a function of this
// package returns, a factory such as presentError(logger) or
// fixedErrorEncoder(log): the function literals and the functions named in
// its return statements (outside literals nested in it), with their files.
// ok is false when call is not to such a function or it returns anything
// else (a variable, another call): what it returns is not known.
func (st *state) returnedFuncs(call *ast.CallExpr) (out []fileExpr, ok bool) {
	info := st.pass.TypesInfo
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Pkg() != st.pass.Pkg {
		return nil, false
	}
	fn = fn.Origin()
	for _, f := range st.pass.Files {
		for _, d := range f.Decls {
			fd, isFunc := d.(*ast.FuncDecl)
			if !isFunc || fd.Body == nil || info.Defs[fd.Name] != fn {
				continue
			}
			ok = true
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FuncLit:
					return false
				case *ast.ReturnStmt:
					if len(n.Results) != 1 {
						ok = false
						return false
					}
					switch r := ast.Unparen(n.Results[0]).(type) {
					case *ast.FuncLit:
						out = append(out, fileExpr{f, r})
					case *ast.Ident, *ast.SelectorExpr:
						if id := typex.NameIdent(r); id != nil {
							if _, isFn := info.Uses[id].(*types.Func); isFn {
								out = append(out, fileExpr{f, r})
								break
							}
						}
						ok = false
					default:
						ok = false
					}
				}
				return ok
			})
		}
	}
	return out, ok && len(out) > 0
}

// anyReturned reports whether sends holds for a function value the factory
// call returns (returnedFuncs), or the factory's results are not known:
// an error handler, encoder or presenter built by it is then taken to send
// the error's text.
func (fs *fstate) anyReturned(call *ast.CallExpr, sends func(fileExpr) bool) bool {
	fns, ok := fs.returnedFuncs(call)
	if !ok {
		return true
	}
	for _, f := range fns {
		if sends(f) {
			return true
		}
	}
	return false
}
