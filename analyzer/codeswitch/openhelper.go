package codeswitch

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/fixsafe"
	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// An open helper looks a code up in a table it does not own (a
// parameter, a field its callers fill, a local) and, as its only other
// way out, calls a function it is passed (a parameter, or a field of its
// receiver):
//
//	func (g Guard[T]) Do(ctx context.Context, code Code, next func(context.Context) (T, error)) (T, error) {
//		if err := g.Refusals[code]; err != nil {
//			return zero, err
//		}
//		return next(ctx)
//	}
//
// Every code the table leaves out, whatever table a caller fills, takes
// the path of Success: the helper is fail-open by construction. It is
// reported at its lookup, in its own package, and its callers in the
// module are not (openFact); a helper of a dependency stays judged at
// each call (handlers.go). The fix makes the helper answer every code
// but Success with a rejection it already returns, before calling the
// function. A helper that refuses unlisted codes itself, or guards the
// call with the code (if code != Success { return zero, errX }), a miss
// that only logs, and a table keyed by anything but codes are quiet.

// openFact marks a helper reported at its lookup.
type openFact struct{}

func (*openFact) AFact()         {}
func (*openFact) String() string { return "open for unlisted codes" }

// openHelper is the shape checkOpenHelpers found in a function.
type openHelper struct {
	fd     *ast.FuncDecl
	fn     *types.Func
	lookup *ast.IndexExpr
	ret    *ast.ReturnStmt // return next(ctx)
	call   *ast.CallExpr   // next(ctx)
}

// checkOpenHelpers reports the open helpers of the file and exports their
// facts.
func (c *checker) checkOpenHelpers() {
	for _, decl := range c.file.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
		if !ok || fn.Signature().Results().Len() == 0 {
			continue
		}
		if h := c.openHelper(fd, fn); h != nil {
			c.reportOpen(h)
		}
	}
}

// openHelper returns the open helper fd is, nil when it is none.
func (c *checker) openHelper(fd *ast.FuncDecl, fn *types.Func) *openHelper {
	list := fd.Body.List
	for i, st := range list {
		ifs, ok := st.(*ast.IfStmt)
		if !ok || ifs.Init == nil || ifs.Else != nil {
			continue
		}
		idx, v := c.tableRead(ifs)
		if idx == nil {
			continue
		}
		if !c.rowAnswers(ifs.Body, v) || !c.openTable(idx.X) || !c.isCode(idx.Index) || c.guarded(list[:i], idx.Index) {
			return nil
		}
		ret, call := c.callbackOut(fd, fn, list[i+1:])
		if ret == nil {
			return nil
		}
		return &openHelper{fd: fd, fn: fn, lookup: idx, ret: ret, call: call}
	}
	return nil
}

// tableRead matches the init and condition of ifs, if v, ok := t[k]; ok
// or if v := t[k]; v != nil, and returns the index and v.
func (c *checker) tableRead(ifs *ast.IfStmt) (*ast.IndexExpr, types.Object) {
	as, ok := ifs.Init.(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE || len(as.Rhs) != 1 || len(as.Lhs) > 2 {
		return nil, nil
	}
	idx, ok := ast.Unparen(as.Rhs[0]).(*ast.IndexExpr)
	if !ok {
		return nil, nil
	}
	info := c.pass.TypesInfo
	vid, _ := as.Lhs[0].(*ast.Ident)
	if vid == nil || info.Defs[vid] == nil {
		return nil, nil
	}
	v := info.Defs[vid]
	var want types.Object = v
	if len(as.Lhs) == 2 {
		oid, _ := as.Lhs[1].(*ast.Ident)
		if oid == nil {
			return nil, nil
		}
		want = info.Defs[oid]
		if id, ok := ast.Unparen(ifs.Cond).(*ast.Ident); !ok || want == nil || info.Uses[id] != want {
			return nil, nil
		}
		return idx, v
	}
	bin, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
	if !ok || bin.Op != token.NEQ {
		return nil, nil
	}
	id, ok := ast.Unparen(bin.X).(*ast.Ident)
	if !ok || info.Uses[id] != v || !info.Types[bin.Y].IsNil() {
		return nil, nil
	}
	return idx, v
}

// rowAnswers reports whether body, the listed codes' path, answers with
// the row v: it ends in a return that calls v (a table of functions) or
// returns it (a table of errors).
func (c *checker) rowAnswers(body *ast.BlockStmt, v types.Object) bool {
	if len(body.List) == 0 {
		return false
	}
	ret, ok := body.List[len(body.List)-1].(*ast.ReturnStmt)
	if !ok {
		return false
	}
	info := c.pass.TypesInfo
	switch t := v.Type().Underlying().(type) {
	case *types.Signature:
		for _, r := range ret.Results {
			if call, ok := ast.Unparen(r).(*ast.CallExpr); ok {
				if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && info.Uses[id] == v {
					return true
				}
			}
		}
	case *types.Interface:
		if !typex.IsError(t) {
			return false
		}
		for _, r := range ret.Results {
			if id, ok := ast.Unparen(r).(*ast.Ident); ok && info.Uses[id] == v {
				return true
			}
		}
	}
	return false
}

// openTable reports whether e, a table read by a code, is one the helper
// does not own and whose rows are nowhere in this package: a parameter,
// a field or a local, a map or a slice, not a literal other rules read
// (a package's map, a field or parameter filled by this package's
// literals: lookup.go, fieldtable.go).
func (c *checker) openTable(e ast.Expr) bool {
	switch typex.Under(c.pass.TypesInfo, e).(type) {
	case *types.Map, *types.Slice:
	default:
		return false
	}
	if lit, _ := c.mapLiteral(e); lit != nil {
		return false
	}
	var v *types.Var
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, _ = c.pass.TypesInfo.Uses[e].(*types.Var)
	case *ast.SelectorExpr:
		v, _ = c.pass.TypesInfo.Uses[e.Sel].(*types.Var)
	}
	return v != nil && v.Parent() != c.pass.Pkg.Scope()
}

// guarded reports whether a statement of before tests key: the helper
// decides the code itself before its lookup.
func (c *checker) guarded(before []ast.Stmt, key ast.Expr) bool {
	want := types.ExprString(key)
	found := false
	for _, st := range before {
		ifs, ok := st.(*ast.IfStmt)
		if !ok {
			continue
		}
		ast.Inspect(ifs.Cond, func(n ast.Node) bool {
			if e, ok := n.(ast.Expr); ok && types.ExprString(e) == want {
				found = true
			}
			return !found
		})
	}
	return found
}

// callbackOut returns the statement after the lookup, when the only way
// on is a return of a call of a function parameter or a field of the
// receiver (statements that only log or count may come first).
func (c *checker) callbackOut(fd *ast.FuncDecl, fn *types.Func, rest []ast.Stmt) (*ast.ReturnStmt, *ast.CallExpr) {
	if len(rest) == 0 {
		return nil, nil
	}
	for _, st := range rest[:len(rest)-1] {
		switch st.(type) {
		case *ast.ExprStmt, *ast.IncDecStmt:
		default:
			return nil, nil
		}
	}
	ret, ok := rest[len(rest)-1].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil, nil
	}
	call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr)
	if !ok {
		return nil, nil
	}
	info := c.pass.TypesInfo
	sig := fn.Signature()
	var v *types.Var
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		v, _ = info.Uses[f].(*types.Var)
		if v == nil || !isParam(sig, v) {
			return nil, nil
		}
	case *ast.SelectorExpr:
		recv, ok := ast.Unparen(f.X).(*ast.Ident)
		if !ok || sig.Recv() == nil || info.Uses[recv] != sig.Recv() {
			return nil, nil
		}
		v, _ = info.Uses[f.Sel].(*types.Var)
		if v == nil || !v.IsField() {
			return nil, nil
		}
	default:
		return nil, nil
	}
	if _, ok := v.Type().Underlying().(*types.Signature); !ok {
		return nil, nil
	}
	return ret, call
}

func isParam(sig *types.Signature, v *types.Var) bool {
	for i := 0; i < sig.Params().Len(); i++ {
		if sig.Params().At(i) == v {
			return true
		}
	}
	return false
}

// reportOpen reports h at its lookup and exports its fact.
func (c *checker) reportOpen(h *openHelper) {
	c.pass.ExportObjectFact(h.fn, &openFact{})
	name := h.fn.Name()
	if recv := h.fn.Signature().Recv(); recv != nil {
		if n, ok := typex.Deref(recv.Type()).(*types.Named); ok {
			name = n.Obj().Name() + "." + name
		}
	}
	diag := analysis.Diagnostic{
		Pos:      h.lookup.Pos(),
		End:      h.lookup.End(),
		Category: category,
		Message: fmt.Sprintf("fail-open table dispatch over SurePassID return codes: %s calls %s, the function it is passed, for every code %s does not list, failures included",
			name, types.ExprString(h.call.Fun), types.ExprString(h.lookup.X)),
	}
	if fix, why := c.openFix(h); why == "" {
		diag.SuggestedFixes = []analysis.SuggestedFix{fix}
	} else if why != noSource {
		diag.Message += " (no suggested fix: " + why + ")"
	}
	diag.Related = []analysis.RelatedInformation{{Pos: h.call.Pos(), Message: "the call every unlisted code reaches"}}
	c.pass.Report(diag)
}

// openFix makes h reject every code but Success before its call, with a
// return of the helper's own that rejects (a non-nil error among its
// results) and reads the same there.
func (c *checker) openFix(h *openHelper) (analysis.SuggestedFix, string) {
	at := h.ret.Pos()
	if c.source() == nil || !c.valid(at) || !fixsafe.Parses(c.pass, at) {
		return analysis.SuggestedFix{}, noSource
	}
	c.badPos = false
	key := h.lookup.Index
	if !pureCode(c.pass.TypesInfo, key) {
		return analysis.SuggestedFix{}, "the code is not a variable, a field or a getter, to be read twice"
	}
	if c.render(key, codes.Success, at) == "" {
		return analysis.SuggestedFix{}, "no constant of " + c.pass.TypesInfo.TypeOf(key).String() + " stands for Success here"
	}
	ret := c.ownRejection(h)
	if ret == nil {
		return analysis.SuggestedFix{}, "the helper returns no error of its own to reject with"
	}
	indent := c.indent(at)
	text := fmt.Sprintf("if %s {\n%s\t%s\n%s}\n%s", c.failureTest(key, at), indent, c.text2(ret.Pos(), ret.End()), indent, indent)
	if c.badPos {
		return analysis.SuggestedFix{}, noSource
	}
	return analysis.SuggestedFix{
		Message:   "Reject every code but Success before calling " + types.ExprString(h.call.Fun),
		TextEdits: []analysis.TextEdit{{Pos: at, End: at, NewText: []byte(text)}},
	}, ""
}

// ownRejection returns a return statement of h's body, outside its
// lookup's branch and function literals, with a non-nil error result
// and every result reading the same before h's call.
func (c *checker) ownRejection(h *openHelper) *ast.ReturnStmt {
	info := c.pass.TypesInfo
	sig := h.fn.Signature()
	var found *ast.ReturnStmt
	ast.Inspect(h.fd.Body, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if n == h.ret || len(n.Results) != sig.Results().Len() {
				return true
			}
			rejects := false
			for i, r := range n.Results {
				if !c.portable(r, h.ret.Pos()) {
					return true
				}
				if typex.IsError(sig.Results().At(i).Type()) && !info.Types[r].IsNil() {
					if id, ok := ast.Unparen(r).(*ast.Ident); ok {
						if v, ok := info.Uses[id].(*types.Var); ok && v.Parent() != c.pass.Pkg.Scope() {
							return true // a local error: the row, or one built there
						}
					}
					rejects = true
				}
			}
			if rejects {
				found = n
			}
		}
		return true
	})
	return found
}
