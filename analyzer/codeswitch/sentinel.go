package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"
)

// This file follows local bool flags a dispatch sets and tests after it
// (denied = true in a clause, if denied { return err } after the switch):
// the walker carries the value each flag was set to on its path, and a
// condition that tests a flag with a known value goes one way only. A flag
// is known from its declaration with a constant just before the dispatch
// (denied := false), or from a constant assigned on the path; any other
// assignment forgets it.

// setFlag returns flags with v set to val ("1", "0"; "" forgets v). A set
// of flags is a sorted list of "position=value" entries joined by ";", so
// that it can be part of a walkKey.
func setFlag(flags string, v types.Object, val string) string {
	key := strconv.Itoa(int(v.Pos())) + "="
	var out []string
	for _, e := range strings.Split(flags, ";") {
		if e != "" && !strings.HasPrefix(e, key) {
			out = append(out, e)
		}
	}
	if val != "" {
		out = append(out, key+val)
	}
	sort.Strings(out)
	return strings.Join(out, ";")
}

// flagOf returns the value of v in flags, and whether it is known.
func flagOf(flags string, v types.Object) (bool, bool) {
	key := strconv.Itoa(int(v.Pos())) + "="
	for _, e := range strings.Split(flags, ";") {
		if strings.HasPrefix(e, key) {
			return e[len(key):] == "1", true
		}
	}
	return false, false
}

// boolFlag returns the local bool variable e names.
func (c *checker) boolFlag(e ast.Expr) types.Object {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	obj := c.pass.TypesInfo.Defs[id]
	if obj == nil {
		obj = c.pass.TypesInfo.Uses[id]
	}
	v, ok := obj.(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() || !isBool(v.Type()) {
		return nil
	}
	return v
}

// constBool returns the value of e, a boolean constant.
func (c *checker) constBool(e ast.Expr) (string, bool) {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool {
		return "", false
	}
	if constant.BoolVal(tv.Value) {
		return "1", true
	}
	return "0", true
}

// setFlags returns flags after n: a flag assigned a constant takes it, a
// flag assigned anything else is forgotten.
func (w *walker) setFlags(n ast.Node, flags string) string {
	lhs, rhs, ok := assignSides(n)
	if !ok {
		return w.c.setHeld(n, flags, n.Pos() < w.d.stmt.Pos())
	}
	for i, l := range lhs {
		v := w.c.boolFlag(l)
		if v == nil {
			continue
		}
		val := ""
		switch {
		case len(rhs) == len(lhs):
			val, _ = w.c.constBool(rhs[i])
		case len(rhs) == 0:
			if _, ok := n.(*ast.ValueSpec); ok {
				val = "0" // var denied bool
			}
		}
		flags = setFlag(flags, v, val)
	}
	return w.c.setHeld(n, flags, n.Pos() < w.d.stmt.Pos()) // heldvalue.go
}

// assignSides returns the targets and values of an assignment or a var
// spec: no values for an operation assignment (x += y) or a var without
// them. ok is false for any other node.
func assignSides(n ast.Node) (lhs, rhs []ast.Expr, ok bool) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
			return n.Lhs, nil, true
		}
		return n.Lhs, n.Rhs, true
	case *ast.ValueSpec:
		for _, id := range n.Names {
			lhs = append(lhs, id)
		}
		return lhs, n.Values, true
	}
	return nil, nil, false
}

// flagTest returns the value of cond, a test of a flag (denied, !denied),
// when flags knows it.
func (w *walker) flagTest(cond ast.Expr, flags string) (bool, bool) {
	if flags == "" {
		return false, false
	}
	neg := false
	e := ast.Unparen(cond)
	for {
		u, ok := e.(*ast.UnaryExpr)
		if !ok || u.Op != token.NOT {
			break
		}
		neg, e = !neg, ast.Unparen(u.X)
	}
	v := w.c.boolFlag(e)
	if v == nil {
		return false, false
	}
	val, ok := flagOf(flags, v)
	return val != neg, ok
}

// flagsAtDispatch returns the flags declared with a constant in the
// statements before the dispatch in its block (denied := false), or in
// an enclosing block of its function (approved := false before a polling
// loop holding the dispatch), and not assigned again before it: the
// walker follows the loop around from the dispatch, so an assignment in
// the loop's body reaches the next iteration on its path. A flag assigned
// in an enclosing statement's header (for i, ok := 0, false; ...) is
// forgotten.
func (w *walker) flagsAtDispatch() string {
	var levels []ast.Node // list owners, innermost first
	for i := len(w.d.stack) - 1; i >= 0; i-- {
		n := w.d.stack[i]
		if _, ok := n.(*ast.FuncLit); ok {
			break
		}
		if _, ok := n.(*ast.FuncDecl); ok {
			break
		}
		if _, ok := stmtList(n); ok {
			levels = append(levels, n)
		}
	}
	flags := w.c.namedResultsHeld(w.fl.sig, "") // heldvalue.go
	target := w.d.stmt.Pos()
	for i := len(levels) - 1; i >= 0; i-- {
		list, _ := stmtList(levels[i])
		var ok bool
		if flags, ok = w.flagsBefore(list, target, flags); !ok {
			return ""
		}
	}
	return flags
}

// flagsBefore returns flags after the statements of list before the one
// holding pos, and false when none holds it.
func (w *walker) flagsBefore(list []ast.Stmt, pos token.Pos, flags string) (string, bool) {
	// forget forgets the flags assigned in n, but by skip, the statement
	// whose constants setFlags read.
	forget := func(n ast.Node, skip ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			if as, ok := n.(*ast.AssignStmt); ok && n != skip {
				for _, l := range as.Lhs {
					if v := w.c.boolFlag(l); v != nil {
						flags = setFlag(flags, v, "")
					}
					flags = w.c.forgetHeld(flags, l)
				}
			}
			if u, ok := n.(*ast.IncDecStmt); ok {
				flags = w.c.forgetHeld(flags, u.X)
			}
			if u, ok := n.(*ast.UnaryExpr); ok && u.Op == token.AND {
				if v := w.c.boolFlag(u.X); v != nil {
					flags = setFlag(flags, v, "")
				}
				flags = w.c.forgetHeld(flags, u.X)
			}
			return true
		})
	}
	for _, st := range list {
		if st.Pos() <= pos && pos < st.End() {
			if st == w.d.stmt {
				return flags, true
			}
			// The statement holding the dispatch: its header.
			for {
				l, ok := st.(*ast.LabeledStmt)
				if !ok {
					break
				}
				st = l.Stmt
			}
			switch st := st.(type) {
			case *ast.ForStmt:
				for _, n := range []ast.Node{st.Init, st.Cond, st.Post} {
					if n != nil {
						forget(n, nil)
					}
				}
			case *ast.RangeStmt:
				forget(st.X, nil)
			case *ast.IfStmt:
				if st.Init != nil {
					forget(st.Init, nil)
				}
				forget(st.Cond, nil)
			case *ast.SwitchStmt:
				if st.Init != nil {
					forget(st.Init, nil)
				}
			case *ast.BlockStmt:
			default:
				return "", false
			}
			return flags, true
		}
		switch st := st.(type) {
		case *ast.AssignStmt:
			flags = w.setFlags(st, flags)
		case *ast.DeclStmt:
			if gd, ok := st.Decl.(*ast.GenDecl); ok && gd.Tok == token.VAR {
				for _, spec := range gd.Specs {
					if vs, ok := spec.(*ast.ValueSpec); ok {
						flags = w.setFlags(vs, flags)
					}
				}
			}
		}
		// A flag assigned anywhere else in the statement (a closure,
		// a nested block) is forgotten.
		forget(st, st)
	}
	return "", false
}

// stmtList returns the statements of owner, a block or a clause.
func stmtList(owner ast.Node) ([]ast.Stmt, bool) {
	switch owner := owner.(type) {
	case *ast.BlockStmt:
		return owner.List, true
	case *ast.CaseClause:
		return owner.Body, true
	case *ast.CommClause:
		return owner.Body, true
	}
	return nil, false
}
