package codeswitch

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// A handler dispatch is a fallback lookup over a table of functions that
// calls the function it finds, and a function it is passed for the keys
// the table has no row for:
//
//	func Run[T any](code Code, table map[Code]func() (T, error), otherwise func() (T, error)) (T, error) {
//		if h, ok := table[code]; ok {
//			return h()
//		}
//		return otherwise()
//	}
//
// (or a method of the table's type, the receiver the table). The helper
// decides nothing: its callers do, each with its table and its fallback,
// often in other packages (the fact says which parameters are which). A
// call passing a table keyed by return codes (in place, or a local
// declared with it and used only there), some of whose functions reject
// (a non-nil error, false, a Deny on every return; a row may be built,
// deny(Locked) returning the function literal, tabled.go), and a
// fallback that accepts on every return (nil error, true) grants every
// code the table does not list. It is reported at the call, with related
// information at the fallback, the table and the helper. A fallback that
// rejects, or that may (a return of a variable), is quiet, and so is a
// table none of whose functions rejects (messages, metrics). The fix
// (lookupfix.go) makes the fallback reject every code but Success first,
// as a rejecting handler of the table returns.

// checkHandlers reports call, a call of the handler dispatch fn, when
// dflt, its fallback, accepts every code table, a table of functions
// some of which reject, does not list.
func (c *checker) checkHandlers(call *ast.CallExpr, fn *types.Func, table, key, dflt ast.Expr) {
	if fn.Pkg() == c.pass.Pkg {
		var f fallbackFact
		if c.pass.ImportObjectFact(fn.Origin(), &f) && !f.Recv {
			if v := fn.Origin().Signature().Params().At(f.Table); c.paramMapLiteral(v) != nil {
				return // the helper's lookup is judged with its callers' tables (fieldtable.go)
			}
		}
	}
	if typex.InModule(c.pass, fn.Pkg()) && c.pass.ImportObjectFact(fn.Origin(), new(openFact)) {
		return // the helper is reported at its lookup (openhelper.go)
	}
	lit := c.argTable(table, call)
	if lit == nil {
		return
	}
	keys, values, ok := c.codeRows(lit, key)
	if !ok || !c.failureKey(keys) {
		return
	}
	rejects := false
	for _, v := range values {
		rejects = rejects || c.funcAnswers(v) == rejected
	}
	if !rejects || c.funcAnswers(dflt) != accept {
		return
	}
	missing, noun := c.unlisted(keys)
	if len(missing) == 0 {
		return
	}
	helper := types.ExprString(call.Fun)
	if ix, ok := ast.Unparen(call.Fun).(*ast.IndexExpr); ok {
		helper = types.ExprString(ix.X)
	} else if ix, ok := ast.Unparen(call.Fun).(*ast.IndexListExpr); ok {
		helper = types.ExprString(ix.X)
	}
	diag := analysis.Diagnostic{
		Pos:      call.Pos(),
		End:      call.End(),
		Category: category,
		Message: fmt.Sprintf("fail-open table dispatch over SurePassID return codes: %s runs the fallback passed to it, which accepts, for %d security-relevant %s its table of handlers does not list (%s)",
			helper, len(missing), noun, names(missing)),
	}
	if fix, why := c.handlerFix(call, lit, key, dflt); why == "" {
		diag.SuggestedFixes = []analysis.SuggestedFix{fix}
	} else if why != noSource {
		diag.Message += " (no suggested fix: " + why + ")"
	}
	if pos := c.definition(key, missing[0]); pos.IsValid() {
		diag.Related = append(diag.Related, analysis.RelatedInformation{
			Pos:     pos,
			Message: fmt.Sprintf("%s (%d), the first unlisted code", missing[0], int(missing[0])),
		})
	}
	diag.Related = append(diag.Related,
		analysis.RelatedInformation{Pos: dflt.Pos(), Message: "the fallback, which accepts"},
		analysis.RelatedInformation{Pos: lit.Pos(), Message: "the table of handlers"})
	if fn.Pkg() != c.pass.Pkg && typex.InModule(c.pass, fn.Pkg()) && fn.Origin().Pos().IsValid() {
		diag.Related = append(diag.Related, analysis.RelatedInformation{
			Pos:     fn.Origin().Pos(),
			Message: fmt.Sprintf("%s runs the fallback for every code its table does not list", fn.Name()),
		})
	}
	c.pass.Report(diag)
}

// funcAnswers classifies e, a function a handler table holds or a
// fallback: rejected when every return rejects through one of its
// results (a non-nil error, false, a Deny), accept when every return
// accepts through all of them (nil errors, true, other values), unknown
// otherwise (a return of a variable, a function of another package).
func (c *checker) funcAnswers(e ast.Expr) outcome {
	body, sig := c.funcValue(e)
	if body == nil || sig.Results().Len() == 0 {
		return unknown
	}
	n := sig.Results().Len()
	rets := returnsOf(body)
	if len(rets) == 0 {
		return unknown
	}
	all := func(want outcome) bool {
		for _, ret := range rets {
			if len(ret.Results) != n {
				return false // a bare return, return f() of a tuple
			}
			hit := false
			for i, r := range ret.Results {
				got := c.value(r, sig.Results().At(i).Type())
				if want == rejected && got == rejected {
					hit = true
				}
				if want == accept && got != accept {
					return false
				}
			}
			if want == rejected && !hit {
				return false
			}
		}
		return true
	}
	switch {
	case all(rejected):
		return rejected
	case all(accept):
		return accept
	}
	return unknown
}

// argTable returns the map literal e, a table passed to call, is: the
// literal written in place, a table mapLiteral reads, or a local declared
// with a literal and used only there.
func (c *checker) argTable(e ast.Expr, call *ast.CallExpr) *ast.CompositeLit {
	if lit, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
		return lit
	}
	if lit, _ := c.mapLiteral(e); lit != nil {
		return lit
	}
	return c.localTable(c.file, e, call)
}

// localTable returns the map literal e, a local of file passed to call,
// is declared with, when call is its only use; nil otherwise.
func (c *checker) localTable(file *ast.File, e ast.Expr, call *ast.CallExpr) *ast.CompositeLit {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Pos() < call.Pos() || id.End() > call.End() {
		return nil
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.IsField() || v.Parent() == nil || v.Parent() == c.pass.Pkg.Scope() {
		return nil
	}
	var lit *ast.CompositeLit
	uses := 0
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE && len(n.Lhs) == 1 && len(n.Rhs) == 1 {
				if l, ok := n.Lhs[0].(*ast.Ident); ok && c.pass.TypesInfo.Defs[l] == v {
					lit, _ = ast.Unparen(n.Rhs[0]).(*ast.CompositeLit)
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == 1 && len(n.Values) == 1 && c.pass.TypesInfo.Defs[n.Names[0]] == v {
				lit, _ = ast.Unparen(n.Values[0]).(*ast.CompositeLit)
			}
		case *ast.Ident:
			if c.pass.TypesInfo.Uses[n] == v {
				uses++
			}
		}
		return true
	})
	if uses != 1 {
		return nil // added to, changed or passed elsewhere: its rows are not the literal's
	}
	return lit
}
