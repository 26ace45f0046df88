package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
)

// failureStatusVar reports whether e is a local variable every write of
// which stores an HTTP failure status (400 to 599) as a constant: status
// := http.StatusUnauthorized; if errors.Is(err, ErrUnavailable) { status
// = http.StatusServiceUnavailable }; c.AbortWithStatusJSON(status, ...).
// An if that only picks which failure to answer decides no grant: the
// answer written with the variable is a failure whichever it picked. Any
// other write (a status computed or from a table, status++, &status)
// leaves the variable unknown; a declaration without a value (var status
// int, set in every branch after it) is no write: a zero status is no
// success either.
func (c *checker) failureStatusVar(e ast.Expr) bool {
	v := c.localVar(e)
	if v == nil || !isInteger(v.Type()) || v.Parent() == nil {
		return false
	}
	if ok, seen := c.statusVars[v]; seen {
		return ok
	}
	ok := c.onlyFailureStatuses(v)
	if c.statusVars == nil {
		c.statusVars = map[*types.Var]bool{}
	}
	c.statusVars[v] = ok
	return ok
}

// onlyFailureStatuses walks the scope v is declared in (within the file
// being checked) for its writes; see failureStatusVar.
func (c *checker) onlyFailureStatuses(v *types.Var) bool {
	info := c.pass.TypesInfo
	scope := v.Parent()
	is := func(x ast.Expr) bool {
		id, ok := ast.Unparen(x).(*ast.Ident)
		return ok && info.ObjectOf(id) == v
	}
	failing := func(x ast.Expr) bool {
		tv, ok := info.Types[x]
		return ok && tv.Value != nil && isHTTPStatus(info, x) && isFailureStatus(tv.Value)
	}
	writes, good := 0, true
	ast.Inspect(c.file, func(n ast.Node) bool {
		if !good || n == nil {
			return false
		}
		if n.End() < scope.Pos() || n.Pos() > scope.End() {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if !is(l) {
					continue
				}
				writes++
				if (n.Tok != token.ASSIGN && n.Tok != token.DEFINE) || len(n.Lhs) != len(n.Rhs) || !failing(n.Rhs[i]) {
					good = false
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if info.Defs[id] != v {
					continue
				}
				if len(n.Values) == 0 {
					continue // var status int: set in the branches that follow
				}
				writes++
				if len(n.Values) != len(n.Names) || !failing(n.Values[i]) {
					good = false
				}
			}
		case *ast.IncDecStmt:
			if is(n.X) {
				good = false
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && is(n.X) {
				good = false
			}
		case *ast.RangeStmt:
			if (n.Key != nil && is(n.Key)) || (n.Value != nil && is(n.Value)) {
				good = false
			}
		}
		return good
	})
	return good && writes > 0
}
