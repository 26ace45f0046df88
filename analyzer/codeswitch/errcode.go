package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
)

// This file reads the client's own helpers that reach the code through an
// error (see "Predicates and helpers" in doc.go): a predicate such as
//
//	func IsReplay(err error) bool {
//		var se *Error
//		return errors.As(err, &se) && se.Reason == ReasonOTPReused
//	}
//
// and a getter such as func ReasonOf(err error) Reason { var se *Error; if
// errors.As(err, &se) { return se.Reason }; return ReasonOK } read the same
// code, the field of the error's target: err.(errors.As()).Reason in a
// field path. So if IsLocked(err) {...} else if IsReplay(err) {...} else
// if ReasonOf(err) == ReasonOTPInvalid {...} is one dispatch over that code.

// asField names the step through the target of errors.As (or of a type
// assertion) in a field path: err's code read as se.Reason after
// errors.As(err, &se) is err.(errors.As()).Reason.
const asField = "errors.As()"

// asBinding is what the leading statements of a helper's body bind to an
// error parameter: the targets the error is read into (target -> the
// parameter) and the flags that say it was (ok of se, ok := err.(*Error)).
type asBinding struct {
	via    map[types.Object]types.Object
	guards map[types.Object]bool
	// alias: the locals the body keeps the code in, and their values
	// (wrapped.go's localPrelude).
	alias map[types.Object]ast.Expr
	info  *types.Info
}

// asPrelude reads the statements of body that bind targets to an error
// parameter of params: var se *Error, where se is the target of
// errors.As(p, &se) in body; se, ok := p.(*Error); ok := errors.As(p, &se).
// It returns the statements after them and the binding; body itself and
// an empty binding when there is none.
func asPrelude(info *types.Info, params map[types.Object]int, body []ast.Stmt) ([]ast.Stmt, asBinding) {
	var b asBinding
	hasErr := false
	for p := range params {
		if isErrorIface(p.Type()) {
			hasErr = true
		}
	}
	if !hasErr {
		return body, b
	}
	isErrParam := func(e ast.Expr) types.Object {
		id := identOf(e)
		if id == nil {
			return nil
		}
		obj := info.Uses[id]
		if _, ok := params[obj]; !ok || !isErrorIface(obj.Type()) {
			return nil
		}
		return obj
	}
	bind := func(target, p types.Object) {
		if b.via == nil {
			b.via, b.guards = map[types.Object]types.Object{}, map[types.Object]bool{}
		}
		b.via[target] = p
	}
	for _, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if arg, target := errorsAsCall(info, call); target != nil {
					if p := isErrParam(arg); p != nil {
						bind(target, p)
					}
				}
			}
			return true
		})
	}
	i := 0
	for ; i < len(body); i++ {
		switch st := body[i].(type) {
		case *ast.DeclStmt:
			gd, ok := st.Decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				return body[i:], b
			}
			for _, spec := range gd.Specs {
				vs, ok := spec.(*ast.ValueSpec)
				if !ok || len(vs.Values) != 0 {
					return body[i:], b
				}
				for _, n := range vs.Names {
					if _, ok := b.via[info.Defs[n]]; !ok {
						return body[i:], b
					}
				}
			}
			continue
		case *ast.AssignStmt:
			if st.Tok != token.DEFINE || len(st.Rhs) != 1 {
				return body[i:], b
			}
			rhs := ast.Unparen(st.Rhs[0])
			if ta, ok := rhs.(*ast.TypeAssertExpr); ok && ta.Type != nil && len(st.Lhs) == 2 {
				// se, ok := err.(*Error)
				p := isErrParam(ta.X)
				target := info.Defs[identOf(st.Lhs[0])]
				if p == nil || target == nil {
					return body[i:], b
				}
				bind(target, p)
				if g := info.Defs[identOf(st.Lhs[1])]; g != nil {
					b.guards[g] = true
				}
				continue
			}
			if call, ok := rhs.(*ast.CallExpr); ok && len(st.Lhs) == 1 {
				// ok := errors.As(err, &se)
				if _, target := errorsAsCall(info, call); target != nil && b.via[target] != nil {
					if g := info.Defs[identOf(st.Lhs[0])]; g != nil {
						b.guards[g] = true
						continue
					}
				}
			}
			return body[i:], b
		}
		break
	}
	if i == 0 {
		return body, b
	}
	return body[i:], b
}

// errorsAsCall returns the error and the target variable of call when it
// is errors.As(err, &target) (the standard library's, github.com/pkg/errors'
// or golang.org/x/xerrors').
func errorsAsCall(info *types.Info, call *ast.CallExpr) (ast.Expr, types.Object) {
	if len(call.Args) != 2 {
		return nil, nil
	}
	var fn *types.Func
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		fn, _ = info.Uses[f.Sel].(*types.Func)
	case *ast.Ident:
		fn, _ = info.Uses[f].(*types.Func)
	}
	if fn == nil || fn.Name() != "As" || fn.Pkg() == nil || fn.Signature().Recv() != nil || !slices.Contains(asPackages, fn.Pkg().Path()) {
		return nil, nil
	}
	u, ok := ast.Unparen(call.Args[1]).(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return nil, nil
	}
	v, ok := info.Uses[identOf(u.X)].(*types.Var)
	if !ok {
		return nil, nil
	}
	return call.Args[0], v
}

// asPackages are the packages whose As reads an error into a target.
var asPackages = []string{"errors", "github.com/pkg/errors", "golang.org/x/xerrors"}

// isErrorIface reports whether t is the error interface.
func isErrorIface(t types.Type) bool { return t != nil && typeIsError(t) && types.IsInterface(t) }

// root returns r and f, the variable and field path of a chain, with a
// target of b read as its error's field path (se.Reason is
// err.(errors.As()).Reason).
func (b asBinding) root(r types.Object, f []string) (types.Object, []string) {
	if p, ok := b.via[r]; ok {
		return p, append([]string{asField}, f...)
	}
	if v, ok := b.alias[r]; ok && b.info != nil {
		if r2, f2 := chainIdx(b.info, v); r2 != nil && r2 != r {
			return b.root(r2, append(f2, f...))
		}
	}
	return r, f
}

// eval evaluates cond in a helper whose code is read through a target of
// b: errors.As holds, as does the flag of a type assertion, and the
// target is not nil (a published code was read through it).
func (b asBinding) eval(info *types.Info, cond ast.Expr) tri {
	if b.via == nil && b.guards == nil {
		return triUnknown
	}
	switch e := ast.Unparen(cond).(type) {
	case *ast.CallExpr:
		if _, target := errorsAsCall(info, e); target != nil && b.via[target] != nil {
			return triTrue
		}
	case *ast.Ident:
		if b.guards[info.Uses[e]] {
			return triTrue
		}
	case *ast.BinaryExpr:
		if e.Op != token.EQL && e.Op != token.NEQ {
			return triUnknown
		}
		x, y := e.X, e.Y
		if tv, ok := info.Types[x]; ok && tv.IsNil() {
			x, y = y, x
		}
		if tv, ok := info.Types[y]; !ok || !tv.IsNil() {
			return triUnknown
		}
		if _, ok := b.via[info.Uses[identOf(x)]]; ok {
			return triOf(e.Op == token.NEQ)
		}
	}
	return triUnknown
}

// errAccessor returns the field path, led by asField, that fn, a function
// (or method) of one error parameter, returns: its code read through the
// error's target (func ReasonOf(err error) Reason { var se *Error; if
// errors.As(err, &se) { return se.Reason }; return ReasonOK }); nil when
// fn is no such getter.
func (s *summaries) errAccessor(fn *types.Func) []string {
	fn = fn.Origin()
	sig := fn.Signature()
	if sig.Params().Len() != 1 || !isErrorIface(sig.Params().At(0).Type()) {
		return nil
	}
	if n := sig.Results().Len(); n != 1 && (n != 2 || !isBool(sig.Results().At(1).Type())) {
		return nil // one result, or the code and whether there was one
	}
	if f, ok := s.errAccs[fn]; ok {
		return f
	}
	var fields []string
	if d, ok := s.decls[fn]; ok {
		fields = s.proveErrAccessor(sig, d.decl.Body)
	} else if fn.Pkg() != nil && fn.Pkg() != s.pass.Pkg {
		var f accessorFact
		if s.pass.ImportObjectFact(fn, &f) && f.Err {
			fields = f.Fields
		}
	}
	if s.errAccs == nil {
		s.errAccs = map[*types.Func][]string{}
	}
	s.errAccs[fn] = fields
	return fields
}

// proveErrAccessor reads body, after its bindings of the error parameter
// (asPrelude), as at most two guards if cond { return r } and a final
// return, one of whose results is a field path of a target and every
// other a constant (the answer without a code). A getter with a second
// result bool (func CodeOf(err error) (int, bool)) returns true with the
// field and false with every constant.
func (s *summaries) proveErrAccessor(sig *types.Signature, body *ast.BlockStmt) []string {
	info := s.pass.TypesInfo
	if sig.Results().Len() == 1 {
		if f, ok := typeSwitchAccessor(info, sig.Params().At(0), body.List); ok {
			return f
		}
	}
	params := map[types.Object]int{sig.Params().At(0): 0}
	list, b := asPrelude(info, params, body.List)
	if b.via == nil || len(list) == 0 || len(list) > 3 {
		return nil
	}
	n := sig.Results().Len()
	var results, found []ast.Expr
	for i, st := range list {
		if i < len(list)-1 {
			ifs, ok := st.(*ast.IfStmt)
			if !ok || ifs.Init != nil || ifs.Else != nil || len(ifs.Body.List) != 1 {
				return nil
			}
			st = ifs.Body.List[0]
		}
		ret, ok := st.(*ast.ReturnStmt)
		if !ok || len(ret.Results) != n {
			return nil
		}
		results = append(results, ret.Results[0])
		if n == 2 {
			found = append(found, ret.Results[1])
		}
	}
	var fields []string
	for i, r := range results {
		if tv, ok := info.Types[r]; ok && tv.Value != nil {
			if found != nil && boolConst(info, found[i]) != triFalse {
				return nil
			}
			continue // the answer without a code
		}
		root, f := b.root(chainOf(info, r))
		if fields != nil || root == nil || len(f) < 2 || f[0] != asField {
			return nil
		}
		if found != nil && boolConst(info, found[i]) != triTrue {
			return nil
		}
		fields = f
	}
	return fields
}

// boolConst returns the value of e, a boolean constant, or triUnknown.
func boolConst(info *types.Info, e ast.Expr) tri {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool {
		return triUnknown
	}
	return triOf(constant.BoolVal(tv.Value))
}

// errCanonical returns the field path read by call, a call of a getter
// reading the code through its error argument (errAccessor), on its
// argument: ReasonOf(err) is err.(errors.As()).Reason; nil otherwise.
func (c *checker) errCanonical(call *ast.CallExpr) ast.Expr {
	if len(call.Args) != 1 || c.sums == nil {
		return nil
	}
	fn, ok := c.callee(call).(*types.Func)
	if !ok {
		return nil
	}
	fields := c.sums.errAccessor(fn)
	if fields == nil {
		return nil
	}
	out := c.canonical(call.Args[0])
	for _, f := range fields {
		out = &ast.SelectorExpr{X: out, Sel: ast.NewIdent(f)}
	}
	return out
}

// caseCode returns the code the first case value of s that compares one
// (or calls a predicate on it) reads: for a case before it that names no
// code, in switch { case IsLocked(err): ... case ReasonOf(err) == X: },
// IsLocked(err) is a predicate of ReasonOf(err)'s code. Nil if none does.
func (c *checker) caseCode(s *ast.SwitchStmt) ast.Expr {
	for _, st := range s.Body.List {
		cc, ok := st.(*ast.CaseClause)
		if !ok {
			return nil
		}
		for _, v := range cc.List {
			if t, _, _ := c.condition(v); t != nil {
				return t
			}
		}
	}
	return nil
}

// typeSwitchAccessor reads a getter written as a type switch over its
// error parameter p: switch f := err.(type) { case *Failure: return
// f.Status }; return StatusOK. ok is false for any other body; fields is
// the path read, led by asField, when one clause of a single type returns
// a field of its variable and every other return is a constant.
func typeSwitchAccessor(info *types.Info, p *types.Var, body []ast.Stmt) (fields []string, ok bool) {
	if len(body) == 0 || len(body) > 2 {
		return nil, false
	}
	ts, isTS := body[0].(*ast.TypeSwitchStmt)
	if !isTS || ts.Init != nil || ts.Body == nil {
		return nil, false
	}
	as, isAs := ts.Assign.(*ast.AssignStmt)
	if !isAs || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return nil, false
	}
	ta, isTA := ast.Unparen(as.Rhs[0]).(*ast.TypeAssertExpr)
	if !isTA || info.Uses[identOf(ta.X)] != p {
		return nil, false
	}
	var results []ast.Expr
	var vars []types.Object
	for _, st := range ts.Body.List {
		cc, isCC := st.(*ast.CaseClause)
		if !isCC || len(cc.Body) != 1 {
			return nil, false
		}
		ret, isRet := cc.Body[0].(*ast.ReturnStmt)
		if !isRet || len(ret.Results) != 1 {
			return nil, false
		}
		var v types.Object
		if len(cc.List) == 1 {
			v = info.Implicits[cc]
		}
		results, vars = append(results, ret.Results[0]), append(vars, v)
	}
	if len(body) == 2 {
		ret, isRet := body[1].(*ast.ReturnStmt)
		if !isRet || len(ret.Results) != 1 {
			return nil, false
		}
		results, vars = append(results, ret.Results[0]), append(vars, nil)
	}
	for i, r := range results {
		if tv, ok := info.Types[r]; ok && tv.Value != nil {
			continue
		}
		root, f := chainOf(info, r)
		if fields != nil || root == nil || root != vars[i] || len(f) == 0 {
			return nil, false
		}
		fields = append([]string{asField}, f...)
	}
	return fields, fields != nil
}

// asBoundErr reports whether the code tag reads is a field of a local
// that the function binds to the error x alone, by errors.As(x, &ae) or
// ae, ok := x.(*Error), and writes nowhere else (switch ae.Code inside if
// errors.As(err, &ae) {...}, or ae.ReturnCode() of an accessor): every
// failure code then comes with x non-nil, Success with x nil.
func (c *checker) asBoundErr(tag, x ast.Expr) bool {
	info := c.pass.TypesInfo
	root, fields := chainOf(info, c.normalCode(tag))
	v, ok := root.(*types.Var)
	if !ok || len(fields) == 0 || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return false
	}
	fn := c.enclosingFunc(v.Pos())
	if fn == nil {
		return false
	}
	bound, other := false, false
	asTargets := map[ast.Expr]bool{}
	ast.Inspect(fn, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if arg, target := errorsAsCall(info, call); target == v {
				asTargets[call.Args[1]] = true // errors.As(err, &ae)
				if c.sameErr(arg, x) {
					bound = true
				} else {
					other = true
				}
			}
		}
		return true
	})
	ast.Inspect(fn, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.UnaryExpr:
			if n.Op == token.AND && !asTargets[n] && identObj(info, identOf(n.X)) == v {
				other = true // &ae handed elsewhere
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if id := identOf(l); id == nil || identObj(info, id) != v {
					continue
				}
				if len(n.Rhs) != 1 || i != 0 || n.Tok != token.DEFINE {
					other = true
					continue
				}
				if ta, ok := ast.Unparen(n.Rhs[0]).(*ast.TypeAssertExpr); ok && ta.Type != nil && c.sameErr(ta.X, x) {
					bound = true // ae, ok := err.(*Error)
					continue
				}
				other = true
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				if info.Defs[id] == v && len(n.Values) > 0 {
					other = true // var ae = ...
				}
			}
		}
		return !other
	})
	return bound && !other
}
