package codeswitch

import (
	"go/ast"
	"go/types"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// A code handed around as a plain integer (func outcome(code int64), a
// parameter of a helper, a column read back from a table) is compared with
// the client's constants converted to its type:
//
//	switch {
//	case code == int64(surepass.StOTPInvalid) || code == int64(surepass.StBogusOTP):
//		return WrongCode
//	case code == int64(surepass.StUserLockout):
//		return Locked
//	}
//	return SignedIn
//
// Constants of a return-code type (package spid's IsCodeType: a mirror of
// the enum, codes.ReturnCode, a configured type) keep what they are
// through an integer conversion, so two or more distinct failure codes
// compared so make the value compared with them a code.

// convertedCodeConsts reports whether exprs, the constants a value is
// compared with, are constants of a return-code type converted to an
// integer type (int64(sp.StOTPInvalid)), at least two of them distinct
// failure codes, and nothing else.
func (c *checker) convertedCodeConsts(exprs []ast.Expr) bool {
	info := c.pass.TypesInfo
	failures := map[codes.ReturnCode]bool{}
	for _, e := range exprs {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return false
		}
		if tv, ok := info.Types[call.Fun]; !ok || !tv.IsType() || !isInteger(tv.Type) {
			return false
		}
		id := typex.NameIdent(call.Args[0])
		if id == nil {
			return false
		}
		k, ok := info.Uses[id].(*types.Const)
		if !ok || !c.spid.IsCodeType(k.Type()) {
			return false
		}
		if code, ok := c.constCode(e); ok && code != codes.Success {
			failures[code] = true
		}
	}
	return len(failures) >= 2
}
