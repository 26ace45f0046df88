package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/codes"
)

// This file reads a dispatch over a mirror: the consumer's own enum that
// its client fills from return codes (spid's Mirror), so that switch
// res.Outcome { case surepass.OTPInvalid: ... } is a dispatch over the
// codes each constant stands for.

// mirrorOf returns the mirror e's type is; nil when e is a return code
// itself (a code type stays a code) or no mirror.
func (c *checker) mirrorOf(e ast.Expr) *spid.Mirror {
	t := c.pass.TypesInfo.TypeOf(e)
	if t == nil || c.spid.IsCodeType(t) {
		return nil
	}
	if m := c.classifierOf(e); m != nil {
		return m
	}
	m := c.spid.MirrorOf(t)
	if m != nil && c.tableHeld(e, t) {
		// outcome := reasonOutcome[rc]: the team's table, not the
		// client's fill, maps the codes, and gives the ones it leaves
		// out the zero value, not the mirror's default (held.go).
		return nil
	}
	return m
}

// tableHeld reports whether e is a lookup in a table keyed by return
// codes (reasonOutcome[rc]) or a local declared with one and written
// nowhere else, the table declared outside the package of t, the
// mirror's type: its value is that table's for the code. A table of the
// mirror's own package is one of the mappings the mirror pools.
func (c *checker) tableHeld(e ast.Expr, t types.Type) bool {
	idx := c.keptLookup(e)
	if idx == nil {
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.IndexExpr:
	case *ast.Ident:
		if v := c.localVar(x); v == nil || ast.Unparen(c.varInit(v)) != idx {
			return false
		}
	default:
		return false
	}
	var id *ast.Ident
	switch x := ast.Unparen(idx.X).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return false
	}
	table, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	n, isNamed := types.Unalias(t).(*types.Named)
	return ok && isNamed && table.Pkg() != nil && table.Pkg() != n.Obj().Pkg()
}

// classifierOf returns the mapping of the classifier e's value comes
// from (spid's FuncMirror): e a call of one (switch
// surepass.LoginVerdict(res.Status)), or a local declared with such a
// call and never written again (v := surepass.LoginVerdict(code); switch
// v). Each classifier's own mapping, not its type's: OTPVerdict and
// StepUpVerdict may give the same code different verdicts, or leave out
// codes the other lists. Nil when e is no such value.
func (c *checker) classifierOf(e ast.Expr) *spid.Mirror {
	if e == nil || !c.spid.HasClassifiers() {
		return nil
	}
	if _, ok := types.Unalias(c.pass.TypesInfo.TypeOf(e)).(*types.Named); !ok {
		return nil
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
		return c.spid.FuncMirror(fn)
	}
	v := c.localVar(e)
	if v == nil {
		return nil
	}
	if m, done := c.classVars[v]; done {
		return m
	}
	var m *spid.Mirror
	if c.writesOf(v) == 1 {
		if call, ok := ast.Unparen(c.varInit(v)).(*ast.CallExpr); ok {
			fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
			m = c.spid.FuncMirror(fn)
		}
	}
	if c.classVars == nil {
		c.classVars = map[*types.Var]*spid.Mirror{}
	}
	c.classVars[v] = m
	return m
}

// mirrorCodes returns the published codes the constants exprs of mirror m
// stand for.
func (c *checker) mirrorCodes(m *spid.Mirror, exprs []ast.Expr) []codes.ReturnCode {
	var out []codes.ReturnCode
	for _, e := range exprs {
		tv, ok := c.pass.TypesInfo.Types[e]
		if !ok || tv.Value == nil || !ofMirror(tv.Type, m) {
			continue
		}
		out = append(out, m.Codes(tv.Value)...)
	}
	return out
}

// keyCodes returns the published codes a table's key stands for, the table
// looked up with index: a code constant, a mirror's constant (the codes it
// stands for) or a code's name (names.go).
func (c *checker) keyCodes(index, key ast.Expr) []codes.ReturnCode {
	if m := c.mirrorOf(index); m != nil {
		return c.mirrorCodes(m, []ast.Expr{key})
	}
	if n := c.codeNameOf(index); n != nil {
		if code, ok := c.keyName(n, key); ok {
			return []codes.ReturnCode{code}
		}
		return nil
	}
	if code, ok := c.constCode(key); ok {
		return []codes.ReturnCode{code}
	}
	return nil
}

// overlaps reports whether a and b share a code.
func overlaps(a, b []codes.ReturnCode) bool {
	return slices.ContainsFunc(a, func(x codes.ReturnCode) bool { return slices.Contains(b, x) })
}

// ofMirror reports whether t is the type of m's constants.
func ofMirror(t types.Type, m *spid.Mirror) bool {
	return m != nil && m.Type() != nil && types.Identical(t, m.Type())
}

// mirrorCompare evaluates code op k, k a constant of a mirror type: the
// constant code maps to is k or not. Only == and != mean anything.
// tag, when known, is what is compared: a classifier's call has its own
// mapping (classifierOf).
func (c *checker) mirrorCompare(code codes.ReturnCode, op token.Token, k types.TypeAndValue, tag ast.Expr) tri {
	if op != token.EQL && op != token.NEQ {
		return triUnknown
	}
	var m *spid.Mirror
	if tag != nil {
		if m = c.classifierOf(tag); m != nil && !ofMirror(k.Type, m) {
			m = nil
		}
	}
	if m == nil {
		m = c.spid.MirrorOf(k.Type)
	}
	if m == nil || k.Value == nil {
		return triUnknown
	}
	v, ok := m.Value(code)
	return triOf((ok && v == k.Value.ExactString()) == (op == token.EQL))
}

// mirrorConstant returns the constant of the mirror type n that code maps
// to; nil when there is none.
func mirrorConstant(m *spid.Mirror, n *types.Named, code codes.ReturnCode) *types.Const {
	v, ok := m.Value(code)
	pkg := n.Obj().Pkg()
	if !ok || pkg == nil {
		return nil
	}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		k, ok := scope.Lookup(name).(*types.Const)
		if ok && types.Identical(k.Type(), n) && k.Val().ExactString() == v {
			return k
		}
	}
	return nil
}
