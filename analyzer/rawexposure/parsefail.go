package rawexposure

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Parse failures: a client parsing the code and quoting the text it could
// not parse,
//
//	n, err := env.ErrorCode.Int64()
//	if err != nil {
//		return fmt.Errorf("errorCode %q: %w", env.ErrorCode, err)
//	}
//
// writes no return code there: a value that is not a number is no code.
// In the failure branch of its own parse, a code-role value carries
// nothing; a message keeps what it carries.

// parseBranch is the body of a branch taken when the parse of subject
// failed: subject's normalized text and root variable.
type parseBranch struct {
	subject  string
	root     types.Object
	pos, end token.Pos
}

// parseMethods are the methods parsing their receiver (json.Number's),
// parseFuncs the functions parsing their first argument.
var (
	parseMethods = map[string]bool{"Int64": true, "Float64": true}
	parseFuncs   = map[string]bool{
		"strconv.Atoi": true, "strconv.ParseInt": true, "strconv.ParseUint": true, "strconv.ParseFloat": true,
		"encoding/json.Unmarshal": true,
	}
	trims = map[string]bool{
		"strings.TrimSpace": true, "strings.Trim": true, "strings.TrimPrefix": true, "strings.TrimSuffix": true,
		"bytes.TrimSpace": true,
	}
)

// parseSubject returns the expression the assignment as parses and the
// error variable its failure is reported in.
func parseSubject(info *types.Info, as *ast.AssignStmt) (ast.Expr, types.Object) {
	if len(as.Rhs) != 1 || len(as.Lhs) == 0 {
		return nil, nil
	}
	id, ok := ast.Unparen(as.Lhs[len(as.Lhs)-1]).(*ast.Ident)
	if !ok || info.ObjectOf(id) == nil || !isErrorType(info.ObjectOf(id).Type()) {
		return nil, nil
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return nil, nil
	}
	if x := parsedBy(info, call); x != nil {
		return x, info.ObjectOf(id)
	}
	return nil, nil
}

// parsedBy returns the text call parses as a number, or nil: the receiver
// of x.Int64(), the first argument of strconv.Atoi(x) or of
// json.Unmarshal(x, &n).
func parsedBy(info *types.Info, call *ast.CallExpr) ast.Expr {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return nil
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Results().Len() == 0 || !isErrorType(sig.Results().At(sig.Results().Len()-1).Type()) {
		return nil
	}
	switch {
	case sig.Recv() != nil && parseMethods[fn.Name()] && len(call.Args) == 0:
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			return sel.X
		}
	case sig.Recv() == nil && fn.Pkg() != nil && parseFuncs[fn.Pkg().Path()+"."+fn.Name()] && len(call.Args) > 0:
		if fn.Name() == "Unmarshal" && (len(call.Args) != 2 || !numberTarget(info, call.Args[1])) {
			return nil
		}
		return call.Args[0]
	}
	return nil
}

// parseError clears the code a parse's error result carries (rs, the
// call's results): it is set only when the text is no number.
func parseError(info *types.Info, call *ast.CallExpr, rs []taint) {
	if len(rs) == 0 || parsedBy(info, call) == nil {
		return
	}
	if t := &rs[len(rs)-1]; t.kind == kCodeValue || t.kind == kCode {
		*t = taint{params: t.params}
	}
}

func isErrorType(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// numberTarget reports whether e is &n for a number n.
func numberTarget(info *types.Info, e ast.Expr) bool {
	u, ok := ast.Unparen(e).(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return false
	}
	t := info.TypeOf(u.X)
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsNumeric != 0
}

// parsedText strips what keeps the text of e: parentheses, conversions
// ([]byte(x), string(x)), String() and trims.
func parsedText(info *types.Info, e ast.Expr) ast.Expr {
	for {
		e = ast.Unparen(e)
		call, ok := e.(*ast.CallExpr)
		if !ok {
			return e
		}
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
			e = call.Args[0]
			continue
		}
		if fn, _ := typeutil.Callee(info, call).(*types.Func); fn != nil && fn.Pkg() != nil && trims[fn.Pkg().Path()+"."+fn.Name()] && len(call.Args) > 0 {
			e = call.Args[0]
			continue
		}
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "String" && len(call.Args) == 0 {
			if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodVal {
				e = sel.X
				continue
			}
		}
		return e
	}
}

// failsOn reports whether cond being true implies err != nil.
func failsOn(info *types.Info, cond ast.Expr, err types.Object) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	switch b.Op {
	case token.LAND:
		return failsOn(info, b.X, err) || failsOn(info, b.Y, err)
	case token.NEQ:
		is := func(x, y ast.Expr) bool {
			id, ok := ast.Unparen(x).(*ast.Ident)
			tv, nok := info.Types[y]
			return ok && info.ObjectOf(id) == err && nok && tv.IsNil()
		}
		return is(b.X, b.Y) || is(b.Y, b.X)
	}
	return false
}

// parseBranchesOf finds the unit's parse-failure branches, once: the body
// of if err != nil (or a case err != nil: of a tagless switch) right after
// the parse, or with the parse in its init, in which neither err nor the
// subject's variable is assigned.
func (fs *fstate) parseBranchesOf() []parseBranch {
	if fs.parseFails != nil {
		return *fs.parseFails
	}
	var out []parseBranch
	fs.parseFails = &out
	info := fs.pass.TypesInfo
	add := func(subject ast.Expr, err types.Object, body ast.Node) {
		subject = parsedText(info, subject)
		root := rootIdent(subject)
		if root == nil {
			return
		}
		for _, v := range []types.Object{err, info.ObjectOf(root)} {
			if v, ok := v.(*types.Var); !ok || assignedIn(info, body, v) {
				return
			}
		}
		out = append(out, parseBranch{exprString(subject), info.ObjectOf(root), body.Pos(), body.End()})
	}
	try := func(init, s ast.Stmt) {
		as, ok := init.(*ast.AssignStmt)
		if !ok {
			return
		}
		subject, err := parseSubject(info, as)
		if subject == nil {
			return
		}
		switch s := s.(type) {
		case *ast.IfStmt:
			if failsOn(info, s.Cond, err) {
				add(subject, err, s.Body)
			}
		case *ast.SwitchStmt:
			if s.Tag != nil {
				return
			}
			for _, c := range s.Body.List {
				if cc, ok := c.(*ast.CaseClause); ok && len(cc.List) == 1 && failsOn(info, cc.List[0], err) {
					add(subject, err, cc)
				}
			}
		}
	}
	eachTest(fs.u.node, try) // nilresult.go
	return out
}

// unparsed reports whether e, a code, is read in the failure branch of
// its own parse.
func (fs *fstate) unparsed(e ast.Expr) bool {
	if fs.u.node == nil {
		return false
	}
	bs := fs.parseBranchesOf()
	if len(bs) == 0 {
		return false
	}
	info := fs.pass.TypesInfo
	x := parsedText(info, e)
	root := rootIdent(x)
	if root == nil || info.ObjectOf(root) == nil {
		return false
	}
	for _, b := range bs {
		if e.Pos() >= b.pos && e.End() <= b.end && info.ObjectOf(root) == b.root && exprString(x) == b.subject {
			return true
		}
	}
	return false
}
