package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// This file reads a predicate of a wrapper around the answer as a
// predicate of the answer (see "Predicates and helpers" in doc.go): after
// rr := recoveryResult{res: res}, rr.ok() of
//
//	func (rr recoveryResult) ok() bool {
//		code, present := rr.res["errorCode"].(float64)
//		return present && code == 0
//	}
//
// reads res["errorCode"], the code a switch over res["errorCode"].(float64)
// reads, so if !rr.ok() { reject } after it is the catch-all.

// localPrelude reads the leading statements of a predicate's body that
// keep the code in a local (code := r.Resp.ErrorCode; code, present :=
// rr.res["errorCode"].(float64), whose flag says the code was read) into
// b: the locals stand for their values. It returns the statements after
// them.
func localPrelude(info *types.Info, body []ast.Stmt, b *asBinding) []ast.Stmt {
	for i, st := range body {
		if i == len(body)-1 {
			return body[i:]
		}
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE || len(as.Rhs) != 1 || len(as.Lhs) > 2 {
			return body[i:]
		}
		rhs := ast.Unparen(as.Rhs[0])
		if len(as.Lhs) == 2 {
			switch rhs.(type) {
			case *ast.TypeAssertExpr, *ast.IndexExpr: // comma-ok forms
			default:
				return body[i:]
			}
		}
		v := info.Defs[identOf(as.Lhs[0])]
		if v == nil {
			return body[i:]
		}
		if b.alias == nil {
			b.alias = map[types.Object]ast.Expr{}
		}
		if b.guards == nil {
			b.guards = map[types.Object]bool{}
		}
		b.alias[v] = rhs
		if len(as.Lhs) == 2 {
			if g := info.Defs[identOf(as.Lhs[1])]; g != nil {
				b.guards[g] = true
			}
		}
	}
	return body
}

// chainIdx is chainOf through lookups of constant keys (res["errorCode"],
// a field ["errorCode"] of the path) and type assertions
// (res["errorCode"].(float64) reads res["errorCode"]).
func chainIdx(info *types.Info, e ast.Expr) (types.Object, []string) {
	var fields []string
	for range 16 {
		e = stripRef(e)
		switch x := e.(type) {
		case *ast.TypeAssertExpr:
			e = x.X
			continue
		case *ast.IndexExpr:
			tv, ok := info.Types[x.Index]
			if !ok || tv.Value == nil {
				return nil, nil
			}
			fields = append([]string{"[" + tv.Value.ExactString() + "]"}, fields...)
			e = x.X
			continue
		case *ast.SelectorExpr:
			fields = append([]string{x.Sel.Name}, fields...)
			e = x.X
			continue
		case *ast.CallExpr:
			if tv, ok := info.Types[x.Fun]; !ok || !tv.IsType() || len(x.Args) != 1 {
				return nil, nil
			}
			e = x.Args[0]
			continue
		case *ast.Ident:
			obj := info.Uses[x]
			if _, ok := obj.(*types.Var); !ok {
				return nil, nil
			}
			return obj, fields
		}
		return nil, nil
	}
	return nil, nil
}

// wrapChain returns the variable and path e reads, with a local wrapper
// declared with a struct literal and written nowhere else read as the
// values it was built with: rr.res["errorCode"] of rr :=
// recoveryResult{res: res} is res["errorCode"].
func (c *checker) wrapChain(e ast.Expr) (types.Object, []string, bool) {
	info := c.pass.TypesInfo
	r, f := chainIdx(info, c.normalCode(e))
	wrapped := false
	for range codeDepth {
		v, ok := r.(*types.Var)
		if !ok || len(f) == 0 || v.IsField() {
			break
		}
		if c.file == nil || c.sums == nil || v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() || v.Pos() < c.file.Pos() || v.Pos() > c.file.End() {
			break // not a local of the file (localVar)
		}
		lit := c.wrapperLit(v)
		if lit == nil {
			break
		}
		var val ast.Expr
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if k := identOf(kv.Key); k != nil && k.Name == f[0] {
					val = kv.Value
				}
			}
		}
		if val == nil {
			break
		}
		r2, f2 := chainIdx(info, c.normalCode(val))
		if r2 == nil {
			break
		}
		r, f, wrapped = r2, append(f2, f[1:]...), true
	}
	return r, f, wrapped
}

// sameWrapped reports whether a and b read the same code, one of them
// through a local wrapper of the other's answer (see wrapChain).
func (c *checker) sameWrapped(a, b ast.Expr) bool {
	ra, fa, wa := c.wrapChain(a)
	if ra == nil {
		return false
	}
	rb, fb, wb := c.wrapChain(b)
	return (wa || wb) && ra == rb && slices.Equal(fa, fb)
}

// wrapperLit returns the struct literal the local v of the file was
// declared with (rr := recoveryResult{res: res}, or &T{...}) when v is
// written nowhere else; nil otherwise. Memoized per variable.
func (c *checker) wrapperLit(v *types.Var) *ast.CompositeLit {
	if lit, ok := c.wrapLits[v]; ok {
		return lit
	}
	if c.wrapLits == nil {
		c.wrapLits = map[*types.Var]*ast.CompositeLit{}
	}
	var lit *ast.CompositeLit
	if _, isStruct := typeUnder(typex.Deref(v.Type())).(*types.Struct); isStruct {
		if init := c.varInit(v); init != nil && c.writesOf(v) == 1 {
			lit, _ = ast.Unparen(stripRef(init)).(*ast.CompositeLit)
		}
	}
	c.wrapLits[v] = lit
	return lit
}
