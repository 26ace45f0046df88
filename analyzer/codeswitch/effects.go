package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// This file knows a decision written as an access policy: the IAM policy
// an API Gateway authorizer returns (events.IAMPolicyStatement{Effect:
// "Deny"}), or a team's own policy type with an Effect field, built in
// place or by a helper given the effect (policy(id, "Deny", arn)).

// effectField names the field of a policy statement holding its effect.
const effectField = "effect"

// policyDenies reports whether e builds a policy whose effect is Deny: a
// literal setting an Effect field (at any depth) to the constant "Deny",
// or a call given the constant "Deny" whose result holds an Effect field.
func (c *checker) policyDenies(e ast.Expr) bool {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch e := e.(type) {
	case *ast.CompositeLit:
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			if kv, ok := n.(*ast.KeyValueExpr); ok && !found {
				if id, ok := kv.Key.(*ast.Ident); ok && strings.EqualFold(id.Name, effectField) && c.isDeny(kv.Value) {
					found = true
				}
			}
			_, lit := n.(*ast.FuncLit)
			return !found && !lit
		})
		return found
	case *ast.CallExpr:
		t := c.pass.TypesInfo.TypeOf(e)
		if t == nil || !holdsEffect(t, 4) {
			return false
		}
		for _, a := range e.Args {
			if c.isDeny(a) {
				return true
			}
		}
	}
	return false
}

// isDeny reports whether e is the string constant Deny, case aside.
func (c *checker) isDeny(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String && strings.EqualFold(constant.StringVal(tv.Value), "deny")
}

// holdsEffect reports whether t, through pointers, slices and struct
// fields down to depth levels, has a string field named Effect.
func holdsEffect(t types.Type, depth int) bool {
	if depth == 0 {
		return false
	}
	switch u := types.Unalias(typex.Deref(t)).Underlying().(type) {
	case *types.Slice:
		return holdsEffect(u.Elem(), depth-1)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			f := u.Field(i)
			if b, ok := f.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 && strings.EqualFold(f.Name(), effectField) {
				return true
			}
			if holdsEffect(f.Type(), depth-1) {
				return true
			}
		}
	}
	return false
}
