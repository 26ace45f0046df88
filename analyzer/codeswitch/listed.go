package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/astutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// This file reads a list of codes tested for membership as a case listing
// its elements (see "Dispatches over return codes" in doc.go), as a table
// of codes is:
//
//	var pushRefused = []sp.Code{sp.OTPInvalid, sp.PushDenied}
//	if slices.Contains(pushRefused, res.Code) { reject }
//	for _, c := range blockers { if code == c { reject } }
//
// The list is a package-level variable of this package declared with a
// slice or array literal of constants (taken as declared), a local one
// that its function never writes again, or such a literal written in
// place.

// containsFuncs are the membership tests of a list and an element, in that
// order.
var containsFuncs = map[string]bool{
	"slices.Contains":                  true,
	"golang.org/x/exp/slices.Contains": true,
	"github.com/samber/lo.Contains":    true,
}

// containsFuncFuncs are the membership tests of a list and a function of
// an element, in that order: slices.ContainsFunc(list, func(c int) bool {
// return c == code }) tests code.
var containsFuncFuncs = map[string]bool{
	"slices.ContainsFunc":                  true,
	"golang.org/x/exp/slices.ContainsFunc": true,
	"github.com/samber/lo.ContainsBy":      true,
}

// indexFuncs are the searches of a list for an element, in that order,
// answering its index or -1: slices.Index(list, code) >= 0 tests code.
var indexFuncs = map[string]bool{
	"slices.Index":                  true,
	"golang.org/x/exp/slices.Index": true,
	"github.com/samber/lo.IndexOf":  true,
}

// listCall returns the element and the list literal of call, a membership
// test of a list of constants (slices.Contains(list, code)); nil for any
// other call.
func (c *checker) listCall(call *ast.CallExpr) (elem ast.Expr, lit *ast.CompositeLit, v *types.Var) {
	fn, ok := c.callee(call).(*types.Func)
	if !ok || fn.Pkg() == nil || len(call.Args) < 2 {
		return nil, nil, nil
	}
	ei, li := 1, 0
	if name := fn.Pkg().Path() + "." + fn.Name(); containsFuncFuncs[name] && len(call.Args) == 2 {
		if elem = equalsParam(c.pass.TypesInfo, call.Args[1]); elem == nil {
			return nil, nil, nil
		}
		if lit, v = c.constList(call.Args[0]); lit == nil {
			return nil, nil, nil
		}
		return elem, lit, v
	}
	if !containsFuncs[fn.Pkg().Path()+"."+fn.Name()] || len(call.Args) != 2 {
		// The consumer's own oneOf(code, revoked...) (members.go).
		var member bool
		if c.sums == nil {
			return nil, nil, nil
		}
		if ei, li, member = c.sums.member(fn); !member {
			return nil, nil, nil
		}
		if sig, _ := fn.Type().(*types.Signature); sig != nil && sig.Variadic() && li == 1 && !call.Ellipsis.IsValid() {
			// oneOf(code, 9106, 9108): the constants spread in the call
			// are the list, written in place.
			for _, a := range call.Args[1:] {
				if !c.isConst(a) {
					return nil, nil, nil
				}
			}
			return call.Args[0], &ast.CompositeLit{Lbrace: call.Args[1].Pos(), Elts: call.Args[1:], Rbrace: call.Rparen}, nil
		}
		if len(call.Args) != 2 {
			return nil, nil, nil
		}
	}
	lit, v = c.constList(call.Args[li])
	if lit == nil {
		return nil, nil, nil
	}
	return call.Args[ei], lit, v
}

// equalsParam returns x of e, a function literal of one parameter p whose
// body is return p == x (or x == p), x not reading p; nil otherwise.
func equalsParam(info *types.Info, e ast.Expr) ast.Expr {
	fl, ok := ast.Unparen(e).(*ast.FuncLit)
	if !ok || len(fl.Body.List) != 1 || fl.Type.Params.NumFields() != 1 || len(fl.Type.Params.List[0].Names) != 1 {
		return nil
	}
	p := info.Defs[fl.Type.Params.List[0].Names[0]]
	ret, ok := fl.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 || p == nil {
		return nil
	}
	eq, ok := ast.Unparen(ret.Results[0]).(*ast.BinaryExpr)
	if !ok || eq.Op != token.EQL {
		return nil
	}
	isP := func(x ast.Expr) bool {
		id, ok := ast.Unparen(x).(*ast.Ident)
		return ok && info.Uses[id] == p
	}
	reads := func(x ast.Expr) bool {
		found := false
		ast.Inspect(x, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && info.Uses[id] == p {
				found = true
			}
			return !found
		})
		return found
	}
	switch {
	case isP(eq.X) && !reads(eq.Y):
		return eq.Y
	case isP(eq.Y) && !reads(eq.X):
		return eq.X
	}
	return nil
}

// indexTest returns the search of cmp, a test of a list search's index
// (slices.Index(list, code) >= 0), and whether cmp holds when the element
// is found; nil for any other comparison.
func (c *checker) indexTest(cmp *ast.BinaryExpr) (*ast.CallExpr, bool) {
	call, ok := ast.Unparen(cmp.X).(*ast.CallExpr)
	if !ok || len(call.Args) != 2 {
		return nil, false
	}
	fn, ok := c.callee(call).(*types.Func)
	if !ok || fn.Pkg() == nil || !indexFuncs[fn.Pkg().Path()+"."+fn.Name()] {
		return nil, false
	}
	k := c.pass.TypesInfo.Types[cmp.Y].Value
	if k == nil {
		return nil, false
	}
	n, exact := constant.Int64Val(constant.ToInt(k))
	if !exact {
		return nil, false
	}
	switch {
	case (cmp.Op == token.GEQ && n == 0) || (cmp.Op == token.GTR && n == -1) || (cmp.Op == token.NEQ && n == -1):
		return call, true
	case (cmp.Op == token.LSS && n == 0) || (cmp.Op == token.LEQ && n == -1) || (cmp.Op == token.EQL && n == -1):
		return call, false
	}
	return nil, false
}

// rangeList returns the list literal a range loop over a list of
// constants binds the value variable e names to (c of for _, c := range
// blockers), when the loop's body does not assign it.
func (c *checker) rangeList(e ast.Expr) (*ast.CompositeLit, *types.Var) {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil, nil
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.IsField() || v.Pos() < c.file.Pos() || v.Pos() >= c.file.End() {
		return nil, nil
	}
	if b, ok := c.rangeVars[v]; ok {
		return b.lit, b.v
	}
	if c.rangeVars == nil {
		c.rangeVars = map[*types.Var]listBind{}
	}
	var b listBind
	path, _ := astutil.PathEnclosingInterval(c.file, v.Pos(), v.Pos())
	for _, p := range path {
		r, ok := p.(*ast.RangeStmt)
		if !ok {
			continue
		}
		if val, ok := r.Value.(*ast.Ident); ok && r.Tok == token.DEFINE && c.pass.TypesInfo.Defs[val] == v && !assignsVar(c.pass.TypesInfo, r.Body, v) {
			b.lit, b.v = c.constList(r.X)
		}
		break
	}
	c.rangeVars[v] = b
	return b.lit, b.v
}

// listBind is what a range variable is bound to: an element of lit, the
// literal of the package-level list v (nil when written in place).
type listBind struct {
	lit *ast.CompositeLit
	v   *types.Var
}

// constList returns the slice or array literal of constants e is (written
// in place) or that the package-level variable of this package e names is
// declared with, and that variable.
func (c *checker) constList(e ast.Expr) (*ast.CompositeLit, *types.Var) {
	e = ast.Unparen(e)
	var v *types.Var
	lit, ok := e.(*ast.CompositeLit)
	if lit := c.calledList(e); lit != nil {
		return lit, nil // slices.Contains(spcodes.DenyList(), code) (sharedlists.go)
	}
	if !ok {
		id := typex.NameIdent(e)
		if id == nil {
			return nil, nil
		}
		v, ok = c.pass.TypesInfo.Uses[id].(*types.Var)
		if ok && !v.IsField() && v.Pkg() != c.pass.Pkg {
			if lit := c.factList(v); lit != nil {
				return lit, nil // slices.Contains(spcodes.Refused, code) (sharedlists.go)
			}
		}
		if !ok || v.Pkg() != c.pass.Pkg {
			return nil, nil
		}
		if v.IsField() {
			lit, v = c.fieldList(v), nil // s.policy.PushDeny (fieldlists.go)
		} else if v.Parent() == c.pass.Pkg.Scope() {
			lit = c.packageList(v)
		} else if lit = c.localList(v); lit != nil {
			v = nil // no declaration to relate: the dispatch is beside it
		}
	}
	if lit == nil || len(lit.Elts) == 0 {
		return nil, nil
	}
	switch t := c.pass.TypesInfo.TypeOf(lit); {
	case t == nil:
		return nil, nil
	default:
		switch t.Underlying().(type) {
		case *types.Slice, *types.Array:
		default:
			return nil, nil
		}
	}
	for _, elt := range lit.Elts {
		if _, keyed := elt.(*ast.KeyValueExpr); keyed || !c.isConst(elt) {
			return nil, nil
		}
	}
	return lit, v
}

// localList returns the composite literal the local variable v is
// declared with (refused := []sp.Code{...}), when the function holding it
// never writes it again (assigns it, an element of it, or its address).
func (c *checker) localList(v *types.Var) *ast.CompositeLit {
	if v.Pos() < c.file.Pos() || v.Pos() >= c.file.End() {
		return nil
	}
	path, _ := astutil.PathEnclosingInterval(c.file, v.Pos(), v.Pos())
	var lit *ast.CompositeLit
	var body *ast.BlockStmt
	for _, p := range path {
		switch p := p.(type) {
		case *ast.AssignStmt:
			if lit == nil && p.Tok == token.DEFINE && len(p.Lhs) == len(p.Rhs) {
				for i, l := range p.Lhs {
					if l.Pos() == v.Pos() {
						lit, _ = ast.Unparen(p.Rhs[i]).(*ast.CompositeLit)
					}
				}
			}
		case *ast.ValueSpec:
			for i, n := range p.Names {
				if lit == nil && n.Pos() == v.Pos() && i < len(p.Values) {
					lit, _ = ast.Unparen(p.Values[i]).(*ast.CompositeLit)
				}
			}
		case *ast.FuncDecl:
			body = p.Body
		case *ast.FuncLit:
			body = p.Body
		}
		if body != nil {
			break
		}
	}
	if lit == nil || body == nil {
		return nil
	}
	written := false
	ast.Inspect(body, func(n ast.Node) bool {
		var targets []ast.Expr
		switch n := n.(type) {
		case *ast.AssignStmt:
			targets = n.Lhs
		case *ast.IncDecStmt:
			targets = []ast.Expr{n.X}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				targets = []ast.Expr{n.X}
			}
		}
		for _, t := range targets {
			t = ast.Unparen(t)
			if ix, ok := t.(*ast.IndexExpr); ok {
				t = ast.Unparen(ix.X)
			}
			if id, ok := t.(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == v {
				written = true
			}
		}
		return !written
	})
	if written {
		return nil
	}
	return lit
}

// packageList returns the composite literal the package-level variable v
// is declared with, if it is.
func (c *checker) packageList(v *types.Var) *ast.CompositeLit {
	for _, f := range c.pass.Files {
		if v.Pos() < f.Pos() || v.Pos() >= f.End() {
			continue
		}
		path, _ := astutil.PathEnclosingInterval(f, v.Pos(), v.Pos())
		for _, p := range path {
			vs, ok := p.(*ast.ValueSpec)
			if !ok {
				continue
			}
			for i, name := range vs.Names {
				if name.Pos() == v.Pos() && i < len(vs.Values) {
					lit, _ := ast.Unparen(vs.Values[i]).(*ast.CompositeLit)
					return lit
				}
			}
			return nil
		}
	}
	return nil
}

// testedList returns the code and the list elements of the first
// membership test in cond: slices.Contains(list, code), or code == c of a
// range loop over a list.
func (c *checker) testedList(cond ast.Expr) (key ast.Expr, elems []ast.Expr) {
	ast.Inspect(cond, func(n ast.Node) bool {
		if key != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			if elem, lit, _ := c.listCall(n); lit != nil {
				key, elems = elem, lit.Elts
			}
		case *ast.BinaryExpr:
			if call, _ := c.indexTest(n); call != nil {
				if elem, lit, _ := c.indexedList(call); lit != nil {
					key, elems = elem, lit.Elts
				}
				return false
			}
			if n.Op != token.EQL {
				return true
			}
			if lit, _ := c.rangeList(n.Y); lit != nil {
				key, elems = n.X, lit.Elts
			} else if lit, _ := c.rangeList(n.X); lit != nil {
				key, elems = n.Y, lit.Elts
			}
		}
		return key == nil
	})
	return key, elems
}

// evalList evaluates e, a membership test of the code of s in a list of
// constants: true for the codes the list holds.
func (c *checker) evalList(e ast.Expr, code codes.ReturnCode, s subject) tri {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if elem, lit, _ := c.listCall(e); lit != nil && s.is(elem) {
			return triOf(c.lookupHas(lit.Elts, code))
		} else if lit != nil {
			return c.heldMember(elem, lit.Elts, code, s) // slices.Contains(denyNames, outcome) (outnames.go)
		}
	case *ast.BinaryExpr:
		if call, found := c.indexTest(e); call != nil {
			t := triUnknown
			if elem, lit, _ := c.indexedList(call); lit != nil && s.is(elem) {
				t = triOf(c.lookupHas(lit.Elts, code))
			} else if lit != nil {
				t = c.heldMember(elem, lit.Elts, code, s)
			}
			if !found && t != triUnknown {
				t = triOf(t == triFalse)
			}
			return t
		}
		if e.Op != token.EQL {
			return triUnknown
		}
		for _, x := range [2][2]ast.Expr{{e.X, e.Y}, {e.Y, e.X}} {
			if _, isID := ast.Unparen(x[1]).(*ast.Ident); !isID || c.isConst(x[1]) || !s.is(x[0]) {
				continue
			}
			if lit, _ := c.rangeList(x[1]); lit != nil {
				return triOf(c.lookupHas(lit.Elts, code))
			}
		}
	}
	return triUnknown
}

// listVar returns the package-level list n tests the code tag against, for
// the related information of a finding.
func (c *checker) listVar(n ast.Node, tag ast.Expr) *types.Var {
	switch n := n.(type) {
	case *ast.CallExpr:
		if elem, _, v := c.listCall(n); v != nil && sameExpr(elem, tag) {
			return v
		}
	case *ast.BinaryExpr:
		if call, _ := c.indexTest(n); call != nil {
			if elem, _, v := c.indexedList(call); v != nil && sameExpr(elem, tag) {
				return v
			}
			return nil
		}
		if n.Op != token.EQL {
			return nil
		}
		if _, v := c.rangeList(n.Y); v != nil && sameExpr(n.X, tag) {
			return v
		}
		if _, v := c.rangeList(n.X); v != nil && sameExpr(n.Y, tag) {
			return v
		}
	}
	return nil
}

// indexedList is listCall for call, a search of a list for an element
// (indexTest).
func (c *checker) indexedList(call *ast.CallExpr) (elem ast.Expr, lit *ast.CompositeLit, v *types.Var) {
	if lit, v = c.constList(call.Args[0]); lit == nil {
		return nil, nil, nil
	}
	return call.Args[1], lit, v
}
