package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// This file judges dispatches over sentinel errors that stand for return
// codes (see "Dispatches over sentinel errors" in doc.go): an if-else chain
// or a tagless switch testing one error with errors.Is(err, sp.ErrX) (or
// err == sp.ErrX), where package spid knows the codes sp.ErrX stands for.
// The error is read as the code it carries: nil for Success, and for a
// failure code an error matching exactly the sentinels of that code, so
// errors.Is(err, sp.ErrX) is code ∈ codes(ErrX) and err != nil is
// code != Success.

// errTest is what a leaf of a condition over the error tests.
type errTest struct {
	subject  ast.Expr // the error tested
	sentinel bool     // compares it with a recognized sentinel
}

// errLeaf returns what e, a leaf of a condition, tests: errors.Is(x, S),
// x == S, x != S, x == nil or x != nil, x an error.
func (c *checker) errLeaf(e ast.Expr) (errTest, bool) {
	info := c.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		x, target, ok := c.errorsIs(e)
		if !ok {
			return errTest{}, false
		}
		_, known := c.sentinelOf(target)
		return errTest{subject: x, sentinel: known}, true
	case *ast.BinaryExpr:
		if e.Op != token.EQL && e.Op != token.NEQ {
			return errTest{}, false
		}
		for _, side := range [][2]ast.Expr{{e.X, e.Y}, {e.Y, e.X}} {
			x, y := side[0], side[1]
			if !typeIsError(info.TypeOf(x)) {
				continue
			}
			if c.isNilExpr(y) {
				return errTest{subject: x}, true
			}
			if _, known := c.sentinelOf(y); known {
				return errTest{subject: x, sentinel: true}, true
			}
		}
	}
	return errTest{}, false
}

// errorsIs returns the arguments of call if it calls errors.Is (or the Is
// of github.com/pkg/errors or golang.org/x/xerrors).
func (c *checker) errorsIs(call *ast.CallExpr) (x, target ast.Expr, ok bool) {
	fn, isFn := c.callee(call).(*types.Func)
	if !isFn || fn.Name() != "Is" || fn.Pkg() == nil || len(call.Args) != 2 || fn.Signature().Recv() != nil {
		return nil, nil, false
	}
	switch fn.Pkg().Path() {
	case "errors", "github.com/pkg/errors", "golang.org/x/xerrors":
		return call.Args[0], call.Args[1], true
	}
	return nil, nil, false
}

// sentinelOf returns the codes of e, a sentinel spid knows.
func (c *checker) sentinelOf(e ast.Expr) ([]codes.ReturnCode, bool) {
	v, ok := c.objOf(ast.Unparen(e)).(*types.Var)
	if !ok {
		return nil, false
	}
	return c.spid.SentinelCodes(v)
}

// sameErr reports whether a and b read the same error: the same variable
// (not a shadowing one of the same name), or the same expression.
func (c *checker) sameErr(a, b ast.Expr) bool {
	ai, aok := ast.Unparen(a).(*ast.Ident)
	bi, bok := ast.Unparen(b).(*ast.Ident)
	if aok || bok {
		return aok && bok && identObj(c.pass.TypesInfo, ai) != nil && identObj(c.pass.TypesInfo, ai) == identObj(c.pass.TypesInfo, bi)
	}
	return sameExpr(a, b)
}

func identObj(info *types.Info, id *ast.Ident) types.Object {
	if obj := info.Uses[id]; obj != nil {
		return obj
	}
	return info.Defs[id]
}

// errCondition returns the error cond tests and whether one of its leaves
// names a recognized sentinel; nil when cond is no condition over one
// error made of the leaves errLeaf accepts joined by ||, && and !.
func (c *checker) errCondition(cond ast.Expr) (ast.Expr, bool) {
	var tag ast.Expr
	known, ok := false, true
	var visit func(e ast.Expr)
	visit = func(e ast.Expr) {
		if !ok {
			return
		}
		switch x := ast.Unparen(e).(type) {
		case *ast.UnaryExpr:
			if x.Op == token.NOT {
				visit(x.X)
				return
			}
		case *ast.BinaryExpr:
			if x.Op == token.LOR || x.Op == token.LAND {
				visit(x.X)
				visit(x.Y)
				return
			}
		}
		t, isLeaf := c.errLeaf(e)
		if !isLeaf || (tag != nil && !c.sameErr(tag, t.subject)) {
			ok = false
			return
		}
		if tag == nil {
			tag = t.subject
		}
		known = known || t.sentinel
	}
	visit(cond)
	if !ok {
		return nil, false
	}
	return tag, known
}

// errClause returns the clause of a condition over tag: the published codes
// that surely make it true.
func (c *checker) errClause(cond, tag ast.Expr) []codes.ReturnCode {
	s := c.errSubject(tag)
	var out []codes.ReturnCode
	for _, code := range published {
		if c.evalCond(cond, code, s) == triTrue {
			out = append(out, code)
		}
	}
	return out
}

// errSubject is the subject of a dispatch over the error tag, for its
// clauses' codes (the walker's isTag and isTagBase are its own).
func (c *checker) errSubject(tag ast.Expr) subject {
	return subject{is: func(e ast.Expr) bool { return c.sameErr(e, tag) }, base: func(ast.Expr) bool { return false }}
}

// readsErr is isTag for a dispatch over an error: e is the error, or a
// code field of the value the error was made from (resp.ErrorCode for
// err := resp.Err(); see errBase), so that if !resp.OK() or
// resp.ErrorCode != Success after the dispatch splits the codes too.
func (w *walker) readsErr(e ast.Expr) bool {
	if w.c.sameErr(e, w.d.tag) {
		return true
	}
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	base := w.errBase()
	return base != nil && sameExpr(sel.X, base) && w.c.codeField(base, sel.Sel.Name)
}

// errBaseIs is isTagBase for a dispatch over an error (resp in err :=
// resp.Err()).
func (w *walker) errBaseIs(e ast.Expr) bool {
	base := w.errBase()
	return base != nil && sameExpr(e, base)
}

// evalErr evaluates a leaf over an error that s is about (the error of a
// dispatch over sentinels) when it carries code; triUnknown when cond is
// no such leaf. In a dispatch over a code, s is about no error.
func (c *checker) evalErr(cond ast.Expr, code codes.ReturnCode, s subject) tri {
	var x, y ast.Expr
	eq := true
	switch e := ast.Unparen(cond).(type) {
	case *ast.CallExpr:
		var ok bool
		if x, y, ok = c.errorsIs(e); !ok {
			return triUnknown
		}
	case *ast.BinaryExpr:
		if e.Op != token.EQL && e.Op != token.NEQ {
			return triUnknown
		}
		x, y, eq = e.X, e.Y, e.Op == token.EQL
		if !isErrOf(c, x, s) {
			x, y = y, x
		}
	default:
		return triUnknown
	}
	if !isErrOf(c, x, s) {
		return triUnknown
	}
	var t tri
	switch list, known := c.sentinelOf(y); {
	case c.isNilExpr(y):
		t = triOf(code == codes.Success)
	case code == codes.Success:
		t = triFalse // errors.Is(nil, ErrX) is false
	case known:
		t = triOf(slices.Contains(list, code))
	default:
		return triUnknown // another error: the code does not tell
	}
	if !eq {
		t = triOf(t == triFalse)
	}
	return t
}

// sentinelIf returns the chain of if statements at the start of list
// testing one error against sentinels (if errors.Is(err, sp.ErrA) {...}
// else if errors.Is(err, sp.ErrB) {...}, or consecutive ifs), and how many
// statements it spans. The first if may declare the error
// (if verr := resp.Err(); errors.Is(verr, sp.ErrA) {...}).
func (c *checker) sentinelIf(list []ast.Stmt) (*dispatch, int) {
	var d *dispatch
	known := false
	n := 0
	for _, st := range list {
		ifs, ok := st.(*ast.IfStmt)
		if !ok || (d != nil && (d.dflt != nil || ifs.Init != nil)) {
			break
		}
		var links []*clause
		var tag ast.Expr
		var dflt *clause
		var last *ast.IfStmt
		for cur := ifs; cur != nil; {
			if cur.Body == nil {
				links = nil
				break
			}
			e, k := c.errCondition(cur.Cond)
			if e == nil || (cur != ifs && cur.Init != nil) || (tag != nil && !c.sameErr(tag, e)) {
				links = nil
				break
			}
			known = known || k
			tag, last = e, cur
			links = append(links, &clause{exprs: []ast.Expr{cur.Cond}, body: cur.Body.List, node: cur.Body})
			switch el := cur.Else.(type) {
			case *ast.IfStmt:
				cur = el
			case *ast.BlockStmt:
				dflt = &clause{body: el.List, node: el}
				cur = nil
			default:
				cur = nil
			}
		}
		if links == nil || (d != nil && !c.sameErr(d.tag, tag)) {
			break
		}
		if d == nil {
			d = &dispatch{kind: "errors.Is chain", stmt: ifs, tag: tag, errs: true}
		}
		d.clauses = append(d.clauses, links...)
		d.dflt, d.last = dflt, last
		n++
	}
	if d == nil || !known {
		return nil, 0
	}
	for _, l := range d.clauses {
		l.codes = c.errClause(l.exprs[0], d.tag)
	}
	return d, n
}

// sentinelSwitch returns s, a switch without a tag, as a dispatch if every
// case tests one error against sentinels (case errors.Is(err, sp.ErrA),
// errors.Is(err, sp.ErrB):), at least one of them recognized.
func (c *checker) sentinelSwitch(s *ast.SwitchStmt) *dispatch {
	if s.Body == nil {
		return nil
	}
	if s.Tag != nil {
		return c.errorSwitch(s)
	}
	if s.Init != nil {
		return nil
	}
	d := &dispatch{kind: "errors.Is switch", stmt: s, tagless: true, errs: true}
	known := false
	for _, st := range s.Body.List {
		cc, ok := st.(*ast.CaseClause)
		if !ok {
			return nil
		}
		cl := &clause{body: cc.Body, node: cc}
		if cc.List == nil {
			d.dflt = cl
			continue
		}
		for _, e := range cc.List {
			tag, k := c.errCondition(e)
			if tag == nil || (d.tag != nil && !c.sameErr(d.tag, tag)) {
				return nil
			}
			known = known || k
			d.tag = tag
			cl.exprs = append(cl.exprs, e)
		}
		d.clauses = append(d.clauses, cl)
	}
	if d.tag == nil || !known {
		return nil
	}
	for _, cl := range d.clauses {
		for _, e := range cl.exprs {
			for _, code := range c.errClause(e, d.tag) {
				if !slices.Contains(cl.codes, code) {
					cl.codes = append(cl.codes, code)
				}
			}
		}
	}
	return d
}

// errBase returns the value the dispatched error was made from, when the
// error was declared or assigned, just before the dispatch or in its
// if's init, from a method call on it (err := resp.Err(), err =
// resp.Err()): conditions on that value's code (resp.ErrorCode !=
// Success, !resp.OK()) then split the codes too.
func (w *walker) errBase() ast.Expr {
	id, ok := ast.Unparen(w.d.tag).(*ast.Ident)
	if !ok {
		return nil
	}
	obj := identObj(w.c.pass.TypesInfo, id)
	var cands []ast.Stmt
	if ifs, ok := w.d.stmt.(*ast.IfStmt); ok && ifs.Init != nil {
		cands = append(cands, ifs.Init)
	}
	if list, ok := stmtList(w.d.stack[len(w.d.stack)-1]); ok {
		if i := slices.Index(list, w.d.stmt); i > 0 {
			cands = append(cands, list[i-1])
		}
	}
	if init := w.c.localInit(w.d.tag); init != nil {
		cands = append(cands, &ast.AssignStmt{Lhs: []ast.Expr{id}, Tok: token.DEFINE, Rhs: []ast.Expr{init}})
	}
	for _, st := range cands {
		as, ok := st.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			continue
		}
		l, ok := ast.Unparen(as.Lhs[0]).(*ast.Ident)
		if !ok || identObj(w.c.pass.TypesInfo, l) != obj {
			continue
		}
		call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		if !ok {
			continue
		}
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if fn, ok := w.c.pass.TypesInfo.Uses[sel.Sel].(*types.Func); ok && fn.Signature().Recv() != nil {
				return sel.X
			}
		}
	}
	return nil
}

// errReturn ends the paths of the failure codes of set at a return of the
// dispatched error itself (return err, return nil, err): a non-nil error
// for every code but Success, which goes on. So does a return of the
// error a code dispatch read its code back from through the target of
// errors.As (or me, ok := sp.AsError(err)), not assigned since: a code
// was read only from a non-nil error (see errpath.go). It returns what
// goes on.
func (w *walker) errReturn(n ast.Node, set codeSet) codeSet {
	ret, ok := n.(*ast.ReturnStmt)
	if !ok || w.record {
		return set
	}
	origin := w.errOrigin()
	if !w.d.errs && origin == nil {
		return set
	}
	returned := false
	for _, r := range ret.Results {
		switch {
		case w.d.errs:
			returned = returned || w.c.sameErr(r, w.d.tag)
		case w.c.localVar(r) == origin:
			v, _ := origin.(*types.Var)
			returned = returned || !w.c.varWritten(v, w.d.stmt.End(), ret.Pos())
		}
	}
	if !returned {
		return set
	}
	var rest, failed codeSet
	for _, code := range published {
		if !set.has(code) {
			continue
		}
		if code == codes.Success {
			rest.add(code)
		} else {
			failed.add(code)
		}
	}
	w.end(failed, fReject)
	return rest
}

// errOrigin returns the error the dispatched code was read back from
// through a root of its tag that is no error interface itself (apiErr of
// errors.As(err, &apiErr), code of code := sp.CodeOf(err); errSource),
// nil when there is none; the first answer is kept.
func (w *walker) errOrigin() types.Object {
	if !w.originDone {
		w.originDone = true
		for root := range w.roots {
			if v, ok := root.(*types.Var); !ok || typeIsError(v.Type()) && types.IsInterface(v.Type()) {
				continue // err of sp.CodeOf(err) is the error itself
			}
			if w.origin = w.c.errSource(w.d, root); w.origin != nil {
				break
			}
		}
	}
	return w.origin
}

// typeIsError reports whether t is an error type.
func typeIsError(t types.Type) bool {
	return t != nil && types.Implements(t, errorIface)
}

var errorIface = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// codeField reports whether name is a return-code field of base's type
// (the predicate summaries spell the field they read on their own
// selector, which the type checker never saw).
func (c *checker) codeField(base ast.Expr, name string) bool {
	t := c.pass.TypesInfo.TypeOf(base)
	if t == nil {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, c.pass.Pkg, name)
	v, ok := obj.(*types.Var)
	return ok && v.IsField() && c.spid.FieldRole(v) == spid.RoleCode
}

// errorSwitch returns s, a switch over an error, as a dispatch if its case
// values are nil and package-level error variables, at least one of them
// a recognized sentinel (switch err { case nil: ...; case sp.ErrBadOTP: }).
func (c *checker) errorSwitch(s *ast.SwitchStmt) *dispatch {
	if !typeIsError(c.pass.TypesInfo.TypeOf(s.Tag)) {
		return nil
	}
	d := &dispatch{kind: "error switch", stmt: s, tag: s.Tag, errs: true}
	known := false
	for _, st := range s.Body.List {
		cc, ok := st.(*ast.CaseClause)
		if !ok {
			return nil
		}
		cl := &clause{exprs: cc.List, body: cc.Body, node: cc}
		if cc.List == nil {
			d.dflt = cl
			continue
		}
		for _, e := range cc.List {
			switch list, ok := c.sentinelOf(e); {
			case c.isNilExpr(e):
				cl.codes = append(cl.codes, codes.Success)
			case ok:
				known = true
				cl.codes = append(cl.codes, list...)
			default:
				v, isVar := c.objOf(ast.Unparen(e)).(*types.Var)
				if !isVar || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
					return nil // not an error variable: no dispatch
				}
			}
		}
		d.clauses = append(d.clauses, cl)
	}
	if !known {
		return nil
	}
	return d
}

// isErrOf reports whether x is an error that s is about: the error of a
// dispatch over sentinels, or the error a code dispatch read its code back
// from by an accessor (switch sp.CodeOf(err), code := sp.CodeOf(err)),
// not assigned since (d, err := store.Load(id) holds another error).
func isErrOf(c *checker, x ast.Expr, s subject) bool {
	if !typeIsError(c.pass.TypesInfo.TypeOf(x)) {
		return false
	}
	return s.is(x) || (c.accessorErr(s.tag, x) || c.asBoundErr(s.tag, x)) && !c.assignedBetween(x, s.tag.End(), x.Pos())
}

// accessorErr reports whether the code tag reads (through the local it is
// kept in, alone or with a flag saying one was read) is an accessor's
// answer for the error x: sp.CodeOf(x).
func (c *checker) accessorErr(tag, x ast.Expr) bool {
	if tag == nil {
		return false
	}
	if init := c.codeInit(tag); init != nil {
		tag = init // code := sp.CodeOf(err), code, ok := sp.CodeOf(err)
	}
	call, ok := ast.Unparen(tag).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || !c.sameErr(call.Args[0], x) {
		return false
	}
	t := c.pass.TypesInfo.TypeOf(call.Args[0])
	return t != nil && types.Identical(t, typex.ErrorType)
}

// sentinelThenCode reports whether d, an errors.Is chain without a final
// else, is followed in list (from next on, past ifs that only log) by a
// dispatch over the code of the same error (if errors.Is(err,
// sp.ErrLocked) { ... }; switch sp.CodeOf(err) { ... }): the two are one
// dispatch, judged at the later one, whose walk starts at the chain. It
// marks the later one so. Not in a loop (a retry reads the code again).
func (c *checker) sentinelThenCode(d *dispatch, list []ast.Stmt, next int, stack []ast.Node) bool {
	if d.kind != "errors.Is chain" || d.dflt != nil {
		return false
	}
	for i := len(stack) - 1; i >= 0; i-- {
		switch stack[i].(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return false // a retry: the code is read again
		case *ast.FuncDecl, *ast.FuncLit:
			i = 0
		}
	}
	if c.after == nil {
		c.after = map[ast.Stmt]*dispatch{}
	}
	for ; next < len(list); next++ {
		switch s := list[next].(type) {
		case *ast.SwitchStmt:
			if l := c.switchDispatch(s); l != nil && !l.errs && c.accessorErr(l.tag, d.tag) {
				c.after[s] = d
				return true
			}
			return false
		case *ast.IfStmt:
			if c.logsOnly(s) {
				continue
			}
			if l, _ := c.ifDispatch(list[next:]); l != nil && !l.errs && c.accessorErr(l.tag, d.tag) {
				c.after[s] = d
				return true
			}
		}
		return false
	}
	return false
}
