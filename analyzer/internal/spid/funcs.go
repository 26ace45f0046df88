package spid

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// resultFact gives a function's single result its role: a protobuf getter
// (GetErrorCode), or the consumer's own accessor (func (r *Reply) Code()
// int { return r.ErrCode }).
type resultFact struct {
	Role Role
	// Fallback: some return gives a constant other than the zero value
	// (return -1 when there is no code): Success's code is not the only
	// one the caller may see without a code of its own.
	Fallback bool
	// Results: the role of every result, for an interface method or a
	// func-typed field standing for a SurePassID operation (operations.go).
	Results []Role
}

func (*resultFact) AFact() {}
func (f *resultFact) String() string {
	s := "result:" + f.Role.String()
	if len(f.Results) > 0 {
		roles := make([]string, len(f.Results))
		for i, r := range f.Results {
			roles[i] = r.String()
		}
		s += " results:" + strings.Join(roles, ",")
	}
	return s
}

// accessorRounds bounds how deep accessors of accessors are followed
// (Code() returning int(r.GetErrorCode())).
const accessorRounds = 3

// classifyFuncs records the result role of the package's functions and
// methods whose every return's (first) result is a value of that role or a
// constant (the getter's zero value, return 0 or return ""), at least one
// of them the role's value; it exports them as facts. For a function with
// several results, the role is its first result's, as for a call of
// strconv.Atoi (see ExprRole).
func (r *Result) classifyFuncs(pass *analysis.Pass) {
	var decls []*ast.FuncDecl
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil || fd.Type.Results == nil || fd.Type.Results.NumFields() == 0 {
				continue
			}
			decls = append(decls, fd)
		}
	}

	for round := 0; round < accessorRounds; round++ {
		changed := false
		for _, fd := range decls {
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok || r.funcs[fn] != RoleNone {
				continue
			}
			if role, fallback := r.returnRole(pass.TypesInfo, fd); role != RoleNone {
				r.funcs[fn] = role
				if fallback {
					r.markFallback(fn)
				}
				changed = true
			}
		}
		if r.classifyIndirect(pass) { // ifaces.go
			changed = true
		}
		if !changed {
			break
		}
	}
	for fn, role := range r.funcs {
		if fn.Pkg() == pass.Pkg {
			pass.ExportObjectFact(fn, &resultFact{Role: role, Fallback: r.fallbacks[fn], Results: r.ops[fn]})
		}
	}
	for v, role := range r.funcVars {
		if v.Pkg() == pass.Pkg && v.IsField() { // a parameter's role is the package's own
			pass.ExportObjectFact(v, &resultFact{Role: role, Results: r.ops[v]})
		}
	}
	for obj, roles := range r.ops {
		// an operation whose first result is not its code
		fn, _ := obj.(*types.Func)
		v, _ := obj.(*types.Var)
		if obj.Pkg() == pass.Pkg && (fn != nil && r.funcs[fn] == RoleNone || v != nil && v.IsField() && r.funcVars[v] == RoleNone) {
			pass.ExportObjectFact(obj, &resultFact{Results: roles})
		}
	}
}

// returnRole returns the role every non-constant return of body has, if
// they all have the same one; of its first result when the function has n
// results (the code of a (code, msg, err) helper: return
// res.Get("errorCode").Int(), res.Get("errorMessage").String(), nil), a
// forward of another such function's results (return c.call(ctx, op,
// body)) or of a parse's (return r.Result.Int64()), or a named first result assigned from one (code, msg, err =
// c.call(...); return code, msg, err, or a bare return). A return of a
// parameter of a basic type is the caller's default, as a constant is
// (func (r *Resp) CodeOrDefault(d int64) int64 { if r == nil ||
// r.ErrorCode == nil { return d }; return *r.ErrorCode }): a fallback.
func (r *Result) returnRole(info *types.Info, fd *ast.FuncDecl) (Role, bool) {
	body, fields := fd.Body, fd.Type.Results
	results := fields.NumFields()
	var first *ast.Ident // the named first result
	if fields != nil && len(fields.List) > 0 && len(fields.List[0].Names) > 0 {
		first = fields.List[0].Names[0]
	}
	params := map[types.Object]bool{}
	for _, f := range fd.Type.Params.List {
		for _, name := range f.Names {
			if obj := info.Defs[name]; obj != nil {
				if _, basic := obj.Type().Underlying().(*types.Basic); basic {
					params[obj] = true
				}
			}
		}
	}
	role, ok, fallback := RoleNone, true, false
	ast.Inspect(body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its returns are its own
		case *ast.ReturnStmt:
			var e ast.Expr
			switch {
			case len(n.Results) == results:
				e = n.Results[0]
			case len(n.Results) == 0 && first != nil:
				e = first // a bare return of named results
			case len(n.Results) == 1 && results > 1:
				// return c.call(ctx, op, body): its first result's role;
				// return r.Result.Int64(), return strconv.Atoi(r.Code): a
				// parse's, with its error
				if call, isCall := ast.Unparen(n.Results[0]).(*ast.CallExpr); isCall {
					got := r.callRole(info, call)
					if got == RoleNone {
						got = r.operandRole(info, call)
					}
					if got != RoleNone && (role == RoleNone || got == role) {
						role = got
						return false
					}
				}
				ok = false
				return false
			default:
				ok = false
				return false
			}
			if tv, found := info.Types[e]; found && (tv.Value != nil || tv.IsNil()) {
				if tv.Value != nil && tv.Value.Kind() == constant.Int && constant.Sign(tv.Value) != 0 {
					fallback = true // return -1: no code
				}
				return false // the zero value of a getter
			}
			if id, isID := ast.Unparen(e).(*ast.Ident); isID && params[info.Uses[id]] {
				fallback = true // return d: the caller's default
				return false
			}
			if id, isID := ast.Unparen(e).(*ast.Ident); isID && zeroLocal(info, body, id) {
				return false // var ret int32; return ret: an openapi getter's zero value
			}
			got := r.ExprRole(info, e)
			if got == RoleNone {
				got = r.localRole(info, body, first, e)
			}
			if got == RoleNone || (role != RoleNone && got != role) {
				ok = false
				return false
			}
			role = got
		}
		return true
	})
	if !ok {
		return RoleNone, false
	}
	return role, fallback
}

func (r *Result) markFallback(fn *types.Func) {
	if r.fallbacks == nil {
		r.fallbacks = map[*types.Func]bool{}
	}
	r.fallbacks[fn] = true
}

// Fallback reports whether call calls a function with the code's role
// that may also answer a constant other than the zero value (func
// CodeOf(err error) int { ...; return -1 }): without a code of its own,
// Success included, the caller sees that constant.
func (r *Result) Fallback(info *types.Info, call *ast.CallExpr) bool {
	if r == nil || len(r.fallbacks) == 0 {
		return false
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	return ok && r.fallbacks[fn.Origin()]
}

// localRole returns the role of e, a local variable of body returned
// after a parse or guard (n, err := r.ErrorCode.Int64(); if err != nil {
// return -1 }; return int(n)), through conversions: the role of the value
// it is declared with, when it is declared once by := from a single value
// (its first result's: strconv.Atoi) and never assigned again.
// A named first result (first) counts as such a local, assigned with =
// (code, msg, err = c.call(...)).
func (r *Result) localRole(info *types.Info, body *ast.BlockStmt, first *ast.Ident, e ast.Expr) Role {
	for i := 0; i < 3; i++ { // int(int64(n))
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			break
		}
		op, conversion := Operand(info, call)
		if op == nil || !conversion {
			return RoleNone
		}
		if to := info.TypeOf(call); to == nil || !isCodeShape(to) {
			return RoleNone
		}
		e = op
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return RoleNone
	}
	v, ok := info.Uses[id].(*types.Var)
	if id == first {
		v, ok = info.Defs[id].(*types.Var)
	}
	named := ok && first != nil && info.Defs[first] == v
	if !ok || v.IsField() || !named && (v.Pos() < body.Pos() || v.Pos() >= body.End()) {
		return RoleNone
	}
	var init ast.Expr
	writes := 0
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for j, l := range n.Lhs {
				lid, ok := ast.Unparen(l).(*ast.Ident)
				if !ok || (info.Defs[lid] != v && info.Uses[lid] != v) {
					continue
				}
				writes++
				if (n.Tok == token.DEFINE || named && n.Tok == token.ASSIGN) && j == 0 && len(n.Rhs) == 1 {
					init = n.Rhs[0]
				}
			}
		case *ast.IncDecStmt:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && info.Uses[id] == v {
				writes++
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && info.Uses[id] == v {
				writes++ // &n: may be written through
			}
		}
		return true
	})
	if writes != 1 || init == nil {
		return RoleNone
	}
	if role := r.ExprRole(info, init); role == RoleCode {
		return role
	}
	return RoleNone
}

// callRole returns the role of the result of call: a function or method
// whose result has one (see classifyFuncs).
func (r *Result) callRole(info *types.Info, call *ast.CallExpr) Role {
	switch fn := typeutil.Callee(info, call).(type) {
	case *types.Func:
		return r.funcs[fn.Origin()]
	case *types.Var:
		return r.funcVars[fn.Origin()] // a func-typed field (ifaces.go)
	}
	return RoleNone
}

// parsers are the functions, by package path, whose (first) result is the
// number or the text of their first argument: a code parsed or formatted
// is the code (strconv's, and jsonparser's parsers of the raw bytes its
// Get and callbacks hand out).
var parsers = map[string]map[string]bool{
	"strconv": {
		"Atoi": true, "ParseInt": true, "ParseUint": true, "ParseFloat": true,
		"Itoa": true, "FormatInt": true, "FormatUint": true, "FormatFloat": true,
	},
	"github.com/buger/jsonparser": {"ParseInt": true, "ParseFloat": true, "ParseString": true},
}

// plainValue reports whether method fn of a docTypes value hands out the
// value itself: no parameters but a default (go-simplejson's
// MustInt(args ...int)), and a first result of a basic type, an
// interface or raw bytes (fastjson's v.Int(), gjson's String(), jsoniter's
// ToInt()), not a bool.
func plainValue(fn *types.Func) bool {
	sig := fn.Signature()
	if n := sig.Params().Len(); n > 1 || n == 1 && !sig.Variadic() || sig.Results().Len() == 0 {
		return false
	}
	t := sig.Results().At(0).Type()
	if sig.Params().Len() == 1 {
		// A default of the result's type, not keys (fastjson's
		// GetInt(keys ...string) int reads a member).
		s, ok := sig.Params().At(0).Type().(*types.Slice)
		if !ok || !types.Identical(s.Elem(), t) || strings.HasPrefix(fn.Name(), "Get") {
			return false
		}
	}
	if types.IsInterface(t) || isBytes(t) {
		return true
	}
	b, ok := types.Unalias(t).(*types.Basic)
	return ok && b.Info()&(types.IsInteger|types.IsFloat|types.IsString) != 0
}

// Operand returns the operand whose value call's (first) result carries,
// and whether call is a conversion: the argument of a conversion
// (int(x), ReturnCode(x)), of strconv.Atoi, ParseInt, ParseUint,
// ParseFloat, Itoa and the Format functions, of fmt.Sprint with one
// argument, or the receiver of a value
// method (valueMethods: a json.Number's Int64, Float64 or String, a gjson
// result's Int, Uint, Float, String or Value); nil otherwise. A code keeps its role
// through all of them, the message through conversions.
func Operand(info *types.Info, call *ast.CallExpr) (op ast.Expr, conversion bool) {
	if info == nil || len(call.Args) > 2 {
		return nil, false
	}
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			return call.Args[0], true
		}
		return nil, false
	}
	if op := (*Result)(nil).PointerOperand(info, call); op != nil {
		return op, true // swag.Int64Value(p.ErrorCode), proto.String(msg): derefs.go
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return nil, false
	}
	if parsers[fn.Pkg().Path()][fn.Name()] && len(call.Args) > 0 && fn.Signature().Recv() == nil {
		return call.Args[0], false
	}
	if fn.Pkg().Path() == "fmt" && fn.Name() == "Sprint" && len(call.Args) == 1 {
		return call.Args[0], false // fmt.Sprint(m["errorCode"]): the value as text
	}
	// A value method (see valueMethods): its receiver.
	if recv := fn.Signature().Recv(); recv != nil && len(call.Args) <= 1 {
		if n, ok := types.Unalias(deref(recv.Type())).(*types.Named); ok && (len(call.Args) == 0 && valueMethods[fn.Pkg().Path()+"."+n.Obj().Name()][fn.Name()] || isDocType(n) && plainValue(fn)) {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				return sel.X, false
			}
		}
	}
	return nil, false
}

// operandRole returns the role call's result keeps from its operand (see
// Operand): a code through conversions to a number or a string, parsing and
// formatting; the message through conversions to a string or []byte.
func (r *Result) operandRole(info *types.Info, call *ast.CallExpr) Role {
	op, conversion := Operand(info, call)
	if op == nil {
		op, conversion = r.PointerOperand(info, call), true // the package's own readers
	}
	if op == nil {
		return RoleNone
	}
	role := r.ExprRole(info, op)
	if !conversion {
		switch {
		case role == RoleCode:
			return RoleCode
		case role == RoleMessage && firstResultString(info, call):
			return RoleMessage // gjson's res.String() of the message
		}
		return RoleNone
	}
	to := info.TypeOf(call)
	switch {
	case to == nil:
		return RoleNone
	case role == RoleCode && isCodeShape(to):
		return RoleCode
	case role == RoleMessage && (isString(deref(to)) || isBytes(to)):
		return RoleMessage
	}
	return RoleNone
}

func isBytes(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

// firstResultString reports whether call's (first) result is a string.
func firstResultString(info *types.Info, call *ast.CallExpr) bool {
	t := info.TypeOf(call)
	if tu, ok := t.(*types.Tuple); ok && tu.Len() > 0 {
		t = tu.At(0).Type()
	}
	return t != nil && (isString(t) || types.IsInterface(t))
}

// zeroLocal reports whether id is a local of body declared without a
// value (var ret int32) and never assigned nor addressed: the zero value
// an openapi-generator getter returns for an unset field (if o == nil ||
// o.ErrorCode == nil { var ret int32; return ret }).
func zeroLocal(info *types.Info, body *ast.BlockStmt, id *ast.Ident) bool {
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Parent() == nil || v.Pos() < body.Pos() || v.Pos() > body.End() {
		return false
	}
	declared, written := false, false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ValueSpec:
			for _, name := range n.Names {
				if info.Defs[name] == v {
					declared = len(n.Values) == 0
				}
			}
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if lid, ok := ast.Unparen(l).(*ast.Ident); ok && info.Uses[lid] == v {
					written = true
				}
			}
		case *ast.UnaryExpr:
			if uid, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && info.Uses[uid] == v {
				written = true
			}
		case *ast.IncDecStmt:
			if uid, ok := ast.Unparen(n.X).(*ast.Ident); ok && info.Uses[uid] == v {
				written = true
			}
		}
		return !written
	})
	return declared && !written
}
