package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"

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
// c.NoContent(st)); and, as own, the codes n hands to a handler of their
// own (ownHandlers).
func (w *walker) tabledRejects(n ast.Node, set codeSet) (out, own codeSet) {
	if w.record || w.d.errs {
		return out, own
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
			} else if call := w.elemResult(r); call != nil {
				calls = append(calls, call) // return err of err := react(ctx)
			}
		}
	}
	if ret, ok := n.(*ast.ReturnStmt); ok {
		out = w.heldReturn(ret, set) // held.go
	}
	if !w.usesElement(calls) {
		return out, own // the common case: no table's element here
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
	return out, w.ownHandlers(n, calls, set.without(out), s)
}

// ownHandlers returns the codes of set, Success aside, that n, a return
// on Success's path of the element Success's function is called at,
// hands to a function of their own (see "Dispatch by table" in doc.go):
// another function than Success's (a literal, or a function or method
// of this package), that makes a call of its own (not logging) and none
// of the calls Success's function makes, followed into the functions of
// this package. Such a code is handled by the table, whatever its
// function returns: a token parked where Success binds it. A code mapped
// to Success's function, to one calling Success's grant, or to one that
// only logs goes on as before.
func (w *walker) ownHandlers(n ast.Node, calls []*ast.CallExpr, set codeSet, s subject) (out codeSet) {
	if ret, ok := n.(*ast.ReturnStmt); !ok || !w.places[ret] || set.empty() {
		return out
	}
	for _, call := range calls {
		sbody, _ := w.c.funcValue(w.c.lookedUpElem(call.Fun, codes.Success, s))
		if sbody == nil {
			continue
		}
		grants := w.c.callsIn(sbody)
		for _, code := range published {
			if !set.has(code) || code == codes.Success {
				continue
			}
			body, _ := w.c.funcValue(w.c.lookedUpElem(call.Fun, code, s))
			if body == nil || body == sbody {
				continue
			}
			own, shared := false, false
			for fn := range w.c.callsIn(body) {
				if grants[fn] {
					shared = true
					break
				}
				own = true
			}
			if own && !shared {
				out.add(code)
			}
		}
	}
	return out
}

// pureImports are the standard packages whose functions only compute a
// value (fmt.Errorf, errors.New, strings.TrimSpace): calling one is no
// action of a handler's own, nor a grant two handlers share.
var pureImports = map[string]bool{
	"fmt": true, "errors": true, "strings": true, "strconv": true, "time": true, "context": true,
	"bytes": true, "math": true, "sort": true, "slices": true, "maps": true, "unicode": true,
	"unicode/utf8": true, "path": true, "path/filepath": true, "net/url": true, "encoding/json": true,
}

// maxCallDepth is how deep callsIn follows the functions of this package.
const maxCallDepth = 3

// callsIn returns the functions and methods body calls, neither logging
// nor of pureImports, and those the functions of this package it calls
// call in turn, maxCallDepth deep.
func (c *checker) callsIn(body *ast.BlockStmt) map[*types.Func]bool {
	out := map[*types.Func]bool{}
	var visit func(b *ast.BlockStmt, depth int)
	visit = func(b *ast.BlockStmt, depth int) {
		ast.Inspect(b, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn, ok := c.callee(call).(*types.Func)
			if !ok || fn.Pkg() == nil || pureImports[fn.Pkg().Path()] || c.isLogging(call) {
				return true
			}
			fn = fn.Origin()
			if out[fn] {
				return true
			}
			out[fn] = true
			if depth < maxCallDepth {
				if fd := c.funcDecl(fn); fd != nil {
					visit(fd.Body, depth+1)
				}
			}
			return true
		})
	}
	visit(body, 1)
	return out
}

// elemResult returns the call r, a local error, was declared with when
// that call is of a table's element (err of if err := react(ctx); err !=
// nil { return err }): returning r returns what the element did.
func (w *walker) elemResult(r ast.Expr) *ast.CallExpr {
	v := w.c.localVar(r)
	if v == nil || !typex.IsError(v.Type()) {
		return nil
	}
	call, _ := ast.Unparen(w.c.localInit(r)).(*ast.CallExpr)
	if call == nil || w.c.localVar(call.Fun) == nil {
		return nil
	}
	return call
}

// usesElement reports whether one of calls calls, or is written with, an
// element of a table looked up by the dispatched code: a cheap test before
// the codes are looked at one by one.
func (w *walker) usesElement(calls []*ast.CallExpr) bool {
	elem := func(e ast.Expr) bool {
		if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok && w.c.localVar(sel.X) != nil {
			if f, ok := w.c.pass.TypesInfo.Uses[sel.Sel].(*types.Var); ok && f.IsField() {
				e = sel.X // o.status of o, ok := failures[code]
			}
		}
		v := w.c.localVar(e)
		if v == nil {
			return false
		}
		idx := w.c.lookupValues()[v]
		if idx == nil {
			idx = w.c.defaultedVars()[v].idx
		}
		return idx != nil && w.isTag(idx.Index)
	}
	for _, call := range calls {
		if elem(call.Fun) || chainArg(call, elem) {
			return true
		}
	}
	return false
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
			if ast.Unparen(r) == call || w.elemResult(r) == call {
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
		if sel, ok := e.(*ast.SelectorExpr); ok && fn.Signature().Recv() != nil {
			// A method value (k.badPIN), called with the method's own
			// parameters; not a method expression ((*Kiosk).badPIN).
			if s := c.pass.TypesInfo.Selections[sel]; s == nil || s.Kind() != types.MethodVal {
				return nil, nil
			}
		}
		if fd := c.funcDecl(fn); fd != nil {
			return fd.Body, fn.Signature()
		}
	case *ast.CallExpr:
		return c.funcValue(c.builtFunc(e))
	}
	return nil, nil
}

// builtFunc returns the function literal call builds: call calls a
// function of this package, or a local closure never assigned again,
// whose body is one return of a function literal (deny :=
// func(r Result) func() (T, error) { return func() (T, error) {...} };
// a table row deny(Locked) is that literal). Nil otherwise.
func (c *checker) builtFunc(call *ast.CallExpr) ast.Expr {
	var body *ast.BlockStmt
	if lit := c.closureLit(call); lit != nil {
		body = lit.Body
	} else if fn, ok := c.callee(call).(*types.Func); ok {
		if fd := c.funcDecl(fn); fd != nil {
			body = fd.Body
		}
	}
	if body == nil || len(body.List) != 1 {
		return nil
	}
	ret, ok := body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	lit, ok := ast.Unparen(ret.Results[0]).(*ast.FuncLit)
	if !ok {
		return nil
	}
	return lit
}

// funcDecl returns the declaration, with a body, of fn, a function or a
// concrete method of this package; nil for anything else.
func (c *checker) funcDecl(fn *types.Func) *ast.FuncDecl {
	fn = fn.Origin()
	if fn.Pkg() != c.pass.Pkg {
		return nil
	}
	for _, f := range c.pass.Files {
		if fn.Pos() < f.Pos() || fn.Pos() > f.End() {
			continue
		}
		for _, decl := range f.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok && fd.Body != nil && c.pass.TypesInfo.Defs[fd.Name] == fn {
				return fd
			}
		}
	}
	return nil
}

// A table may be built by a function or method of this package that
// returns a map literal, looked up where the call is:
//
//	func (k *Kiosk) onAnswer() map[Code]func(context.Context) error {
//		return map[Code]func(context.Context) error{OTPInvalid: k.badPIN, ...}
//	}
//	if react, ok := k.onAnswer()[res.Code()]; ok { return react(ctx) }
//
// Each call builds the literal anew, so the lookup reads exactly its keys
// and values.

// builtTable returns the map literal call's function returns: its body is
// return LIT, or m := LIT (var m = LIT) then return m; nil for any other
// call, and for a function of another package or an interface's method.
func (c *checker) builtTable(call *ast.CallExpr) *ast.CompositeLit {
	fn, ok := c.callee(call).(*types.Func)
	if ok && fn.Pkg() != c.pass.Pkg {
		return c.factTable(fn.Origin()) // mfa.OutcomeNames() (outnames.go)
	}
	if !ok || fn.Signature().Results().Len() != 1 {
		return nil
	}
	if _, ok := fn.Signature().Results().At(0).Type().Underlying().(*types.Map); !ok {
		return nil
	}
	if lit, ok := c.built[fn]; ok {
		return lit
	}
	if c.built == nil {
		c.built = map[*types.Func]*ast.CompositeLit{}
	}
	var lit *ast.CompositeLit
	if fd := c.funcDecl(fn); fd != nil {
		lit = c.returnedLiteral(fd.Body.List)
		if v := returnedVar(c.pass.TypesInfo, fd.Body); lit == nil && v != nil && v.Pkg() == c.pass.Pkg {
			lit = c.varLiteral(v) // return outcomeNames (outnames.go)
		}
	}
	c.built[fn] = lit
	return lit
}

// returnedLiteral returns the map literal list, a function's body, returns:
// return LIT, or m := LIT (var m = LIT) then return m.
func (c *checker) returnedLiteral(list []ast.Stmt) *ast.CompositeLit {
	mapLit := func(e ast.Expr) *ast.CompositeLit {
		lit, ok := ast.Unparen(e).(*ast.CompositeLit)
		if !ok {
			return nil
		}
		if t := c.pass.TypesInfo.TypeOf(lit); t == nil {
			return nil
		} else if _, ok := t.Underlying().(*types.Map); !ok {
			return nil
		}
		return lit
	}
	if len(list) == 0 || len(list) > 2 {
		return nil
	}
	ret, ok := list[len(list)-1].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	if len(list) == 1 {
		return mapLit(ret.Results[0])
	}
	var name *ast.Ident
	var value ast.Expr
	switch s := list[0].(type) {
	case *ast.AssignStmt:
		if s.Tok == token.DEFINE && len(s.Lhs) == 1 && len(s.Rhs) == 1 {
			name, _ = s.Lhs[0].(*ast.Ident)
			value = s.Rhs[0]
		}
	case *ast.DeclStmt:
		if gd, ok := s.Decl.(*ast.GenDecl); ok && gd.Tok == token.VAR && len(gd.Specs) == 1 {
			if vs := gd.Specs[0].(*ast.ValueSpec); len(vs.Names) == 1 && len(vs.Values) == 1 {
				name, value = vs.Names[0], vs.Values[0]
			}
		}
	}
	id, ok := ast.Unparen(ret.Results[0]).(*ast.Ident)
	if name == nil || !ok || c.pass.TypesInfo.Defs[name] == nil || c.pass.TypesInfo.Uses[id] != c.pass.TypesInfo.Defs[name] {
		return nil
	}
	return mapLit(value)
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
			var init ast.Expr
			switch p := stack[len(stack)-1].(type) {
			case *ast.AssignStmt:
				if p.Tok == token.DEFINE && len(p.Lhs) == 1 && len(p.Rhs) == 1 {
					init = ast.Unparen(p.Rhs[0])
				}
			case *ast.ValueSpec:
				if len(p.Names) == 1 && len(p.Values) == 1 {
					init = ast.Unparen(p.Values[0])
				}
			}
			switch init := init.(type) {
			case *ast.CompositeLit:
				lit = init
			case *ast.CallExpr:
				lit = c.builtTable(init) // table := k.onAnswer()
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
		keyed := c.keyCodes(idx.Index, kv.Key)
		if !overlaps(keyed, reject.codes) {
			continue
		}
		if overlaps(keyed, c.required) {
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

// A lookup helper answers whether its code parameter is among a table's
// keys, a predicate on the code whose result is the lookup's ok:
//
//	func PlayerMessage(code int) (msg string, failed bool) {
//		msg, failed = playerText[code]
//		return msg, failed
//	}
//
// Its summary is a predFact whose Result is the bool's index; a caller of
// the same package, if msg, failed := playerMessage(code); failed {...},
// tests it, and the finding points at the table. One returning only the
// bool is a predicate like any other (exported as a fact).

// proveLookup returns the fact of fn when its body is exactly v, ok :=
// table[p] (or = into its named results) and a return of ok as its last
// result (return v, ok, return ok, or a bare return), with table a map
// literal of this package whose keys are all return-code constants, p a
// parameter; nil otherwise.
func (s *summaries) proveLookup(fn *types.Func, d funcDecl) *predFact {
	sig := fn.Signature()
	res := sig.Results()
	list := d.decl.Body.List
	if res.Len() == 0 || res.Len() > 2 || !isBool(res.At(res.Len()-1).Type()) || len(list) != 2 || sig.Recv() != nil && res.Len() != 1 {
		return nil
	}
	as, ok := list[0].(*ast.AssignStmt)
	ret, ok2 := list[1].(*ast.ReturnStmt)
	if !ok || !ok2 || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return nil
	}
	info := s.pass.TypesInfo
	idx, ok := ast.Unparen(as.Rhs[0]).(*ast.IndexExpr)
	okID, ok2 := as.Lhs[1].(*ast.Ident)
	if !ok || !ok2 || info.ObjectOf(okID) == nil {
		return nil
	}
	okObj := info.ObjectOf(okID)
	switch len(ret.Results) {
	case 0:
		if okObj != res.At(res.Len()-1) {
			return nil
		}
	case res.Len():
		last, isID := ast.Unparen(ret.Results[len(ret.Results)-1]).(*ast.Ident)
		if !isID || info.Uses[last] != okObj {
			return nil
		}
	default:
		return nil
	}
	return s.lookupFact(sig, d, idx)
}

// lookupFact is proveLookup's fact of a function of signature sig, whose
// result is whether idx, a lookup of its parameter or of its receiver's
// field, finds a key of its table.
func (s *summaries) lookupFact(sig *types.Signature, d funcDecl, idx *ast.IndexExpr) *predFact {
	info := s.pass.TypesInfo
	res := sig.Results()
	var fields []string
	pid, ok := ast.Unparen(idx.Index).(*ast.Ident)
	if sel, isSel := ast.Unparen(idx.Index).(*ast.SelectorExpr); isSel && sig.Recv() != nil {
		// func (r Result) Locked() bool { _, ok := locked[r.code]; return ok }:
		// the receiver's field is the code (predchain.go).
		if x, isID := ast.Unparen(sel.X).(*ast.Ident); isID && info.Uses[x] == sig.Recv() && !assignsVar(info, d.decl.Body, sig.Recv()) {
			pid, ok, fields = x, true, []string{sel.Sel.Name}
		}
	}
	if !ok || sig.Recv() != nil && fields == nil {
		return nil
	}
	param := -1
	if fields != nil {
		param = receiverParam
	}
	for i := 0; fields == nil && i < sig.Params().Len(); i++ {
		if info.Uses[pid] == sig.Params().At(i) {
			param = i
		}
	}
	if fields == nil && (param < 0 || assignsVar(info, d.decl.Body, sig.Params().At(param))) {
		return nil
	}
	c := s.checkerFor(d.file, sig)
	var keyExprs []ast.Expr
	if lit, _ := c.mapLiteral(idx.X); lit != nil {
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return nil
			}
			keyExprs = append(keyExprs, kv.Key)
		}
	} else {
		keyExprs = c.setBuilderKeys(idx.X) // predchain.go
	}
	if len(keyExprs) == 0 {
		return nil
	}
	f := &predFact{Param: param, Fields: fields, Result: res.Len() - 1}
	var keys codeSet
	for _, k := range keyExprs {
		code, ok := c.constCode(k)
		if !ok || !code.Known() {
			return nil // a table of something else (HTTP statuses, ports)
		}
		keys.add(code)
	}
	for _, code := range published {
		if keys.has(code) {
			f.True = append(f.True, int(code))
		}
	}
	if len(f.True) == len(published) {
		return nil
	}
	if v, ok := info.Uses[typex.NameIdent(idx.X)].(*types.Var); ok {
		f.Table, f.TableName, f.TableFile = v.Pos(), v.Name(), s.pass.Fset.File(v.Pos()).Name()
	}
	return f
}

// flagOfLookup evaluates e, a bool local declared with the ok result of a
// lookup helper (failed of msg, failed := auth.PlayerMessage(code)), when
// the code of s is code; triUnknown for any other e.
func (c *checker) flagOfLookup(e ast.Expr, code codes.ReturnCode, s subject) tri {
	call, p := c.lookupFlag(e)
	if call == nil {
		return triUnknown
	}
	arg := predArg(call, p)
	if arg == nil || !s.is(stripRef(arg)) {
		return triUnknown
	}
	return p.value(code)
}

// lookupFlag returns the call of a lookup helper and its fact when e is
// the local its ok result was declared into, and that local is written
// nowhere else; nil otherwise.
func (c *checker) lookupFlag(e ast.Expr) (*ast.CallExpr, *predFact) {
	v := c.localVar(e)
	if v == nil || !isBool(v.Type()) || c.sums == nil {
		return nil, nil
	}
	if m, ok := c.flagMemo[v]; ok {
		return m.call, m.p
	}
	call, p := c.findLookupFlag(v)
	if c.flagMemo == nil {
		c.flagMemo = map[*types.Var]lookupCall{}
	}
	c.flagMemo[v] = lookupCall{call, p}
	return call, p
}

// lookupCall is a memoized answer of lookupFlag.
type lookupCall struct {
	call *ast.CallExpr
	p    *predFact
}

func (c *checker) findLookupFlag(v *types.Var) (*ast.CallExpr, *predFact) {
	path, _ := astutil.PathEnclosingInterval(c.file, v.Pos(), v.Pos())
	var as *ast.AssignStmt
	for _, n := range path {
		if a, ok := n.(*ast.AssignStmt); ok {
			as = a
			break
		}
	}
	if as == nil || as.Tok != token.DEFINE || len(as.Rhs) != 1 {
		return nil, nil
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return nil, nil
	}
	fn, ok := c.callee(call).(*types.Func)
	if !ok || fn.Pkg() != c.pass.Pkg {
		return nil, nil // another package's table cannot be pointed at
	}
	p := c.sums.predicate(fn)
	if p == nil || p.Result != len(as.Lhs)-1 || fn.Signature().Results().Len() != len(as.Lhs) || as.Lhs[p.Result].Pos() != v.Pos() {
		return nil, nil
	}
	writes := 0
	ast.Inspect(c.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && c.pass.TypesInfo.ObjectOf(id) == v {
					writes++
				}
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && c.pass.TypesInfo.Uses[id] == v {
				writes += 2
			}
		}
		return true
	})
	if writes != 1 {
		return nil, nil
	}
	return call, p
}

// lookupFlagCode returns the code argument of the lookup helper whose ok
// result cond reads (if failed, if !refused), for a dispatch's condition.
func (c *checker) lookupFlagCode(cond ast.Expr) ast.Expr {
	var key ast.Expr
	ast.Inspect(cond, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && key == nil {
			if call, p := c.lookupFlag(id); call != nil {
				key = predArg(call, p)
			}
		}
		return key == nil
	})
	return key
}

// helperTables returns the related information for the tables of the
// lookup helpers whose ok results d's conditions test.
func (c *checker) helperTables(d *dispatch) []analysis.RelatedInformation {
	var out []analysis.RelatedInformation
	for _, cl := range d.clauses {
		for _, e := range cl.exprs {
			ast.Inspect(e, func(n ast.Node) bool {
				id, ok := n.(*ast.Ident)
				if !ok {
					return true
				}
				if _, p := c.lookupFlag(id); p != nil && p.Table.IsValid() {
					if tf := c.pass.Fset.File(p.Table); tf != nil && tf.Name() == p.TableFile {
						out = append(out, analysis.RelatedInformation{
							Pos:     p.Table,
							End:     p.Table + token.Pos(len(p.TableName)),
							Message: "the table " + p.TableName + " is declared here",
						})
					}
				}
				return true
			})
		}
	}
	return out
}

// elemErr evaluates err != nil and err == nil where err is a local error
// declared with a call of a table's element looked up by the code (if err
// := react(ctx); err != nil): for code, the element's function returns a
// non-nil error on every return (err != nil holds), or nil on every
// return (it does not); triUnknown otherwise.
func (c *checker) elemErr(e *ast.BinaryExpr, code codes.ReturnCode, s subject) tri {
	if e.Op != token.EQL && e.Op != token.NEQ {
		return triUnknown
	}
	x := e.X
	switch {
	case c.isNilExpr(e.Y):
	case c.isNilExpr(e.X):
		x = e.Y
	default:
		return triUnknown
	}
	v := c.localVar(x)
	if v == nil || !typex.IsError(v.Type()) {
		return triUnknown
	}
	call, ok := ast.Unparen(c.localInit(x)).(*ast.CallExpr)
	if !ok {
		return triUnknown
	}
	body, sig := c.funcValue(c.lookedUpElem(call.Fun, code, s))
	if body == nil || sig.Results().Len() != 1 || !typex.IsError(sig.Results().At(0).Type()) {
		return triUnknown
	}
	rets := returnsOf(body)
	if len(rets) == 0 {
		return triUnknown
	}
	nonNil := 0
	for _, r := range rets {
		if len(r.Results) != 1 {
			return triUnknown
		}
		switch c.value(r.Results[0], sig.Results().At(0).Type()) {
		case rejected:
			nonNil++
		case accept:
			if !c.isNilExpr(r.Results[0]) {
				return triUnknown
			}
		default:
			return triUnknown
		}
	}
	switch nonNil {
	case len(rets):
		return triOf(e.Op == token.NEQ)
	case 0:
		return triOf(e.Op == token.EQL)
	}
	return triUnknown
}
