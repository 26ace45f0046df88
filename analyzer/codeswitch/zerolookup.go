package codeswitch

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// A returned table lookup is a fallback lookup whose default is the
// element type's zero value: every code the table leaves out answers it.
//
//	var sessionGates = map[RC]Gate{RC_SessionTokenInvalid: GateClosed, ...}
//	return sessionGates[rep.ErrorCode], nil // GateOpen = iota for 9051 too
//
// When the table lists a failure code and the zero value accepts (a nil
// error, an enum's zero constant named as a grant, or the constant
// Success maps to in the enum's mirror table), every unlisted code is
// granted, whether the table leaves Success out (it gets the zero value)
// or lists it with the zero value. A comma-ok lookup whose ok is never
// read is the same lookup, and so is one kept in a local for a later
// switch when the table's own row for Success is the zero value. The fix
// tests the lookup's ok (zeroFix). Quiet: a lookup whose ok is tested, a zero
// value that rejects or names no grant (Deny = iota, Unknown), tables of
// text, statuses, bools, pointers or structs, and another vendor's codes.

// checkZeroLookup reports the results of ret that return a lookup, in a
// table keyed by return codes, whose zero value accepts.
func (c *checker) checkZeroLookup(ret *ast.ReturnStmt) {
	for _, r := range ret.Results {
		if idx := c.returnedLookup(r); idx != nil && !c.okTested(idx) {
			c.zeroLookup(idx, false)
		}
	}
}

// okTested reports whether the function around idx tests the ok of
// another lookup of idx's key in idx's table (the fix's if _, listed := t[k]; !listed {
// return GateClosed } before return t[k]).
func (c *checker) okTested(idx *ast.IndexExpr) bool {
	path, _ := astutil.PathEnclosingInterval(c.file, idx.Pos(), idx.End())
	var fn ast.Node
	for _, n := range path {
		if _, ok := n.(*ast.FuncDecl); ok {
			fn = n
			break
		}
		if _, ok := n.(*ast.FuncLit); ok {
			fn = n
			break
		}
	}
	if fn == nil {
		return false
	}
	for ok, at := range c.commaOK() {
		if at != idx && at.Pos() >= fn.Pos() && at.End() <= fn.End() && sameExpr(at.X, idx.X) && sameExpr(at.Index, idx.Index) && c.readsVar(ok) {
			return true
		}
	}
	return false
}

// checkHeldZero reports a lookup kept in a local for later (act :=
// policy[code], its ok unread, then a switch over act) when the table
// gives Success the zero value: every code it leaves out takes Success's
// answer, whatever the code does with it later. A local only returned is
// checkZeroLookup's.
func (c *checker) checkHeldZero(as *ast.AssignStmt) {
	if len(as.Rhs) != 1 || as.Tok != token.DEFINE {
		return
	}
	id, ok := as.Lhs[0].(*ast.Ident)
	if !ok {
		return
	}
	v, ok := c.pass.TypesInfo.Defs[id].(*types.Var)
	if !ok {
		return
	}
	idx := c.lookupValues()[v]
	if idx == nil || idx != ast.Unparen(as.Rhs[0]) || c.assignedAgain(v) || c.onlyReturned(v) {
		return
	}
	for ok, at := range c.commaOK() {
		if at == idx && c.readsVar(ok) {
			return // the ok is tested: the table's keys are told apart
		}
	}
	c.zeroLookup(idx, true)
}

// zeroLookup reports idx, a lookup in a table keyed by return codes, when
// the element type's zero value accepts (successRow: only when it is the
// value the table itself gives Success).
func (c *checker) zeroLookup(idx *ast.IndexExpr, successRow bool) {
	mt, ok := typex.Under(c.pass.TypesInfo, idx.X).(*types.Map)
	if !ok {
		return
	}
	lit, _ := c.mapLiteral(idx.X)
	if lit == nil {
		return
	}
	keys, values, ok := c.codeRows(lit, idx.Index)
	if !ok {
		return // another vendor's codes, ports, anything else
	}
	if !c.failureKey(keys) || !c.decisions(mt.Elem(), values) {
		return
	}
	zero := c.acceptingZero(mt.Elem())
	if successRow {
		zero = c.zeroSuccessRow(mt.Elem(), keys, values)
	}
	if zero == "" {
		return
	}
	missing, noun := c.unlisted(keys)
	if len(missing) == 0 {
		return
	}
	table := types.ExprString(idx.X)
	diag := analysis.Diagnostic{
		Pos:      idx.Pos(),
		End:      idx.End(),
		Category: category,
		Message: fmt.Sprintf("fail-open table lookup over SurePassID return codes: %s gives %s, the zero value, to %d security-relevant %s %s does not list (%s)",
			types.ExprString(idx), zero, len(missing), noun, table, names(missing)),
	}
	if fix, ok := c.zeroFix(idx, lit, keys); ok {
		diag.SuggestedFixes = []analysis.SuggestedFix{fix}
	} else {
		diag.Message += " (no suggested fix: test the lookup's ok and reject the codes the table does not list)"
	}
	if pos := c.definition(idx.Index, missing[0]); pos.IsValid() {
		diag.Related = []analysis.RelatedInformation{{
			Pos:     pos,
			Message: fmt.Sprintf("%s (%d), the first unlisted code", missing[0], int(missing[0])),
		}}
	}
	rel := "the table, without Success"
	if c.lookupHas(keys, codes.Success) {
		rel = "the table, whose unlisted codes get Success's value"
	}
	diag.Related = append(diag.Related, analysis.RelatedInformation{Pos: lit.Pos(), Message: rel})
	c.pass.Report(diag)
}

// openAtCallee reports whether idx, the lookup a call stands for
// (tableCall: func SessionVerdict(r Reason) Verdict { return
// verdictByReason[r] }, of this package or another by its fact), is
// reported in that function as checkZeroLookup reports its return: the
// table lists a failure code, its element type is a decision whose zero
// value accepts, and it leaves out a security-relevant code. A dispatch
// on the call that lets only those codes through is that finding again.
func (c *checker) openAtCallee(idx *ast.IndexExpr) bool {
	lit := c.callLits[idx.X]
	mt := c.tableType(idx.X)
	if lit == nil || mt == nil {
		return false
	}
	keys, values, ok := c.codeRows(lit, idx.Index)
	if !ok || !c.failureKey(keys) || !c.decisions(mt.Elem(), values) || c.acceptingZero(mt.Elem()) == "" {
		return false
	}
	missing, _ := c.unlisted(keys)
	return len(missing) > 0
}

// heldOrInit returns the held lookup d dispatches on (heldOf), or the
// one the init of its first if keeps (if rt := sess.Route(); rt ==
// RouteDenied {...}).
func (c *checker) heldOrInit(d *dispatch) *ast.IndexExpr {
	if idx := c.heldOf(d); idx != nil {
		return idx
	}
	ifs, ok := d.stmt.(*ast.IfStmt)
	if !ok || ifs.Init == nil || d.tag == nil || !c.heldInit(ifs.Init, d.tag) {
		return nil
	}
	return c.keptLookup(ifs.Init.(*ast.AssignStmt).Rhs[0])
}

// zeroSuccessRow returns the name of the zero constant of t, a table's
// integer enum element type, when the table's row for Success holds it;
// "" otherwise.
func (c *checker) zeroSuccessRow(t types.Type, keys, values []ast.Expr) string {
	if b, ok := t.Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
		return ""
	}
	info := c.pass.TypesInfo
	for i := range keys {
		if i >= len(values) || !c.lookupHas(keys[i:i+1], codes.Success) {
			continue
		}
		tv, ok := info.Types[values[i]]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int || constant.Sign(tv.Value) != 0 {
			return ""
		}
		return types.ExprString(values[i])
	}
	return ""
}

// returnedLookup returns the lookup r returns: r itself (return m[k]), or
// a local declared with it (v := m[k], v, _ := m[k], or v, ok := m[k]
// whose ok is never read), never assigned again and read only as a
// result of a return; nil otherwise.
func (c *checker) returnedLookup(r ast.Expr) *ast.IndexExpr {
	switch e := ast.Unparen(r).(type) {
	case *ast.IndexExpr:
		if t := c.pass.TypesInfo.TypeOf(e.X); t != nil {
			if _, ok := t.Underlying().(*types.Map); ok {
				return e
			}
		}
	case *ast.Ident:
		v, ok := c.pass.TypesInfo.Uses[e].(*types.Var)
		if !ok {
			return nil
		}
		idx := c.lookupValues()[v]
		if idx == nil || c.callLits[idx.X] != nil {
			return nil // none, or a call's (outnames.go)
		}
		for ok, at := range c.commaOK() {
			if at == idx && c.readsVar(ok) {
				return nil // the ok is tested: the table's keys are told apart
			}
		}
		if c.assignedAgain(v) || !c.onlyReturned(v) {
			return nil // tested or passed on: the walk judges it (held.go)
		}
		return idx
	}
	return nil
}

// readsVar reports whether the file reads v.
func (c *checker) readsVar(v *types.Var) bool {
	for id, obj := range c.pass.TypesInfo.Uses {
		if obj == v && id.Pos() >= c.file.Pos() && id.End() <= c.file.End() {
			return true
		}
	}
	return false
}

// assignedAgain reports whether the file assigns v after its declaration.
func (c *checker) assignedAgain(v *types.Var) bool {
	found := false
	ast.Inspect(c.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == v {
					found = true
				}
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && c.pass.TypesInfo.Uses[id] == v {
				found = true
			}
		}
		return !found
	})
	return found
}

// acceptingZero returns how a message names the zero value of t, a
// table's element type, when it accepts: "nil" for an error, the name of
// an enum's zero constant when it names a grant (Accepted, GateOpen,
// VerdictAllow), is what Success maps to in the enum's mirror table or is
// the verdict's grant (FeePaid beside FeeBlocked: admittingConst);
// "" otherwise (a zero that rejects or is unknown, any other type).
func (c *checker) acceptingZero(t types.Type) string {
	if typex.IsError(t) {
		return "nil"
	}
	return c.admittingConst(t, "0", false)
}

// admittingConst returns the name of a constant of t, a named integer
// enum, whose value is val (its exact text) and that accepts: named as a
// grant or as going on, or, where states, as the state a success leaves
// (replyCompleted, StepDone: see grantedStates), or what Success maps to
// in the enum's mirror table, or, the enum declaring a constant that
// refuses, one named neither as a refusal nor as unsettled (FeePaid
// beside FeeBlocked: the verdict's grant, see domainGrant); "" when there
// is none.
func (c *checker) admittingConst(t types.Type, val string, states bool) string {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || c.spid.IsCodeType(t) {
		return ""
	}
	if b, ok := n.Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
		return ""
	}
	scope := n.Obj().Pkg().Scope()
	for _, name := range scope.Names() {
		k, ok := scope.Lookup(name).(*types.Const)
		if !ok || !types.Identical(k.Type(), t) || k.Val().Kind() != constant.Int || k.Val().ExactString() != val {
			continue
		}
		lower := strings.ToLower(name)
		if containsAny(lower, rejectWords) || c.failureName(name) {
			return ""
		}
		if m := c.spid.MirrorOf(t); m != nil {
			if v, ok := m.Value(codes.Success); ok && v == k.Val().ExactString() {
				return name
			}
		}
		if grants(name) || goesOn(name) || states && grantedStateName(name) {
			return name
		}
		if !refuses(name, true) && !unsettled(name) && c.verdictEnum(n) {
			return name // GateBoarded beside GateDenied: the verdict's grant (decline.go)
		}
	}
	return ""
}

// goOnWords are the last words of an outcome's name saying the caller goes
// on as after a success (OutcomeContinue, ActionProceed, VerdictPass):
// the zero value of a table so named admits every code it leaves out.
var goOnWords = []string{"continue", "proceed", "pass", "admit", "resume"}

// goesOn reports whether name's last word is one of goOnWords, not negated
// (NoProceed).
func goesOn(name string) bool {
	words := splitWords(name)
	return len(words) > 0 && slices.Contains(goOnWords, words[len(words)-1]) && !negated(words)
}

// failureName reports whether a constant's name has a word of
// failureWords (GateLocked, ResultInvalid).
func (c *checker) failureName(name string) bool {
	for _, w := range splitWords(name) {
		for _, f := range failureWords {
			if w == f {
				return true
			}
		}
	}
	return false
}

// onlyReturned reports whether every read of v in the file is a result of
// a return statement (return v, nil), never a test or an argument, but
// for reads that are only logged (loggedOnly): a log line beside the
// return decides nothing.
func (c *checker) onlyReturned(v *types.Var) bool {
	returned, logged := 0, 0
	ast.Inspect(c.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				if id, ok := ast.Unparen(r).(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == v {
					returned++
				}
			}
		case *ast.CallExpr:
			if c.isLogging(n) { // flow.go
				for _, a := range n.Args {
					if id := c.loggedVar(a); id != nil && c.pass.TypesInfo.Uses[id] == v {
						logged++
					}
				}
			}
		}
		return true
	})
	reads := 0
	for id, obj := range c.pass.TypesInfo.Uses {
		if obj == v && id.Pos() >= c.file.Pos() && id.End() <= c.file.End() {
			reads++
		}
	}
	return reads == returned || returned > 0 && reads == returned+logged
}

// loggedVar returns the variable a logging call's argument a only shows:
// the variable itself (slog.Info("rechecked", "outcome", outcome)), its
// conversion (int(outcome)), its String method (outcome.String()) or a
// fmt function of it (fmt.Sprint(outcome)); nil for anything else, which
// may act on the value.
func (c *checker) loggedVar(a ast.Expr) *ast.Ident {
	switch e := ast.Unparen(a).(type) {
	case *ast.Ident:
		return e
	case *ast.CallExpr:
		if tv, ok := c.pass.TypesInfo.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return c.loggedVar(e.Args[0])
		}
		if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok && len(e.Args) == 0 && sel.Sel.Name == "String" {
			return c.loggedVar(sel.X)
		}
		if fn, ok := c.callee(e).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" && strings.HasPrefix(fn.Name(), "Sprint") && len(e.Args) == 1 {
			return c.loggedVar(e.Args[0])
		}
	}
	return nil
}

// zeroFix answers the codes the table leaves out with the table's value
// for its first security-relevant code (rejectingRow), where the lookup is kept or
// returned (Success passes unless the table lists it):
//
//	next := sweepPolicy[rep.ErrorCode]
//	if _, listed := sweepPolicy[rep.ErrorCode]; !listed {
//		next = StandingRevoke
//	}
//
//	if _, listed := sessionGates[rep.ErrorCode]; !listed && rep.ErrorCode != RCSuccess {
//		return GateClosed, nil
//	}
//	return sessionGates[rep.ErrorCode], nil
func (c *checker) zeroFix(idx *ast.IndexExpr, lit *ast.CompositeLit, keys []ast.Expr) (analysis.SuggestedFix, bool) {
	rej := c.rejectingRow(lit, idx.Index, nil, idx.Pos()) // lookupfix.go
	if rej == nil || c.source() == nil {
		return analysis.SuggestedFix{}, false
	}
	if tv := c.pass.TypesInfo.Types[rej]; tv.Value != nil && tv.Value.Kind() == constant.Int && constant.Sign(tv.Value) == 0 {
		return analysis.SuggestedFix{}, false // the row answers the zero value too
	}
	path, _ := astutil.PathEnclosingInterval(c.file, idx.Pos(), idx.End())
	var stmt ast.Stmt
	for _, n := range path {
		if st, ok := n.(ast.Stmt); ok {
			stmt = st
			break
		}
	}
	name := "listed"
	if scope := c.pass.Pkg.Scope().Innermost(idx.Pos()); scope != nil {
		if _, obj := scope.LookupParent(name, idx.Pos()); obj != nil {
			name = "inTable"
		}
	}
	test := "!" + name
	if !c.lookupHas(keys, codes.Success) {
		test += " && " + c.failureTest(idx.Index, idx.Pos())
	}
	head := fmt.Sprintf("if _, %s := %s[%s]; %s {", name, c.text(idx.X), c.text(idx.Index), test)
	indent := c.indent(stmt.Pos())
	switch st := stmt.(type) {
	case *ast.AssignStmt:
		if len(st.Rhs) != 1 || ast.Unparen(st.Rhs[0]) != idx || len(st.Lhs) == 0 {
			return analysis.SuggestedFix{}, false
		}
		at := st.End()
		tf := c.pass.Fset.File(at)
		if line := tf.Line(at); line < tf.LineCount() {
			at = tf.LineStart(line+1) - 1 // after a trailing comment
		}
		text := fmt.Sprintf("\n%s%s\n%s\t%s = %s\n%s}", indent, head, indent, c.text(st.Lhs[0]), c.valueText(rej), indent)
		return analysis.SuggestedFix{
			Message:   "Reject the codes the table does not list",
			TextEdits: []analysis.TextEdit{{Pos: at, End: at, NewText: []byte(text)}},
		}, true
	case *ast.ReturnStmt:
		start, ok := c.lineStart(st.Pos())
		if !ok {
			return analysis.SuggestedFix{}, false
		}
		results := c.text2(st.Pos(), idx.Pos()) + c.valueText(rej) + c.text2(idx.End(), st.End())
		text := fmt.Sprintf("%s%s\n%s\t%s\n%s}\n", indent, head, indent, results, indent)
		return analysis.SuggestedFix{
			Message:   "Reject the codes the table does not list",
			TextEdits: []analysis.TextEdit{{Pos: start, End: start, NewText: []byte(text)}},
		}, true
	}
	return analysis.SuggestedFix{}, false
}
