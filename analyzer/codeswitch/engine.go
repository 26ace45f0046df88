package codeswitch

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/codes"
)

// A rules engine is a fallback lookup (fallback.go) whose table is a
// slice of rule rows in a field of its receiver and whose default is
// another field of it, often in a package of its own:
//
//	type Engine struct {
//		Rules    []Rule // Rule{Match func(int64) bool; Verdict Verdict}
//		Fallback Verdict
//	}
//	func (e Engine) Decide(code int64) (Verdict, string) {
//		for _, r := range e.Rules {
//			if r.Match(code) {
//				return r.Verdict, r.Name
//			}
//		}
//		return e.Fallback, "fallback"
//	}
//
// A row matches the code by a function field called with it (r.Match(code)),
// a list field holding it (slices.Contains(r.Codes, code)) or a field equal
// to it (r.Code == code); the first matching row's value field answers.
// The fallbackFact of such a method names the fields (Rows, Match, Value,
// Fallback; Result, the result answering them). A matcher is a function
// literal in place (func(c int64) bool { return c == X || c == Y }) or the
// call of a matcher builder carrying a matcherFact: one returning a
// function literal testing its argument's membership in its list or
// variadic parameter (rules.Is(X, Y)), or its range between two
// parameters (rules.Between(lo, hi)), given constants.
//
// A call of the method on a variable declared with a literal of the
// engine (var stepUpPolicy = rules.Engine{Rules: ..., Fallback: rules.Allow})
// is a fallback lookup in the table the rows make, first row first, with
// the literal's fallback as the default, judged as one: the default is
// Success's value when no row lists Success, and every code the rows do
// not list takes it. Reported at the call; no fix (the rules are data:
// list Success in a row and make the fallback reject).

// matcherFact marks a matcher builder: Kind "member" tests membership in
// parameter List; "range" tests Lo <= code <= Hi of those parameters.
type matcherFact struct {
	Kind         string
	List, Lo, Hi int
}

func (*matcherFact) AFact() {}
func (f *matcherFact) String() string {
	if f.Kind == "range" {
		return fmt.Sprintf("codeswitch(matcher range %d %d)", f.Lo, f.Hi)
	}
	return fmt.Sprintf("codeswitch(matcher member %d)", f.List)
}

// exportMatchers exports the matcherFact of every matcher builder of the
// package: a function whose body returns a function literal of one
// parameter answering a bool.
func exportMatchers(pass *analysis.Pass) {
	info := pass.TypesInfo
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil || fd.Recv != nil || len(fd.Body.List) != 1 || fd.Type.Results.NumFields() != 1 {
				continue
			}
			ret, ok := fd.Body.List[0].(*ast.ReturnStmt)
			if !ok || len(ret.Results) != 1 {
				continue
			}
			fl, ok := ast.Unparen(ret.Results[0]).(*ast.FuncLit)
			if !ok || fl.Type.Params.NumFields() != 1 || len(fl.Type.Params.List[0].Names) != 1 || fl.Type.Results.NumFields() != 1 {
				continue
			}
			fn, ok := info.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			if f := proveMatcher(info, fn, fl); f != nil {
				pass.ExportObjectFact(fn, f)
			}
		}
	}
}

// proveMatcher returns the fact of fn, whose body returns fl, when fl
// tests its parameter's membership in a list parameter of fn or its
// range between two of them.
func proveMatcher(info *types.Info, fn *types.Func, fl *ast.FuncLit) *matcherFact {
	p, _ := info.Defs[fl.Type.Params.List[0].Names[0]].(*types.Var)
	if p == nil {
		return nil
	}
	sig := fn.Signature()
	param := func(e ast.Expr) int {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return -1
		}
		for i := 0; i < sig.Params().Len(); i++ {
			if info.Uses[id] == sig.Params().At(i) {
				return i
			}
		}
		return -1
	}
	isP := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == p
	}
	isList := func(i int) bool {
		if i < 0 {
			return false
		}
		_, ok := sig.Params().At(i).Type().Underlying().(*types.Slice)
		return ok
	}
	body := fl.Body.List
	switch len(body) {
	case 1:
		ret, ok := body[0].(*ast.ReturnStmt)
		if !ok || len(ret.Results) != 1 {
			return nil
		}
		switch e := ast.Unparen(ret.Results[0]).(type) {
		case *ast.CallExpr: // return slices.Contains(codes, c)
			f, _ := info.Uses[calleeIdent(e)].(*types.Func)
			if f == nil || f.Pkg() == nil || !containsFuncs[f.Pkg().Path()+"."+f.Name()] || len(e.Args) != 2 {
				return nil
			}
			if l := param(e.Args[0]); isList(l) && isP(e.Args[1]) {
				return &matcherFact{Kind: "member", List: l}
			}
		case *ast.BinaryExpr: // return c >= lo && c <= hi
			if e.Op != token.LAND {
				return nil
			}
			lo, hi := boundOf(e.X, isP, param), boundOf(e.Y, isP, param)
			if lo[0] >= 0 && hi[1] >= 0 && lo[1] < 0 && hi[0] < 0 {
				return &matcherFact{Kind: "range", Lo: lo[0], Hi: hi[1]}
			}
			if hi[0] >= 0 && lo[1] >= 0 && hi[1] < 0 && lo[0] < 0 {
				return &matcherFact{Kind: "range", Lo: hi[0], Hi: lo[1]}
			}
		}
	case 2: // for _, x := range codes { if x == c { return true } }; return false
		rng, ok := body[0].(*ast.RangeStmt)
		last, isRet := body[1].(*ast.ReturnStmt)
		if !ok || !isRet || len(last.Results) != 1 || !isIdent(last.Results[0], "false") || rng.Tok != token.DEFINE || len(rng.Body.List) != 1 {
			return nil
		}
		l := param(rng.X)
		val, _ := rng.Value.(*ast.Ident)
		if !isList(l) || val == nil {
			return nil
		}
		sv := info.Defs[val]
		isV := func(e ast.Expr) bool {
			id, ok := ast.Unparen(e).(*ast.Ident)
			return ok && sv != nil && info.Uses[id] == sv
		}
		ifs, ok := rng.Body.List[0].(*ast.IfStmt)
		if !ok || ifs.Init != nil || ifs.Else != nil || len(ifs.Body.List) != 1 {
			return nil
		}
		cmp, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
		if !ok || cmp.Op != token.EQL || !(isP(cmp.X) && isV(cmp.Y) || isV(cmp.X) && isP(cmp.Y)) {
			return nil
		}
		if ret, ok := ifs.Body.List[0].(*ast.ReturnStmt); !ok || len(ret.Results) != 1 || !isIdent(ret.Results[0], "true") {
			return nil
		}
		return &matcherFact{Kind: "member", List: l}
	}
	return nil
}

// boundOf reads e, a comparison of the parameter isP with a parameter of
// the builder: [lo, -1] for c >= lo (lo <= c), [-1, hi] for c <= hi (hi >=
// c); [-1, -1] for anything else.
func boundOf(e ast.Expr, isP func(ast.Expr) bool, param func(ast.Expr) int) [2]int {
	none := [2]int{-1, -1}
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok {
		return none
	}
	x, op, y := b.X, b.Op, b.Y
	if !isP(x) {
		x, y, op = y, x, swap(op)
	}
	if !isP(x) || param(y) < 0 {
		return none
	}
	switch op {
	case token.GEQ:
		return [2]int{param(y), -1}
	case token.LEQ:
		return [2]int{-1, param(y)}
	}
	return none
}

// proveEngine returns the fallbackFact of fn, a method whose body is a
// rules engine's (see above); nil otherwise.
func proveEngine(info *types.Info, fn *types.Func, list []ast.Stmt) *fallbackFact {
	sig := fn.Signature()
	if sig.Recv() == nil || sig.Params().Len() != 1 || sig.Results().Len() == 0 || len(list) != 2 {
		return nil
	}
	key := sig.Params().At(0)
	uses := func(e ast.Expr, v types.Object) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && v != nil && info.Uses[id] == v
	}
	// field returns the field of v e selects; "" for anything else.
	field := func(e ast.Expr, v types.Object) string {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok || !uses(sel.X, v) {
			return ""
		}
		if f, ok := info.Uses[sel.Sel].(*types.Var); ok && f.IsField() {
			return f.Name()
		}
		return ""
	}
	rng, ok := list[0].(*ast.RangeStmt)
	last, isRet := list[1].(*ast.ReturnStmt)
	if !ok || !isRet || rng.Tok != token.DEFINE || len(rng.Body.List) != 1 || len(last.Results) != sig.Results().Len() {
		return nil
	}
	if k, isID := rng.Key.(*ast.Ident); rng.Key != nil && (!isID || k.Name != "_") {
		return nil
	}
	rows := field(rng.X, sig.Recv())
	val, _ := rng.Value.(*ast.Ident)
	if rows == "" || val == nil {
		return nil
	}
	row := info.Defs[val]
	ifs, ok := rng.Body.List[0].(*ast.IfStmt)
	if !ok || ifs.Init != nil || ifs.Else != nil || len(ifs.Body.List) != 1 {
		return nil
	}
	found, ok := ifs.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(found.Results) != sig.Results().Len() {
		return nil
	}
	f := &fallbackFact{Table: -1, Key: 0, Default: -1, Recv: true, Rows: rows}
	switch cond := ast.Unparen(ifs.Cond).(type) {
	case *ast.CallExpr:
		if m := field(cond.Fun, row); m != "" && len(cond.Args) == 1 && uses(cond.Args[0], key) {
			f.Match, f.MatchKind = m, "func" // r.Match(code)
			break
		}
		fn, _ := info.Uses[calleeIdent(cond)].(*types.Func)
		if fn != nil && fn.Pkg() != nil && containsFuncs[fn.Pkg().Path()+"."+fn.Name()] && len(cond.Args) == 2 && uses(cond.Args[1], key) {
			f.Match, f.MatchKind = field(cond.Args[0], row), "list" // slices.Contains(r.Codes, code)
		}
	case *ast.BinaryExpr:
		if cond.Op == token.EQL {
			f.MatchKind = "eq" // r.Code == code
			if f.Match = field(cond.X, row); f.Match == "" || !uses(cond.Y, key) {
				if f.Match = field(cond.Y, row); !uses(cond.X, key) {
					f.Match = ""
				}
			}
		}
	}
	if f.Match == "" {
		return nil
	}
	for i := range found.Results {
		v, d := field(found.Results[i], row), field(last.Results[i], sig.Recv())
		if v != "" && d != "" {
			f.Value, f.Fallback, f.Result = v, d, i
			return f
		}
	}
	return nil
}

// checkEngine reports call, a call of the rules engine fn (fact f) on
// recv, when the rows of recv's literal leave Success to its fallback,
// which no row answers: every code they do not list takes it too.
func (c *checker) checkEngine(call *ast.CallExpr, f *fallbackFact, recv, key ast.Expr) {
	lit := c.engineLiteral(recv)
	if lit == nil {
		return
	}
	dflt := c.rowField(lit, f.Fallback)
	rowsExpr := c.rowField(lit, f.Rows)
	if dflt == nil || rowsExpr == nil {
		return
	}
	rows, ok := ast.Unparen(rowsExpr).(*ast.CompositeLit)
	if !ok {
		if rows = c.rowsLiteral(rowsExpr); rows == nil {
			return
		}
	}
	var keys, values, consts []ast.Expr
	seen := map[codes.ReturnCode]bool{}
	for _, elt := range rows.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		if u, ok := elt.(*ast.UnaryExpr); ok && u.Op == token.AND {
			elt = u.X
		}
		row, ok := ast.Unparen(elt).(*ast.CompositeLit)
		if !ok {
			return
		}
		m, v := c.rowField(row, f.Match), c.rowField(row, f.Value)
		if m == nil {
			continue // matches nothing
		}
		if v == nil {
			return // the zero value: not compared here
		}
		matched, ok := c.matchedCodes(m, f.MatchKind, &consts)
		if !ok {
			return
		}
		for _, code := range matched {
			if !seen[code] {
				seen[code] = true
				keys = append(keys, c.codeLit(code, m.Pos()))
				values = append(values, v)
			}
		}
	}
	if len(keys) == 0 || seen[codes.Success] || !c.failureKey(keys) || !c.noRowHolds(dflt, values) {
		return
	}
	info := c.pass.TypesInfo
	for i, k := range consts {
		consts[i] = c.unconverted(k) // int64(surepass.StOTPInvalid)
	}
	codeTyped := len(consts) > 0 && !slices.ContainsFunc(consts, func(k ast.Expr) bool { return !c.spid.IsCodeType(info.TypeOf(k)) })
	if !c.isCode(key) && !codeTyped && !slices.ContainsFunc(consts, c.isListed) && !c.spid.CodeConstants(info, consts) && !spid.CodeLiterals(info, consts) {
		return // another vendor's numbers (see codeRows)
	}
	if t := c.pass.TypesInfo.TypeOf(dflt); t == nil || !c.decisions(t, values) {
		return
	}
	missing, noun := c.unlisted(keys)
	if len(missing) == 0 {
		return
	}
	c.pass.Report(analysis.Diagnostic{
		Pos:      call.Pos(),
		End:      call.End(),
		Category: category,
		Message: fmt.Sprintf("fail-open table lookup over SurePassID return codes: %s gives %s, Success's value, to %d security-relevant %s the rules of %s do not list (%s) (no suggested fix: list Success in a rule and make the fallback reject)",
			types.ExprString(call.Fun), types.ExprString(dflt), len(missing), noun, types.ExprString(recv), names(missing)),
		Related: []analysis.RelatedInformation{{Pos: rows.Pos(), Message: "the rules, without Success"}},
	})
}

// codeLit returns a constant of no source standing for code (constValue
// reads it).
func (c *checker) codeLit(code codes.ReturnCode, pos token.Pos) ast.Expr {
	if c.synthVals == nil {
		c.synthVals = map[ast.Expr]constant.Value{}
	}
	k := &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: strconv.Itoa(int(code))}
	c.synthVals[k] = constant.MakeInt64(int64(code))
	return k
}

// matchedCodes returns the published codes m, a row's match field, holds
// for kind: "eq" a constant, "list" a list of constants (listed.go),
// "func" a function literal or a matcher builder's call; ok false when m
// is none of those. The constants it reads are added to consts.
func (c *checker) matchedCodes(m ast.Expr, kind string, consts *[]ast.Expr) ([]codes.ReturnCode, bool) {
	switch kind {
	case "eq":
		*consts = append(*consts, m)
		code, ok := c.constCode(m)
		return []codes.ReturnCode{code}, ok
	case "list":
		lit, _ := c.constList(m)
		if lit == nil {
			return nil, false
		}
		*consts = append(*consts, lit.Elts...)
		return c.codesOf(lit.Elts), true
	}
	switch e := ast.Unparen(m).(type) {
	case *ast.FuncLit:
		return c.litMatches(e, consts)
	case *ast.CallExpr:
		fn, _ := c.callee(e).(*types.Func)
		var f matcherFact
		if fn == nil || !c.pass.ImportObjectFact(fn.Origin(), &f) {
			return nil, false
		}
		switch f.Kind {
		case "member":
			if f.List >= len(e.Args) {
				return nil, false
			}
			args := e.Args[f.List:]
			if sig := fn.Signature(); e.Ellipsis.IsValid() || !sig.Variadic() || f.List != sig.Params().Len()-1 {
				// The list given whole: OneOf([]int32{...}), AnyOf(list...).
				lit, _ := c.constList(args[0])
				if lit == nil {
					return nil, false
				}
				args = lit.Elts
			}
			*consts = append(*consts, args...)
			var out []codes.ReturnCode
			for _, a := range args {
				code, ok := c.constCode(a)
				if !ok {
					return nil, false
				}
				out = append(out, code)
			}
			return out, true
		case "range":
			if f.Lo >= len(e.Args) || f.Hi >= len(e.Args) {
				return nil, false
			}
			*consts = append(*consts, e.Args[f.Lo], e.Args[f.Hi])
			lo, hi := c.constValue(e.Args[f.Lo]), c.constValue(e.Args[f.Hi])
			if lo == nil || hi == nil || lo.Kind() != constant.Int || hi.Kind() != constant.Int {
				return nil, false
			}
			var out []codes.ReturnCode
			for _, code := range published {
				v := constant.MakeInt64(int64(code))
				if constant.Compare(v, token.GEQ, lo) && constant.Compare(v, token.LEQ, hi) {
					out = append(out, code)
				}
			}
			return out, true
		}
	}
	return nil, false
}

// litMatches returns the published codes fl, a matcher written in place
// (func(c int64) bool { return c == X || c == Y }), is true for.
func (c *checker) litMatches(fl *ast.FuncLit, consts *[]ast.Expr) ([]codes.ReturnCode, bool) {
	if fl.Type.Params.NumFields() != 1 || len(fl.Type.Params.List[0].Names) != 1 || len(fl.Body.List) != 1 {
		return nil, false
	}
	ret, ok := fl.Body.List[0].(*ast.ReturnStmt)
	p := c.pass.TypesInfo.Defs[fl.Type.Params.List[0].Names[0]]
	if !ok || len(ret.Results) != 1 || p == nil {
		return nil, false
	}
	isP := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && c.pass.TypesInfo.Uses[id] == p
	}
	ast.Inspect(ret.Results[0], func(n ast.Node) bool {
		if b, ok := n.(*ast.BinaryExpr); ok {
			for _, x := range []ast.Expr{b.X, b.Y} {
				if c.constValue(x) != nil {
					*consts = append(*consts, x)
				}
			}
		}
		return true
	})
	s := subject{is: isP, base: func(ast.Expr) bool { return false }, tag: fl.Type.Params.List[0].Names[0]}
	var out []codes.ReturnCode
	for _, code := range published {
		switch c.evalCond(ret.Results[0], code, s) {
		case triTrue:
			out = append(out, code)
		case triUnknown:
			return nil, false
		}
	}
	return out, true
}

// engineLiteral returns the struct literal recv, a variable, is declared
// with (var p = rules.Engine{...}, or &rules.Engine{...}): a package-level
// variable of this package or a local never assigned again (rowsLiteral);
// nil for anything else.
func (c *checker) engineLiteral(recv ast.Expr) *ast.CompositeLit {
	if lit := c.rowsLiteral(recv); lit != nil {
		return lit
	}
	id, ok := ast.Unparen(recv).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Pkg() != c.pass.Pkg || v.Parent() != c.pass.Pkg.Scope() {
		return nil
	}
	for _, vs := range packageVarSpecs(c.pass.Files) {
		for i, name := range vs.Names {
			if c.pass.TypesInfo.Defs[name] == v && i < len(vs.Values) {
				if u, ok := ast.Unparen(vs.Values[i]).(*ast.UnaryExpr); ok && u.Op == token.AND {
					lit, _ := ast.Unparen(u.X).(*ast.CompositeLit)
					return lit
				}
			}
		}
	}
	return nil
}
