package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
)

// This file reads two more spellings of a set of codes (see "Dispatch by
// table" in doc.go): a package map filled once, by func init,
//
//	var lockedCodes = map[int]bool{}
//
//	func init() {
//		for _, c := range []int{9015, 9095, 9096} {
//			lockedCodes[c] = true
//		}
//	}
//
// and a set type with a membership method, called on a package variable
// (mistyped.Has(r.code) of func (s codeSet) Has(c Code) bool { _, ok :=
// s[c]; return ok }), which looks that variable up.

// initTable returns the rows func init fills v with, as a map literal at
// v's declaration (synthetic: its keys and values are the source's
// expressions), when v is a package variable of this package of map type,
// declared with an empty map literal, make(...) or no value, and every
// write of v or of its elements in the package is in a func init: v =
// make(...) or an empty literal, v[K] = val with K a constant, or v[c] =
// val in a range over a slice literal of constants whose value c is (for
// _, c := range []Code{A, B} { v[c] = true }). Nil otherwise: a map
// written anywhere else, passed to a function, or with no row.
func (c *checker) initTable(v *types.Var) *ast.CompositeLit {
	if c.sums == nil || v.Pkg() != c.pass.Pkg || v.Parent() != c.pass.Pkg.Scope() {
		return nil
	}
	if c.sums.initTables == nil {
		c.sums.initTables = c.initTables()
	}
	return c.sums.initTables[v]
}

// initTables computes initTable for every variable of the package, once.
func (c *checker) initTables() map[*types.Var]*ast.CompositeLit {
	info := c.pass.TypesInfo
	out := map[*types.Var]*ast.CompositeLit{}
	// The candidates: package map variables declared empty.
	for _, f := range c.pass.Files {
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs, ok := spec.(*ast.ValueSpec)
				if !ok {
					continue
				}
				for i, name := range vs.Names {
					obj, ok := info.Defs[name].(*types.Var)
					if !ok {
						continue
					}
					if _, isMap := obj.Type().Underlying().(*types.Map); !isMap {
						continue
					}
					if len(vs.Values) == 0 || len(vs.Values) == len(vs.Names) && c.emptyMap(vs.Values[i]) {
						out[obj] = &ast.CompositeLit{Lbrace: obj.Pos(), Rbrace: obj.Pos()}
					}
				}
			}
		}
	}
	if len(out) == 0 {
		return out
	}
	bad := map[*types.Var]bool{}
	allowed := map[ast.Node]bool{} // the writes func init makes
	root := func(e ast.Expr) *types.Var {
		if ix, ok := ast.Unparen(e).(*ast.IndexExpr); ok {
			e = ix.X
		}
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return nil
		}
		v, _ := info.Uses[id].(*types.Var)
		if out[v] == nil {
			return nil
		}
		return v
	}
	// The rows func init writes.
	for _, f := range c.pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || fd.Name.Name != "init" || fd.Body == nil {
				continue
			}
			for _, st := range fd.Body.List {
				c.initRows(st, root, out, allowed)
			}
		}
	}
	// Every other use that may write.
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					if v := root(l); v != nil && !allowed[n] {
						bad[v] = true
					}
				}
			case *ast.IncDecStmt:
				if v := root(n.X); v != nil {
					bad[v] = true
				}
			case *ast.UnaryExpr:
				if v := root(n.X); v != nil && n.Op == token.AND {
					bad[v] = true
				}
			case *ast.CallExpr:
				if b, ok := c.callee(n).(*types.Builtin); ok && b.Name() == "len" {
					return true
				}
				if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
					if v := root(sel.X); v != nil {
						if fn, ok := c.callee(n).(*types.Func); !ok || !c.sums.isMember(fn) {
							bad[v] = true // locked.Add(code): a write this file cannot read
						}
					}
				}
				for _, a := range n.Args {
					if id, ok := ast.Unparen(a).(*ast.Ident); ok {
						if v, _ := info.Uses[id].(*types.Var); out[v] != nil {
							bad[v] = true // delete(m, k), maps.Copy(m, other), fill(m)
						}
					}
				}
			}
			return true
		})
	}
	for v, lit := range out {
		if bad[v] || len(lit.Elts) == 0 {
			delete(out, v)
		}
	}
	return out
}

// emptyMap reports whether e is an empty map literal or a call of make.
func (c *checker) emptyMap(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return len(e.Elts) == 0
	case *ast.CallExpr:
		b, ok := c.callee(e).(*types.Builtin)
		return ok && b.Name() == "make"
	}
	return false
}

// initRows adds to tables the rows st, a statement of func init, writes,
// and marks the writes it allows; a write of a table it cannot read
// leaves it unmarked (a bad write).
func (c *checker) initRows(st ast.Stmt, root func(ast.Expr) *types.Var, tables map[*types.Var]*ast.CompositeLit, allowed map[ast.Node]bool) {
	switch st := st.(type) {
	case *ast.AssignStmt:
		if st.Tok != token.ASSIGN || len(st.Lhs) != 1 || len(st.Rhs) != 1 {
			return
		}
		v := root(st.Lhs[0])
		if v == nil {
			return
		}
		ix, ok := ast.Unparen(st.Lhs[0]).(*ast.IndexExpr)
		switch {
		case !ok && c.emptyMap(st.Rhs[0]):
			allowed[st] = true // m = make(map[Code]bool)
		case ok && c.isConst(ix.Index):
			tables[v].Elts = append(tables[v].Elts, &ast.KeyValueExpr{Key: ix.Index, Value: st.Rhs[0]})
			allowed[st] = true
		}
	case *ast.RangeStmt:
		lit, ok := ast.Unparen(st.X).(*ast.CompositeLit)
		val, ok2 := st.Value.(*ast.Ident)
		if !ok || !ok2 || st.Tok != token.DEFINE || len(st.Body.List) != 1 {
			return
		}
		t := c.pass.TypesInfo.TypeOf(lit)
		if t == nil {
			return // broken code
		}
		if _, isSlice := t.Underlying().(*types.Slice); !isSlice {
			if _, isArray := t.Underlying().(*types.Array); !isArray {
				return
			}
		}
		for _, e := range lit.Elts {
			if _, keyed := e.(*ast.KeyValueExpr); keyed || !c.isConst(e) {
				return
			}
		}
		as, ok := st.Body.List[0].(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			return
		}
		v := root(as.Lhs[0])
		ix, ok := ast.Unparen(as.Lhs[0]).(*ast.IndexExpr)
		if v == nil || !ok {
			return
		}
		if id, ok := ast.Unparen(ix.Index).(*ast.Ident); !ok || c.pass.TypesInfo.Uses[id] != c.pass.TypesInfo.Defs[val] || !c.isConst(as.Rhs[0]) && !isEmptyLit(as.Rhs[0]) {
			return
		}
		for _, e := range lit.Elts {
			tables[v].Elts = append(tables[v].Elts, &ast.KeyValueExpr{Key: e, Value: as.Rhs[0]})
		}
		allowed[as] = true
	}
}

// isEmptyLit reports whether e is a composite literal without elements
// (struct{}{}, the value of a set's row).
func isEmptyLit(e ast.Expr) bool {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	return ok && len(lit.Elts) == 0
}

// memberMethod reports whether fn is a membership method of a set type of
// this package: a method of a map type, with one parameter and one bool
// result, whose body is _, ok := r[p]; return ok (r the receiver, p the
// parameter), or return r[p] over a map of bools (byValue: the table's
// values must then all be true).
func (s *summaries) memberMethod(fn *types.Func) (ok, byValue bool) {
	sig := fn.Signature()
	recv := sig.Recv()
	if recv == nil || sig.Params().Len() != 1 || sig.Results().Len() != 1 || !isBool(sig.Results().At(0).Type()) {
		return false, false
	}
	m, isMap := recv.Type().Underlying().(*types.Map)
	if !isMap {
		return false, false
	}
	d, found := s.decls[fn.Origin()]
	if !found || d.decl.Body == nil {
		return false, false
	}
	info := s.pass.TypesInfo
	isLookup := func(e ast.Expr) bool {
		ix, ok := ast.Unparen(e).(*ast.IndexExpr)
		if !ok {
			return false
		}
		r, ok1 := ast.Unparen(ix.X).(*ast.Ident)
		p, ok2 := ast.Unparen(ix.Index).(*ast.Ident)
		return ok1 && ok2 && info.Uses[r] == recv && info.Uses[p] == sig.Params().At(0)
	}
	switch list := d.decl.Body.List; len(list) {
	case 1:
		ret, ok := list[0].(*ast.ReturnStmt)
		return ok && len(ret.Results) == 1 && isBool(m.Elem()) && isLookup(ret.Results[0]), true
	case 2:
		as, ok1 := list[0].(*ast.AssignStmt)
		ret, ok2 := list[1].(*ast.ReturnStmt)
		if !ok1 || !ok2 || len(as.Lhs) != 2 || len(as.Rhs) != 1 || len(ret.Results) != 1 || !isLookup(as.Rhs[0]) {
			return false, false
		}
		okID, ok1 := as.Lhs[1].(*ast.Ident)
		res, ok2 := ast.Unparen(ret.Results[0]).(*ast.Ident)
		return ok1 && ok2 && info.ObjectOf(okID) != nil && info.Uses[res] == info.ObjectOf(okID), false
	}
	return false, false
}

// isMember reports whether fn is a membership method (see memberMethod).
func (s *summaries) isMember(fn *types.Func) bool {
	ok, _ := s.memberMethod(fn)
	return ok
}

// memberLookup returns call, a call of a membership method on a package
// variable of this package (mistyped.Has(code)), as the lookup of that
// variable it makes (mistyped[code]), made once per call; nil for any
// other call, and for a method over a map of bools whose table's values
// are not all true.
func (c *checker) memberLookup(call *ast.CallExpr) *ast.IndexExpr {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) != 1 || c.sums == nil {
		return nil
	}
	fn, ok := c.callee(call).(*types.Func)
	if !ok || fn.Pkg() != c.pass.Pkg || fn.Signature().Recv() == nil {
		return nil
	}
	if idx, ok := c.sums.members[call]; ok {
		return idx
	}
	var idx *ast.IndexExpr
	if id, isID := ast.Unparen(sel.X).(*ast.Ident); isID {
		v, _ := c.pass.TypesInfo.Uses[id].(*types.Var)
		member, byValue := c.sums.memberMethod(fn)
		if v != nil && member && v.Pkg() == c.pass.Pkg && v.Parent() == c.pass.Pkg.Scope() {
			idx = &ast.IndexExpr{X: sel.X, Lbrack: call.Lparen, Index: call.Args[0], Rbrack: call.Rparen}
			if lit, allTrue := c.mapLiteral(sel.X); byValue && (lit == nil || !allTrue) {
				idx = nil
			}
		}
	}
	if c.sums.members == nil {
		c.sums.members = map[*ast.CallExpr]*ast.IndexExpr{}
	}
	c.sums.members[call] = idx
	return idx
}

// proveMember returns the fact of fn when its body is one return of a
// membership method's call on a package variable (return
// mistyped.Has(a.code)): a lookup of that variable's table, as
// proveLookup reads one.
func (s *summaries) proveMember(fn *types.Func, d funcDecl) *predFact {
	sig := fn.Signature()
	list := d.decl.Body.List
	if sig.Results().Len() != 1 || !isBool(sig.Results().At(0).Type()) || len(list) != 1 {
		return nil
	}
	ret, ok := list[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr)
	if !ok {
		return nil
	}
	idx := s.checkerFor(d.file, sig).memberLookup(call)
	if idx == nil {
		return nil
	}
	return s.lookupFact(sig, d, idx)
}
