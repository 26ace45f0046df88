package spid

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// Key lists: a team reading a loosely typed answer whose field names vary
// (errorMessage from the REST API, ErrorMsg from the WCF one) loops over
// the spellings:
//
//	for _, k := range []string{"errorMessage", "ErrorMsg"} {
//		if s, ok := raw[k].(string); ok { ... }
//	}
//
// or over a package-level list (var msgKeys = [...]string{...}). The range
// variable then names what the constant keys name, when every element is a
// constant string and those naming a field all name the same one.

// rangeKeyRoles maps the value variable of every such range statement of
// the package to its role; nil when there is none.
func rangeKeyRoles(pass *analysis.Pass) map[*types.Var]Role {
	info := pass.TypesInfo
	var lists map[*types.Var]ast.Expr // package-level key lists
	var out map[*types.Var]Role
	for _, file := range pass.Files {
		for _, d := range file.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs, ok := spec.(*ast.ValueSpec)
				if !ok || len(vs.Names) != len(vs.Values) {
					continue
				}
				for i, name := range vs.Names {
					if v, ok := info.Defs[name].(*types.Var); ok {
						if lists == nil {
							lists = map[*types.Var]ast.Expr{}
						}
						lists[v] = vs.Values[i]
					}
				}
			}
		}
	}
	for _, file := range pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			rs, ok := n.(*ast.RangeStmt)
			if !ok || rs.Tok != token.DEFINE {
				return true
			}
			id, ok := rs.Value.(*ast.Ident)
			if !ok {
				return true
			}
			v, ok := info.Defs[id].(*types.Var)
			if !ok || !isString(v.Type()) {
				return true
			}
			x := ast.Unparen(rs.X)
			if xid, ok := x.(*ast.Ident); ok {
				if g, ok := info.Uses[xid].(*types.Var); ok {
					x = ast.Unparen(lists[g])
				}
			}
			if role := keyListRole(info, x); role != RoleNone {
				if out == nil {
					out = map[*types.Var]Role{}
				}
				out[v] = role
			}
			return true
		})
	}
	return out
}

// keyListRole is the role every field-naming element of a slice or array
// literal of constant strings names; RoleNone when an element is not a
// constant string, none names a field, or two name different ones.
func keyListRole(info *types.Info, x ast.Expr) Role {
	lit, ok := x.(*ast.CompositeLit)
	if !ok {
		return RoleNone
	}
	role := RoleNone
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		tv, ok := info.Types[elt]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
			return RoleNone
		}
		switch r := keyRole(info, elt); {
		case r == RoleNone:
		case role == RoleNone:
			role = r
		case role != r:
			return RoleNone
		}
	}
	return role
}

// rangeKeyRole is the role of key as a range variable over a key list.
func (r *Result) rangeKeyRole(info *types.Info, key ast.Expr) Role {
	id, ok := ast.Unparen(key).(*ast.Ident)
	if !ok || r.rangeKeys == nil {
		return RoleNone
	}
	v, _ := info.Uses[id].(*types.Var)
	return r.rangeKeys[v]
}
