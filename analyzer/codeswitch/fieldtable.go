package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
)

// This file reads a table held in a struct field of this package: a map
// set once, by a keyed composite literal (a constructor's return
// &Policy{deny: map[Code]bool{...}}), and otherwise only read by index
// (if p.deny[code] {...}). Such a field is the literal's table, as a
// package-level map literal is (see lookup.go).

// fieldMapLiteral returns the map literal field v is set to, nil when v
// is set anywhere else, more than once, by a literal without keys, or
// used other than read by index.
func (c *checker) fieldMapLiteral(v *types.Var) *ast.CompositeLit {
	if lit, ok := c.fieldLits[v]; ok {
		return lit
	}
	if c.fieldLits == nil {
		c.fieldLits = map[*types.Var]*ast.CompositeLit{}
	}
	c.fieldLits[v] = nil
	if _, ok := v.Type().Underlying().(*types.Map); !ok || v.Pkg() != c.pass.Pkg {
		return nil
	}
	info := c.pass.TypesInfo
	var lit *ast.CompositeLit
	ok := true
	for _, f := range c.pass.Files {
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if !ok {
				return false
			}
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			parent := ast.Node(nil)
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			stack = append(stack, n)
			switch n := n.(type) {
			case *ast.CompositeLit:
				if st, isStruct := typeStruct(info.TypeOf(n)); isStruct && len(n.Elts) > 0 && hasField(st, v) {
					if _, keyed := n.Elts[0].(*ast.KeyValueExpr); !keyed {
						ok = false // Policy{m, nil}: not followed
					}
				}
			case *ast.KeyValueExpr:
				id, isID := n.Key.(*ast.Ident)
				if !isID || info.Uses[id] != v {
					return true
				}
				m, isLit := ast.Unparen(n.Value).(*ast.CompositeLit)
				if !isLit || lit != nil {
					ok = false
					return false
				}
				lit = m
			case *ast.SelectorExpr:
				if info.Uses[n.Sel] != v {
					return true
				}
				idx, isIdx := parent.(*ast.IndexExpr)
				if !isIdx || idx.X != n || c.writtenAt(stack, idx) {
					ok = false // p.deny = m, p.deny[k] = true, delete(p.deny, k), pass(p.deny)
				}
			}
			return true
		})
	}
	if !ok {
		return nil
	}
	c.fieldLits[v] = lit
	return lit
}

// writtenAt reports whether idx, the last but one node of stack, is
// assigned to or incremented.
func (c *checker) writtenAt(stack []ast.Node, idx *ast.IndexExpr) bool {
	if len(stack) < 3 {
		return false
	}
	switch p := stack[len(stack)-3].(type) {
	case *ast.AssignStmt:
		for _, l := range p.Lhs {
			if ast.Unparen(l) == idx {
				return true
			}
		}
	case *ast.IncDecStmt:
		return true
	case *ast.UnaryExpr:
		return p.Op == token.AND
	}
	return false
}

func typeStruct(t types.Type) (*types.Struct, bool) {
	if t == nil {
		return nil, false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}

func hasField(st *types.Struct, v *types.Var) bool {
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i) == v {
			return true
		}
	}
	return false
}

// paramMapLiteral reads a table passed as a parameter, v, of a function
// of this package (decide(code, map[Code]func() (T, error){...}, grant)):
// when every use of the function is a call passing a map literal there
// (or a local declared with one and used only in that call),
// and the function never assigns v, the table is the literal listing the
// fewest keys, the one its callers leave most codes out of. Nil
// otherwise.
func (c *checker) paramMapLiteral(v *types.Var) *ast.CompositeLit {
	if c.fieldLits == nil {
		c.fieldLits = map[*types.Var]*ast.CompositeLit{}
	}
	return c.paramTable(v, c.fieldLits, false)
}

// paramTable is paramMapLiteral, memo its answers; with pkgVars, a
// call may pass a package-level table too (newGate(refusals): a
// constructor's parameter, derivedtables.go).
func (c *checker) paramTable(v *types.Var, memo map[*types.Var]*ast.CompositeLit, pkgVars bool) *ast.CompositeLit {
	if lit, ok := memo[v]; ok {
		return lit
	}
	memo[v] = nil
	if _, ok := v.Type().Underlying().(*types.Map); !ok || v.Pkg() != c.pass.Pkg {
		return nil
	}
	info := c.pass.TypesInfo
	var fn *types.Func
	param := -1
	for _, f := range c.pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil || fd.Pos() > v.Pos() || v.Pos() > fd.End() {
				continue
			}
			i := 0
			for _, field := range fd.Type.Params.List {
				for _, name := range field.Names {
					if info.Defs[name] == v {
						fn, _ = info.Defs[fd.Name].(*types.Func)
						param = i
					}
					i++
				}
				if len(field.Names) == 0 {
					i++
				}
			}
			if fn != nil && assignsVar(info, fd.Body, v) {
				return nil
			}
		}
	}
	if fn == nil || param < 0 {
		return nil
	}
	var best *ast.CompositeLit
	ok := true
	for _, f := range c.pass.Files {
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			defer func() { stack = append(stack, n) }()
			id, isID := n.(*ast.Ident)
			if !isID || !ok {
				return ok
			}
			if used, isFunc := info.Uses[id].(*types.Func); !isFunc || used.Origin() != fn {
				return true
			}
			call := callOf(stack, id)
			if call == nil || param >= len(call.Args) {
				ok = false // a function value, or a call with too few arguments
				return false
			}
			lit, isLit := ast.Unparen(call.Args[param]).(*ast.CompositeLit)
			if !isLit {
				lit = c.localTable(f, call.Args[param], call) // table := map...{...}; decide(code, table, grant)
				isLit = lit != nil
			}
			if !isLit && pkgVars && c.pkgTable(call.Args[param]) {
				lit, _ = c.mapLiteral(call.Args[param]) // newGate(refusals) (derivedtables.go)
				isLit = lit != nil
			}
			if !isLit {
				ok = false
				return false
			}
			for _, elt := range lit.Elts {
				if kv, isKV := elt.(*ast.KeyValueExpr); !isKV || !c.isConst(kv.Key) {
					ok = false
					return false
				}
			}
			if best == nil || len(lit.Elts) < len(best.Elts) {
				best = lit
			}
			return true
		})
	}
	if !ok {
		return nil
	}
	memo[v] = best
	return best
}

// callOf returns the call whose function id names (decide, pkg.decide,
// decide[T]), stack holding id's enclosing nodes; nil when id is used
// otherwise.
func callOf(stack []ast.Node, id *ast.Ident) *ast.CallExpr {
	var fun ast.Node = id
	for i := len(stack) - 1; i >= 0; i-- {
		switch p := stack[i].(type) {
		case *ast.SelectorExpr, *ast.IndexExpr, *ast.IndexListExpr, *ast.ParenExpr:
			fun = p
			continue
		case *ast.CallExpr:
			if p.Fun == fun {
				return p
			}
		}
		return nil
	}
	return nil
}

// readsParamTable reports whether d, an if-else chain, looks its code up
// in a table passed as a parameter (see paramMapLiteral): a copy of its
// rejecting branch would read another caller's table.
func (c *checker) readsParamTable(d *dispatch) bool {
	var ifs []*ast.IfStmt
	for cur, _ := d.stmt.(*ast.IfStmt); cur != nil; {
		ifs = append(ifs, cur)
		next, _ := cur.Else.(*ast.IfStmt)
		if next == nil && cur != d.last && len(d.stack) > 0 {
			// Consecutive ifs: the next statement of the list.
			list, _ := stmtList(d.stack[len(d.stack)-1])
			for i, st := range list {
				if st == cur && i+1 < len(list) && d.last != nil && list[i+1].Pos() <= d.last.Pos() {
					next, _ = list[i+1].(*ast.IfStmt)
				}
			}
		}
		cur = next
	}
	found := false
	for _, s := range ifs {
		for _, n := range []ast.Node{s.Init, s.Cond} {
			if n == nil {
				continue
			}
			ast.Inspect(n, func(n ast.Node) bool {
				if idx, ok := n.(*ast.IndexExpr); ok && !found {
					if id, ok := ast.Unparen(idx.X).(*ast.Ident); ok {
						if v, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok && !v.IsField() && c.paramMapLiteral(v) != nil {
							found = true
						}
					}
				}
				return !found
			})
		}
	}
	return found
}
