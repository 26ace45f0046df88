package spid

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/codes"
)

// Loosely typed responses: teams that decode the answer into a
// map[string]any, read it with gjson, or keep the code as text. The key or
// path names the field, as a struct tag would.

// pathGetters are the functions and methods that read a JSON document at a
// path given as a constant string, by package path and "Name" or
// "Type.Method", with the index of the path argument.
var pathGetters = map[string]map[string]int{
	"github.com/tidwall/gjson": {"Get": 1, "GetBytes": 1, "Result.Get": 0},
}

// valueMethods are the methods of a document value (a path getter's result)
// that return its value: the role of the value is the role of the path.
// A method returning a number keeps only the code.
var valueMethods = map[string]map[string]bool{
	"github.com/tidwall/gjson.Result": {"Int": true, "Uint": true, "Float": true, "String": true, "Value": true},
	"encoding/json.Number":            {"Int64": true, "Float64": true, "String": true},
}

// untypedRole returns the role of e as a loosely typed read of a response:
//   - m["errorCode"], m["errorMessage"] of a map with string keys, its
//     element an interface, a number or a string (json.Number too);
//   - a type assertion of such a value to a type that can hold it
//     (m["errorCode"].(float64), .(json.Number), m["errorMessage"].(string));
//   - a path getter's result (gjson.GetBytes(raw, "errorCode"),
//     res.Get("data.errorMessage")); its value methods (.Int(), .String())
//     keep the role as a json.Number's do (see Operand).
//
// The key or the last element of the path is named as the code or the
// message (see codeNames, messageNames).
func (r *Result) untypedRole(info *types.Info, e ast.Expr) Role {
	switch e := e.(type) {
	case *ast.IndexExpr:
		m, ok := typeOf(info, e.X).Underlying().(*types.Map)
		if !ok || !isString(m.Key()) {
			return RoleNone
		}
		role := keyRole(info, e.Index)
		if role == RoleNone {
			role = r.rangeKeyRole(info, e.Index) // rangekeys.go
		}
		if role == RoleNone || !holds(m.Elem(), role) {
			return RoleNone
		}
		return role
	case *ast.TypeAssertExpr:
		if e.Type == nil {
			return RoleNone // x.(type)
		}
		role := r.ExprRole(info, e.X)
		if role == RoleNone || !holds(typeOf(info, e), role) {
			return RoleNone
		}
		return role
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(info, e).(*types.Func)
		if !ok || fn.Pkg() == nil {
			return RoleNone
		}
		name := fn.Name()
		if recv := fn.Signature().Recv(); recv != nil {
			n, ok := types.Unalias(deref(recv.Type())).(*types.Named)
			if !ok {
				return RoleNone
			}
			name = n.Obj().Name() + "." + name
		}
		i, ok := pathGetters[fn.Pkg().Path()][name]
		if !ok || i >= len(e.Args) {
			return RoleNone
		}
		return keyRole(info, e.Args[i])
	}
	return RoleNone
}

// LooseRole is ExprRole for a loosely typed read only (see untypedRole),
// and for a value method or conversion of one (doc.Get("errorMessage").
// String(), n.Int64() of a json.Number): not a getter's or accessor's call,
// whose result a check that summarizes functions follows on its own.
func (r *Result) LooseRole(info *types.Info, e ast.Expr) Role {
	if r == nil || info == nil {
		return RoleNone
	}
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		if role := r.operandRole(info, call); role != RoleNone {
			return role
		}
	}
	return r.untypedRole(info, e)
}

// keyRole returns the role a constant key or JSON path names: its last
// element (after a dot) named as the code or the message.
func keyRole(info *types.Info, key ast.Expr) Role {
	tv, ok := info.Types[key]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return RoleNone
	}
	s := constant.StringVal(tv.Value)
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		s = s[i+1:]
	}
	names := []string{s}
	switch {
	case namedAs(names, codeNames):
		return RoleCode
	case namedAs(names, messageNames):
		return RoleMessage
	}
	return RoleNone
}

// holds reports whether a value of type t can be a value of role: an
// interface can hold either; the code a number or a string (json.Number),
// the message a string other than a json.Number.
func holds(t types.Type, role Role) bool {
	if t == nil {
		return false
	}
	if types.IsInterface(t) {
		return true
	}
	switch role {
	case RoleCode:
		return isCodeShape(t) && !isPointer(t)
	case RoleMessage:
		return isString(t) && !isJSONNumber(t)
	}
	return false
}

func isJSONNumber(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "encoding/json" && n.Obj().Name() == "Number"
}

func isPointer(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.Pointer)
	return ok
}

// typeOf is the type of e; of its value for a comma-ok form (v, ok :=
// x.(T), whose recorded type is the tuple (T, bool)).
func typeOf(info *types.Info, e ast.Expr) types.Type {
	t := info.TypeOf(e)
	if tu, ok := t.(*types.Tuple); ok && tu.Len() > 0 {
		t = tu.At(0).Type()
	}
	if t == nil {
		return types.Typ[types.Invalid]
	}
	return t
}

// CodeLiterals reports whether exprs, the values a switch's cases (or an
// if chain's comparisons) test one value against, are written as literals
// that are published codes: every one a constant whose value is a
// published code (named constants among them), at least three distinct
// failure codes written as number or string literals (case "9106", case
// "9107", "9108"). A team that keeps the code as text or as a plain
// number, and compares it with the numbers of the API's documentation,
// dispatches on codes without naming them. The published codes are dense
// from 9000 on, so two such numbers may be a pair of ports or another
// vendor's codes (case 9000, 9001); status codes and other vendors' codes
// outside the published list are never ours.
func CodeLiterals(info *types.Info, exprs []ast.Expr) bool {
	if info == nil {
		return false
	}
	lits := map[codes.ReturnCode]bool{}
	for _, e := range exprs {
		tv, ok := info.Types[e]
		if !ok || tv.Value == nil {
			return false
		}
		code, ok := CodeOf(tv.Value)
		if !ok || !code.Known() {
			return false
		}
		if lit, ok := ast.Unparen(e).(*ast.BasicLit); ok && lit.Kind != token.CHAR && code != codes.Success {
			lits[code] = true
		}
	}
	return len(lits) >= minCodeLiterals
}

// minCodeLiterals is how many distinct failure codes written as literals
// make a dispatch (see CodeLiterals).
const minCodeLiterals = 3
