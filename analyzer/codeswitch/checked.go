package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// This file reads a getter whose second result says whether a code was read
// at all, and what is built on it:
//
//	func (r *Reply) Code() (int64, error) {
//		if r.Result == "" {
//			return 0, errNoCode
//		}
//		return r.Result.Int64()
//	}
//	func (r *Reply) Status() Status {
//		c, err := r.Code()
//		if err != nil {
//			return StDatabaseError
//		}
//		return Status(c)
//	}
//	func (r *Reply) OK() bool {
//		c, err := r.Code()
//		return err == nil && c == int64(StSuccess)
//	}
//
// A published code was read through such a getter only where its error is
// nil (its ok true): for every published code, Code and Status hand out
// the field r.Result (accessors, see accessor.go), and OK is a predicate on
// it (summary.go), true for Success alone. So if !reply.OK() { reject }
// after a chain over reply.Status() or over code of code, err :=
// reply.Code() is the catch-all if code != Success.

// readAlias is a local declared from a read of a code (c, err :=
// r.Code(), n, ok := r.CodeOK(), n, err := strconv.Atoi(r.ErrorCode), s :=
// r.Status()): v holds the field path fields of root, fail the second
// result (nil without one, or for the blank identifier).
type readAlias struct {
	v, fail types.Object
	root    types.Object
	fields  []string
}

// readOf returns the variable and field path call reads a code from: a
// call of an accessor on a chain of a variable (r.Code(), r.Env.Code()),
// or a parse or conversion of such a chain (r.Result.Int64(),
// strconv.Atoi(r.ErrorCode)); nil otherwise.
func (s *summaries) readOf(call *ast.CallExpr) (types.Object, []string) {
	info := s.pass.TypesInfo
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && len(call.Args) == 0 {
		if fn, ok := info.Uses[sel.Sel].(*types.Func); ok && fn.Signature().Recv() != nil {
			if f := s.accessor(fn); f != nil {
				root, fields := chainOf(info, sel.X)
				if root == nil {
					return nil, nil
				}
				return root, append(append([]string(nil), fields...), f...)
			}
		}
	}
	if op, _ := spid.Operand(info, call); op != nil {
		if inner, ok := ast.Unparen(op).(*ast.CallExpr); ok && s.normalized(inner) != nil {
			return s.readOf(inner) // strconv.Atoi(strings.TrimSpace(r.Code))
		}
		return chainOf(info, op)
	}
	if op := s.normalized(call); op != nil {
		if inner, ok := ast.Unparen(op).(*ast.CallExpr); ok {
			return s.readOf(inner) // strings.TrimSpace(r.Code()), strings.Trim(strings.TrimSpace(r.Code), `"`)
		}
		return chainOf(info, op)
	}
	return nil, nil
}

// textNormalizers are the functions that clean up a code kept as text
// without changing which code it is (strings.TrimSpace(r.ErrorCode),
// strings.Trim(r.Code, `"`) for a server that quotes it): their first
// argument, by package path and name.
var textNormalizers = map[string]map[string]bool{
	"strings": {"TrimSpace": true, "Trim": true, "TrimPrefix": true, "TrimSuffix": true, "TrimLeft": true, "TrimRight": true, "ToUpper": true, "ToLower": true},
	"bytes":   {"TrimSpace": true, "Trim": true, "TrimPrefix": true, "TrimSuffix": true},
}

// normalized returns the text call cleans up when call is one of
// textNormalizers', nil otherwise.
func (s *summaries) normalized(call *ast.CallExpr) ast.Expr {
	fn, ok := typeutil.Callee(s.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Signature().Recv() != nil || len(call.Args) == 0 || !textNormalizers[fn.Pkg().Path()][fn.Name()] {
		return nil
	}
	return call.Args[0]
}

// aliasOf returns st as a read of a code: c, err := call (or c, ok :=
// call, c := call), call one of readOf's.
func (s *summaries) aliasOf(st ast.Stmt) *readAlias {
	as, ok := st.(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE || len(as.Lhs) > 2 || len(as.Rhs) != 1 {
		return nil
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return nil
	}
	info := s.pass.TypesInfo
	v := info.Defs[identOf(as.Lhs[0])]
	if v == nil {
		return nil
	}
	root, fields := s.readOf(call)
	if root == nil {
		return nil
	}
	a := &readAlias{v: v, root: root, fields: fields}
	if len(as.Lhs) == 2 {
		a.fail = info.Defs[identOf(as.Lhs[1])]
	}
	return a
}

// failTest reports whether cond is true exactly when a's read failed:
// err != nil, nil != err, or !ok.
func (a *readAlias) failTest(info *types.Info, cond ast.Expr) bool {
	if a == nil || a.fail == nil {
		return false
	}
	switch e := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		return e.Op == token.NOT && info.Uses[identOf(e.X)] == a.fail && isBool(a.fail.Type())
	case *ast.BinaryExpr:
		if e.Op != token.NEQ {
			return false
		}
		x, y := e.X, e.Y
		if tv, ok := info.Types[x]; ok && tv.IsNil() {
			x, y = y, x
		}
		tv, ok := info.Types[y]
		return ok && tv.IsNil() && info.Uses[identOf(x)] == a.fail
	}
	return false
}

// readHolds answers cond when it tests a's read alone: err == nil and ok
// are true, err != nil and !ok false (a published code was read).
func (a *readAlias) readHolds(info *types.Info, cond ast.Expr) tri {
	if a == nil || a.fail == nil {
		return triUnknown
	}
	if a.failTest(info, cond) {
		return triFalse
	}
	switch e := ast.Unparen(cond).(type) {
	case *ast.Ident:
		if info.Uses[e] == a.fail && isBool(a.fail.Type()) {
			return triTrue
		}
	case *ast.BinaryExpr:
		if e.Op != token.EQL {
			return triUnknown
		}
		x, y := e.X, e.Y
		if tv, ok := info.Types[x]; ok && tv.IsNil() {
			x, y = y, x
		}
		if tv, ok := info.Types[y]; ok && tv.IsNil() && info.Uses[identOf(x)] == a.fail {
			return triTrue
		}
	}
	return triUnknown
}

// aliased returns root and fields with a's variable replaced by the field
// path it holds.
func (a *readAlias) aliased(root types.Object, fields []string) (types.Object, []string) {
	if a == nil || root == nil || root != a.v {
		return root, fields
	}
	return a.root, append(append([]string(nil), a.fields...), fields...)
}

// proveCheckedAccessor returns the field path of the receiver recv that
// body, a method's without parameters, hands out as its (first) result
// behind guards saying no code was read: a getter with a second result
// error or bool whose guards return a constant and a non-nil error (or
// false) and whose last return reads the field (return r.Result.Int64(),
// return int(*r.ErrorCode), true), or a method reading the code through
// such a getter first (c, err := r.Code(); if err != nil { return
// StDatabaseError }; return Status(c)).
func (s *summaries) proveCheckedAccessor(recv types.Object, sig *types.Signature, body []ast.Stmt, file *ast.File) []string {
	n := sig.Results().Len()
	if n == 2 {
		t := sig.Results().At(1).Type()
		if !typex.IsError(t) && !isBool(t) {
			return nil
		}
	} else if n != 1 {
		return nil
	}
	if len(body) == 0 {
		return nil
	}
	info := s.pass.TypesInfo
	var a *readAlias // the last read declared: the guards test it
	guards := 0
	for _, st := range body[:len(body)-1] {
		if next := s.aliasOf(st); next != nil {
			// raw := strings.TrimSpace(r.Code); n, err := strconv.Atoi(raw):
			// each read of the field or of an earlier read.
			next.root, next.fields = a.aliased(next.root, next.fields)
			if next.root != recv {
				return nil
			}
			a = next
			continue
		}
		if guards++; guards >= maxPredicateStmts {
			return nil
		}
		ifs, ok := st.(*ast.IfStmt)
		if !ok || ifs.Init != nil || ifs.Else != nil || len(ifs.Body.List) != 1 {
			return nil
		}
		ret, ok := ifs.Body.List[0].(*ast.ReturnStmt)
		if !ok || len(ret.Results) != n || info.Types[ret.Results[0]].Value == nil {
			return nil
		}
		switch {
		case a.failTest(info, ifs.Cond) && n == 1 && !s.successConst(ret.Results[0]):
			// if err != nil { return StDatabaseError }: not read as Success
		case a.failTest(info, ifs.Cond) && n == 2 && info.Uses[identOf(ret.Results[1])] == a.fail:
			// if err != nil { return 0, err }
		case n == 2 && s.signalsNoCode(file, ret.Results[1]):
			// if r.Result == "" { return 0, errNoCode }
		default:
			return nil
		}
	}
	ret, ok := body[len(body)-1].(*ast.ReturnStmt)
	if !ok {
		return nil
	}
	var root types.Object
	var fields []string
	switch {
	case n == 2 && len(ret.Results) == 1 && (a == nil || a.fail == nil):
		// return r.Result.Int64(), return r.Code(), return strconv.Atoi(raw)
		call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr)
		if !ok {
			return nil
		}
		root, fields = a.aliased(s.readOf(call))
	case len(ret.Results) == n:
		if n == 2 {
			second := ret.Results[1]
			tv := info.Types[second]
			read := tv.IsNil() || tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value) || a != nil && a.fail != nil && info.Uses[identOf(second)] == a.fail
			if !read {
				return nil
			}
		}
		root, fields = a.aliased(chainOf(info, ret.Results[0]))
	}
	if root == nil || root != recv || len(fields) == 0 {
		return nil
	}
	return fields
}

// successConst reports whether e is a constant standing for Success (0,
// "0"): an accessor answering it for an unread code is no accessor of the
// field.
func (s *summaries) successConst(e ast.Expr) bool {
	tv, ok := s.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return false
	}
	k, ok := spid.CodeOf(tv.Value)
	return ok && k == codes.Success
}

// signalsNoCode reports whether e, a getter's second result, says no code
// was read: a non-nil error (errors.New, fmt.Errorf, a package-level
// error variable, an error literal) or the constant false.
func (s *summaries) signalsNoCode(file *ast.File, e ast.Expr) bool {
	tv, ok := s.pass.TypesInfo.Types[e]
	if !ok || tv.IsNil() {
		return false
	}
	if tv.Value != nil {
		return tv.Value.Kind() == constant.Bool && !constant.BoolVal(tv.Value)
	}
	return s.checkerFor(file, nil).value(e, typex.ErrorType) == rejected
}
