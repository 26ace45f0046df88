package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/astutil"
)

// This file decides when a function mapping codes to text answers its
// verdict by the empty string: its callers read "" as the success and any
// other text as a refusal.
//
//	func pushDenial(code int32) string {
//		switch code {
//		case SendOTPExpired:
//			return "push expired"
//		case OTPInvalid:
//			return "push declined"
//		}
//		return "" // every other failure code
//	}
//
//	if reason := pushDenial(apiErr.Code); reason != "" {
//		return false, reason, nil
//	}
//	return true, "", nil
//
// Such a function is no message mapping (messages.go): its constant texts
// reject and its "" accepts, so the codes it leaves out fail open.

// emptyAccepts reports whether decl, a function or method with one result
// of a string type, answers "" to accept, as the calls of it in the
// package say: a test of its result against "" (or of its length against
// 0), in the if's condition, init or the local the if reads, whose
// non-empty side rejects (classify) and whose empty side does not, and no
// call read the other way. Where the if has no else and its body leaves,
// the statements after it are its other side (if reason == "" { return
// true }; log; return false).
func (c *checker) emptyAccepts(decl *ast.FuncDecl) bool {
	fn, ok := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	if !ok {
		return false
	}
	res := fn.Signature().Results()
	if res.Len() != 1 {
		return false
	}
	if b, ok := res.At(0).Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
		return false
	}
	if c.emptyMemo == nil {
		c.emptyMemo = map[*types.Func]bool{}
	}
	if v, ok := c.emptyMemo[fn]; ok {
		return v
	}
	c.emptyMemo[fn] = false // while the callers are judged
	saved := c.sig
	defer func() { c.sig = saved }()
	onText, onEmpty := false, false
	judge := func(file *ast.File, ifs *ast.IfStmt, rest []ast.Stmt) {
		nonEmpty, ok := c.emptyTest(file, ifs.Cond, fn)
		if !ok {
			return
		}
		sig := c.signature(ifs)
		if sig == nil {
			return
		}
		c.sig = sig
		body := c.classify(ifs.Body.List, false) == rejected
		els := false
		switch e := ifs.Else.(type) {
		case *ast.BlockStmt:
			els = c.classify(e.List, false) == rejected
		case nil:
			// if reason == "" { return true }; refuse: what follows an
			// if whose body leaves is its other side.
			els = leaves(ifs.Body) && c.classify(rest, false) == rejected
		}
		switch {
		case body && !els && nonEmpty, els && !body && !nonEmpty:
			onText = true
		case body && !els && !nonEmpty, els && !body && nonEmpty:
			onEmpty = true
		}
	}
	for _, file := range c.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			var list []ast.Stmt
			switch n := n.(type) {
			case *ast.BlockStmt:
				list = n.List
			case *ast.CaseClause:
				list = n.Body
			case *ast.CommClause:
				list = n.Body
			}
			for i, st := range list {
				if ifs, ok := st.(*ast.IfStmt); ok {
					judge(file, ifs, list[i+1:])
				}
			}
			return true
		})
	}
	v := onText && !onEmpty
	c.emptyMemo[fn] = v
	return v
}

// emptyTest reads cond, in file, as a test of fn's result against the
// empty string: reason != "", len(reason) > 0 (nonEmpty true) or reason ==
// "", len(reason) == 0 (false), where reason is a call of fn or a local
// declared with one.
func (c *checker) emptyTest(file *ast.File, cond ast.Expr, fn *types.Func) (nonEmpty, ok bool) {
	b, isBin := ast.Unparen(cond).(*ast.BinaryExpr)
	if !isBin {
		return false, false
	}
	info := c.pass.TypesInfo
	x, y, op := ast.Unparen(b.X), ast.Unparen(b.Y), b.Op
	isZero := func(e ast.Expr) bool {
		tv := info.Types[e]
		if tv.Value == nil {
			return false
		}
		switch tv.Value.Kind() {
		case constant.String:
			return constant.StringVal(tv.Value) == ""
		case constant.Int:
			return constant.Sign(tv.Value) == 0
		}
		return false
	}
	if isZero(x) {
		x, y = y, x
		switch op {
		case token.LSS:
			op = token.GTR
		case token.GTR:
			op = token.LSS
		}
	}
	if !isZero(y) {
		return false, false
	}
	if call, isCall := x.(*ast.CallExpr); isCall && isIdent(call.Fun, "len") && len(call.Args) == 1 {
		if _, builtin := info.Uses[calleeIdent(call)].(*types.Builtin); !builtin {
			return false, false
		}
		x = ast.Unparen(call.Args[0])
	} else if tv := info.Types[y]; tv.Value == nil || tv.Value.Kind() != constant.String {
		return false, false
	}
	switch op {
	case token.NEQ, token.GTR:
		nonEmpty = true
	case token.EQL:
	default:
		return false, false
	}
	return nonEmpty, c.callOrHeld(file, x, fn)
}

// callOrHeld reports whether e is a call of fn, or a local of file declared
// with one (reason := pushDenial(code)).
func (c *checker) callOrHeld(file *ast.File, e ast.Expr, fn *types.Func) bool {
	if call, ok := e.(*ast.CallExpr); ok {
		return c.callee(call) == fn
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Pos() < file.Pos() || v.Pos() > file.End() {
		return false
	}
	path, _ := astutil.PathEnclosingInterval(file, v.Pos(), v.Pos())
	for _, p := range path {
		as, ok := p.(*ast.AssignStmt)
		if !ok {
			continue
		}
		if as.Tok != token.DEFINE || len(as.Lhs) != len(as.Rhs) {
			return false
		}
		for i, l := range as.Lhs {
			if l.Pos() == v.Pos() {
				call, ok := ast.Unparen(as.Rhs[i]).(*ast.CallExpr)
				return ok && c.callee(call) == fn
			}
		}
		return false
	}
	return false
}
