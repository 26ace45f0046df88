package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// This file follows a decision recorded as a flag of the value a function
// returns (see "Fails closed" in doc.go), where Success grants on its own
// path:
//
//	switch a.ErrorCode {
//	case Success:
//		ev.Response.AnswerCorrect = true
//	case OTPInvalid:
//		ev.Response.AnswerCorrect = false
//	}
//	return ev
//
// A code that meets Success's path after skipping its grant returns the
// value without it: it joins nothing Success was given, and does not
// fail open there.

// grantMark is the entry of a walk's flags (see sentinel.go) saying the
// path set a success flag to true.
const grantMark = "granted"

// grants reports whether n sets a success flag (Allowed, AnswerCorrect,
// IssueTokens, ...) of a local variable or a parameter to true, or sets a
// local policy effect to Allow.
func (c *checker) grants(n ast.Node) bool {
	as, ok := n.(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return false
	}
	for i, l := range as.Lhs {
		if v := c.localVar(l); v != nil && c.isEffect(as.Rhs[i], "allow") && c.effectOf(v, as.Pos()) {
			return true // effect = effectAllow, the policy's effect later (effects.go)
		}
		sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
		if !ok || !slices.Contains(successFields, strings.ToLower(sel.Sel.Name)) || !c.isLocal(sel) {
			continue
		}
		if v, ok := c.constBool(as.Rhs[i]); ok && v == "1" {
			return true
		}
	}
	return false
}

// noteGrant records a grant at n: on Success's walk, that Success's path
// grants; on another's, that this path did.
func (w *walker) noteGrant(n ast.Node, flags string) string {
	if !w.c.grants(n) {
		return flags
	}
	if w.record {
		w.successGrants = true
		for _, v := range w.c.grantedVars(n) {
			if w.grantVars == nil {
				w.grantVars = map[types.Object]bool{}
			}
			w.grantVars[v] = true
		}
		return flags
	}
	if flags == "" {
		return grantMark
	}
	if !strings.Contains(flags, grantMark) {
		return flags + ";" + grantMark
	}
	return flags
}

// ungranted reports whether a path with flags that joins Success's path
// skipped the grant Success's path makes.
func (w *walker) ungranted(flags string) bool {
	return w.successGrants && !w.record && !strings.Contains(flags, grantMark)
}

// grantedVars returns the local variables whose success flag n, a grant,
// sets to true (d of d.Accept, d.ACR = true, acr).
func (c *checker) grantedVars(n ast.Node) []types.Object {
	as, ok := n.(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return nil
	}
	var out []types.Object
	for i, l := range as.Lhs {
		sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
		if !ok || !slices.Contains(successFields, strings.ToLower(sel.Sel.Name)) || !c.isLocal(sel) {
			continue
		}
		if v, ok := c.constBool(as.Rhs[i]); ok && v == "1" {
			if r, _ := chainOf(c.pass.TypesInfo, sel.X); r != nil {
				out = append(out, r)
			}
		}
	}
	return out
}

// returnsUngranted reports whether n returns, on a path that did not
// grant, a local variable whose success flag Success's path sets to true
// before returning it, and which was declared without the flag (d :=
// Decision{Code: code}, var d Decision): the caller gets the value with
// the flag false, a refusal.
//
//	d := Decision{Code: code}
//	if code == OTPInvalid {
//		d.UserMessage = msgWrongCode
//		return d, nil // refused
//	}
//	d.Accept = true
//	return d, nil
func (w *walker) returnsUngranted(n ast.Node, flags string) bool {
	ret, ok := n.(*ast.ReturnStmt)
	if !ok || w.record || len(w.grantVars) == 0 || strings.Contains(flags, grantMark) {
		return false
	}
	for _, r := range ret.Results {
		id, ok := stripRef(r).(*ast.Ident)
		if !ok {
			continue
		}
		if v := w.c.pass.TypesInfo.Uses[id]; v != nil && w.grantVars[v] && w.declaredUngranted(v) {
			return true
		}
	}
	return false
}

// declaredUngranted reports whether v is declared, in the dispatch's
// function, by var v T or from a composite literal that sets no success
// flag to true.
func (w *walker) declaredUngranted(v types.Object) bool {
	var body ast.Node
	for i := len(w.d.stack) - 1; i >= 0 && body == nil; i-- {
		switch f := w.d.stack[i].(type) {
		case *ast.FuncLit:
			body = f.Body
		case *ast.FuncDecl:
			body = f.Body
		}
	}
	if body == nil {
		return false
	}
	info := w.c.pass.TypesInfo
	var init ast.Expr
	found, ok := false, false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE || len(n.Lhs) != len(n.Rhs) {
				return true
			}
			for i, l := range n.Lhs {
				if id, isID := l.(*ast.Ident); isID && info.Defs[id] == v {
					found, init = true, n.Rhs[i]
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if info.Defs[id] != v {
					continue
				}
				found = true
				switch {
				case len(n.Values) == 0:
					ok = true // var d Decision: every flag false
				case len(n.Values) == len(n.Names):
					init = n.Values[i]
				}
			}
		}
		return !found
	})
	if ok || init == nil {
		return ok
	}
	if u, isAddr := ast.Unparen(init).(*ast.UnaryExpr); isAddr && u.Op == token.AND {
		init = u.X
	}
	lit, isLit := ast.Unparen(init).(*ast.CompositeLit)
	if !isLit {
		return false
	}
	for _, e := range lit.Elts {
		kv, isKV := e.(*ast.KeyValueExpr)
		if !isKV {
			return false // positional: the flag may be among them
		}
		if key, isID := kv.Key.(*ast.Ident); isID && slices.Contains(successFields, strings.ToLower(key.Name)) {
			if b, isConst := w.c.constBool(kv.Value); !isConst || b == "1" {
				return false
			}
		}
	}
	return true
}
