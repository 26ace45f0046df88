package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/astutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// An if-else chain made only of predicates of one answer, each reading
// the code inside the answer (if res.Locked() {...} else if
// res.Retryable() {...} else if res.WrongCredential() {...}), is a
// dispatch over that code as much as one naming the codes: each link
// lists the codes its predicate is true for, and the codes no predicate
// covers fall through. The predicates carry the field they read
// (predFact.Fields), so the code has no expression of its own in the
// chain: predChainTag spells it (res.code) for comparison with the
// code each predicate reads (evalPredicate), never for a fix.

// predChainTag returns the code the links of ifs's chain read through
// predicates of one answer, when the chain has two links or more and
// each is such a predicate (or its negation, or several joined); nil
// otherwise.
func (c *checker) predChainTag(ifs *ast.IfStmt) ast.Expr {
	if _, chained := ifs.Else.(*ast.IfStmt); !chained || c.sums == nil {
		return nil
	}
	tag := c.fieldPredTag(ifs.Cond)
	if tag == nil {
		return nil
	}
	n := 0
	for cur := ifs; cur != nil; {
		if cur.Init != nil {
			return nil
		}
		if t := c.fieldPredTag(cur.Cond); t == nil || !sameExpr(t, tag) {
			return nil
		}
		if tv, _ := c.tagLink(cur.Cond, tag); tv == nil {
			return nil
		}
		n++
		el, _ := cur.Else.(*ast.IfStmt)
		cur = el
	}
	if n < 2 {
		return nil
	}
	return tag
}

// fieldPredTag returns the code the first predicate call in cond reads
// through a field of its subject (res.Locked() of func (r Result)
// Locked() bool reading r.code), spelled on the call's subject; nil if
// cond calls no such predicate.
func (c *checker) fieldPredTag(cond ast.Expr) ast.Expr {
	var tag ast.Expr
	ast.Inspect(cond, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || tag != nil {
			return tag == nil
		}
		p := c.predicateOf(call)
		if p == nil || len(p.Fields) == 0 || p.Result > 0 {
			return true
		}
		arg := predArg(call, p)
		if arg == nil {
			return true
		}
		e := stripRef(arg)
		for _, f := range p.Fields {
			e = &ast.SelectorExpr{X: e, Sel: ast.NewIdent(f)}
		}
		tag = e
		return false
	})
	return tag
}

// setBuilderKeys returns the arguments of the call a package variable
// of this package is initialized with, when the callee, a function of
// this package, builds a set of its variadic argument (var locked =
// codeSet(A, B, C) of func codeSet(cs ...int) map[int]struct{} { m :=
// make(...); for _, c := range cs { m[c] = struct{}{} }; return m }):
// the set's keys. Nil otherwise.
func (c *checker) setBuilderKeys(e ast.Expr) []ast.Expr {
	id := typex.NameIdent(e)
	if id == nil {
		return nil
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Pkg() != c.pass.Pkg || v.Parent() != c.pass.Pkg.Scope() {
		return nil
	}
	call := c.varInitCall(v)
	if call == nil || call.Ellipsis.IsValid() {
		return nil
	}
	fn, ok := c.callee(call).(*types.Func)
	if !ok || fn.Pkg() != c.pass.Pkg || !fn.Signature().Variadic() || fn.Signature().Params().Len() != 1 {
		return nil
	}
	fd := c.funcDecl(fn)
	if fd == nil || fd.Body == nil || !c.buildsSet(fd, fn.Signature().Params().At(0)) {
		return nil
	}
	return call.Args
}

// varInitCall returns the call v, a package variable, is declared with.
func (c *checker) varInitCall(v *types.Var) *ast.CallExpr {
	for _, f := range c.pass.Files {
		if v.Pos() < f.Pos() || v.Pos() > f.End() {
			continue
		}
		path, _ := astutil.PathEnclosingInterval(f, v.Pos(), v.Pos())
		for _, n := range path {
			vs, ok := n.(*ast.ValueSpec)
			if !ok {
				continue
			}
			for i, name := range vs.Names {
				if c.pass.TypesInfo.Defs[name] == v && i < len(vs.Values) && len(vs.Names) == len(vs.Values) {
					call, _ := ast.Unparen(vs.Values[i]).(*ast.CallExpr)
					return call
				}
			}
		}
	}
	return nil
}

// buildsSet reports whether fd's body makes a map, ranges over param
// setting m[x] for each element x and nothing else, and returns the map.
func (c *checker) buildsSet(fd *ast.FuncDecl, param *types.Var) bool {
	info := c.pass.TypesInfo
	list := fd.Body.List
	if len(list) != 3 || assignsVar(info, fd.Body, param) {
		return false
	}
	as, ok1 := list[0].(*ast.AssignStmt)
	rs, ok2 := list[1].(*ast.RangeStmt)
	ret, ok3 := list[2].(*ast.ReturnStmt)
	if !ok1 || !ok2 || !ok3 || len(as.Lhs) != 1 || len(as.Rhs) != 1 || len(ret.Results) != 1 || rs.Value == nil || len(rs.Body.List) != 1 {
		return false
	}
	m, _ := as.Lhs[0].(*ast.Ident)
	rv, _ := ret.Results[0].(*ast.Ident)
	x, _ := rs.Value.(*ast.Ident)
	over, _ := ast.Unparen(rs.X).(*ast.Ident)
	if m == nil || rv == nil || x == nil || over == nil || info.Uses[over] != param || info.ObjectOf(rv) == nil || info.ObjectOf(rv) != info.ObjectOf(m) {
		return false
	}
	set, ok := rs.Body.List[0].(*ast.AssignStmt)
	if !ok || set.Tok != token.ASSIGN || len(set.Lhs) != 1 {
		return false
	}
	ix, ok := set.Lhs[0].(*ast.IndexExpr)
	if !ok {
		return false
	}
	mi, _ := ast.Unparen(ix.X).(*ast.Ident)
	ki, _ := ast.Unparen(ix.Index).(*ast.Ident)
	return mi != nil && ki != nil && info.Uses[mi] == info.ObjectOf(m) && info.Uses[ki] == info.ObjectOf(x)
}

// predChainTest returns the condition a fix of d, a chain of predicates,
// ends it with (else if !res.OK() {...}): a method of the answer the
// chain's first predicate reads, over the same field, that is true for
// Success alone (negated) or for every failure code; "" when the answer
// has none (the chain has no expression of the code to compare).
func (c *checker) predChainTest(d *dispatch) string {
	ifs, ok := d.stmt.(*ast.IfStmt)
	if !ok || c.sums == nil || c.source() == nil {
		return ""
	}
	var subj ast.Expr
	var fields []string
	ast.Inspect(ifs.Cond, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || subj != nil {
			return subj == nil
		}
		if p := c.predicateOf(call); p != nil && len(p.Fields) > 0 && p.Result == 0 && p.Param == receiverParam {
			subj, fields = predArg(call, p), p.Fields
		}
		return subj == nil
	})
	if subj == nil {
		return ""
	}
	t := c.pass.TypesInfo.TypeOf(subj)
	if t == nil {
		return ""
	}
	mset := types.NewMethodSet(t)
	if _, isPtr := t.Underlying().(*types.Pointer); !isPtr && c.localVar(subj) != nil {
		mset = types.NewMethodSet(types.NewPointer(t)) // an addressable local: its pointer methods too
	}
	for i := 0; i < mset.Len(); i++ {
		fn, ok := mset.At(i).Obj().(*types.Func)
		if !ok || fn.Signature().Params().Len() != 0 || !fn.Exported() && fn.Pkg() != c.pass.Pkg {
			continue
		}
		p := c.sums.predicate(fn)
		if p == nil || p.Param != receiverParam || p.Result != 0 || len(p.Maybe) != 0 || !slices.Equal(p.Fields, fields) {
			continue
		}
		call := c.text(subj) + "." + fn.Name() + "()"
		switch {
		case len(p.True) == 1 && p.True[0] == int(codes.Success):
			return "!" + call
		case len(p.True) == len(published)-1 && !slices.Contains(p.True, int(codes.Success)):
			return call
		}
	}
	return ""
}
