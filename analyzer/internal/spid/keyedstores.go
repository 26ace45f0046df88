package spid

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// Keyed stores: a team walking the answer member by member keeps what it
// needs where the key test sends it, the value itself never a variable of
// the walk: a json.Decoder token loop (key, _ := tok.(string); switch key
// { case "errorMessage": v, _ := dec.Token(); o.text, _ = v.(string) }), a
// per-key setter (func (o *outcome) set(key string, v json.Token)), a
// range over a decoded map or a member callback storing a conversion of
// its value (case "errorCode": o.num = int(v.GetInt())). What is stored in
// the branch a key names (an assignment to a field or a variable, but
// constants, errors and bools; a decode into &o.text) is the value that key
// names.

// keyedStores returns, for every branch of a test of a local key (a
// switch on it, case clauses or a tagless switch's key == "errorCode"
// cases, the body of if key == "errorMessage") against constants naming
// one role, the values the branch stores (the right-hand side of an
// assignment, its first value for a multi-value call) and the decode calls
// filling a destination in it, with that role; nil, nil when there is
// none.
func keyedStores(pass *analysis.Pass) (vals, decodes map[ast.Expr]Role) {
	info := pass.TypesInfo
	mark := func(stmts []ast.Stmt, role Role) {
		for _, st := range stmts {
			ast.Inspect(st, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FuncLit:
					return false
				case *ast.AssignStmt:
					if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
						return true
					}
					for i, lhs := range n.Lhs {
						var rhs ast.Expr
						switch {
						case len(n.Lhs) == len(n.Rhs):
							rhs = n.Rhs[i]
						case i == 0 && len(n.Rhs) == 1 && n.Tok == token.ASSIGN:
							rhs = n.Rhs[0] // o.num, err = strconv.Atoi(s): the first result
						default:
							continue
						}
						if id, ok := lhs.(*ast.Ident); ok && id.Name == "_" {
							continue
						}
						if tv, ok := info.Types[rhs]; !ok || tv.Value != nil || tv.IsNil() {
							continue // a constant: the walk's own default
						}
						t := info.TypeOf(lhs)
						if t == nil || types.Implements(t, errorIface) || !holds(t, role) && !(role == RoleMessage && isBytes(t)) {
							continue
						}
						if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsBoolean != 0 {
							continue
						}
						if vals == nil {
							vals = map[ast.Expr]Role{}
						}
						vals[ast.Unparen(rhs)] = role
					}
				case *ast.CallExpr:
					if _, dst, ok := Decode(info, n); ok && dst != nil && holds(info.TypeOf(dst), role) {
						if decodes == nil {
							decodes = map[ast.Expr]Role{}
						}
						decodes[n] = role
					}
				}
				return true
			})
		}
	}
	for _, file := range pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SwitchStmt:
				for _, s := range n.Body.List {
					cc, ok := s.(*ast.CaseClause)
					if !ok || len(cc.List) == 0 {
						continue
					}
					role := RoleNone
					if n.Tag != nil {
						if isLocalKey(info, n.Tag) {
							role = keysRole(info, cc.List)
						}
					} else if len(cc.List) == 1 {
						role = keyTestRole(info, cc.List[0])
					}
					if role != RoleNone {
						mark(cc.Body, role)
					}
				}
			case *ast.IfStmt:
				if role := keyTestRole(info, n.Cond); role != RoleNone {
					mark(n.Body.List, role)
				}
			}
			return true
		})
	}
	return vals, decodes
}

// keyTestRole is the role of key == "errorMessage" (either way round), key
// a local key, also as one operand of && (ok && key == "errorCode"); RoleNone
// for anything else.
func keyTestRole(info *types.Info, cond ast.Expr) Role {
	be, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return RoleNone
	}
	if be.Op == token.LAND {
		x, y := keyTestRole(info, be.X), keyTestRole(info, be.Y)
		switch {
		case x == RoleNone:
			return y
		case y == RoleNone || y == x:
			return x
		}
		return RoleNone
	}
	if be.Op != token.EQL {
		return RoleNone
	}
	for _, pair := range [][2]ast.Expr{{be.X, be.Y}, {be.Y, be.X}} {
		if isLocalKey(info, pair[0]) {
			if role := keyRole(info, pair[1]); role != RoleNone {
				return role
			}
		}
	}
	return RoleNone
}

// isLocalKey reports whether e is a key a walk reads: a local variable or
// parameter (no field, no package-level variable) holding a string, raw
// bytes or a decoded token (json.Token, any), or its conversion to a
// string (string(key)), its String() or its assertion to a string
// (tok.(string)).
func isLocalKey(info *types.Info, e ast.Expr) bool {
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.CallExpr:
		if len(x.Args) == 1 {
			if tv, ok := info.Types[x.Fun]; ok && tv.IsType() {
				e = ast.Unparen(x.Args[0])
			}
		} else if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && len(x.Args) == 0 && sel.Sel.Name == "String" {
			e = ast.Unparen(sel.X)
		}
	case *ast.TypeAssertExpr:
		if x.Type != nil && isString(typeOf(info, x)) {
			e = ast.Unparen(x.X)
		}
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return false
	}
	t := v.Type()
	return isString(t) || isBytes(t) || types.IsInterface(t) && !types.Implements(t, errorIface) || isDocType(t)
}
