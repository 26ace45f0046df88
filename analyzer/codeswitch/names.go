package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strconv"
	"strings"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/codes"
)

// This file reads a dispatch over a code's text name: switch
// res.Code().String() { case "OTPAlreadyUsed", "OTPInvalid": ... }, where
// String is a method of a return-code type (stringer's, printing each
// constant's name), so each case value names the constant of that name.

// codeNameOf returns the return-code type whose String method e calls
// (code.String(), res.Code().String()); nil when e is no such call.
func (c *checker) codeNameOf(e ast.Expr) *types.Named {
	if init := c.localInit(e); init != nil {
		e = init // name := code.String()
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return nil
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "String" {
		return nil
	}
	fn, ok := c.pass.TypesInfo.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Signature().Recv() == nil || fn.Signature().Results().Len() != 1 || !isStringType(fn.Signature().Results().At(0).Type()) {
		return nil
	}
	if !c.isCode(sel.X) {
		return nil
	}
	n, _ := types.Unalias(c.pass.TypesInfo.TypeOf(sel.X)).(*types.Named)
	if n == nil || !c.spid.IsCodeType(n) {
		return nil
	}
	return n
}

// namedCode returns the code whose constant of type n the string s names:
// the constant's own name (stringer's output), its name without a prefix
// stringer may trim (-trimprefix), or a published name in any convention
// (-linecomment with published names).
func namedCode(n *types.Named, s string) (codes.ReturnCode, bool) {
	if s == "" {
		return 0, false
	}
	if pkg := n.Obj().Pkg(); pkg != nil {
		scope := pkg.Scope()
		var suffixed *types.Const
		for _, name := range scope.Names() {
			k, ok := scope.Lookup(name).(*types.Const)
			if !ok || !types.Identical(k.Type(), n) {
				continue
			}
			if name == s {
				return spid.CodeOf(k.Val())
			}
			if strings.HasSuffix(name, s) {
				if suffixed != nil {
					suffixed = nil // ambiguous
					break
				}
				suffixed = k
			}
		}
		if suffixed != nil {
			return spid.CodeOf(suffixed.Val())
		}
	}
	return spid.Lookup(n.Obj().Name(), s)
}

// nameCodes returns the codes the string constants exprs name.
func (c *checker) nameCodes(n *types.Named, exprs []ast.Expr) []codes.ReturnCode {
	var out []codes.ReturnCode
	for _, e := range exprs {
		tv, ok := c.pass.TypesInfo.Types[e]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
			continue
		}
		if code, ok := namedCode(n, constant.StringVal(tv.Value)); ok {
			out = append(out, code)
		}
	}
	return out
}

// namesAllCodes reports whether every case value of exprs names a code of
// n: a switch over String() with other text is about something else.
func (c *checker) namesAllCodes(n *types.Named, exprs []ast.Expr) bool {
	return len(exprs) > 0 && len(c.nameCodes(n, exprs)) == len(exprs)
}

// renderName spells code as the text name of n's constant for it.
func renderName(n *types.Named, code codes.ReturnCode) string {
	if pkg := n.Obj().Pkg(); pkg != nil {
		scope := pkg.Scope()
		for _, name := range scope.Names() {
			k, ok := scope.Lookup(name).(*types.Const)
			if !ok || !types.Identical(k.Type(), n) {
				continue
			}
			if v, ok := spid.CodeOf(k.Val()); ok && v == code {
				if got, ok := namedCode(n, name); ok && got == code {
					return strconv.Quote(name)
				}
			}
		}
	}
	return ""
}

// caseValues returns the case values of s.
func caseValues(s *ast.SwitchStmt) []ast.Expr {
	var out []ast.Expr
	for _, st := range s.Body.List {
		if cc, ok := st.(*ast.CaseClause); ok {
			out = append(out, cc.List...)
		}
	}
	return out
}

// keyName returns the code the string constant e names.
func (c *checker) keyName(n *types.Named, e ast.Expr) (codes.ReturnCode, bool) {
	if codes := c.nameCodes(n, []ast.Expr{e}); len(codes) == 1 {
		return codes[0], true
	}
	return 0, false
}
