package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"unicode"
)

// This file reads two ways a handler answers with data rather than an
// error: a constant of its result enum that is not the enum's success
// (mfapb.MfaResult_MFA_RESULT_OTP_INVALID beside MFA_RESULT_OK), and a
// response built by a local closure from its argument (reject :=
// func(r pb.MfaResult) *pb.Resp { return &pb.Resp{Result: r} }; return
// reject(pb.MfaResult_MFA_RESULT_LOCKED), nil).

// successWords name an enum constant that grants (the last word of
// MfaResult_MFA_RESULT_OK, ResultApproved).
var successWords = []string{"ok", "success", "succeeded", "successful", "approved", "allow", "allowed", "granted", "accepted", "verified", "valid", "passed", "authenticated", "permitted"}

// failureWords name a failed answer in a result enum's constant
// (MFA_RESULT_OTP_INVALID, ResultLocked), where rejectWords do not: an
// answer such as StepUp, Retry or Pending asks for more and rejects
// nothing.
var failureWords = []string{"invalid", "wrong", "bad", "bogus", "reused", "replay", "replayed", "locked", "lockout", "disabled", "expired", "error", "mismatch", "refused", "declined", "revoked", "suspended"}

// notSuccess reports whether k, a constant of decision enum n, stands for
// a failed answer: n's package declares a constant of n named as success
// (its last word one of successWords), and k is not such a constant, not
// the enum's zero value (UNSPECIFIED), and has a word of failureWords.
func notSuccess(k *types.Const, n *types.Named) bool {
	if k.Val().Kind() != constant.Int || constant.Sign(k.Val()) == 0 || grants(k.Name()) {
		return false
	}
	failed := false
	for _, w := range splitWords(k.Name()) {
		failed = failed || slices.Contains(failureWords, w)
	}
	if !failed {
		return false
	}
	scope := k.Pkg().Scope()
	for _, name := range scope.Names() {
		if o, ok := scope.Lookup(name).(*types.Const); ok && types.Identical(o.Type(), n) && grants(name) {
			return true
		}
	}
	return false
}

// grants reports whether a constant's name says it grants: its last word
// is a success word and no word before it negates it (negationWords).
func grants(name string) bool {
	words := splitWords(name)
	return len(words) > 0 && slices.Contains(successWords, words[len(words)-1]) && !negated(words)
}

// splitWords splits an identifier at underscores and case changes, lower
// case: MfaResult_MFA_RESULT_OTP_INVALID is mfa result mfa result otp
// invalid.
func splitWords(name string) []string {
	var words []string
	var cur []rune
	rs := []rune(name)
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	for i, r := range rs {
		switch {
		case r == '_' || !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
			continue
		case unicode.IsUpper(r) && len(cur) > 0:
			prevLower := unicode.IsLower(rs[i-1])
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if prevLower || nextLower && unicode.IsUpper(rs[i-1]) {
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return words
}

// closureDecision reports whether call calls a local closure, declared
// with a function literal and never assigned again, whose body only
// returns a struct literal (or its address) carrying a rejecting decision:
// set in the literal, or given as the argument the literal stores
// (reject(pb.MfaResult_MFA_RESULT_OTP_INVALID) of reject := func(r
// pb.MfaResult) *pb.Resp { return &pb.Resp{Result: r} }).
//
// An unexported package-level variable so declared and never written in
// the package (var deny = func(reason string) Decision { return
// Decision{Allow: false, Reason: reason} }) is such a closure too
// (pkgvalues.go).
func (c *checker) closureDecision(call *ast.CallExpr) bool {
	info := c.pass.TypesInfo
	lit, ok := ast.Unparen(c.pinnedValue(call.Fun)).(*ast.FuncLit)
	if !ok {
		v := c.localVar(call.Fun)
		if v == nil {
			return false
		}
		if lit, ok = ast.Unparen(c.localInit(call.Fun)).(*ast.FuncLit); !ok {
			return false
		}
		if body := c.enclosingBody(v.Pos()); body == nil || assignsVar(info, body, v) {
			return false
		}
	}
	if len(lit.Body.List) != 1 {
		return false
	}
	ret, ok := lit.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return false
	}
	e := ast.Unparen(ret.Results[0])
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	cl, ok := e.(*ast.CompositeLit)
	if !ok {
		return false
	}
	if c.carriesDecision(cl) {
		return true
	}
	var params []*types.Var
	for _, f := range lit.Type.Params.List {
		for _, n := range f.Names {
			p, _ := info.Defs[n].(*types.Var)
			params = append(params, p)
		}
	}
	for _, elt := range cl.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		id, ok := ast.Unparen(kv.Value).(*ast.Ident)
		if !ok {
			continue
		}
		u, _ := info.Uses[id].(*types.Var)
		i := slices.Index(params, u)
		if u != nil && i >= 0 && i < len(call.Args) && params[i] != nil && c.isDecision(call.Args[i]) {
			return true
		}
	}
	return false
}
