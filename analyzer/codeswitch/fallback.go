package codeswitch

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// A fallback lookup is a helper that looks a key up in a table it is
// passed and answers a default it is passed when the table has no row:
//
//	func Decide[D comparable](table map[int64]D, code int64, otherwise D) D {
//		if d, ok := table[code]; ok {
//			return d
//		}
//		return otherwise
//	}
//
// A call passing a table of failure codes that leaves out Success, and a
// default no row holds, gives the default to Success: it is the success
// value, and every code the table does not list takes it too:
//
//	switch mfagw.Decide(trustTable, resp.Code, trustGranted) {...}
//
// The finding is at the call. A table listing Success (the default then
// is what an unknown code gets: a retry, an escalation), a default some
// row holds, a table listing every security-relevant code and a table of
// log levels are quiet. The fix (lookupfix.go) keeps the default for
// Success and answers a rejecting row's value for the other codes.

// fallbackFact marks a fallback lookup: the indexes of its table, key and
// default parameters. Recv: the table is the receiver (Table is then
// -1); Calls: a handler dispatch, calling the table's element for a
// listed key and the default, a function, for the others (handlers.go).
// Rows: a rules engine (engine.go), the receiver's field holding the
// rows, matched by their field Match (MatchKind "func", "list" or "eq"),
// answering their field Value or the receiver's field Fallback as result
// Result.
type fallbackFact struct {
	Table, Key, Default int
	Recv, Calls         bool

	Rows, Match, MatchKind, Value, Fallback string
	Result                                  int
}

func (*fallbackFact) AFact() {}
func (f *fallbackFact) String() string {
	if f.Rows != "" {
		return fmt.Sprintf("engine(rows %s, %s %s, value %s, fallback %s)", f.Rows, f.MatchKind, f.Match, f.Value, f.Fallback)
	}
	kind, table := "fallback", fmt.Sprint(f.Table)
	if f.Calls {
		kind = "dispatch"
	}
	if f.Recv {
		table = "receiver"
	}
	return fmt.Sprintf("%s(table %s, key %d, default %d)", kind, table, f.Key, f.Default)
}

// exportFallbacks exports the fact of every fallback lookup of the package.
func exportFallbacks(pass *analysis.Pass) {
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			if f := proveFallback(pass.TypesInfo, fn, fd.Body.List); f != nil {
				pass.ExportObjectFact(fn, f)
			} else if f := proveEngine(pass.TypesInfo, fn, fd.Body.List); f != nil {
				pass.ExportObjectFact(fn, f) // engine.go
			}
		}
	}
}

// proveFallback returns the fact of fn when its body is
//
//	if v, ok := table[key]; ok { return v }
//	return dflt
//
// or v, ok := table[key]; if !ok { return dflt }; return v, with table,
// key and dflt parameters and one result, the table possibly the
// receiver; or, for a handler dispatch, return v(...) and return
// dflt(...), with any results; nil otherwise.
func proveFallback(info *types.Info, fn *types.Func, list []ast.Stmt) *fallbackFact {
	sig := fn.Signature()
	if sig.Results().Len() == 0 {
		return nil
	}
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
		if sig.Recv() != nil && info.Uses[id] == sig.Recv() {
			return recvIndex
		}
		return -1
	}
	// lookup matches v, ok := table[key] and returns v, ok and the index.
	lookup := func(st ast.Stmt) (v, ok types.Object, idx *ast.IndexExpr) {
		as, isAs := st.(*ast.AssignStmt)
		if !isAs || as.Tok != token.DEFINE || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
			return nil, nil, nil
		}
		idx, _ = ast.Unparen(as.Rhs[0]).(*ast.IndexExpr)
		vid, ok1 := as.Lhs[0].(*ast.Ident)
		oid, ok2 := as.Lhs[1].(*ast.Ident)
		if idx == nil || !ok1 || !ok2 {
			return nil, nil, nil
		}
		return info.Defs[vid], info.Defs[oid], idx
	}
	returns := func(list []ast.Stmt) ast.Expr {
		if len(list) != 1 {
			return nil
		}
		if r, ok := list[0].(*ast.ReturnStmt); ok && len(r.Results) == 1 {
			return r.Results[0]
		}
		return nil
	}
	uses := func(e ast.Expr, obj types.Object) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && obj != nil && info.Uses[id] == obj
	}
	var v, okv types.Object
	var idx *ast.IndexExpr
	var hit, dflt ast.Expr
	switch len(list) {
	case 2: // if v, ok := table[key]; ok { return v }; return dflt
		ifs, ok := list[0].(*ast.IfStmt)
		if !ok || ifs.Init == nil || ifs.Else != nil {
			return nil
		}
		v, okv, idx = lookup(ifs.Init)
		if idx == nil || !uses(ifs.Cond, okv) {
			return nil
		}
		hit, dflt = returns(ifs.Body.List), returns(list[1:])
	case 3: // v, ok := table[key]; if !ok { return dflt }; return v
		v, okv, idx = lookup(list[0])
		ifs, ok := list[1].(*ast.IfStmt)
		if idx == nil || !ok || ifs.Init != nil || ifs.Else != nil {
			return nil
		}
		not, ok := ast.Unparen(ifs.Cond).(*ast.UnaryExpr)
		if !ok || not.Op != token.NOT || !uses(not.X, okv) {
			return nil
		}
		hit, dflt = returns(list[2:]), returns(ifs.Body.List)
	default:
		return nil
	}
	if hit == nil || dflt == nil {
		return nil
	}
	hitCall, _ := ast.Unparen(hit).(*ast.CallExpr)
	dfltCall, _ := ast.Unparen(dflt).(*ast.CallExpr)
	calls := hitCall != nil && dfltCall != nil && !hitCall.Ellipsis.IsValid() && !dfltCall.Ellipsis.IsValid()
	if calls {
		hit, dflt = hitCall.Fun, dfltCall.Fun // return h(msg), return fallback()
	} else if sig.Results().Len() != 1 {
		return nil
	}
	if !uses(hit, v) {
		return nil
	}
	f := &fallbackFact{Table: param(idx.X), Key: param(idx.Index), Default: param(dflt), Calls: calls}
	if f.Table == recvIndex {
		f.Table, f.Recv = -1, true
	}
	if f.Table < 0 && !f.Recv || f.Key < 0 || f.Default < 0 {
		return nil
	}
	if calls {
		if _, ok := sig.Params().At(f.Default).Type().Underlying().(*types.Signature); !ok {
			return nil
		}
	}
	return f
}

// recvIndex stands for the receiver among a fallback lookup's parameters.
const recvIndex = -2

// checkFallbacks reports the calls of the file that give the success
// value to every code their table does not list, and the returned
// lookups that give it as the zero value (zerolookup.go). An error type's
// Unwrap, Cause, Is or As decides nothing (handback.go): its nil is "no
// cause", the error itself being the failure.
func (c *checker) checkFallbacks() {
	ast.Inspect(c.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			return !errorMethod(c.pass.TypesInfo, n)
		case *ast.CallExpr:
			c.checkFallback(n)
		case *ast.ReturnStmt:
			c.checkZeroLookup(n) // zerolookup.go
		case *ast.AssignStmt:
			c.checkHeldZero(n) // zerolookup.go
		}
		return true
	})
}

func (c *checker) checkFallback(call *ast.CallExpr) {
	var id *ast.Ident
	var recv ast.Expr
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = fun
	case *ast.SelectorExpr:
		id = fun.Sel
		if s := c.pass.TypesInfo.Selections[fun]; s != nil && s.Kind() == types.MethodVal {
			recv = fun.X // table.Or(code, dflt)
		}
	case *ast.IndexExpr: // an explicit instantiation: lookup[int, Verdict](...)
		id = typex.NameIdent(fun.X)
	case *ast.IndexListExpr:
		id = typex.NameIdent(fun.X)
	}
	if id == nil {
		return
	}
	fn, ok := c.pass.TypesInfo.Uses[id].(*types.Func)
	if !ok || (fn.Signature().Recv() != nil) != (recv != nil) {
		return
	}
	var f fallbackFact
	if !c.pass.ImportObjectFact(fn.Origin(), &f) || call.Ellipsis.IsValid() || f.Recv != (recv != nil) {
		return
	}
	if f.Rows != "" {
		if len(call.Args) == 1 {
			c.checkEngine(call, &f, recv, call.Args[0]) // engine.go
		}
		return
	}
	if f.Table >= len(call.Args) || f.Key >= len(call.Args) || f.Default >= len(call.Args) {
		return
	}
	table, key, dflt := recv, call.Args[f.Key], call.Args[f.Default]
	if !f.Recv {
		table = call.Args[f.Table]
	}
	if f.Calls {
		c.checkHandlers(call, fn, table, key, dflt) // handlers.go
		return
	}
	lit := c.argTable(table, call)
	mt, ok := typex.Under(c.pass.TypesInfo, table).(*types.Map)
	if lit == nil || !ok || logLevel(mt.Elem()) {
		return
	}
	keys, values, ok := c.codeRows(lit, key)
	if !ok {
		return // a table of something else (a case like those of casesNameCodes)
	}
	if c.lookupHas(keys, codes.Success) || !c.failureKey(keys) || !c.noRowHolds(dflt, values) || !c.decisions(mt.Elem(), values) {
		return
	}
	missing, noun := c.unlisted(keys)
	if len(missing) == 0 {
		return
	}
	diag := analysis.Diagnostic{
		Pos:      call.Pos(),
		End:      call.End(),
		Category: category,
		Message: fmt.Sprintf("fail-open table lookup over SurePassID return codes: %s gives %s, Success's value, to %d security-relevant %s %s does not list (%s)",
			types.ExprString(call.Fun), types.ExprString(dflt), len(missing), noun, types.ExprString(table), names(missing)),
	}
	if fix, why := c.fallbackFix(call, &f, lit, key, dflt); why == "" {
		diag.SuggestedFixes = []analysis.SuggestedFix{fix}
	} else if why != noSource {
		diag.Message += " (no suggested fix: " + why + ")"
	}
	if pos := c.definition(key, missing[0]); pos.IsValid() {
		diag.Related = []analysis.RelatedInformation{{
			Pos:     pos,
			Message: fmt.Sprintf("%s (%d), the first unlisted code", missing[0], int(missing[0])),
		}}
	}
	diag.Related = append(diag.Related, analysis.RelatedInformation{Pos: lit.Pos(), Message: "the table, without Success"})
	c.pass.Report(diag)
}

// codeRows is constRows of a table looked up with key, ok only when the
// table is keyed by return codes: key is one, or the keys are the
// constants or literals of published codes (not another vendor's codes,
// ports, anything else).
func (c *checker) codeRows(lit *ast.CompositeLit, key ast.Expr) (keys, values []ast.Expr, ok bool) {
	keys, values, ok = c.constRows(lit)
	info := c.pass.TypesInfo
	if !ok || !c.isCode(key) && !c.spid.CodeConstants(info, keys) && !spid.CodeLiterals(info, keys) {
		return nil, nil, false
	}
	return keys, values, true
}

// constRows splits a map literal into its keys and values; ok is false
// when a key is not a constant.
func (c *checker) constRows(lit *ast.CompositeLit) (keys, values []ast.Expr, ok bool) {
	for _, elt := range lit.Elts {
		kv, isKV := elt.(*ast.KeyValueExpr)
		if !isKV || !c.isConst(kv.Key) {
			return nil, nil, false
		}
		keys, values = append(keys, kv.Key), append(values, kv.Value)
	}
	return keys, values, true
}

// unlisted returns the required codes a table's keys do not list, and the
// noun naming them in a message.
func (c *checker) unlisted(keys []ast.Expr) ([]codes.ReturnCode, string) {
	var missing []codes.ReturnCode
	for _, code := range c.required {
		if !c.lookupHas(keys, code) {
			missing = append(missing, code)
		}
	}
	if len(missing) == 1 {
		return missing, "code"
	}
	return missing, "codes"
}

// failureKey reports whether keys list a published failure code.
func (c *checker) failureKey(keys []ast.Expr) bool {
	for _, code := range codes.All() {
		if code != codes.Success && c.lookupHas(keys, code) {
			return true
		}
	}
	return false
}

// noRowHolds reports whether dflt is the success value of a table of
// values: nil for a table of errors or pointers, or a constant no row
// holds.
func (c *checker) noRowHolds(dflt ast.Expr, values []ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[dflt]
	if !ok {
		return false
	}
	if tv.IsNil() {
		return true
	}
	if tv.Value == nil {
		return false
	}
	for _, v := range values {
		vt, ok := c.pass.TypesInfo.Types[v]
		if !ok || vt.Value == nil {
			return false // a value we cannot compare
		}
		if vt.Value.Kind() == tv.Value.Kind() && constant.Compare(vt.Value, token.EQL, tv.Value) {
			return false
		}
	}
	return true
}

// decisions reports whether values, a table's of elements of type t,
// decide: a bool, an error, a function, a pointer, or an enum (a named
// integer or string type) that no name marks as messages, a quantity or
// a decision's label, HTTP statuses aside. Text, counts and statuses
// picked for display (map[Code]string of user messages, map[Code]int of
// statuses) decide nothing, whatever their default.
func (c *checker) decisions(t types.Type, values []ast.Expr) bool {
	switch u := t.Underlying().(type) {
	case *types.Signature, *types.Pointer:
		return true
	case *types.Interface:
		return typex.IsError(t)
	case *types.Basic:
		if u.Kind() == types.Bool {
			return true
		}
		named, ok := types.Unalias(t).(*types.Named)
		if !ok || isQuantity(named) || containsAny(strings.ToLower(named.Obj().Name()), messageTypes) {
			return false // string, int: text, a count, a status
		}
		if u.Info()&types.IsString != 0 {
			return containsAny(strings.ToLower(named.Obj().Name()), decisionTypes) // type Verdict string
		}
		if u.Info()&types.IsInteger == 0 {
			return false
		}
		for _, v := range values {
			if !isHTTPStatus(c.pass.TypesInfo, v) {
				return true
			}
		}
	}
	return false
}

// logLevel reports whether t is a logging library's level.
func logLevel(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	path := n.Obj().Pkg().Path()
	return strings.Contains(n.Obj().Name(), "Level") &&
		(strings.HasSuffix(path, "log") || strings.Contains(path, "log/") || strings.Contains(path, "zap") || strings.Contains(path, "logrus") || strings.Contains(path, "zerolog"))
}
