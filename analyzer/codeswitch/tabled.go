package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/surepasslint/surepasslint/codes"
)

// This file reads what a table looked up by the code does for each code,
// where the path uses the element (see "Dispatch by table" in doc.go):
//
//	if next, ok := onAnswer[code]; ok { return next(a) } // a table of funcs
//	if refuse, ok := refusals[code]; ok { refuse(); return }
//	if st, ok := statusOf[code]; ok { http.Error(w, msg, st); return }
//
// A code whose element rejects ends its path there; the others go on as
// before.

// tabledRejects returns the codes of set for which n rejects through an
// element of a table looked up by the dispatched code: a call of a
// function the table holds (return next(a), nil; refuse()), whose body
// rejects for that code, or a call written with a status the table holds,
// a failure status for that code (http.Error(w, msg, st), return
// c.NoContent(st)).
func (w *walker) tabledRejects(n ast.Node, set codeSet) (out codeSet) {
	if w.record || w.d.errs {
		return out
	}
	var calls []*ast.CallExpr
	switch n := n.(type) {
	case *ast.ExprStmt:
		if call, ok := ast.Unparen(n.X).(*ast.CallExpr); ok {
			calls = append(calls, call)
		}
	case *ast.ReturnStmt:
		for _, r := range n.Results {
			if call, ok := ast.Unparen(r).(*ast.CallExpr); ok {
				calls = append(calls, call)
			}
		}
	}
	if len(calls) == 0 {
		return out
	}
	s := subject{is: w.isTag, base: w.isTagBase}
	for _, code := range published {
		if !set.has(code) || code == codes.Success {
			continue
		}
		for _, call := range calls {
			if w.elemCallRejects(n, call, code, s) || w.elemStatusRejects(call, code, s) {
				out.add(code)
				break
			}
		}
	}
	return out
}

// without returns the codes of s not in t.
func (s codeSet) without(t codeSet) codeSet {
	return codeSet{s[0] &^ t[0], s[1] &^ t[1]}
}

// elemCallRejects reports whether call, in n, calls the element of a
// table for code, a function literal or a function of this package: as a
// statement, one without results whose body rejects; as a result of the
// return n, one whose every return rejects as that result of the function
// holding the dispatch (return next(a), nil), or as all its results
// (return next(a) with next returning them all).
func (w *walker) elemCallRejects(n ast.Node, call *ast.CallExpr, code codes.ReturnCode, s subject) bool {
	body, sig := w.c.funcValue(w.c.lookedUpElem(call.Fun, code, s))
	if body == nil {
		return false
	}
	ret, ok := n.(*ast.ReturnStmt)
	if !ok {
		return sig.Results().Len() == 0 && w.c.classify(body.List, false) == rejected
	}
	want := w.fl.sig.Results()
	first := 0 // the outer result the element's first result is
	switch {
	case len(ret.Results) == 1 && sig.Results().Len() == want.Len():
	case len(ret.Results) == want.Len() && sig.Results().Len() == 1:
		for i, r := range ret.Results {
			if ast.Unparen(r) == call {
				first = i
			}
		}
	default:
		return false
	}
	rets := returnsOf(body)
	if len(rets) == 0 || sig.Results().Len() == 0 {
		return false
	}
	for _, r := range rets {
		if len(r.Results) != sig.Results().Len() {
			return false
		}
		rejects := false
		for i, e := range r.Results {
			t := sig.Results().At(i).Type()
			if w.c.value(e, t) == rejected || w.differsFromSuccessValue(e, t, first+i, s) {
				rejects = true
			}
		}
		if !rejects {
			return false
		}
	}
	return true
}

// elemStatusRejects reports whether call, or a call it is chained on, is
// written with an integer element of a table looked up by the code
// (http.Error(w, msg, st) of st, ok := statusOf[code]) that is an HTTP
// failure status for code.
func (w *walker) elemStatusRejects(call *ast.CallExpr, code codes.ReturnCode, s subject) bool {
	info := w.c.pass.TypesInfo
	return chainArg(call, func(arg ast.Expr) bool {
		if t := info.TypeOf(arg); t == nil || !isInteger(t) {
			return false
		}
		v := w.c.lookedUpElem(arg, code, s)
		if v == nil {
			return false
		}
		tv := info.Types[v]
		return tv.Value != nil && isHTTPStatus(info, v) && isFailureStatus(tv.Value)
	})
}

// differsFromSuccessValue reports whether r, result i of type t of a
// function a table holds, is a constant of an enum (a named integer type,
// neither a return code nor a message type) that differs from the one
// Success's path returns: where Success returns Proceed, AskAgain
// rejects.
func (w *walker) differsFromSuccessValue(r ast.Expr, t types.Type, i int, s subject) bool {
	named, ok := t.(*types.Named)
	if !ok {
		return false
	}
	if b, ok := named.Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 || w.c.spid.IsCodeType(t) ||
		containsAny(strings.ToLower(named.Obj().Name()), messageTypes) {
		return false
	}
	got := w.c.pass.TypesInfo.Types[r].Value
	want := w.successValue(i, s)
	return got != nil && want != nil && got.Kind() == want.Kind() && !constant.Compare(got, token.EQL, want)
}

// successValue returns the constant result i of Success's return: the
// constant it returns, or, where it returns a call of a table's element
// (return next(a), nil; return next(a)), the one constant Success's
// element returns there.
func (w *walker) successValue(i int, s subject) constant.Value {
	sr := w.successRet
	n := w.fl.sig.Results().Len()
	if sr == nil || w.multiRet || i >= n {
		return nil
	}
	info := w.c.pass.TypesInfo
	var e ast.Expr
	j := 0 // the element's result
	switch len(sr.Results) {
	case n:
		if v := info.Types[sr.Results[i]].Value; v != nil {
			return v
		}
		e = sr.Results[i]
	case 1:
		e, j = sr.Results[0], i
	default:
		return nil
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	body, _ := w.c.funcValue(w.c.lookedUpElem(call.Fun, codes.Success, s))
	if body == nil {
		return nil
	}
	var out constant.Value
	for _, ret := range returnsOf(body) {
		if j >= len(ret.Results) {
			return nil
		}
		v := info.Types[ret.Results[j]].Value
		if v == nil || out != nil && !constant.Compare(out, token.EQL, v) {
			return nil
		}
		out = v
	}
	return out
}

// funcValue returns the body and signature of the function e is: a
// function literal, or a function of this package declared in its files;
// nil for anything else.
func (c *checker) funcValue(e ast.Expr) (*ast.BlockStmt, *types.Signature) {
	if e == nil {
		return nil, nil
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		sig, ok := c.pass.TypesInfo.TypeOf(e).(*types.Signature)
		if !ok || e.Body == nil {
			return nil, nil
		}
		return e.Body, sig
	case *ast.Ident, *ast.SelectorExpr:
		fn, ok := c.objOf(e).(*types.Func)
		if !ok || fn.Pkg() != c.pass.Pkg {
			return nil, nil
		}
		for _, f := range c.pass.Files {
			for _, decl := range f.Decls {
				if fd, ok := decl.(*ast.FuncDecl); ok && fd.Body != nil && fd.Recv == nil && c.pass.TypesInfo.Defs[fd.Name] == fn {
					return fd.Body, fn.Signature()
				}
			}
		}
	}
	return nil, nil
}

// returnsOf returns the return statements of body, not those of the
// function literals in it.
func returnsOf(body *ast.BlockStmt) []*ast.ReturnStmt {
	var out []*ast.ReturnStmt
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			out = append(out, n)
		}
		return true
	})
	return out
}

// localMapLiteral returns the map literal a local variable is declared
// with (refusals := map[Code]func(){...}) when the file only ever reads
// it by index (refusals[code]): no element is added or changed, it is
// passed nowhere, so it lists what it was declared with. Nil otherwise.
func (c *checker) localMapLiteral(v *types.Var) *ast.CompositeLit {
	if memo, ok := c.localMaps[v]; ok {
		return memo
	}
	if c.localMaps == nil {
		c.localMaps = map[*types.Var]*ast.CompositeLit{}
	}
	c.localMaps[v] = nil
	if _, ok := v.Type().Underlying().(*types.Map); !ok || v.Pos() < c.file.Pos() || v.Pos() > c.file.End() {
		return nil
	}
	var lit *ast.CompositeLit
	ok := true
	var stack []ast.Node
	ast.Inspect(c.file, func(n ast.Node) bool {
		if !ok {
			return false
		}
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		defer func() { stack = append(stack, n) }()
		id, isID := n.(*ast.Ident)
		if !isID {
			return true
		}
		if c.pass.TypesInfo.Defs[id] == v {
			if len(stack) == 0 {
				ok = false
				return true
			}
			switch p := stack[len(stack)-1].(type) {
			case *ast.AssignStmt:
				if p.Tok == token.DEFINE && len(p.Lhs) == 1 && len(p.Rhs) == 1 {
					lit, _ = ast.Unparen(p.Rhs[0]).(*ast.CompositeLit)
				}
			case *ast.ValueSpec:
				if len(p.Names) == 1 && len(p.Values) == 1 {
					lit, _ = ast.Unparen(p.Values[0]).(*ast.CompositeLit)
				}
			}
			ok = lit != nil
			return true
		}
		if c.pass.TypesInfo.Uses[id] != v {
			return true
		}
		// Read by index only: m[k], never assigned to or addressed.
		if len(stack) < 2 {
			ok = false
			return true
		}
		idx, isIdx := stack[len(stack)-1].(*ast.IndexExpr)
		if !isIdx || idx.X != id {
			ok = false
			return true
		}
		switch p := stack[len(stack)-2].(type) {
		case *ast.AssignStmt:
			for _, l := range p.Lhs {
				if l == idx {
					ok = false
				}
			}
		case *ast.IncDecStmt:
			ok = false
		case *ast.UnaryExpr:
			ok = p.Op != token.AND
		}
		return true
	})
	if !ok || lit == nil {
		return nil
	}
	c.localMaps[v] = lit
	return lit
}

// tableEntry returns, for a fix, the table of lookup idx indexed by the
// key of the first code reject handles (a required one if any), as text:
// refusals[sp.OTPInvalid], where the element is a function literal that
// cannot be copied. Empty when the table or the key does not read the
// same at the rejecting branch.
func (c *checker) tableEntry(idx *ast.IndexExpr, reject *clause) string {
	lit, _ := c.mapLiteral(idx.X)
	if lit == nil || !c.portable(idx.X, reject.node.Pos()) {
		return ""
	}
	var first ast.Expr
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok || !c.portable(kv.Key, reject.node.Pos()) {
			continue
		}
		code, ok := c.constCode(kv.Key)
		if !ok || !slices.Contains(reject.codes, code) {
			continue
		}
		if slices.Contains(c.required, code) {
			first = kv.Key
			break
		}
		if first == nil {
			first = kv.Key
		}
	}
	if first == nil {
		return ""
	}
	return c.text(idx.X) + "[" + c.valueText(first) + "]"
}
