package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
)

// This file reads a table a struct field holds that its constructor
// builds at run time from a table of the package: a clone of it
// (maps.Clone(baseline), golang.org/x/exp/maps' too), a local filled by a
// copy (maps.Copy(t, baseline), for k, v := range baseline { t[k] = v }),
// or the constructor's parameter when every call of the constructor in
// the package passes such a table. Entries copied in from a map the
// package cannot see (maps.Copy(t, overrides), overrides a parameter
// without a caller here) are the caller's: the field surely lists the
// known table's keys and gives every other code the element's zero
// value unless a caller adds it, so it is read as the known table. Two
// known tables merged, an element written by key (t[k] = v outside a
// copy loop), or the local passed on are not followed.

// mapsFunc reports whether call calls the function name of package maps
// (or golang.org/x/exp/maps).
func (c *checker) mapsFunc(call *ast.CallExpr, name string) bool {
	fn, ok := c.callee(call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Name() != name {
		return false
	}
	p := fn.Pkg().Path()
	return p == "maps" || p == "golang.org/x/exp/maps"
}

// clonedTable returns the table call, maps.Clone(X) of a known table X,
// copies; nil otherwise.
func (c *checker) clonedTable(call *ast.CallExpr) *ast.CompositeLit {
	if len(call.Args) != 1 || !c.mapsFunc(call, "Clone") {
		return nil
	}
	lit, _ := c.mapLiteral(call.Args[0])
	return lit
}

// derivedTable returns the table e, a value a field is set to, holds
// when it is built from a known table at run time (see above): a clone,
// a local filled from one, or a parameter its callers pass one as. Nil
// otherwise.
func (c *checker) derivedTable(e ast.Expr) *ast.CompositeLit {
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		return c.clonedTable(x)
	case *ast.Ident:
		v, ok := c.pass.TypesInfo.Uses[x].(*types.Var)
		if !ok || v.IsField() || v.Pkg() != c.pass.Pkg || v.Parent() == v.Pkg().Scope() {
			return nil
		}
		if lit := c.ctorParam(v); lit != nil {
			return lit // &Gate{rules: rules} of newGate(defaultRules)
		}
		return c.filledLocal(v, x)
	}
	return nil
}

// filledLocal returns the known table local v, used once as the value
// use (the field's), is built from: declared with a clone, an empty
// literal or make, and otherwise only the destination of copies (see
// above). Nil otherwise.
func (c *checker) filledLocal(v *types.Var, use *ast.Ident) *ast.CompositeLit {
	if memo, ok := c.filled[v]; ok {
		return memo
	}
	if c.filled == nil {
		c.filled = map[*types.Var]*ast.CompositeLit{}
	}
	c.filled[v] = nil
	if _, ok := v.Type().Underlying().(*types.Map); !ok {
		return nil
	}
	body := c.bodyAt(v.Pos())
	if body == nil {
		return nil
	}
	info := c.pass.TypesInfo
	isV := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == v
	}
	var known *ast.CompositeLit
	ok := true
	// add merges the table of src into the local: a known table when
	// none is yet, the caller's entries when src is none.
	add := func(src ast.Expr) {
		lit, _ := c.mapLiteral(src)
		if id, isID := ast.Unparen(src).(*ast.Ident); isID && lit == nil {
			if p, isVar := info.Uses[id].(*types.Var); isVar && !p.IsField() {
				lit = c.ctorParam(p) // for k, v := range rows {...} of newGate(refusals)
			}
		}
		if lit == nil {
			return
		}
		if known != nil {
			ok = false // two known tables merged: not followed
		}
		known = lit
	}
	handled := map[*ast.Ident]bool{use: true}
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) != 1 || len(n.Rhs) != 1 {
				return true
			}
			if id, isID := n.Lhs[0].(*ast.Ident); isID && info.Defs[id] == v {
				handled[id] = true
				switch r := ast.Unparen(n.Rhs[0]).(type) {
				case *ast.CallExpr:
					if lit := c.clonedTable(r); lit != nil {
						known = lit
					} else if !isMake(info, r) {
						ok = false
					}
				case *ast.CompositeLit:
					if len(r.Elts) > 0 {
						ok = false // a literal of its own merged with another: not followed
					}
				default:
					ok = false
				}
			}
		case *ast.CallExpr:
			if len(n.Args) == 2 && c.mapsFunc(n, "Copy") {
				if isV(n.Args[1]) {
					handled[ast.Unparen(n.Args[1]).(*ast.Ident)] = true // copied into another: read only
				}
				if isV(n.Args[0]) {
					handled[ast.Unparen(n.Args[0]).(*ast.Ident)] = true
					add(n.Args[1])
				}
			}
		case *ast.RangeStmt:
			dst := copyLoop(info, n)
			if dst != nil && isV(n.X) {
				handled[ast.Unparen(n.X).(*ast.Ident)] = true
			}
			if dst != nil && isV(dst) {
				handled[ast.Unparen(dst).(*ast.Ident)] = true
				add(n.X)
			}
		case *ast.Ident:
			if (info.Uses[n] == v || info.Defs[n] == v) && !handled[n] {
				ok = false // written by key, passed on, assigned again
			}
		}
		return true
	})
	if !ok || known == nil {
		return nil
	}
	c.filled[v] = known
	return known
}

// copyLoop returns the map a range loop copies its map into, for k, v
// := range src { dst[k] = v }; nil for any other loop.
func copyLoop(info *types.Info, rng *ast.RangeStmt) ast.Expr {
	if rng.Tok != token.DEFINE || rng.Key == nil || rng.Value == nil || len(rng.Body.List) != 1 {
		return nil
	}
	as, ok := rng.Body.List[0].(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return nil
	}
	idx, ok := ast.Unparen(as.Lhs[0]).(*ast.IndexExpr)
	if !ok {
		return nil
	}
	k, kok := ast.Unparen(idx.Index).(*ast.Ident)
	val, vok := ast.Unparen(as.Rhs[0]).(*ast.Ident)
	rk, _ := rng.Key.(*ast.Ident)
	rv, _ := rng.Value.(*ast.Ident)
	if !kok || !vok || rk == nil || rv == nil || info.Uses[k] == nil || info.Uses[k] != info.Defs[rk] || info.Uses[val] == nil || info.Uses[val] != info.Defs[rv] {
		return nil
	}
	return idx.X
}

// isMake reports whether call is make(map...).
func isMake(info *types.Info, call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := info.Uses[id].(*types.Builtin)
	return ok && b.Name() == "make"
}

// bodyAt returns the body of the innermost function of the package
// holding pos; nil when there is none.
func (c *checker) bodyAt(pos token.Pos) *ast.BlockStmt {
	var body *ast.BlockStmt
	for _, f := range c.pass.Files {
		if pos < f.Pos() || pos >= f.End() {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil || pos < n.Pos() || pos >= n.End() {
				return false
			}
			switch n := n.(type) {
			case *ast.FuncDecl:
				body = n.Body
			case *ast.FuncLit:
				body = n.Body
			}
			return true
		})
	}
	return body
}

// pkgTable reports whether e names a package-level map variable of this
// package, a table a constructor may be passed (newGate(refusals)).
func (c *checker) pkgTable(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	return ok && !v.IsField() && v.Pkg() == c.pass.Pkg && v.Parent() == v.Pkg().Scope()
}

// ctorParam returns the table every call in the package passes as v, a
// parameter, a package-level table included (paramTable).
func (c *checker) ctorParam(v *types.Var) *ast.CompositeLit {
	if c.ctorParams == nil {
		c.ctorParams = map[*types.Var]*ast.CompositeLit{}
	}
	return c.paramTable(v, c.ctorParams, true)
}

// callerRow reports whether k, the key of a row written into a table
// field (e.table[code] = d), is a parameter of the function writing it:
// a row a caller adds (func WithOverride(code Code, d Decision) Option {
// return func(e *Engine) { e.table[code] = d } }), which adds nothing the
// package knows, as rows copied from a map it cannot see do not.
func (c *checker) callerRow(k ast.Expr) bool {
	id, ok := ast.Unparen(k).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.IsField() || v.Pkg() != c.pass.Pkg {
		return false
	}
	for _, f := range c.pass.Files {
		if v.Pos() < f.Pos() || v.Pos() >= f.End() {
			continue
		}
		found := false
		ast.Inspect(f, func(n ast.Node) bool {
			if found {
				return false
			}
			var params *ast.FieldList
			switch fn := n.(type) {
			case *ast.FuncDecl:
				params = fn.Type.Params
			case *ast.FuncLit:
				params = fn.Type.Params
			default:
				return true
			}
			for _, field := range params.List {
				for _, name := range field.Names {
					if c.pass.TypesInfo.Defs[name] == v {
						found = true
					}
				}
			}
			return !found
		})
		return found
	}
	return false
}
