package spid

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// classifyFilled gives a field of an error type declared in this package
// (a struct type whose value or pointer has an Error() string method) the
// code's role when the package stores codes in it: in a composite literal
// (&APIError{Op: op, Code: int(code), Message: rep.GetErrorMessage()}) or
// by an assignment (e.Code = resp.ErrorCode), the value having the role
// itself, through a conversion or parse, or as a local variable declared
// from one (code := rep.GetErrorCode()), or by a decode of such a value
// (json.Unmarshal(env["errorCode"], &se.Code); a local decoded so is such a
// local: decoders.go). A client's error type, filled
// from the response, thus carries the code to every importer (switch
// apiErr.Code after errors.As). The message stored in such a field is
// rawexposure's to follow (its facts on fields), not a role. Other structs (a view model, an audit record) get no role from
// what is stored in them. A field keeps a role it has already, needs a type that can
// hold the value (a number or a string), and gets none when values of both
// roles, or a value of no role other than a constant, are stored in it
// (RetryError{After: attempt}).
//
// An unexported field of any struct type of the package is treated alike,
// since the package stores everything it holds, and also gets the
// message's role outside error types: a result type keeping the
// code in a private field behind an accessor (Outcome{code: code} read by
// func (o Outcome) Code() int64 { return o.code }) gives the accessor the
// code's role, in every importer.
func (r *Result) classifyFilled(pass *analysis.Pass) (added bool) {
	info := pass.TypesInfo
	got := map[*types.Var]Role{}
	errFields := map[*types.Var]bool{} // fields of error types: their message is rawexposure's
	params, constParams := r.codeParams(pass)
	store := func(f *types.Var, v ast.Expr, role Role) {
		if f == nil || f.Pkg() != pass.Pkg || r.fields[f] != RoleNone {
			return
		}
		if role == RoleNone {
			if id, ok := ast.Unparen(v).(*ast.Ident); ok && constParams[info.Uses[id]] {
				return // newErr(9003, msg)'s code: a constant at every call
			}
			if tv, ok := info.Types[v]; !ok || (tv.Value == nil && !tv.IsNil()) {
				got[f] = -1 // also holds other values
			}
			return
		}
		if got[f] == -1 {
			return
		}
		switch role {
		case RoleCode:
			if !isCodeShape(f.Type()) {
				return
			}
		case RoleMessage:
			if !isMessageShape(f.Type()) {
				return
			}
		}
		if prev, ok := got[f]; ok && prev != role {
			got[f] = -1 // both roles: neither
			return
		}
		got[f] = role
	}
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			locals := map[*types.Var]Role{}
			if fn, ok := info.Defs[fd.Name].(*types.Func); ok {
				for p := range params[fn] {
					locals[p] = RoleCode
				}
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.AssignStmt:
					r.noteLocals(info, n, locals)
					for i, lhs := range n.Lhs {
						if n.Tok != token.ASSIGN || (len(n.Lhs) != len(n.Rhs) && len(n.Rhs) != 1) {
							break
						}
						if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok {
							if s, ok := info.Selections[sel]; ok && s.Kind() == types.FieldVal && len(s.Index()) == 1 {
								f, _ := s.Obj().(*types.Var)
								if len(n.Lhs) == len(n.Rhs) && r.pendingMsg[f] != nil && r.valueRole(info, n.Rhs[i], locals, 4) == RoleCode {
									added = r.promoteMessage(f) || added // reply.Code = fmt.Sprint(m["errorCode"])
								}
								if isErrorType(s.Recv()) {
									errFields[f] = true
								} else if !privateField(f, pass.Pkg) {
									continue
								}
								switch {
								case len(n.Lhs) == len(n.Rhs):
									store(f, n.Rhs[i], r.valueRole(info, n.Rhs[i], locals, 4))
								case i == 0: // o.code, err = jsonparser.ParseInt(v): the first result
									store(f, n.Rhs[0], r.valueRole(info, n.Rhs[0], locals, 4))
								default:
									store(f, n.Rhs[0], RoleNone) // another result: another value
								}
							}
						}
					}
				case *ast.CallExpr:
					// json.Unmarshal(env["errorCode"], &se.Code), into a
					// field or a local: an assignment (decoders.go).
					doc, dst, ok := Decode(info, n)
					if !ok || dst == nil {
						return true
					}
					role := r.keyedDecs[n] // dec.Decode(&o.text) where the key names the message: keyedstores.go
					if doc != nil {
						role = r.valueRole(info, doc, locals, 4)
					} else if role == RoleNone {
						return true
					} else {
						doc = n
					}
					switch dst := ast.Unparen(dst).(type) {
					case *ast.Ident:
						if v, ok := info.Uses[dst].(*types.Var); ok && role != RoleNone && holds(v.Type(), role) {
							locals[v] = role
						}
					case *ast.SelectorExpr:
						s, ok := info.Selections[dst]
						if !ok || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
							return true
						}
						f, _ := s.Obj().(*types.Var)
						if isErrorType(s.Recv()) {
							errFields[f] = true
						} else if !privateField(f, pass.Pkg) {
							return true
						}
						store(f, doc, role)
					}
				case *ast.CompositeLit:
					st, ok := typeUnder(info.TypeOf(n)).(*types.Struct)
					if !ok {
						return true
					}
					isErr := isErrorType(info.TypeOf(n))
					for _, elt := range n.Elts {
						kv, ok := elt.(*ast.KeyValueExpr)
						if !ok {
							continue
						}
						id, ok := kv.Key.(*ast.Ident)
						if !ok {
							continue
						}
						for i := 0; i < st.NumFields(); i++ {
							f := st.Field(i)
							if f.Name() == id.Name && r.pendingMsg[f] != nil && r.valueRole(info, kv.Value, locals, 4) == RoleCode {
								added = r.promoteMessage(f) || added // Reply{Code: fmt.Sprint(m["errorCode"])}
							}
							if f.Name() == id.Name && (isErr || privateField(f, pass.Pkg)) {
								errFields[f] = errFields[f] || isErr
								store(f, kv.Value, r.valueRole(info, kv.Value, locals, 4))
							}
						}
					}
				}
				return true
			})
		}
	}
	for f, role := range got {
		if role == RoleCode || role == RoleMessage && !errFields[f] {
			r.fields[f] = role
			added = true
		}
	}
	return added
}

// promoteMessage gives the message-named siblings of field f (see
// classifyStruct) the message's role, once the package stores a code in f:
// a response struct whose code field is named otherwise (Code, tagged
// mapstructure:"-" and filled from m["errorCode"] after the decode) beside
// an errorMessage-tagged field.
func (r *Result) promoteMessage(f *types.Var) bool {
	msg := r.pendingMsg[f]
	added := false
	for _, m := range msg {
		if r.fields[m] == RoleNone {
			r.fields[m] = RoleMessage
			added = true
		}
	}
	for k, v := range r.pendingMsg {
		if len(v) > 0 && len(msg) > 0 && &v[0] == &msg[0] {
			delete(r.pendingMsg, k)
		}
	}
	return added
}

// privateField reports whether f is an unexported field of a struct type
// declared in pkg: every value stored in it is stored by pkg.
func privateField(f *types.Var, pkg *types.Package) bool {
	return f != nil && f.IsField() && !f.Exported() && f.Pkg() == pkg
}

// codeParams returns the parameters of the package's unexported functions
// that every call of them in the package passes a code or a constant, one
// call at least a code (newError(op, r.Code(), msg) to func newError(op
// string, code int, msg string) error): a constructor of the client's error
// type stores the code so. It also returns those that every call passes a
// constant (var ErrOTPInvalid = newErr(9003, "otp invalid")), which store
// constants only. Calls in package-level declarations count. A function
// used as a value, or never called, has none.
func (r *Result) codeParams(pass *analysis.Pass) (code map[*types.Func]map[*types.Var]bool, consts map[types.Object]bool) {
	info := pass.TypesInfo
	type argKind struct{ code, constant, sawCode bool }
	calls := map[*types.Func][]argKind{} // per parameter, over the calls so far
	escapes := map[*types.Func]bool{}
	visit := func(root ast.Node, locals map[*types.Var]Role) {
		callees := map[*ast.Ident]bool{}
		ast.Inspect(root, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				r.noteLocals(info, n, locals)
			case *ast.CallExpr:
				id, ok := ast.Unparen(n.Fun).(*ast.Ident)
				if !ok {
					return true
				}
				fn, ok := info.Uses[id].(*types.Func)
				if !ok || fn.Pkg() != pass.Pkg || fn.Exported() || n.Ellipsis.IsValid() {
					return true
				}
				callees[id] = true
				sig := fn.Signature()
				if sig.Variadic() || len(n.Args) != sig.Params().Len() {
					escapes[fn] = true
					return true
				}
				got, seen := calls[fn]
				if !seen {
					got = make([]argKind, len(n.Args))
					for i := range got {
						got[i] = argKind{code: true, constant: true}
					}
				}
				for i, a := range n.Args {
					isCode := r.valueRole(info, a, locals, 4) == RoleCode
					tv, ok := info.Types[a]
					isConst := ok && tv.Value != nil
					got[i].code = got[i].code && (isCode || isConst)
					got[i].constant = got[i].constant && isConst
					got[i].sawCode = got[i].sawCode || isCode
				}
				calls[fn] = got
			case *ast.Ident:
				if fn, ok := info.Uses[n].(*types.Func); ok && !callees[n] {
					escapes[fn] = true // a function value
				}
			}
			return true
		})
	}
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if d.Body != nil {
					visit(d.Body, map[*types.Var]Role{})
				}
			case *ast.GenDecl:
				if d.Tok == token.VAR {
					visit(d, map[*types.Var]Role{})
				}
			}
		}
	}
	for fn, got := range calls {
		if escapes[fn] {
			continue
		}
		for i, k := range got {
			p := fn.Signature().Params().At(i)
			switch {
			case k.code && k.sawCode:
				if code == nil {
					code = map[*types.Func]map[*types.Var]bool{}
				}
				if code[fn] == nil {
					code[fn] = map[*types.Var]bool{}
				}
				code[fn][p] = true
			case k.constant:
				if consts == nil {
					consts = map[types.Object]bool{}
				}
				consts[p] = true
			}
		}
	}
	return code, consts
}

// typeUnder returns t's underlying type, through one pointer; nil for nil.
func typeUnder(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return deref(t).Underlying()
}

// noteLocals records the roles of the locals an assignment declares from
// a value of a role (code := rep.GetErrorCode(), code, err :=
// strconv.Atoi(resp.ErrorCode)).
func (r *Result) noteLocals(info *types.Info, as *ast.AssignStmt, locals map[*types.Var]Role) {
	if as.Tok != token.DEFINE {
		return
	}
	for i, lhs := range as.Lhs {
		var rhs ast.Expr
		switch {
		case len(as.Lhs) == len(as.Rhs):
			rhs = as.Rhs[i]
		case i == 0 && len(as.Rhs) == 1:
			rhs = as.Rhs[0] // the first of a call's results
		default:
			continue
		}
		id, ok := lhs.(*ast.Ident)
		if !ok {
			continue
		}
		if v, ok := info.Defs[id].(*types.Var); ok {
			if role := r.valueRole(info, rhs, locals, 4); role != RoleNone {
				locals[v] = role
			}
		}
	}
}

// valueRole is ExprRole, also for locals declared from a value of a role
// and for conversions and parses of those.
func (r *Result) valueRole(info *types.Info, e ast.Expr, locals map[*types.Var]Role, depth int) Role {
	if role := r.ExprRole(info, e); role != RoleNone || depth == 0 {
		return role
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := info.Uses[x].(*types.Var); ok {
			return locals[v]
		}
	case *ast.CallExpr:
		op, conversion := Operand(info, x)
		if op == nil {
			return RoleNone
		}
		role := r.valueRole(info, op, locals, depth-1)
		to := info.TypeOf(x)
		switch {
		case role == RoleCode && (!conversion || (to != nil && isCodeShape(to))):
			return RoleCode
		case role == RoleMessage && conversion && to != nil && (isString(to) || isBytes(to)):
			return RoleMessage
		}
	}
	return RoleNone
}

// errorIface is the predeclared error interface.
var errorIface = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// isErrorType reports whether t, or a pointer to it (t through one
// pointer), is a named type implementing error.
func isErrorType(t types.Type) bool {
	if t == nil {
		return false
	}
	n, ok := types.Unalias(deref(t)).(*types.Named)
	if !ok {
		return false
	}
	return types.Implements(n, errorIface) || types.Implements(types.NewPointer(n), errorIface)
}
