package spid

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// Key/value walks: a team reading every member of an answer tests the key
// and takes the value in the branch the key names, in a callback
// (jsonparser.ObjectEach(body, func(key, value []byte, ...) error {
// switch string(key) { case "errorCode": ... } }), gjson's
// res.ForEach(func(key, value gjson.Result) bool), or a range over a
// decoded map (for k, v := range m { if k == "errorMessage" { ... } }).
// The value variable, used in that branch, is what the key names.

// pairValueRoles maps every use of a value variable inside a branch that
// tests its key against a constant naming the code or the message (a case
// clause of a switch on the key, the body of an if key == "errorCode") to
// that role; nil when there is none.
func pairValueRoles(pass *analysis.Pass) map[*ast.Ident]Role {
	info := pass.TypesInfo
	var out map[*ast.Ident]Role
	mark := func(body ast.Node, value *types.Var, role Role) {
		ast.Inspect(body, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && info.Uses[id] == value {
				if out == nil {
					out = map[*ast.Ident]Role{}
				}
				out[id] = role
			}
			return true
		})
	}
	for _, file := range pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			var key, value *types.Var
			var body *ast.BlockStmt
			switch n := n.(type) {
			case *ast.FuncLit:
				params := n.Type.Params.List
				var vars []*types.Var
				for _, f := range params {
					for _, name := range f.Names {
						v, _ := info.Defs[name].(*types.Var)
						vars = append(vars, v)
					}
				}
				if len(vars) < 2 {
					return true
				}
				key, value, body = vars[0], vars[1], n.Body
			case *ast.RangeStmt:
				k, ok1 := n.Key.(*ast.Ident)
				v, ok2 := n.Value.(*ast.Ident)
				if !ok1 || !ok2 || n.Tok != token.DEFINE {
					return true
				}
				if m, ok := typeOf(info, n.X).Underlying().(*types.Map); !ok || !isString(m.Key()) {
					return true
				}
				key, _ = info.Defs[k].(*types.Var)
				value, _ = info.Defs[v].(*types.Var)
				body = n.Body
			default:
				return true
			}
			if key == nil || value == nil || !(isString(key.Type()) || isBytes(key.Type()) || isDocType(key.Type())) {
				return true
			}
			ast.Inspect(body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FuncLit:
					return false // its own walk
				case *ast.SwitchStmt:
					if n.Init != nil || n.Tag == nil || !isKeyExpr(info, n.Tag, key) {
						return true
					}
					for _, s := range n.Body.List {
						cc, ok := s.(*ast.CaseClause)
						if !ok || len(cc.List) == 0 {
							continue
						}
						if role := keysRole(info, cc.List); role != RoleNone {
							for _, st := range cc.Body {
								mark(st, value, role)
							}
						}
					}
				case *ast.IfStmt:
					be, ok := ast.Unparen(n.Cond).(*ast.BinaryExpr)
					if !ok || be.Op != token.EQL {
						return true
					}
					for _, pair := range [][2]ast.Expr{{be.X, be.Y}, {be.Y, be.X}} {
						if isKeyExpr(info, pair[0], key) {
							if role := keyRole(info, pair[1]); role != RoleNone {
								mark(n.Body, value, role)
							}
						}
					}
				}
				return true
			})
			return true
		})
	}
	return out
}

// keysRole is the role every constant of a case list names, RoleNone
// when one names none or two name different ones (case "errorCode",
// "ErrCode": the code; case "errorCode", "type": nothing).
func keysRole(info *types.Info, list []ast.Expr) Role {
	role := RoleNone
	for _, e := range list {
		r := keyRole(info, e)
		if r == RoleNone || (role != RoleNone && r != role) {
			return RoleNone
		}
		role = r
	}
	return role
}

// isKeyExpr reports whether e is the key variable key, its conversion to
// a string (string(key)) or a docTypes key's String() (key.String()).
func isKeyExpr(info *types.Info, e ast.Expr, key *types.Var) bool {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) <= 1 {
		if len(call.Args) == 1 {
			if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
				e = ast.Unparen(call.Args[0])
			}
		} else if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "String" {
			e = ast.Unparen(sel.X)
		}
	}
	id, ok := e.(*ast.Ident)
	return ok && info.Uses[id] == key
}
