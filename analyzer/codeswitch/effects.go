package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// This file knows a decision written as an access policy: the IAM policy
// an API Gateway authorizer returns (events.IAMPolicyStatement{Effect:
// "Deny"}), or a team's own policy type with an Effect field, built in
// place or by a helper given the effect (policy(id, "Deny", arn)), also
// through a local set to "Deny" in the rejecting clauses (effect =
// effectDeny; ...; return policy(id, effect, arn)).

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
func (c *checker) isDeny(e ast.Expr) bool { return c.isEffect(e, "deny") }

// isEffect reports whether e is the string constant effect, case aside.
func (c *checker) isEffect(e ast.Expr, effect string) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String && strings.EqualFold(constant.StringVal(tv.Value), effect)
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

// effectOf reports whether v, a local variable assigned at pos, is the
// effect of a policy its function builds: an argument of a call whose
// result holds an Effect field (policy(id, effect, arn)), or the value of
// an Effect field in a literal (Effect: effect).
func (c *checker) effectOf(v *types.Var, pos token.Pos) bool {
	fn := c.enclosingFunc(pos)
	if fn == nil {
		return false
	}
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && c.pass.TypesInfo.Uses[id] == v
	}
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok && strings.EqualFold(id.Name, effectField) && is(n.Value) {
				found = true
			}
		case *ast.CallExpr:
			if slices.ContainsFunc(n.Args, is) {
				if t := c.pass.TypesInfo.TypeOf(n); t != nil && holdsEffect(t, 4) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
