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
// "Type.Method", with the index of the path argument: those whose document
// is a plain string (gjson.Get(json, path string)), which the shape rule of
// keyRead leaves out.
var pathGetters = map[string]map[string]int{
	"github.com/tidwall/gjson": {"Get": 1, "GetBytes": 1, "Result.Get": 0},
}

// docTypes are the value types of the JSON-path libraries, by package path
// and type name: a value read at a key (gjson's Result, fastjson's *Value,
// jsoniter's Any, go-simplejson's *Json, gabs' *Container). A key read may
// return one, and its value methods (v.Int(), a.ToString()) keep the role
// of the key it was read at.
var docTypes = map[string]map[string]bool{
	"github.com/tidwall/gjson":       {"Result": true},
	"github.com/valyala/fastjson":    {"Value": true, "Object": true},
	"github.com/json-iterator/go":    {"Any": true},
	"github.com/bitly/go-simplejson": {"Json": true},
	"github.com/Jeffail/gabs":        {"Container": true},
	"github.com/Jeffail/gabs/v2":     {"Container": true},
}

// valueMethods are the methods of a value type, outside docTypes, that
// return its value: the role of the value is the role of the path. A
// method returning a number keeps only the code.
var valueMethods = map[string]map[string]bool{
	"encoding/json.Number":               {"Int64": true, "Float64": true, "String": true},
	"github.com/json-iterator/go.Number": {"Int64": true, "Float64": true, "String": true},
}

// keyWriters are the verbs that begin the name of a function writing a
// document at a key (jsonparser.Set, fastjson's Object.Set, sjson.SetBytes,
// gabs' SetP, DeleteP): what they return is the document, not the value.
var keyWriters = []string{"Set", "Delete", "Del", "Remove", "Put", "Add", "Append"}

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
	if role := r.keyedVals[e]; role != RoleNone {
		return role // keyedstores.go
	}
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
		if role == RoleNone || !holds(m.Elem(), role) && !isBytes(m.Elem()) {
			return RoleNone
		}
		return role // an element of raw bytes too: env["errorMessage"] of a map[string]json.RawMessage
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
		return keyRead(info, e)
	case *ast.Ident:
		return r.pairVals[e] // pairkeys.go
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

// isJSONNumber reports whether t is a decoder's number kept as text:
// encoding/json's Number (goccy/go-json's is an alias of it) or jsoniter's.
func isJSONNumber(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Name() != "Number" {
		return false
	}
	switch n.Obj().Pkg().Path() {
	case "encoding/json", "github.com/json-iterator/go":
		return true
	}
	return false
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

// keyRead returns the role of call as a read of a JSON document by key
// (see the package documentation): a function or method given the key as
// its last argument, a constant string (the last of variadic keys, or a
// path whose last element names the field), that reads a document: the
// path getters of pathGetters, a method of a docTypes value
// (v.GetInt("errorCode"), js.Get("errorMessage")), or a function with a
// document among its other arguments (a []byte, a map with string keys or
// a docTypes value: jsonparser.GetInt(body, "errorCode"), jsoniter.Get(raw,
// "errorCode"), the team's getString(m, "errorMessage")), its first result
// able to hold the value (a number or a string for the code, a string for
// the message, an interface or raw bytes for either) or a docTypes value.
// A writer (jsonparser.Set, gabs' SetP) is none: it returns the document.
func keyRead(info *types.Info, call *ast.CallExpr) Role {
	if len(call.Args) == 0 || call.Ellipsis.IsValid() {
		return RoleNone
	}
	last := len(call.Args) - 1
	role := keyRole(info, call.Args[last])
	if role == RoleNone {
		return RoleNone
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return RoleNone
	}
	sig := fn.Signature()
	name := fn.Name()
	recvDoc := false
	if recv := sig.Recv(); recv != nil {
		n, ok := types.Unalias(deref(recv.Type())).(*types.Named)
		if !ok {
			return RoleNone
		}
		name = n.Obj().Name() + "." + name
		recvDoc = isDocType(recv.Type()) || isDecodedDoc(recv.Type())
	}
	if i, ok := pathGetters[fn.Pkg().Path()][name]; ok {
		if i != last {
			return RoleNone
		}
		return role
	}
	for _, w := range keyWriters {
		if strings.HasPrefix(fn.Name(), w) {
			return RoleNone
		}
	}
	if !keyParam(sig, last) {
		return RoleNone
	}
	doc := recvDoc
	for _, a := range call.Args[:last] {
		if t := info.TypeOf(a); t != nil && isDocument(t) {
			doc = true
		}
	}
	if !doc {
		return RoleNone
	}
	t := typeOf(info, call)
	if holds(t, role) || isBytes(t) || isDocType(t) {
		return role
	}
	return RoleNone
}

// keyParam reports whether the parameter of sig receiving argument i takes
// a key: a string, or an interface (jsoniter's path ...interface{}),
// variadic or not.
func keyParam(sig *types.Signature, i int) bool {
	params := sig.Params()
	if params.Len() == 0 {
		return false
	}
	var t types.Type
	switch {
	case sig.Variadic() && i >= params.Len()-1:
		s, ok := params.At(params.Len() - 1).Type().(*types.Slice)
		if !ok {
			return false
		}
		t = s.Elem()
	case i < params.Len():
		t = params.At(i).Type()
	default:
		return false
	}
	return isString(t) || types.IsInterface(t)
}

// isDocument reports whether a value of type t is a JSON document a key is
// read from: raw bytes (json.RawMessage among them), a map with string
// keys, or a docTypes value.
func isDocument(t types.Type) bool {
	if isBytes(t) || isDocType(t) {
		return true
	}
	m, ok := t.Underlying().(*types.Map)
	return ok && isString(m.Key())
}

// isDocType reports whether t, or the type it points to, is one of
// docTypes.
func isDocType(t types.Type) bool {
	n, ok := types.Unalias(deref(t)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	return docTypes[n.Obj().Pkg().Path()][n.Obj().Name()]
}

// isDecodedDoc reports whether t, or the type it points to, is the team's
// own named type of an untyped decode (type answer map[string]
// json.RawMessage, type envelope map[string]any): a map with string keys
// whose elements are raw bytes or an interface. Its methods taking a key
// (a.str("errorMessage")) read the document the way a path getter does;
// a map of strings or string lists (http.Header, url.Values) is no decode.
func isDecodedDoc(t types.Type) bool {
	n, ok := types.Unalias(deref(t)).(*types.Named)
	if !ok {
		return false
	}
	m, ok := n.Underlying().(*types.Map)
	return ok && isString(m.Key()) && (isBytes(m.Elem()) || types.IsInterface(m.Elem()))
}
