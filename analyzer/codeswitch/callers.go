package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/surepasslint/surepasslint/codes"
)

// This file judges a mapping function (func toErr(code ReturnCode) error {
// switch code { case ...: return ErrBadOTP }; return nil }) by its callers:
// the nil it returns for the codes it does not list is fail-open only where
// a caller treats it as success. When the function is unexported, and
// every use of it is a call whose caller goes on to reject every failure
// code itself (err := toErr(res.ErrorCode); if err != nil { return err };
// if !res.OK() { return ErrDenied }), the dispatch is not reported.

// callersCheck reports whether d sits in an unexported function whose code
// is a parameter (or a field of one), and every use of that function in
// the package is a call followed by a catch-all rejection of the failure
// codes of its argument.
func (c *checker) callersCheck(d *dispatch) bool {
	decl, fn := c.unexportedDecl(d)
	if fn == nil {
		return false
	}
	tag := d.tag
	if init := c.localInit(tag); init != nil {
		tag = init
	}
	root, fields := chainOf(c.pass.TypesInfo, tag)
	param := -1
	for i := 0; i < fn.Signature().Params().Len(); i++ {
		if fn.Signature().Params().At(i) == root {
			param = i
		}
	}
	if param < 0 || assignsVar(c.pass.TypesInfo, decl.Body, root) {
		return false
	}
	return c.everyUse(fn, func(fc *checker, stack []ast.Node) bool { return fc.guardedCall(stack, param, fields) })
}

// unexportedDecl returns the unexported function declaration d sits in,
// directly (not in a function literal); nil otherwise.
func (c *checker) unexportedDecl(d *dispatch) (*ast.FuncDecl, *types.Func) {
	var decl *ast.FuncDecl
	for i := len(d.stack) - 1; i >= 0 && decl == nil; i-- {
		switch f := d.stack[i].(type) {
		case *ast.FuncLit:
			return nil, nil
		case *ast.FuncDecl:
			decl = f
		}
	}
	if decl == nil {
		return nil, nil
	}
	fn, ok := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	if !ok || fn.Exported() {
		return nil, nil
	}
	return decl, fn
}

// everyUse reports whether fn is used in the package and use holds for
// every use, given the path from its file down to the identifier (the
// use on top) and a checker for that file.
func (c *checker) everyUse(fn *types.Func, use func(fc *checker, stack []ast.Node) bool) bool {
	calls := 0
	for _, file := range c.pass.Files {
		fc := &checker{pass: c.pass, spid: c.spid, file: file, sums: c.sums, required: c.required}
		var stack []ast.Node
		ok := true
		ast.Inspect(file, func(n ast.Node) bool {
			if !ok {
				return false
			}
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			stack = append(stack, n)
			id, isID := n.(*ast.Ident)
			if !isID || c.pass.TypesInfo.Uses[id] != fn {
				return true
			}
			calls++
			ok = use(fc, stack)
			return true
		})
		if !ok {
			return false
		}
	}
	return calls > 0
}

// guardedCall reports whether the use of a mapping function on top of
// stack is a call, in a statement of a list, followed in that list by an
// if that rejects every failure code of the argument, with only guards
// and simple statements in between.
func (c *checker) guardedCall(stack []ast.Node, param int, fields []string) bool {
	i := len(stack) - 2
	if i >= 0 {
		if sel, ok := stack[i].(*ast.SelectorExpr); ok && sel.Sel == stack[i+1] {
			i--
		}
	}
	if i < 0 {
		return false
	}
	call, ok := stack[i].(*ast.CallExpr)
	if !ok || param >= len(call.Args) || ast.Unparen(call.Fun) != stack[i+1] && !isSelOf(call.Fun, stack[i+1]) {
		return false
	}
	arg := stripRef(call.Args[param])
	for ; i >= 0; i-- {
		if _, ok := stack[i].(ast.Stmt); ok {
			break
		}
	}
	if i < 1 {
		return false
	}
	stmt := stack[i].(ast.Stmt)
	if ifs, ok := stack[i-1].(*ast.IfStmt); ok && ifs.Init == stmt && i >= 2 {
		stmt, i = ifs, i-1 // if err := toErr(code); err != nil {...}
	}
	list, ok := stmtList(stack[i-1])
	if !ok {
		return false
	}
	if _, ok := stmt.(*ast.ReturnStmt); ok {
		return false // return toErr(code): the caller's caller decides
	}
	argRoot, _ := chainOf(c.pass.TypesInfo, arg)
	subj := c.argSubject(arg, fields)
	after := false
	for _, st := range list {
		if st == stmt {
			after = true
			if ifs, ok := st.(*ast.IfStmt); ok && c.rejectsFailures(ifs, subj) {
				return true
			}
			continue
		}
		if !after {
			continue
		}
		if argRoot != nil && assignsVar(c.pass.TypesInfo, &ast.BlockStmt{List: []ast.Stmt{st}}, argRoot) {
			return false
		}
		switch st := st.(type) {
		case *ast.IfStmt:
			if c.rejectsFailures(st, subj) {
				return true
			}
			if st.Else != nil || (c.classify(st.Body.List, false) != rejected && !c.returnsCheckedErr(st)) {
				return false // an if that may accept on the way
			}
		case *ast.AssignStmt, *ast.ExprStmt, *ast.DeclStmt, *ast.IncDecStmt:
		default:
			return false
		}
	}
	return false
}

// returnsCheckedErr reports whether ifs is if err != nil { return ..., err }.
func (c *checker) returnsCheckedErr(ifs *ast.IfStmt) bool {
	b, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.NEQ || len(ifs.Body.List) != 1 {
		return false
	}
	id, ok := ast.Unparen(b.X).(*ast.Ident)
	if !ok || !c.isNilExpr(b.Y) || c.pass.TypesInfo.Uses[id] == nil {
		return false
	}
	ret, ok := ifs.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) == 0 {
		return false
	}
	last, ok := ast.Unparen(ret.Results[len(ret.Results)-1]).(*ast.Ident)
	return ok && c.pass.TypesInfo.Uses[last] == c.pass.TypesInfo.Uses[id]
}

func isSelOf(fun ast.Expr, id ast.Node) bool {
	sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
	return ok && sel.Sel == id
}

// argSubject is the code a call passes to a mapping function: arg, or its
// field path fields.
func (c *checker) argSubject(arg ast.Expr, fields []string) subject {
	code := arg
	for _, f := range fields {
		code = &ast.SelectorExpr{X: code, Sel: ast.NewIdent(f)}
	}
	var base ast.Expr
	if sel, ok := code.(*ast.SelectorExpr); ok {
		base = sel.X
	}
	return subject{
		is: func(e ast.Expr) bool {
			if sameExpr(e, code) {
				return true
			}
			init := c.localInit(e)
			return init != nil && sameExpr(init, code)
		},
		base: func(e ast.Expr) bool { return base != nil && sameExpr(stripRef(e), base) },
	}
}

// rejectsFailures reports whether ifs has no else, a body that fails
// closed, and a condition true for every failure code and false for
// Success (if code != Success, if !res.OK()).
func (c *checker) rejectsFailures(ifs *ast.IfStmt, s subject) bool {
	if ifs.Else != nil || ifs.Init != nil {
		return false
	}
	for _, code := range published {
		want := triOf(code != codes.Success)
		if c.evalCond(ifs.Cond, code, s) != want {
			return false
		}
	}
	sig := c.signature(ifs)
	if sig == nil {
		return false
	}
	saved := c.sig
	c.sig = sig
	defer func() { c.sig = saved }()
	return c.classify(ifs.Body.List, false) == rejected
}

// A function that only acts after its callers have rejected (func (s
// *Service) notifyRejected(ctx, user, res) { if res.Code.IsLockout() {
// email; return }; sms }, called as s.notifyRejected(...) between the
// caller's 403 and its return) decides nothing: whatever codes fall
// through its dispatch, the request was already refused. afterRejection
// says so when d sits in an unexported function declaration whose
// results, if any, its callers drop, and every use of which in the
// package is a call statement (go and defer too, or the init of an if
// whose error is only logged) in a block of its caller that rejects (see
// classify), the call's own block or one around it, within the caller's
// function.
func (c *checker) afterRejection(d *dispatch) bool {
	_, fn := c.unexportedDecl(d)
	if fn == nil {
		return false
	}
	return c.everyUse(fn, func(fc *checker, stack []ast.Node) bool { return fc.rejectedCall(stack) })
}

// rejectedCall reports whether the use of a function on top of stack is
// a call whose result is dropped, in a block of its function that
// rejects (afterRejection).
func (c *checker) rejectedCall(stack []ast.Node) bool {
	i := len(stack) - 2
	if i >= 0 {
		if sel, ok := stack[i].(*ast.SelectorExpr); ok && sel.Sel == stack[i+1] {
			i--
		}
	}
	if i < 1 {
		return false
	}
	call, ok := stack[i].(*ast.CallExpr)
	if !ok || ast.Unparen(call.Fun) != stack[i+1] && !isSelOf(call.Fun, stack[i+1]) {
		return false
	}
	own, _ := stack[i-1].(ast.Stmt) // the call's statement, left out when judging its block
	switch st := stack[i-1].(type) {
	case *ast.ExprStmt, *ast.GoStmt, *ast.DeferStmt:
	case *ast.AssignStmt:
		// if err := s.notify(...); err != nil { log }: the error is
		// only logged.
		ifs, isIf := stack[i-2].(*ast.IfStmt)
		if !isIf || i < 3 || ifs.Init != st || len(st.Rhs) != 1 || c.classify(ifs.Body.List, false) != fallOut || ifs.Else != nil {
			return false
		}
		own = ifs
	default:
		return false
	}
	sig := c.signature(call)
	if sig == nil {
		return false
	}
	saved := c.sig
	c.sig = sig
	defer func() { c.sig = saved }()
	for j := i - 2; j >= 0; j-- {
		switch n := stack[j].(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return false
		default:
			if list, ok := stmtList(n); ok && c.classify(slices.DeleteFunc(slices.Clone(list), func(st ast.Stmt) bool { return st == own }), false) == rejected {
				return true // go s.record(...) is no statement of the block's outcome
			}
		}
	}
	return false
}
