package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/codes"
)

// Closure predicates: a local declared with a function literal, never
// assigned again, whose body is a predicate's (see provePredicate) is a
// predicate where it is called, as a declared function is:
//
//	rejected := func(code int64) bool { return code == OTP_INVALID || code == BOGUS_OTP }
//	if rejected(res.Code) { ...; return }   // the other codes pass: fail-open
//	accepted := func(c int64) bool { return c == SUCCESS }
//	if !accepted(res.Code) { ...; return }  // fail-closed
//
// A literal passed or stored elsewhere, or a local assigned again, is none.

// predicateOf returns the predicate fact of what call calls: a function or
// method (summary.go), or a closure predicate; nil for none.
func (c *checker) predicateOf(call *ast.CallExpr) *predFact {
	if c.sums == nil {
		return nil
	}
	if fn, ok := c.callee(call).(*types.Func); ok {
		return c.sums.predicate(fn)
	}
	lit := c.closureLit(call)
	if lit == nil {
		return nil
	}
	if c.sums.lits == nil {
		c.sums.lits = map[*ast.FuncLit]*predFact{}
	}
	if p, ok := c.sums.lits[lit]; ok {
		return p
	}
	c.sums.lits[lit] = nil // a closure calling itself proves nothing
	var p *predFact
	if sig, ok := c.pass.TypesInfo.TypeOf(lit).(*types.Signature); ok {
		p = c.sums.proveBody(sig, lit.Body, c.file)
	}
	c.sums.lits[lit] = p
	return p
}

// closureLit returns the function literal the local call calls was
// declared with, when it is never assigned again.
func (c *checker) closureLit(call *ast.CallExpr) *ast.FuncLit {
	v := c.localVar(call.Fun)
	if v == nil {
		return nil
	}
	lit, ok := ast.Unparen(c.localInit(call.Fun)).(*ast.FuncLit)
	if !ok {
		return nil
	}
	if body := c.enclosingBody(v.Pos()); body == nil || assignsVar(c.pass.TypesInfo, body, v) {
		return nil
	}
	return lit
}

// closureCode returns the code cond calls a closure predicate on (if
// rejected(res.Code) {...}): an argument that is a return code, or one
// the closure compares with constants naming published codes (spid's
// CodeConstants: code == OTP_INVALID || code == BOGUS_OTP with untyped
// constants), whatever its type. Nil when cond calls none.
func (c *checker) closureCode(cond ast.Expr) ast.Expr {
	var tag ast.Expr
	ast.Inspect(cond, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || tag != nil {
			return tag == nil
		}
		lit := c.closureLit(call)
		if lit == nil {
			return true
		}
		p := c.predicateOf(call)
		if p == nil || len(p.Fields) > 0 {
			return true
		}
		if p.Switch && !c.inTagless {
			return true // its switch is judged on its own, as a declared predicate's
		}
		if arg := predArg(call, p); arg != nil && (c.isCode(arg) || c.comparesCodeConstants(lit.Body)) {
			tag = arg
		}
		return tag == nil
	})
	return tag
}

// comparesCodeConstants reports whether the constants body, a closure's
// or a predicate's, compares with name published codes (see closureCode).
func (c *checker) comparesCodeConstants(body *ast.BlockStmt) bool {
	var consts []ast.Expr
	ast.Inspect(body, func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		if !ok || b.Op != token.EQL && b.Op != token.NEQ {
			return true
		}
		for _, side := range []ast.Expr{b.X, b.Y} {
			if c.isConst(side) {
				consts = append(consts, side)
			}
		}
		return true
	})
	return c.spid.CodeConstants(c.pass.TypesInfo, consts) || spid.CodeLiterals(c.pass.TypesInfo, consts)
}

// closureLink returns the constants and codes of cond, a later link of an
// if-else chain whose first link calls a closure predicate on tag (see
// closureCode), or a predicate comparing it with such constants
// (isOTPFailure(res.Code), see predicatedCode), when cond compares that
// same value with constants: else if res.Code != SUCCESS, as the fix
// writes it. Nil otherwise.
func (c *checker) closureLink(first *ast.IfStmt, cond, tag ast.Expr) ([]ast.Expr, []codes.ReturnCode) {
	if tag == nil || c.comparedOf(cond, func(x ast.Expr) bool { return sameExpr(x, tag) }) == nil || c.closureCode(first.Cond) == nil && c.predicatedCode(first.Cond) == nil {
		return nil, nil
	}
	s := subject{is: func(e ast.Expr) bool { return sameExpr(e, tag) }, base: func(ast.Expr) bool { return false }, tag: tag}
	var out []codes.ReturnCode
	for _, code := range published {
		switch c.evalCond(cond, code, s) {
		case triTrue:
			out = append(out, code)
		case triUnknown:
			return nil, nil
		}
	}
	return []ast.Expr{cond}, out
}
