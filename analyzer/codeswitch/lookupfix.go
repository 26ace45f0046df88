package codeswitch

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/fixsafe"
	"github.com/surepasslint/surepasslint/codes"
)

// The fixes of the fallback lookups and handler dispatches (fallback.go,
// handlers.go). Both keep Success's answer and reject every other code
// the table does not list:
//
//   - a fallback lookup's default becomes a function literal, called in
//     place, that answers the default for Success and, for any other
//     code, the value the table gives a security-relevant code:
//     rules.Or(gates, rep.Code, func() gate { if rep.Code == Success {
//     return gateOpen }; return gateRetry }());
//   - a handler dispatch's accepting fallback first rejects every code
//     but Success with a return of a rejecting handler of the table (one
//     reading nothing of that handler's own): a function literal gets
//     if code != Success { return nil, errLocked } ahead of its body, a
//     function value is wrapped in such a literal calling it.
//
// Each needs the code read twice (a variable, a field, a getter), names
// that mean the same where they are written, and a type the file can
// spell; otherwise there is no fix and the message says why.

// noSource is why there is no fix when the file's source is missing or
// does not parse: the message then says nothing of a fix, as elsewhere.
const noSource = "the source is not available"

// fallbackFix returns the fix of a fallback lookup call passing table (lit
// its rows) and dflt, or why there is none.
func (c *checker) fallbackFix(call *ast.CallExpr, f *fallbackFact, lit *ast.CompositeLit, key, dflt ast.Expr) (analysis.SuggestedFix, string) {
	if c.source() == nil || !c.valid(call.Pos()) || !c.valid(call.End()) || !fixsafe.Parses(c.pass, call.Pos()) {
		return analysis.SuggestedFix{}, noSource
	}
	c.badPos = false
	if !pureCode(c.pass.TypesInfo, key) {
		return analysis.SuggestedFix{}, "the code is not a variable, a field or a getter, to be read twice"
	}
	sig, ok := c.pass.TypesInfo.TypeOf(call.Fun).(*types.Signature)
	if !ok || f.Default >= sig.Params().Len() {
		return analysis.SuggestedFix{}, "the helper's signature is not known"
	}
	typ, ok := c.typeText(sig.Params().At(f.Default).Type(), call.Pos())
	if !ok {
		return analysis.SuggestedFix{}, "the default's type cannot be spelled here"
	}
	success := c.render(key, codes.Success, call.Pos())
	if success == "" {
		return analysis.SuggestedFix{}, "no constant of " + c.pass.TypesInfo.TypeOf(key).String() + " stands for Success here"
	}
	reject := c.rejectingRow(lit, key, dflt, call.Pos())
	if reject == nil {
		return analysis.SuggestedFix{}, "no row of the table for a security-relevant code reads the same here"
	}
	indent := c.indent(call.Pos())
	text := fmt.Sprintf("func() %s {\n%s\tif %s == %s {\n%s\t\treturn %s\n%s\t}\n%s\treturn %s\n%s}()",
		typ, indent, c.text(key), success, indent, c.text(dflt), indent, indent, c.valueText(reject), indent)
	if c.badPos {
		return analysis.SuggestedFix{}, noSource
	}
	return analysis.SuggestedFix{
		Message:   "Answer " + c.valueText(reject) + " for every code but Success the table does not list",
		TextEdits: []analysis.TextEdit{{Pos: dflt.Pos(), End: dflt.End(), NewText: []byte(text)}},
	}, ""
}

// rejectingRow returns the value of the first row of lit keyed by a
// security-relevant code that reads the same at pos, is no function
// literal and differs from dflt; nil when there is none.
func (c *checker) rejectingRow(lit *ast.CompositeLit, key, dflt ast.Expr, pos token.Pos) ast.Expr {
	dv := c.pass.TypesInfo.Types[dflt]
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok || !overlaps(c.keyCodes(key, kv.Key), c.required) || !c.portable(kv.Value, pos) {
			continue
		}
		if vv := c.pass.TypesInfo.Types[kv.Value]; vv.IsNil() || dv.Value != nil && vv.Value != nil && vv.Value.String() == dv.Value.String() {
			continue
		}
		return kv.Value
	}
	return nil
}

// handlerFix returns the fix of a handler dispatch call passing the table
// of functions lit and the accepting fallback dflt, or why there is none.
func (c *checker) handlerFix(call *ast.CallExpr, lit *ast.CompositeLit, key, dflt ast.Expr) (analysis.SuggestedFix, string) {
	if c.source() == nil || !c.valid(call.Pos()) || !c.valid(call.End()) || !fixsafe.Parses(c.pass, call.Pos()) {
		return analysis.SuggestedFix{}, noSource
	}
	c.badPos = false
	if !pureCode(c.pass.TypesInfo, key) {
		return analysis.SuggestedFix{}, "the code is not a variable, a field or a getter, to be read twice"
	}
	sig, ok := c.pass.TypesInfo.TypeOf(dflt).(*types.Signature)
	if !ok {
		return analysis.SuggestedFix{}, "the fallback's type is not known"
	}
	at := dflt.Pos()
	fl, isLit := ast.Unparen(dflt).(*ast.FuncLit)
	if isLit {
		at = fl.Body.Lbrace + 1
	}
	ret := c.rejectingReturn(lit, sig, at)
	if ret == "" {
		return analysis.SuggestedFix{}, "no handler of the table rejects with a return that reads the same in the fallback"
	}
	if !c.portable(key, at) {
		return analysis.SuggestedFix{}, "the fallback's parameters hide the code"
	}
	if c.render(key, codes.Success, call.Pos()) == "" {
		return analysis.SuggestedFix{}, "no constant of " + c.pass.TypesInfo.TypeOf(key).String() + " stands for Success here"
	}
	test := c.failureTest(key, call.Pos())
	msg := "Reject every code but Success the table does not list, as its handlers do"
	if isLit {
		indent := c.indent(call.Pos()) + "\t"
		if len(fl.Body.List) > 0 {
			if start, own := c.lineStart(fl.Body.List[0].Pos()); own && start > fl.Body.Lbrace {
				indent = c.indent(fl.Body.List[0].Pos())
			}
		}
		text := fmt.Sprintf("\n%sif %s {\n%s\t%s\n%s}", indent, test, indent, ret, indent)
		if c.badPos {
			return analysis.SuggestedFix{}, noSource
		}
		return analysis.SuggestedFix{Message: msg, TextEdits: []analysis.TextEdit{{Pos: at, End: at, NewText: []byte(text)}}}, ""
	}
	// A function value: wrapped in a literal that rejects first.
	if sig.Variadic() {
		return analysis.SuggestedFix{}, "the fallback is variadic"
	}
	var params, args []string
	for i := 0; i < sig.Params().Len(); i++ {
		t, ok := c.typeText(sig.Params().At(i).Type(), call.Pos())
		if !ok {
			return analysis.SuggestedFix{}, "the fallback's parameter types cannot be spelled here"
		}
		name := fmt.Sprintf("arg%d", i)
		if _, obj := c.pass.Pkg.Scope().Innermost(call.Pos()).LookupParent(name, call.Pos()); obj != nil {
			return analysis.SuggestedFix{}, "a wrapper's parameter would hide " + name
		}
		params, args = append(params, name+" "+t), append(args, name)
	}
	var results []string
	for i := 0; i < sig.Results().Len(); i++ {
		t, ok := c.typeText(sig.Results().At(i).Type(), call.Pos())
		if !ok {
			return analysis.SuggestedFix{}, "the fallback's result types cannot be spelled here"
		}
		results = append(results, t)
	}
	res := strings.Join(results, ", ")
	if len(results) > 1 {
		res = "(" + res + ")"
	}
	indent := c.indent(call.Pos())
	text := fmt.Sprintf("func(%s) %s {\n%s\tif %s {\n%s\t\t%s\n%s\t}\n%s\treturn %s(%s)\n%s}",
		strings.Join(params, ", "), res, indent, test, indent, ret, indent, indent, c.text(dflt), strings.Join(args, ", "), indent)
	if c.badPos {
		return analysis.SuggestedFix{}, noSource
	}
	return analysis.SuggestedFix{Message: msg, TextEdits: []analysis.TextEdit{{Pos: dflt.Pos(), End: dflt.End(), NewText: []byte(text)}}}, ""
}

// rejectingReturn returns the text of a return statement of a rejecting
// handler of lit whose results read the same at pos and fit sig's
// results; "" when there is none.
func (c *checker) rejectingReturn(lit *ast.CompositeLit, sig *types.Signature, pos token.Pos) string {
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok || c.funcAnswers(kv.Value) != rejected {
			continue
		}
		body, hsig := c.funcValue(kv.Value)
		if body == nil || !types.Identical(hsig.Results(), sig.Results()) {
			continue
		}
	rets:
		for _, ret := range returnsOf(body) {
			if len(ret.Results) != sig.Results().Len() {
				continue
			}
			var texts []string
			for _, r := range ret.Results {
				if !c.portable(r, pos) {
					continue rets
				}
				texts = append(texts, c.valueText(r))
			}
			return "return " + strings.Join(texts, ", ")
		}
	}
	return ""
}

// pureCode reports whether e reads a code without effects, so that a fix
// may read it again: a variable, a field, a dereference, or a getter
// called without arguments on such an operand.
func pureCode(info *types.Info, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		_, ok := info.Uses[e].(*types.Var)
		return ok
	case *ast.SelectorExpr:
		if s := info.Selections[e]; s != nil {
			return s.Kind() == types.FieldVal && pureCode(info, e.X)
		}
		_, ok := info.Uses[e.Sel].(*types.Var) // a package's variable
		return ok
	case *ast.StarExpr:
		return pureCode(info, e.X)
	case *ast.CallExpr:
		sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
		if !ok || len(e.Args) != 0 {
			return false
		}
		s := info.Selections[sel]
		return s != nil && s.Kind() == types.MethodVal && strings.HasPrefix(sel.Sel.Name, "Get") && pureCode(info, sel.X)
	}
	return false
}

// typeText spells t at pos in this file, and reports whether it can: every
// package it names is imported under a name visible there, every named
// type is exported or this package's and not hidden.
func (c *checker) typeText(t types.Type, pos token.Pos) (string, bool) {
	scope := c.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		scope = c.pass.Pkg.Scope()
	}
	ok := true
	text := types.TypeString(t, func(p *types.Package) string {
		if p == c.pass.Pkg {
			return ""
		}
		for _, imp := range c.file.Imports {
			pn := c.pass.TypesInfo.PkgNameOf(imp)
			if pn == nil || pn.Imported() != p || pn.Name() == "_" || pn.Name() == "." {
				continue
			}
			if _, obj := scope.LookupParent(pn.Name(), pos); obj == pn {
				return pn.Name()
			}
		}
		ok = false
		return p.Name()
	})
	var visit func(t types.Type)
	seen := map[types.Type]bool{}
	visit = func(t types.Type) {
		if !ok || seen[t] {
			return
		}
		seen[t] = true
		switch t := t.(type) {
		case *types.Named:
			obj := t.Obj()
			if obj.Pkg() == c.pass.Pkg {
				if _, found := scope.LookupParent(obj.Name(), pos); found != obj {
					ok = false
				}
			} else if obj.Pkg() != nil && !obj.Exported() {
				ok = false
			}
			for i := 0; i < t.TypeArgs().Len(); i++ {
				visit(t.TypeArgs().At(i))
			}
		case *types.Alias:
			visit(types.Unalias(t))
		case *types.Pointer:
			visit(t.Elem())
		case *types.Slice:
			visit(t.Elem())
		case *types.Array:
			visit(t.Elem())
		case *types.Map:
			visit(t.Key())
			visit(t.Elem())
		case *types.Chan:
			visit(t.Elem())
		case *types.Signature:
			for i := 0; i < t.Params().Len(); i++ {
				visit(t.Params().At(i).Type())
			}
			for i := 0; i < t.Results().Len(); i++ {
				visit(t.Results().At(i).Type())
			}
		case *types.Struct, *types.Interface, *types.TypeParam:
			ok = false // not spelled: an anonymous struct or interface, a type parameter
		}
	}
	visit(t)
	return text, ok
}

// soleParamTable reports whether d, an if-else chain reading a table
// passed as a parameter (readsParamTable), is in a function of this
// package called exactly once: the table is then that call's literal, and
// a copy of the rejecting branch reading the parameter's row for a
// rejecting code (handlers[OTPInvalid]()) reads that literal's row. With
// more callers, another one's table may not list that code.
func (c *checker) soleParamTable(d *dispatch) bool {
	info := c.pass.TypesInfo
	var fn *types.Func
	for _, decl := range c.file.Decls {
		if fd, ok := decl.(*ast.FuncDecl); ok && fd.Body != nil && fd.Pos() <= d.stmt.Pos() && d.stmt.End() <= fd.End() {
			fn, _ = info.Defs[fd.Name].(*types.Func)
		}
	}
	if fn == nil {
		return false
	}
	calls := 0
	for _, f := range c.pass.Files {
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			if id, ok := n.(*ast.Ident); ok {
				if used, isFunc := info.Uses[id].(*types.Func); isFunc && used.Origin() == fn {
					if callOf(stack, id) == nil {
						calls += 2 // a function value: its calls are not seen
					}
					calls++
				}
			}
			stack = append(stack, n)
			return true
		})
	}
	return calls == 1
}
