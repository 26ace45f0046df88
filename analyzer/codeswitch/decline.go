package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// This file holds what the walk learns from Success's path beyond its
// statements: whether Success acts before it leaves (a clause that returns
// quietly then declines that action), which value Success returns (a
// clause returning another value of that type answers otherwise), and
// where Success's path starts when the dispatch is nested in a branch
// Success never takes.

// actsOnSuccess reports whether Success's path, as recorded, does
// something before leaving: a statement other than a return, or a return
// with a call (return w.gates.Open(ctx, id)).
func (w *walker) actsOnSuccess() bool {
	for n := range w.places {
		ret, ok := n.(*ast.ReturnStmt)
		if !ok || hasCall(ret.Results) {
			return true
		}
	}
	return false
}

// actsBeyondRedirect reports whether Success's path, as recorded, does
// more than redirect the client: it claims the shift, saves the session,
// sends the transfer, then redirects. A path that only redirects (a flash
// of "That code isn't right." and a redirect back to the list: the
// post/redirect/get refusal) declines that action, wherever it redirects.
func (w *walker) actsBeyondRedirect() bool {
	for n := range w.places {
		switch n := n.(type) {
		case *ast.ReturnStmt:
			if hasCall(n.Results) {
				return true
			}
		case *ast.ExprStmt:
			if call, ok := ast.Unparen(n.X).(*ast.CallExpr); ok {
				if isRedirect, _ := w.c.redirect(call); isRedirect {
					continue
				}
			}
			return true
		default:
			return true
		}
	}
	return false
}

// holdsRequired reports whether set holds a security-relevant code: a
// redirect that skips Success's action for one refuses it, for only other
// codes (case UserAlreadyEnrolled: on to the list) it is a success of
// another kind.
func (w *walker) holdsRequired(set codeSet) bool {
	return slices.ContainsFunc(w.c.required, set.has)
}

// defaultActs reports whether Success, listed in no clause, takes the
// dispatch's final else or default and acts there by a call other than
// logging (else { trust(device) }, default: release(locker)): that branch
// is what an approval does, and a listed clause that skips it declines it.
// Bookkeeping (n++, a local assigned) is no action.
func (w *walker) defaultActs() bool {
	if w.d.dflt == nil || w.d.dflt.node == nil {
		return false
	}
	for _, cl := range w.d.clauses {
		if slices.Contains(cl.codes, codes.Success) {
			return false
		}
	}
	in := w.d.dflt.node
	for n := range w.places {
		if n.Pos() < in.Pos() || n.End() > in.End() {
			continue
		}
		switch n := n.(type) {
		case *ast.ExprStmt, *ast.GoStmt, *ast.DeferStmt, *ast.SendStmt:
			return true
		case *ast.AssignStmt:
			if hasCall(n.Rhs) {
				return true
			}
		case *ast.ReturnStmt:
			if hasCall(n.Results) {
				return true
			}
		}
	}
	return false
}

// skippedDefault reports whether n, a statement on Success's path that a
// path which has done nothing yet meets first, lies after the dispatch
// whose default acts (see defaultActs): the path left its own clause
// without that action, and joins only the acknowledgement after it.
func (w *walker) skippedDefault(n ast.Node) bool {
	if !w.actsInDefault || w.record {
		return false
	}
	return n.Pos() >= w.dispatchEnd()
}

// dispatchEnd is where d's last statement ends: the switch, or the last if
// of a chain of consecutive ifs.
func (w *walker) dispatchEnd() token.Pos {
	end := w.d.stmt.End()
	if w.d.last != nil && w.d.last.End() > end {
		end = w.d.last.End()
	}
	if w.d.dflt != nil && w.d.dflt.node != nil && w.d.dflt.node.End() > end {
		end = w.d.dflt.node.End()
	}
	return end
}

// exitStatusApart reports whether r, a result of plain integer type t
// (int, not a named type: differsFromSuccess judges those), is a constant
// other than want, Success's constant result, in a dispatch nested in an
// error branch (inErrorBranch) where Success's path acts: the function
// answers a status its caller tells apart (an SSH command's exit status,
// return 1 where the enrolment that Success's path goes on to returns 0),
// and the code, known to be a failure there, is refused by it. A count or
// a delay mapped from the code (Success's path only returns) is not.
func (w *walker) exitStatusApart(r, want ast.Expr, t types.Type) bool {
	if b, ok := types.Unalias(t).(*types.Basic); !ok || b.Info()&types.IsInteger == 0 || !w.successActs {
		return false
	}
	info := w.c.pass.TypesInfo
	got, exp := info.Types[r].Value, info.Types[want].Value
	if got == nil || exp == nil || got.Kind() != constant.Int || exp.Kind() != constant.Int ||
		constant.Compare(got, token.EQL, exp) || isHTTPStatus(info, r) || isHTTPStatus(info, want) {
		return false
	}
	return w.c.inErrorBranch(w.d)
}

// inErrorBranch reports whether d sits where an error is known non-nil,
// so that the code it reads is not Success's: in the body of an if (of
// its function) testing an error non-nil (if err := sp.Assign(...); err
// != nil {...}), in the else of one testing it nil, or after an if
// without else that tests it nil and leaves (if err == nil { return 0 }).
func (c *checker) inErrorBranch(d *dispatch) bool {
	info := c.pass.TypesInfo
	errTest := func(cond ast.Expr) token.Token {
		b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
		if !ok || b.Op != token.NEQ && b.Op != token.EQL {
			return token.ILLEGAL
		}
		x, y := b.X, b.Y
		if info.Types[x].IsNil() {
			x, y = y, x
		}
		if !info.Types[y].IsNil() || !typex.IsError(info.TypeOf(x)) {
			return token.ILLEGAL
		}
		return b.Op
	}
	var stmt ast.Node = d.stmt
	for i := len(d.stack) - 1; i >= 0; i-- {
		switch n := d.stack[i].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return false
		case *ast.BlockStmt:
			for _, st := range n.List {
				if st.Pos() >= stmt.Pos() {
					break
				}
				if ifs, ok := st.(*ast.IfStmt); ok && ifs.Else == nil && errTest(ifs.Cond) == token.EQL && leaves(ifs.Body) {
					return true
				}
			}
		case *ast.IfStmt:
			if i+1 < len(d.stack) {
				next := d.stack[i+1]
				if next == n.Body && errTest(n.Cond) == token.NEQ || next == n.Else && errTest(n.Cond) == token.EQL {
					return true
				}
			}
		}
		stmt = d.stack[i]
	}
	return false
}

// quietResults reports whether every result is nil or a constant: a
// return that does nothing on its way out.
func quietResults(info *types.Info, results []ast.Expr) bool {
	for _, r := range results {
		tv, ok := info.Types[r]
		if !ok || (!tv.IsNil() && tv.Value == nil) {
			return false
		}
	}
	return true
}

// differsFromSuccess reports whether ret, reached by the codes of set,
// returns a value of an enum of the function's results (a named integer
// type, neither a return code nor a message type, whose Success's return
// is a constant) that
// differs from Success's for every code of set: the caller tells the
// answers apart (return Retry where Success returns Proceed), so the
// value is the rejection. A value looked up in a table by the code
// (return o, of o, ok := outcomes[code]) is the table's value for each
// code of set.
func (w *walker) differsFromSuccess(ret *ast.ReturnStmt, set codeSet, acted bool) bool {
	sr := w.successRet
	if sr == nil || w.multiRet || sr == ret || len(sr.Results) != len(ret.Results) || w.fl.sig.Results().Len() != len(ret.Results) {
		return false
	}
	info := w.c.pass.TypesInfo
	s := subject{is: w.isTag, base: w.isTagBase, tag: w.d.tag}
	acts := !acted && w.actsBeyondReturn()
	for i, r := range ret.Results {
		t := w.fl.sig.Results().At(i).Type()
		if typex.IsError(t) && info.Types[sr.Results[i]].IsNil() && w.rejectsForAll(r, t, set, s) {
			return true // return denial of denial, ok := denials[code], where Success returns nil
		}
		if isPayload(t) && w.c.value(sr.Results[i], t) == accept && w.rejectsForAll(r, t, set, s) {
			return true // return d of d, found := deviceRules[code], rows deny("..."), where Success returns allow (pkgvalues.go)
		}
		if w.exitStatusApart(r, sr.Results[i], t) {
			return true // return 1 where Success writes, acts and returns 0
		}
		if w.familyApart(r, sr.Results[i], t, set, s, acts) {
			return true // return store.StateFailed where Success returns store.StateSucceeded, untyped constants of one family
		}
		named, ok := t.(*types.Named)
		if !ok {
			continue
		}
		b, ok := named.Underlying().(*types.Basic)
		if !ok || b.Info()&(types.IsInteger|types.IsString) == 0 || w.c.spid.IsCodeType(t) ||
			containsAny(strings.ToLower(named.Obj().Name()), messageTypes) || isQuantity(named) {
			continue
		}
		if b.Info()&types.IsString != 0 && !w.c.grantedState(sr.Results[i], named) && !w.c.domainGrant(sr.Results[i], named, acts) {
			continue // a text type: only a state Success's return names as granted, or the verdict's grant, tells
		}
		want := info.Types[sr.Results[i]].Value
		if want == nil {
			continue
		}
		if tv := info.Types[r]; tv.Value != nil {
			if !constant.Compare(tv.Value, token.EQL, want) && namedConst(info, r) {
				return true
			}
			continue
		}
		all, n := true, 0
		for _, code := range published {
			if !set.has(code) {
				continue
			}
			n++
			v := w.c.lookedUpValue(r, code, s)
			if v == nil {
				all = false
				break
			}
			got := info.Types[v].Value
			if got == nil || got.Kind() != want.Kind() || constant.Compare(got, token.EQL, want) || !namedConst(info, v) {
				all = false
				break
			}
		}
		if all && n > 0 {
			return true
		}
	}
	return false
}

// grantedStates name, as the last word of a constant of a state type
// kept as text, the state a success leaves (StateEnrolled, "active"),
// beside successWords.
var grantedStates = []string{"enrolled", "active", "activated", "registered", "bound", "linked", "assigned", "provisioned", "done", "complete", "completed", "confirmed", "paired", "unlocked"}

// grantedState reports whether e, the value Success's path returns, is a
// constant of named, a state type kept as text (type EnrollState string),
// that stands for a success: named as what a success leaves
// (StateEnrolled, StatusActive, OutcomeApproved), or returned elsewhere in
// the package right after a test that the code is Success (if code ==
// Success { return StateBound, nil }). Where Success's path returns such a
// state, another constant of the type returned for a code is that code's
// refusal; a state that is neither (StatePending, "unknown") tells
// nothing.
func (c *checker) grantedState(e ast.Expr, named *types.Named) bool {
	k := usedConst(c.pass.TypesInfo, e)
	if k == nil || !types.Identical(k.Type(), named) {
		return false
	}
	words := splitWords(k.Name())
	if len(words) == 0 || negated(words) {
		return false
	}
	last := words[len(words)-1]
	return slices.Contains(successWords, last) || slices.Contains(grantedStates, last) || c.successStates()[k]
}

// refusalWords name, as any word of an enum's constant, an answer that
// refuses or stops the request (OutcomeRefused, StatusOnHold, NextRetry,
// ActionAbort), beside rejectWords and failureWords.
var refusalWords = []string{"refuse", "refused", "retry", "reprompt", "abort", "aborted", "halt", "halted", "hold", "held", "stop", "stopped", "cancel", "canceled", "cancelled", "challenge"}

// unsettledWords name, as any word of an enum's constant, an answer that
// settles nothing, which the callers refuse (OutcomeUnknown, StateNone,
// StatusPending, ResultUnhandled), or a log line's loudness (KindInfo,
// SeverityNotice): never a grant, whatever the enum's other constants.
var unsettledWords = []string{"unknown", "none", "unset", "unspecified", "undefined", "pending", "unhandled", "other", "default", "zero", "error", "failure", "info", "notice", "debug", "warn", "warning", "waiting", "queued", "todo", "noop", "skip", "skipped", "ignore", "ignored"}

// domainGrant reports whether e, the constant Success's path answers with
// where a listed code answers with another constant of named, is that
// enum's grant though no word list names it so: consumers name the grant
// in their own domain's words (OutcomeSigned, StatusShipped, Dispensed,
// GateBoarded), so its name is read only for what it is not, a refusal
// or an unsettled answer (refuses, unsettled), and the structure tells
// the rest: the enum is a verdict, declaring a constant that refuses
// (OutcomeRefused, StateLocked, StatusOnHold), or, where acts, Success's
// path does something (markSigned, Unlatch, queue.Push) that the listed
// code's path skips.
func (c *checker) domainGrant(e ast.Expr, named *types.Named, acts bool) bool {
	k := constIn(c.pass.TypesInfo, e, named)
	if k == nil || refuses(k.Name(), true) || unsettled(k.Name()) {
		return false
	}
	return acts || c.verdictEnum(named)
}

// constIn returns the constant of named that e names, or nil.
func constIn(info *types.Info, e ast.Expr, named *types.Named) *types.Const {
	k := usedConst(info, e)
	if k == nil || !types.Identical(k.Type(), named) {
		return nil
	}
	return k
}

// verdictEnum reports whether named's package declares a constant of
// named that refuses (see refuses; an Error, a log line's loudness, is
// none): the enum says whether the request goes on. Computed once per
// type.
func (c *checker) verdictEnum(named *types.Named) bool {
	if v, ok := c.refusing[named]; ok {
		return v
	}
	found := false
	if pkg := named.Obj().Pkg(); pkg != nil {
		scope := pkg.Scope()
		for _, name := range scope.Names() {
			if k, ok := scope.Lookup(name).(*types.Const); ok && types.Identical(k.Type(), named) && refuses(name, false) {
				found = true
				break
			}
		}
	}
	if c.refusing == nil {
		c.refusing = map[*types.Named]bool{}
	}
	c.refusing[named] = found
	return found
}

// refuses reports whether a constant's name says it refuses: a word of
// refusalWords or failureWords (but error, unless withError: a log line's
// loudness), or a part of rejectWords, not negated.
func refuses(name string, withError bool) bool {
	words := splitWords(name)
	if len(words) == 0 || negated(words) {
		return false
	}
	if containsAny(strings.ToLower(name), rejectWords) {
		return true
	}
	return slices.ContainsFunc(words, func(w string) bool {
		return slices.Contains(refusalWords, w) || (withError || w != "error") && slices.Contains(failureWords, w)
	})
}

// unsettled reports whether a constant's name has a word of
// unsettledWords.
func unsettled(name string) bool {
	return slices.ContainsFunc(splitWords(name), func(w string) bool { return slices.Contains(unsettledWords, w) })
}

// successStates returns the constants of text types the package returns
// first thing under an if testing that the code is Success, computed once
// per checker.
func (c *checker) successStates() map[*types.Const]bool {
	if c.okStates != nil {
		return c.okStates
	}
	c.okStates = map[*types.Const]bool{}
	info := c.pass.TypesInfo
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			ifs, ok := n.(*ast.IfStmt)
			if !ok || len(ifs.Body.List) == 0 {
				return true
			}
			ret, ok := ifs.Body.List[0].(*ast.ReturnStmt)
			if !ok || !c.onlySuccess(ifs.Cond) {
				return true
			}
			for _, r := range ret.Results {
				var id *ast.Ident
				switch x := ast.Unparen(r).(type) {
				case *ast.Ident:
					id = x
				case *ast.SelectorExpr:
					id = x.Sel
				}
				if k, ok := info.Uses[id].(*types.Const); ok && k.Val().Kind() == constant.String {
					c.okStates[k] = true
				}
			}
			return true
		})
	}
	return c.okStates
}

// quantityTypes are named integer types of the standard library whose
// values measure something (a delay, a size) rather than name an answer:
// a function mapping codes to one is cosmetic (how long the form waits).
var quantityTypes = map[string]bool{"time.Duration": true, "time.Month": true, "time.Weekday": true, "os.FileMode": true, "io/fs.FileMode": true}

// logLevels are the log levels of the logging libraries: a function
// mapping codes to one picks how loudly an answer is logged and decides
// nothing, whatever its zero value (slog.LevelInfo is 0).
var logLevels = map[string]bool{
	"log/slog.Level":                     true,
	"go.uber.org/zap/zapcore.Level":      true,
	"github.com/sirupsen/logrus.Level":   true,
	"github.com/rs/zerolog.Level":        true,
	"github.com/charmbracelet/log.Level": true,
	"k8s.io/klog/v2.Level":               true,
}

func isQuantity(n *types.Named) bool {
	obj := n.Obj()
	if obj.Pkg() == nil {
		return false
	}
	key := obj.Pkg().Path() + "." + obj.Name()
	return quantityTypes[key] || logLevels[key]
}

// namedConst reports whether e names a constant (Retry, policy.Deny): how
// an enum's answer is written. A quantity of a named integer type (15 *
// time.Minute, a backoff, a weight) is computed or written as a number; it
// differs from Success's zero without being a decision.
func namedConst(info *types.Info, e ast.Expr) bool {
	return usedConst(info, e) != nil
}

// usedConst returns the constant e names (Retry, policy.Deny), or nil.
func usedConst(info *types.Info, e ast.Expr) *types.Const {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return nil
	}
	k, _ := info.Uses[id].(*types.Const)
	return k
}

// rejectsForAll reports whether e, an element of a table looked up by the
// code, is for every code of set a value that rejects as a result of type
// t (a non-nil error: a sentinel, fmt.Errorf(...)); false when the table
// leaves one of them out, whose element is the zero value.
func (w *walker) rejectsForAll(e ast.Expr, t types.Type, set codeSet, s subject) bool {
	n := 0
	for _, code := range published {
		if !set.has(code) {
			continue
		}
		n++
		v := w.c.lookedUpElem(e, code, s)
		if v == nil || w.c.value(v, t) != rejected {
			return false
		}
	}
	return n > 0
}

// successHead returns the condition where Success's path starts when d is
// nested in the body of an if (or the else of one) that Success never
// enters, as its condition on the same response says (if resp.ErrorCode !=
// 0 { ...; if resp.Code() == DeviceNotFound {...}; reject }): the
// outermost such condition, and its value for Success. Else, with left
// set, the condition of an if before the dispatch that Success enters and
// leaves by (earlier.go). Nil when there is none.
func (c *checker) successHead(d *dispatch) (head ast.Expr, val, left bool) {
	root := rootObj(c.pass.TypesInfo, d.tag)
	if init := c.localInit(d.tag); init != nil && root == nil {
		root = rootObj(c.pass.TypesInfo, init)
	}
	if root == nil {
		return nil, false, false
	}
	s := subject{
		is: func(e ast.Expr) bool {
			if sameExpr(e, d.tag) {
				return true
			}
			// A predicate's subject (res.Code of res.OK(), built from its
			// fact: evalPredicate) is the code its fact proved it reads.
			_, typed := c.pass.TypesInfo.Types[e]
			if !c.isCode(e) && typed {
				return false
			}
			r := rootObj(c.pass.TypesInfo, e)
			if r == nil {
				if init := c.localInit(e); init != nil {
					r = rootObj(c.pass.TypesInfo, init)
				}
			}
			return r == root
		},
		base: func(e ast.Expr) bool {
			id, ok := stripRef(e).(*ast.Ident)
			return ok && c.pass.TypesInfo.Uses[id] == root
		},
	}
outer:
	for i := len(d.stack) - 2; i >= 0; i-- {
		switch n := d.stack[i].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			break outer
		case *ast.IfStmt:
			next := d.stack[i+1]
			if n.Init != nil {
				continue
			}
			v := c.evalCond(n.Cond, codes.Success, s)
			if (next == n.Body && v == triFalse) || (next == n.Else && v == triTrue) {
				head, val = n.Cond, v == triTrue
			}
		case *ast.ForStmt, *ast.RangeStmt, *ast.SelectStmt, *ast.TypeSwitchStmt, *ast.SwitchStmt:
			break outer
		}
	}
	if head == nil {
		// An if before the dispatch that Success enters and leaves by
		// (earlier.go).
		if head = c.successLeft(d, s, root); head != nil {
			return head, true, true
		}
	}
	return head, val, false
}

// rootObj returns the variable an expression reads its value from:
// resp of resp.ErrorCode, resp.Code(), *resp.Env.Code.
func rootObj(info *types.Info, e ast.Expr) types.Object {
	for e != nil {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			if obj, ok := info.Uses[x].(*types.Var); ok {
				return obj
			}
			return nil
		case *ast.SelectorExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.CallExpr:
			if len(x.Args) != 0 {
				return nil
			}
			sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
			if !ok {
				return nil
			}
			e = sel.X
		default:
			return nil
		}
	}
	return nil
}
