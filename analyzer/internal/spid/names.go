package spid

import (
	"go/ast"
	"go/types"
	"strings"
	"sync"

	"github.com/surepasslint/surepasslint/codes"
)

// byNormName maps every published name, normalized by normName, to its
// code: OTPInvalid, OTP_INVALID and otp_invalid are one name.
var byNormName = sync.OnceValue(func() map[string]codes.ReturnCode {
	m := map[string]codes.ReturnCode{}
	for _, c := range codes.All() {
		m[normName(c.String())] = c
	}
	return m
})

// namePrefixes are the short prefixes consumers put before the published
// names, normalized (SP_OTP_INVALID, RC_OTP_INVALID, ERR_OTP_INVALID,
// ErrOTPInvalid, errOTPInvalid, CodeOTPInvalid).
var namePrefixes = []string{"sp", "spid", "surepass", "surepassid", "rc", "err", "error", "code", "errorcode", "returncode", "status"}

// Lookup returns the published code a constant named constName of a type
// named typeName ("" for an untyped constant) stands for, in any naming
// convention: the published name itself (OTPInvalid), its ALL_CAPS or
// snake form (OTP_INVALID, otp_invalid), after a short prefix (SP_, RC_,
// ERR_, Err, err, Code), after the type's own name (CodeOTPInvalid for type
// Code) or protobuf's enum prefix (ReturnCode_RC_OTP_INVALID for type
// ReturnCode, Reply_RC_OTP_INVALID for the nested enum Reply_Code).
func Lookup(typeName, constName string) (codes.ReturnCode, bool) {
	if c, ok := codes.Lookup(constName); ok {
		return c, true
	}
	cands := []string{constName}
	if typeName != "" {
		if rest, ok := strings.CutPrefix(constName, typeName); ok && rest != "" {
			cands = append(cands, rest)
		}
		if i := strings.LastIndexByte(typeName, '_'); i > 0 {
			if rest, ok := strings.CutPrefix(constName, typeName[:i+1]); ok && rest != "" {
				cands = append(cands, rest) // a nested protobuf enum: Parent_VALUE
			}
		}
	}
	table := byNormName()
	for _, cand := range cands {
		n := normName(cand)
		if c, ok := table[n]; ok {
			return c, true
		}
		for _, p := range namePrefixes {
			if rest, ok := strings.CutPrefix(n, p); ok {
				if c, ok := table[rest]; ok {
					return c, true
				}
			}
		}
	}
	return 0, false
}

// tally counts a group of constants against the published enum.
type tally struct{ match, failures, conflict int }

// add counts constant c of a type named typeName ("" if untyped).
func (t *tally) add(typeName string, c *types.Const) {
	want, named := Lookup(typeName, c.Name())
	if !named {
		return
	}
	if got, ok := CodeOf(c.Val()); ok && got == want {
		t.match++
		if want != codes.Success {
			t.failures++
		}
	} else {
		t.conflict++
	}
}

// mirrors reports whether the group mirrors the published enum: at least
// two constants with a published name and its value, one a failure, and
// none with a published name and another value.
func (t *tally) mirrors() bool {
	return t.match >= 2 && t.failures >= 1 && t.conflict == 0
}

// maybeCode reports whether constant c's value is a published code, the
// cheap test before its name is looked up.
func maybeCode(c *types.Const) bool {
	v, ok := CodeOf(c.Val())
	return ok && v.Known()
}

// CodeConstants reports whether the constants among exprs (case values,
// the constants a value is compared with) mirror the published enum: at
// least two of them carry a published name, in any convention (see
// [Lookup]), and that name's value, at least one a failure, and none a
// published name with another value. A value switched on or compared with
// them is a return code, whatever its type: switch code { case
// SP_OTP_INVALID, SP_OTP_ALREADY_USED: } with untyped constants 9003 and
// 9002.
func CodeConstants(info *types.Info, exprs []ast.Expr) bool {
	var t tally
	seen := map[*types.Const]bool{}
	for _, e := range exprs {
		var id *ast.Ident
		switch e := ast.Unparen(e).(type) {
		case *ast.Ident:
			id = e
		case *ast.SelectorExpr:
			id = e.Sel
		default:
			continue
		}
		c, ok := info.Uses[id].(*types.Const)
		if !ok || seen[c] {
			continue
		}
		seen[c] = true
		typeName := ""
		if n, ok := types.Unalias(c.Type()).(*types.Named); ok {
			typeName = n.Obj().Name()
		}
		t.add(typeName, c)
	}
	return t.mirrors()
}
