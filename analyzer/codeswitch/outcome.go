package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
)

// This file reads outcomes returned as data: a struct whose enum field
// says how the request ended (return Result{Outcome: NeedsDispatcher},
// nil where Success's path ends at return Result{Outcome: Completed,
// PSN: psn}, nil). Where Success's outcome names a success (Completed,
// StateActive: grantedState) and a code's return gives the same field
// another constant of its type, the caller tells the two apart: the code
// is handled, whatever its outcome is called, and every code that reaches
// Success's outcome instead fails open. This mirrors the tables of
// handlers: a failure code with a handler of its own that differs from
// Success's is handled.

// successOutcome returns the return ending Success's path that answers
// for it: the only one, or, when Success's path may also end at returns
// of another error (if err := store.Save(...); err != nil { return
// Result{}, err }), the only one whose error results are all nil.
func (w *walker) successOutcome() *ast.ReturnStmt {
	if !w.multiRet {
		return w.successRet
	}
	info := w.c.pass.TypesInfo
	var out *ast.ReturnStmt
	for _, r := range w.successRets {
		if len(r.Results) != w.fl.sig.Results().Len() {
			return nil
		}
		clean := true
		for i, e := range r.Results {
			if isErrorIface(w.fl.sig.Results().At(i).Type()) && !info.Types[e].IsNil() {
				clean = false
			}
		}
		if !clean {
			continue
		}
		if out != nil {
			return nil
		}
		out = r
	}
	return out
}

// outcomeApart reports whether ret, off Success's path, answers with an
// outcome that differs from Success's where Success's names a success: a
// field of a struct literal result (or the result itself, a constant of an
// enum) holding a named constant of an enum type, Success's granted
// (Completed) and ret's another (NeedsDispatcher). ret's error results
// must be nil: it answers as data. acted: ret's path did something off
// Success's path on its way.
func (w *walker) outcomeApart(ret *ast.ReturnStmt, acted bool) bool {
	sr := w.successOutcome()
	sig := w.fl.sig
	if sr == nil || sr == ret || len(sr.Results) != len(ret.Results) || sig.Results().Len() != len(ret.Results) {
		return false
	}
	info := w.c.pass.TypesInfo
	for i, r := range ret.Results {
		if isErrorIface(sig.Results().At(i).Type()) && !info.Types[r].IsNil() {
			return false
		}
	}
	acts := !acted && w.actsBeyondReturn()
	for i, r := range ret.Results {
		if w.c.constApart(r, sr.Results[i], acts) {
			return true // return NeedsDispatcher, nil where Success returns Completed, nil
		}
		t, st := info.TypeOf(r), info.TypeOf(sr.Results[i])
		if t == nil || st == nil || !types.Identical(t, st) {
			continue
		}
		fields, sfields := w.c.outcomeFields(r), w.c.outcomeFields(sr.Results[i])
		for name, sv := range sfields {
			if v := fields[name]; v != nil && w.c.constApart(v, sv, acts) {
				return true
			}
		}
	}
	return false
}

// actsBeyondReturn reports whether Success's path, as recorded, does
// something other than returning (if err := s.markSigned(o); err != nil,
// queue.Push(parcel)); logging is no place of it (effect).
func (w *walker) actsBeyondReturn() bool {
	for n := range w.places {
		if !isReturn(n) {
			return true
		}
	}
	return false
}

// outcomeFields returns the fields e, a struct literal (Result{Outcome:
// Completed}, &Screen{...}), gives by name; none for anything else (a
// local filled field by field is a transition: transition.go).
func (c *checker) outcomeFields(e ast.Expr) map[string]ast.Expr {
	out := map[string]ast.Expr{}
	lit := structLit(e)
	if lit == nil {
		return out
	}
	if _, ok := typeStruct(c.pass.TypesInfo.TypeOf(lit)); !ok {
		return out
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				out[id.Name] = kv.Value
			}
		}
	}
	return out
}

// constApart reports whether e and success are constants of one enum type
// (a named integer or string type, neither a return code, a message nor a
// quantity), success naming a success (grantedState) or being the enum's
// grant as its structure says (domainGrant; acts: Success's path acts
// where e's does not), and e another value.
func (c *checker) constApart(e, success ast.Expr, acts bool) bool {
	info := c.pass.TypesInfo
	named, ok := info.TypeOf(success).(*types.Named)
	if !ok || !namedConst(info, e) || !namedConst(info, success) || info.TypeOf(e) == nil || !types.Identical(info.TypeOf(e), named) {
		return false
	}
	b, ok := named.Underlying().(*types.Basic)
	if !ok || b.Info()&(types.IsInteger|types.IsString) == 0 || c.spid.IsCodeType(named) ||
		containsAny(strings.ToLower(named.Obj().Name()), messageTypes) || isQuantity(named) {
		return false
	}
	if !c.grantedState(success, named) && !c.domainGrant(success, named, acts) {
		return false
	}
	got, want := info.Types[e].Value, info.Types[success].Value
	return got != nil && want != nil && got.Kind() == want.Kind() && !constant.Compare(got, token.EQL, want)
}

// structLit returns e as a composite literal (Result{...} or
// &Result{...}), or nil.
func structLit(e ast.Expr) *ast.CompositeLit {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok || lit.Type == nil {
		return nil
	}
	return lit
}

// keyedValue returns the value lit gives the field named by key, or nil.
func keyedValue(lit *ast.CompositeLit, key ast.Expr) ast.Expr {
	k, ok := key.(*ast.Ident)
	if !ok {
		return nil
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == k.Name {
				return kv.Value
			}
		}
	}
	return nil
}

// markOutcome records ret as rejecting only as an outcome apart.
func (c *checker) markOutcome(ret *ast.ReturnStmt) {
	if c.asOutcome == nil {
		c.asOutcome = map[*ast.ReturnStmt]bool{}
	}
	c.asOutcome[ret] = true
}

// betterRejection reports whether cl is a better clause than cur for a
// fix to copy: one listing a security-relevant code over one that does
// not, then one rejecting by more than an outcome apart from Success's
// (return Decision{Outcome: Denied} over Decision{Outcome: Retry}).
func (c *checker) betterRejection(cl, cur *clause) bool {
	if r, cr := c.listsRequired(cl), c.listsRequired(cur); r != cr {
		return r
	}
	return c.outcomeOnly(cur) && !c.outcomeOnly(cl)
}

// outcomeOnly reports whether cl's body ends at a return marked by
// markOutcome.
func (c *checker) outcomeOnly(cl *clause) bool {
	if len(cl.body) == 0 || c.asOutcome == nil {
		return false
	}
	ret, ok := cl.body[len(cl.body)-1].(*ast.ReturnStmt)
	return ok && c.asOutcome[ret]
}
