package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/surepasslint/surepasslint/codes"
)

// Decisions kept as package-level values: a policy package declares its
// answers once (var allow = Decision{Allow: true}, var lockedOut =
// Decision{Reason: "locked"}, var deny = func(reason string) Decision
// {...}) and returns them, or a table's rows built from them, per code.

// pinnedValue returns the expression that e, an unexported package-level
// variable of this package, was declared with, when the package never
// writes the variable (assigns it, takes its address); nil otherwise. An
// exported variable is none: an importer may assign it.
func (c *checker) pinnedValue(e ast.Expr) ast.Expr {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || c.sums == nil || v.Exported() || v.IsField() || v.Pkg() != c.pass.Pkg || v.Parent() != c.pass.Pkg.Scope() {
		return nil
	}
	val := c.varValues()[v]
	if val == nil || c.writesOf(v) != 0 {
		return nil
	}
	return val
}

// varValues returns the values the package's variables are declared with
// (var allow = Decision{Allow: true}), indexed once per package and shared
// by its checkers.
func (c *checker) varValues() map[*types.Var]ast.Expr {
	if c.sums.varValues == nil {
		c.sums.varValues = map[*types.Var]ast.Expr{}
		for _, vs := range packageVarSpecs(c.pass.Files) {
			if len(vs.Values) != len(vs.Names) {
				continue
			}
			for i, n := range vs.Names {
				if w, ok := c.pass.TypesInfo.Defs[n].(*types.Var); ok {
					c.sums.varValues[w] = vs.Values[i]
				}
			}
		}
	}
	return c.sums.varValues
}

// isPayload reports whether t is a struct or a pointer to one: a decision
// returned as data (Decision{Allow: false}), whose rows in a table reject
// as the literals they are.
func isPayload(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

// declaresDecisionBuilder reports whether pkg, a package without a
// SurePassID signal that writes no responses, declares an exported function
// that buildsDecision: a team's shared verdict package (func Deny(reason
// string) Verdict), whose builders its policy packages call. Only those
// functions are summarized there. A look at the package's scope, no
// syntax.
func declaresDecisionBuilder(pkg *types.Package) bool {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		if fn, ok := scope.Lookup(name).(*types.Func); ok && fn.Exported() && buildsDecision(fn) {
			return true
		}
	}
	return false
}

// buildsDecision reports whether fn, a function (not a method), returns
// one result, a struct of its own package (or a pointer to one) named as a
// decision (see decisionTypes) with a bool success flag (Allow, OK, ...):
// Verdict{Allow: false, Reason: reason}.
func buildsDecision(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() != nil || sig.Results().Len() != 1 {
		return false
	}
	t := sig.Results().At(0).Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() != fn.Pkg() || !containsAny(strings.ToLower(named.Obj().Name()), decisionTypes) {
		return false
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if isBool(f.Type()) && slices.Contains(successFields, strings.ToLower(f.Name())) {
			return true
		}
	}
	return false
}

// flagFromCode reports whether a result of ret is a payload literal whose
// success flag (or failure flag) is computed from the code and says, for
// every code of set but Success, that the payload failed (return
// Decision{Allow: code == SP_SUCCESS}): the code decides the answer, and
// the fail-closed twin of return Decision{Allow: true} is not read as
// granting; a flag that grants some other code (Allow: code !=
// SP_OTP_INVALID) is left to the other rules.
func (w *walker) flagFromCode(ret *ast.ReturnStmt, set codeSet) bool {
	info := w.c.pass.TypesInfo
	for _, r := range ret.Results {
		r = ast.Unparen(r)
		if u, ok := r.(*ast.UnaryExpr); ok && u.Op == token.AND {
			r = ast.Unparen(u.X)
		}
		lit, ok := r.(*ast.CompositeLit)
		if !ok {
			continue
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			id, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			f, ok := info.Uses[id].(*types.Var)
			if !ok || !f.IsField() || !isBool(f.Type()) || info.Types[kv.Value].Value != nil || !w.mentionsTag(kv.Value) {
				continue
			}
			name := strings.ToLower(f.Name())
			var refuses tri
			switch {
			case slices.Contains(successFields, name):
				refuses = triFalse
			case failFlag(f.Name()):
				refuses = triTrue
			default:
				continue
			}
			all := true
			for _, code := range published {
				if code != codes.Success && set.has(code) && w.eval(kv.Value, code, "") != refuses {
					all = false
					break
				}
			}
			if all {
				return true
			}
		}
	}
	return false
}
