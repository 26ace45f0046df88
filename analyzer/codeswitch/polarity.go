package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// This file decides which way a bool function holding a dispatch answers:
// most say true to accept (OK, IsSuccess, Verified), but a predicate whose
// true side means "reject" (func (e Envelope) Rejected() bool { switch
// e.Code { case A, B, C: return true }; return false }, read by its callers
// as if resp.Rejected() { reject }) accepts with false, so its false for
// every unlisted failure code fails open.

// trueRejectNames are the names of a predicate whose true means reject,
// case aside, after a prefix of trueRejectPrefixes: Rejected, IsDenied,
// Refused, IsBlocked, ShouldFail (not failOpen, RejectReason).
var trueRejectNames = map[string]bool{
	"reject": true, "rejects": true, "rejected": true,
	"deny": true, "denies": true, "denied": true,
	"refuse": true, "refuses": true, "refused": true,
	"block": true, "blocks": true, "blocked": true,
	"fail": true, "fails": true, "failed": true, "failure": true,
	"forbidden": true, "unauthorized": true,
	"stop": true, "stops": true,
}

var trueRejectPrefixes = []string{"is", "was", "should", "must"}

// namedToReject reports whether name says true rejects.
func namedToReject(name string) bool {
	name = strings.ToLower(name)
	if trueRejectNames[name] {
		return true
	}
	for _, p := range trueRejectPrefixes {
		if rest, ok := strings.CutPrefix(name, p); ok && trueRejectNames[rest] {
			return true
		}
	}
	return false
}

// trueRejects reports whether decl, a function or method with one bool
// result, answers true to reject: as the calls of it in the package say
// (if p() { reject } and no if !p() { reject }), or, where the package
// has no such call, as its name says (Rejected, IsDenied).
func (c *checker) trueRejects(decl *ast.FuncDecl) bool {
	fn, ok := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	if !ok {
		return false
	}
	res := fn.Signature().Results()
	if res.Len() != 1 {
		return false
	}
	if b, ok := res.At(0).Type().(*types.Basic); !ok || b.Kind() != types.Bool {
		return false
	}
	if c.rejectMemo == nil {
		c.rejectMemo = map[*types.Func]bool{}
	}
	if v, ok := c.rejectMemo[fn]; ok {
		return v
	}
	c.rejectMemo[fn] = false // while the callers are judged
	v := c.polarity(fn, fn.Name())
	c.rejectMemo[fn] = v
	return v
}

// polarity decides trueRejects for fn, a function or a local holding a
// closure, named name.
func (c *checker) polarity(fn types.Object, name string) bool {
	onTrue, onFalse := c.callerPolarity(fn)
	var v bool
	switch {
	case onTrue || onFalse:
		v = onTrue && !onFalse
	default:
		v = namePolarity(name) < 0 // selfpred.go
	}
	return v
}

// litTrueRejects is trueRejects for a function literal with one bool
// result that initializes a local never assigned again (rejected :=
// func(code int) bool { switch code {...}; return false }; see
// closures.go): its calls in the package (if rejected(res.Code) {
// reject }), or else its name, say which way it answers.
func (c *checker) litTrueRejects(lit *ast.FuncLit, parent ast.Node) bool {
	sig, ok := c.pass.TypesInfo.TypeOf(lit).(*types.Signature)
	if !ok || sig.Results().Len() != 1 || !isBool(sig.Results().At(0).Type()) {
		return false
	}
	as, ok := parent.(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE || len(as.Lhs) != len(as.Rhs) {
		return false
	}
	for i, r := range as.Rhs {
		id, isID := as.Lhs[i].(*ast.Ident)
		if r != lit || !isID {
			continue
		}
		v, isVar := c.pass.TypesInfo.Defs[id].(*types.Var)
		if !isVar {
			return false
		}
		if body := c.enclosingBody(v.Pos()); body == nil || assignsVar(c.pass.TypesInfo, body, v) {
			return false
		}
		return c.polarity(v, v.Name())
	}
	return false
}

// callerPolarity looks at every if of the package whose condition is a
// call of fn or its negation: onTrue when a branch taken on true rejects,
// onFalse when one taken on false does.
func (c *checker) callerPolarity(fn types.Object) (onTrue, onFalse bool) {
	saved := c.sig
	defer func() { c.sig = saved }()
	for _, file := range c.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			ifs, ok := n.(*ast.IfStmt)
			if !ok {
				return true
			}
			cond, neg := ast.Unparen(ifs.Cond), false
			if u, ok := cond.(*ast.UnaryExpr); ok && u.Op == token.NOT {
				cond, neg = ast.Unparen(u.X), true
			}
			call, ok := cond.(*ast.CallExpr)
			if !ok || c.callee(call) != fn {
				return true
			}
			sig := c.signature(ifs)
			if sig == nil {
				return true
			}
			c.sig = sig
			body := c.classify(ifs.Body.List, false) == rejected
			els := false
			if e, ok := ifs.Else.(*ast.BlockStmt); ok {
				els = c.classify(e.List, false) == rejected
			}
			if body && !els {
				if neg {
					onFalse = true
				} else {
					onTrue = true
				}
			}
			if els && !body {
				if neg {
					onTrue = true
				} else {
					onFalse = true
				}
			}
			if !body && !els && ifs.Else == nil {
				// if lockedOut(rc) { s.refuse(conn); return }: what the
				// call writes is not known, its name says it refuses.
				switch c.branchNamed(ifs.Body.List) {
				case -1:
					onTrue = onTrue || !neg
					onFalse = onFalse || neg
				case 1:
					onTrue = onTrue || neg
					onFalse = onFalse || !neg
				}
			}
			return true
		})
	}
	return onTrue, onFalse
}

// enclosingLit returns the function literal holding d and the node
// holding that literal, nil when d is in none.
func (d *dispatch) enclosingLit() (*ast.FuncLit, ast.Node) {
	for i := len(d.stack) - 1; i > 0; i-- {
		switch f := d.stack[i].(type) {
		case *ast.FuncLit:
			return f, d.stack[i-1]
		case *ast.FuncDecl:
			return nil, nil
		}
	}
	return nil, nil
}

// enclosingDecl returns the function declaration holding d, nil when d is
// in a function literal.
func (d *dispatch) enclosingDecl() *ast.FuncDecl {
	for i := len(d.stack) - 1; i >= 0; i-- {
		switch f := d.stack[i].(type) {
		case *ast.FuncLit:
			return nil
		case *ast.FuncDecl:
			return f
		}
	}
	return nil
}

// and returns the codes in both s and t.
func (s codeSet) and(t codeSet) codeSet {
	return codeSet{s[0] & t[0], s[1] & t[1]}
}

// boolAnswer splits set at n, a return of the one bool result of the
// function holding the dispatch, when the value returned is a condition on
// the code (return throttled[v], return v == Locked after the switch):
// acc are the codes it accepts for, rej those it rejects for (true rejects
// where the function answers true to reject), a code it cannot tell in
// both. ok is false for any other node, a constant, or a value that does
// not tell the codes apart. Success's walk records the return as usual.
func (w *walker) boolAnswer(n ast.Node, set codeSet, flags string) (acc, rej codeSet, ok bool) {
	ret, isRet := n.(*ast.ReturnStmt)
	if !isRet || w.record || len(ret.Results) != 1 || w.fl.sig == nil || w.fl.sig.Results().Len() != 1 || !isBool(w.fl.sig.Results().At(0).Type()) {
		return acc, rej, false
	}
	if tv, known := w.c.pass.TypesInfo.Types[ret.Results[0]]; !known || tv.Value != nil {
		return acc, rej, false
	}
	t, f := w.split(ret.Results[0], set, flags)
	if t == f {
		return acc, rej, false
	}
	if w.c.rejectTrue {
		return f, t, true
	}
	return t, f, true
}

// refuseCallWords and admitCallWords lead the name of a call saying it
// refuses or lets in (s.refuse(conn), h.denyAccess(w); s.admit(conn),
// grantSession(w)). They are read only where neither branch of an if
// calling a bool predicate is known to reject (see callerPolarity).
var (
	refuseCallWords = map[string]bool{"reject": true, "deny": true, "refuse": true, "block": true, "forbid": true}
	admitCallWords  = map[string]bool{"accept": true, "admit": true, "allow": true, "grant": true, "permit": true}
)

// branchNamed returns -1 when list, the body of an if without else,
// calls a function or method whose name leads with one of
// refuseCallWords and then leaves (its last statement a return), 1 when
// it calls one whose name leads with one of admitCallWords, 0 otherwise.
func (c *checker) branchNamed(list []ast.Stmt) int {
	if len(list) == 0 {
		return 0
	}
	if _, ok := list[len(list)-1].(*ast.ReturnStmt); !ok {
		return 0
	}
	v := 0
	for _, st := range list {
		var call *ast.CallExpr
		switch st := st.(type) {
		case *ast.ExprStmt:
			call, _ = ast.Unparen(st.X).(*ast.CallExpr)
		case *ast.AssignStmt:
			call = discarded(st)
		case *ast.ReturnStmt:
			if len(st.Results) == 1 {
				call, _ = ast.Unparen(st.Results[0]).(*ast.CallExpr) // return s.refuse(conn)
			}
		}
		if call == nil {
			continue
		}
		fn, ok := c.callee(call).(*types.Func)
		if !ok {
			continue
		}
		words := splitWords(fn.Name())
		if len(words) == 0 {
			continue
		}
		w := 0
		switch {
		case refuseCallWords[words[0]]:
			w = -1
		case admitCallWords[words[0]]:
			w = 1
		}
		if w != 0 && v != 0 && w != v {
			return 0
		}
		if w != 0 {
			v = w
		}
	}
	return v
}
