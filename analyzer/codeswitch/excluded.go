package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/surepasslint/surepasslint/codes"
)

// Named exclusions: a rejecting if whose condition leaves codes out by name,
//
//	if err != nil && !errors.Is(err, errAlreadyEnrolled) { return err }
//	if code != Success && code != AlreadyProvisioned { return deny(code) }
//	if slices.Index(allowed, code) == -1 { return deny(code) }
//
// accepts those codes on purpose, as a code listed with Success is: they
// are not reported as falling through. A negated test false for most
// codes (if !sessionAccepted(code) { reject } of a predicate return code !=
// SessionTokenInvalid) names the codes it rejects, not the ones it leaves
// out: it excludes nothing.

// excludedCodes returns the codes a conjunct of a rejecting if of d's chain
// leaves out by name: a negated test (!errors.Is(err, X), code != X) that
// is false for them.
func (c *checker) excludedCodes(d *dispatch, fl *flow, fates map[codes.ReturnCode]fate) map[codes.ReturnCode]bool {
	first, ok := d.stmt.(*ast.IfStmt)
	if !ok || len(d.stack) == 0 {
		return nil
	}
	conds := map[ast.Node]ast.Expr{} // a link's body -> its condition
	list, _ := stmtList(d.stack[len(d.stack)-1])
	i := slices.Index(list, ast.Stmt(first))
	if i < 0 {
		list, i = []ast.Stmt{first}, 0
	}
	for _, st := range list[i:] {
		ifs, ok := st.(*ast.IfStmt)
		if !ok || d.last == nil || ifs.Pos() > d.last.Pos() {
			break
		}
		for cur := ifs; cur != nil; cur, _ = cur.Else.(*ast.IfStmt) {
			conds[cur.Body] = cur.Cond
		}
	}
	var out map[codes.ReturnCode]bool
	s := c.subjectOf(d, fl)
	for _, cl := range d.clauses {
		cond := conds[cl.node]
		if cond == nil || !c.clauseRejects(cl, fates) {
			continue
		}
		for _, e := range conjuncts(cond) {
			if !namesExclusion(c.pass.TypesInfo, e) && !c.missedSearch(e) || c.heldIn(e) != nil {
				continue
			}
			var left []codes.ReturnCode
			for _, code := range c.required {
				if c.evalCond(e, code, s) == triFalse {
					left = append(left, code)
				}
			}
			if 2*len(left) > len(c.required) {
				// !sessionAccepted(code) of a predicate true for all but
				// one code: the predicate names what it rejects, not what
				// the if leaves out.
				continue
			}
			for _, code := range left {
				if out == nil {
					out = map[codes.ReturnCode]bool{}
				}
				out[code] = true
			}
		}
	}
	return out
}

// missedSearch reports whether e tests that a list search did not find
// the element (slices.Index(allowed, code) == -1, < 0; listed.go): an
// allow list names the codes it leaves out, as code != X does.
func (c *checker) missedSearch(e ast.Expr) bool {
	cmp, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	call, found := c.indexTest(cmp)
	return call != nil && !found
}

// conjuncts splits cond at its top-level &&.
func conjuncts(cond ast.Expr) []ast.Expr {
	if b, ok := ast.Unparen(cond).(*ast.BinaryExpr); ok && b.Op == token.LAND {
		return append(conjuncts(b.X), conjuncts(b.Y)...)
	}
	return []ast.Expr{cond}
}

// namesExclusion reports whether e is a negated test naming a value: !f(...)
// (!errors.Is(err, X)) or a != b with neither side nil.
func namesExclusion(info *types.Info, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		_, call := ast.Unparen(e.X).(*ast.CallExpr)
		return e.Op == token.NOT && call
	case *ast.BinaryExpr:
		if e.Op != token.NEQ {
			return false
		}
		for _, x := range []ast.Expr{e.X, e.Y} {
			if tv, ok := info.Types[x]; !ok || tv.IsNil() {
				return false
			}
		}
		return true
	}
	return false
}
