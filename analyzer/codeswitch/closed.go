package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/astutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// outcome is where a statement list leads (see "Fails closed" in doc.go).
type outcome int

const (
	fallOut  outcome = iota // reaches its end, or breaks out of the switch
	rejected                // fails closed
	accept                  // leaves without failing closed
	unknown                 // cannot tell: never reported
)

// classify returns where list leads. inClause is true for the body of a
// case clause, where an unlabeled break leaves the switch.
func (c *checker) classify(list []ast.Stmt, inClause bool) outcome {
	for _, s := range list {
		switch s := s.(type) {
		case *ast.ReturnStmt:
			return c.classifyReturn(s)
		case *ast.ExprStmt:
			if call, ok := ast.Unparen(s.X).(*ast.CallExpr); ok && (c.terminates(call) || c.writesFailure(call) || c.transitionRejects(call)) {
				return rejected
			}
		case *ast.AssignStmt:
			// err = ErrDenied, ok = false, res.Outcome = Denied: the
			// failure is returned later.
			if !c.effectOnly && c.assignsRejection(s) {
				return rejected
			}
			if call := discarded(s); call != nil && (c.terminates(call) || c.writesFailure(call)) {
				return rejected // _ = views.Result(false, msg).Render(ctx, w)
			}
		case *ast.BlockStmt:
			if o := c.classify(s.List, inClause); o != fallOut {
				return o
			}
		case *ast.BranchStmt:
			if s.Tok == token.BREAK && s.Label == nil && inClause {
				return fallOut
			}
			return unknown
		case *ast.IfStmt:
			if as, ok := s.Init.(*ast.AssignStmt); ok && len(as.Rhs) == 1 {
				// if err := views.Result(false, msg).Render(ctx, w); err != nil {...}
				if call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr); ok && (c.payloadRejects(call) || c.writesProtocolReject(call)) {
					return rejected
				}
			}
			if o := c.classifyIf(s, inClause); o != fallOut {
				return o
			}
		case *ast.LabeledStmt, *ast.GoStmt, *ast.SelectStmt:
			return unknown
		case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.ForStmt, *ast.RangeStmt:
			if c.effectOnly {
				return unknown // a helper may leave from within
			}
		}
	}
	return fallOut
}

// assignsRejection reports whether s assigns a rejection to a local
// variable (err = ErrDenied, ok = false), a decision or a failing flag to a
// field of one or of a parameter (res.Outcome = Denied, reply.OK = false),
// or a failing payload through a pointer (*reply = Reply{OK: false}).
func (c *checker) assignsRejection(s *ast.AssignStmt) bool {
	if len(s.Lhs) != len(s.Rhs) || s.Tok != token.ASSIGN {
		return false
	}
	for i, l := range s.Lhs {
		r := s.Rhs[i]
		if v := c.localVar(l); v != nil {
			if c.value(r, c.pass.TypesInfo.TypeOf(l)) == rejected && (!c.isStatusValue(r) || c.statusWritten(v)) {
				return true // err = ErrDenied; status = http.StatusForbidden, written later
			}
			if c.isDeny(r) && c.effectOf(v, s.Pos()) {
				return true // effect = "Deny", the policy's effect later (effects.go)
			}
			continue
		}
		if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && c.isLocal(sel) &&
			(c.isDecision(r) || c.carriesDecision(ast.Unparen(r)) || c.flagFails(sel.Sel.Name, r) || c.failureStatusField(sel.Sel.Name, r)) {
			return true
		}
		if star, ok := ast.Unparen(l).(*ast.StarExpr); ok && c.isLocal(star) && c.carriesDecision(ast.Unparen(r)) {
			return true // *reply = Reply{OK: false}
		}
	}
	return false
}

// discarded returns the call whose results s throws away (_ = f(), _, _
// = f()), nil for any other statement.
func discarded(s *ast.AssignStmt) *ast.CallExpr {
	if len(s.Rhs) != 1 || s.Tok != token.ASSIGN {
		return nil
	}
	for _, l := range s.Lhs {
		if id, ok := l.(*ast.Ident); !ok || id.Name != "_" {
			return nil
		}
	}
	call, _ := ast.Unparen(s.Rhs[0]).(*ast.CallExpr)
	return call
}

// isLocal reports whether e reads a field of a function-local variable
// (out.Decision).
func (c *checker) isLocal(e ast.Expr) bool {
	r, _ := chainOf(c.pass.TypesInfo, e)
	v, ok := r.(*types.Var)
	return ok && !v.IsField() && v.Pkg() != nil && v.Parent() != nil && v.Parent() != v.Pkg().Scope()
}

// classifyIf returns rejected for a catch-all failure check
// (if code != Success { reject }) and for an if whose every branch
// rejects; fallOut when the if may be passed over; accept or unknown when a
// branch leaves another way.
func (c *checker) classifyIf(s *ast.IfStmt, inClause bool) outcome {
	body := c.classify(s.Body.List, inClause)
	if body == rejected && !c.effectOnly && c.isFailureCheck(s.Cond) {
		return rejected
	}
	els := fallOut
	switch e := s.Else.(type) {
	case *ast.BlockStmt:
		els = c.classify(e.List, inClause)
	case *ast.IfStmt:
		els = c.classifyIf(e, inClause)
	}
	switch {
	case body == els:
		return body
	case body == rejected && els == fallOut, body == fallOut && els == rejected:
		return fallOut // a guard such as if rateLimited { return errBusy }
	case !c.effectOnly && c.onlySuccess(s.Cond):
		return fallOut // if code == Success { return nil }: Success is not required
	}
	return unknown
}

// isFailureCheck reports whether cond is code != Success (or 0 != code,
// code > 0) for a return code, or a call of codes.Envelope's Failed.
func (c *checker) isFailureCheck(cond ast.Expr) bool {
	switch e := ast.Unparen(cond).(type) {
	case *ast.BinaryExpr:
		x, y, op := e.X, e.Y, e.Op
		if c.isZero(x) {
			x, y = y, x
			if op == token.LSS {
				op = token.GTR
			}
		}
		return (op == token.NEQ || op == token.GTR) && c.isZero(y) && c.isCode(x)
	case *ast.CallExpr:
		if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Failed" {
			if fn, ok := c.pass.TypesInfo.Uses[sel.Sel].(*types.Func); ok {
				if recv := fn.Signature().Recv(); recv != nil {
					return typex.IsNamed(typex.Deref(recv.Type()), spid.CodesPath, "Envelope")
				}
			}
		}
	}
	return false
}

// onlySuccess reports whether cond is code == Success.
func (c *checker) onlySuccess(cond ast.Expr) bool {
	e, vals := c.equalities(cond)
	if e == nil {
		return false
	}
	for _, code := range c.codesOf(vals) {
		if code != codes.Success {
			return false
		}
	}
	return true
}

func (c *checker) isZero(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return false
	}
	code, ok := spid.CodeOf(tv.Value) // 0, 0.0 or "0"
	return ok && code == codes.Success
}

// classifyReturn: a return fails closed when one of its results does.
func (c *checker) classifyReturn(s *ast.ReturnStmt) outcome {
	if c.effectOnly {
		// A helper's result is not the caller's: only a failure
		// response written on the way out rejects.
		for _, e := range s.Results {
			if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && c.writesFailure(call) {
				return rejected
			}
			if c.failureResponse(e) {
				return rejected // a serverless response with a failure status (responses.go)
			}
		}
		return accept
	}
	sig := c.sig
	if sig == nil {
		sig = c.signature(s)
	}
	if sig == nil {
		return unknown
	}
	if len(s.Results) == 0 {
		if sig.Results().Len() > 0 {
			if own := c.signature(s); own == sig && lastResult(sig).Name() != "" && typex.IsError(lastResult(sig).Type()) && c.testedNonNil(lastResult(sig), s.Pos()) {
				return rejected // a named err tested non-nil (errpath.go)
			}
			return unknown // named results: cannot tell
		}
		return accept
	}
	if len(s.Results) != sig.Results().Len() {
		return unknown // return f() with a tuple, or a type error
	}
	if c.rejectTrue && len(s.Results) == 1 {
		// Rejected() bool: true rejects, false accepts.
		if tv, ok := c.pass.TypesInfo.Types[s.Results[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool {
			if constant.BoolVal(tv.Value) {
				return rejected
			}
			return accept
		}
	}
	if c.exitCode && len(s.Results) == 1 {
		if o := c.exitValue(s.Results[0]); o != unknown {
			return o // return 1 of Run(args []string) int (exitstatus.go)
		}
	}
	out := accept
	for i, e := range s.Results {
		switch c.value(e, sig.Results().At(i).Type()) {
		case rejected:
			return rejected
		case unknown:
			out = unknown
		}
	}
	return out
}

// value classifies a value returned or assigned as type t: rejected for a
// non-nil error (a call of an error constructor, a package-level error
// variable, an error literal), false, an HTTP failure status or a call
// carrying one, or codes.GenericMessage; accept for nil, true and other
// values; unknown for local variables not initialized to one of these and
// for other calls returning errors.
func (c *checker) value(e ast.Expr, t types.Type) outcome {
	info := c.pass.TypesInfo
	e = ast.Unparen(e)
	tv, ok := info.Types[e]
	if !ok || t == nil {
		return unknown
	}
	if tv.IsNil() {
		return accept
	}
	if c.isDecision(e) || c.carriesDecision(e) || c.policyDenies(e) {
		return rejected // Deny, Result{Decision: Reject}, policy(id, "Deny", arn)
	}
	if v := c.pinnedValue(e); v != nil && c.carriesDecision(ast.Unparen(v)) {
		return rejected // lockedOut of var lockedOut = Decision{Reason: "locked"} (pkgvalues.go)
	}
	if tv.Value != nil && tv.Value.Kind() == constant.String && c.rejectText != nil && e.Pos() >= c.rejectText.Pos() && e.End() <= c.rejectText.End() {
		if constant.StringVal(tv.Value) == "" {
			return accept // if reason := pushDenial(code); reason != "" { refuse } (emptytext.go)
		}
		return rejected
	}
	if tv.Value != nil && tv.Value.Kind() == constant.String && c.verdictText {
		return verdictWordOutcome(constant.StringVal(tv.Value)) // messages.go
	}
	if tv.Value != nil {
		switch {
		case tv.Value.Kind() == constant.Bool:
			if constant.BoolVal(tv.Value) {
				return accept
			}
			return rejected
		case isFailureStatus(tv.Value) && isHTTPStatus(info, e):
			return rejected
		case c.isGenericMessage(e):
			return rejected
		}
		return accept
	}
	if call, ok := e.(*ast.CallExpr); ok {
		if c.rejectingHelper(call) || c.payloadRejects(call) || c.envelopeRejects(call) || c.closureDecision(call) {
			return rejected // return s.deny(c, msg), return c.JSON(200, Resp{OK: false})
		}
		if isRedirect, errorPage := c.redirect(call); isRedirect {
			if errorPage {
				return rejected // return c.Redirect(302, "/login/failed")
			}
			return accept // return c.Redirect(302, next)
		}
		if c.wrapsRejection(call, t) {
			return rejected // return result.Fail[T](ErrLocked)
		}
		if isRPC, success := c.rpcError(call); isRPC && typex.IsError(t) {
			if success {
				return accept // status.Error(codes.OK, ""): no error
			}
			return rejected // connect.NewError(connect.CodePermissionDenied, err), twirp.PermissionDenied.Error(msg)
		}
		if typex.IsError(t) && (c.isErrorConstructor(call) || c.errorBuilder(call)) {
			return rejected // return nil, enrollError(codes.NotFound, ..., code) (errbuilders.go)
		}
		if status, ok := c.statusOf(call); ok {
			if status {
				return rejected
			}
			return accept
		}
		if c.writesResponse(call) {
			return accept // return c.JSON(body): a success response
		}
	}
	if c.failureResponse(e) {
		return rejected // return events.APIGatewayProxyResponse{StatusCode: 403}, nil (responses.go)
	}
	if c.responderRejects(e) {
		return rejected // return login.NewLoginUnauthorized() (responders.go)
	}
	if !typex.IsError(t) && !isBool(t) {
		return accept
	}
	if v := c.localVar(e); v != nil {
		if typex.IsError(t) && c.testedNonNil(v, e.Pos()) {
			return rejected // if err != nil { ...; return nil, err } (errpath.go)
		}
		init := c.localInit(e)
		if init == nil {
			if c.declaredWithoutValue(v) {
				if isBool(t) {
					return rejected // the zero value false
				}
				return accept // a nil error
			}
			return unknown
		}
		return c.value(init, t)
	}
	if !typex.IsError(t) {
		return unknown
	}
	switch e := e.(type) {
	case *ast.CallExpr:
		if c.isErrorConstructor(e) {
			return rejected
		}
	case *ast.CompositeLit:
		return rejected
	case *ast.UnaryExpr:
		if _, ok := e.X.(*ast.CompositeLit); ok && e.Op == token.AND {
			return rejected
		}
	case *ast.Ident, *ast.SelectorExpr:
		if v, ok := c.objOf(e).(*types.Var); ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
			return rejected // a sentinel such as ErrDenied
		}
	}
	return unknown
}

// wrapsRejection reports whether call, a value of type t, wraps an error
// that rejects: t (or what it points to) is a struct holding an error
// field, neither an error nor a bool, and an argument of call is a
// non-nil error as value says (return result.Fail[Payout](ErrLocked),
// return mo.Err[User](fmt.Errorf(...)), return NewOutcome(nil,
// &VerifyError{...})): a generic result type carrying the failure.
func (c *checker) wrapsRejection(call *ast.CallExpr, t types.Type) bool {
	if typex.IsError(t) || isBool(t) || !holdsError(t) {
		return false
	}
	errType := types.Universe.Lookup("error").Type()
	errIface, _ := errType.Underlying().(*types.Interface)
	for _, a := range call.Args {
		at := c.pass.TypesInfo.TypeOf(a)
		if b, ok := at.(*types.Basic); at == nil || (ok && (b.Info()&types.IsUntyped != 0 || b.Kind() == types.Invalid)) {
			continue // nil, a constant, code with type errors
		}
		if errIface != nil && types.Implements(at, errIface) && c.value(a, errType) == rejected {
			return true
		}
	}
	return false
}

// holdsError reports whether t, or the type it points to, is a struct with
// a field of type error.
func holdsError(t types.Type) bool {
	if p, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := types.Unalias(t).Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if typex.IsError(st.Field(i).Type()) {
			return true
		}
	}
	return false
}

// rejectWords mark a decision constant that rejects (DecisionDeny,
// OutcomeRejected, Blocked), case aside.
var rejectWords = []string{"deny", "denied", "reject", "forbid", "unauthori", "block", "fail"}

// isDecision reports whether e is a constant of a named decision type
// (see decisionTypes) whose name says it rejects (Deny, OutcomeRejected):
// a decision expressed as data. Return codes (sp.PartnerLoginFailed) and
// HTTP statuses are not decisions.
func (c *checker) isDecision(e ast.Expr) bool {
	k, ok := c.objOf(ast.Unparen(e)).(*types.Const)
	if !ok || k.Pkg() == nil || k.Pkg().Path() == spid.CodesPath || strings.HasPrefix(k.Name(), "Status") {
		return false
	}
	n, named := types.Unalias(k.Type()).(*types.Named)
	if !named || c.spid.IsCodeType(k.Type()) {
		return false
	}
	if tn := strings.ToLower(n.Obj().Name()); !containsAny(tn, decisionTypes) && !containsAny(tn, stateTypes) || containsAny(tn, messageTypes) {
		return false
	}
	return containsAny(strings.ToLower(k.Name()), rejectWords) || containsAny(strings.ToLower(n.Obj().Name()), decisionTypes) && notSuccess(k, n)
}

// decisionTypes mark the name of a type whose values are decisions
// (Decision, AuthOutcome, LoginStatus); a message type (type Msg string)
// is none, so a switch mapping codes to messages decides nothing.
var decisionTypes = []string{"decision", "outcome", "verdict", "result", "action", "effect", "access", "permission", "auth", "status"}

// messageTypes mark a type of messages, whatever else its name says
// (AuthMessage, StatusText).
var messageTypes = []string{"message", "msg", "text", "notice", "label"}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// carriesDecision reports whether e is a struct literal, or its address,
// with a field set to a rejecting decision (Result{Decision: Reject}).
func (c *checker) carriesDecision(e ast.Expr) bool {
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return false
	}
	t := c.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem() // {Note: "locked"}, a row of a map[K]*Grant
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
	case *types.Map:
		// A payload map (fiber.Map, gin.H, map[string]any): its string
		// keys are the fields.
		if b, ok := u.Key().Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
			return false
		}
	default:
		return false
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok && (c.isDecision(kv.Value) || c.failureField(kv)) {
			return true
		}
	}
	if st, ok := t.Underlying().(*types.Struct); ok {
		return c.flagLeftFalse(lit, st)
	}
	return false
}

// flagLeftFalse reports whether lit, a keyed literal of struct st, leaves
// out a success flag (Allow, OK, ...) that a literal of the file sets to
// true: the zero value false says the payload failed (Verdict{Reason:
// "locked"} where success returns Verdict{Allow: true}).
func (c *checker) flagLeftFalse(lit *ast.CompositeLit, st *types.Struct) bool {
	set := map[string]bool{}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return false // positional: every field is given
		}
		if id, ok := kv.Key.(*ast.Ident); ok {
			set[id.Name] = true
			if v, ok := c.constBool(kv.Value); ok && v == "1" && completionFlag(id.Name) {
				// recoverPage{Done: true} beside recoverPage{Verified:
				// true} for the step before: the page of a later step,
				// which leaves the earlier step's flag out.
				return false
			}
		}
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if !set[f.Name()] && isBool(f.Type()) && slices.Contains(successFields, strings.ToLower(f.Name())) && c.trueFlags()[f] {
			return true
		}
	}
	return false
}

// trueFlags returns the success flags (struct fields) some literal of the
// file, or of a package-level variable's value (var allow =
// Decision{Allow: true}), sets to the constant true; built on first use.
func (c *checker) trueFlags() map[*types.Var]bool {
	if c.flagsTrue != nil {
		return c.flagsTrue
	}
	c.flagsTrue = map[*types.Var]bool{}
	ast.Inspect(c.file, c.markTrueFlag)
	if c.sums != nil {
		for _, v := range c.varValues() {
			ast.Inspect(v, c.markTrueFlag)
		}
	}
	return c.flagsTrue
}

// markTrueFlag records in c.flagsTrue the field n, a key-value pair of a
// literal, sets to the constant true, when it is a success flag.
func (c *checker) markTrueFlag(n ast.Node) bool {
	kv, ok := n.(*ast.KeyValueExpr)
	if !ok {
		return true
	}
	id, ok := kv.Key.(*ast.Ident)
	if !ok {
		return true
	}
	f, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || !f.IsField() || !slices.Contains(successFields, strings.ToLower(f.Name())) {
		return true
	}
	if v, ok := c.constBool(kv.Value); ok && v == "1" {
		c.flagsTrue[f] = true
	}
	return true
}

// successFields and errorFields name the fields of a response payload
// that say it failed: Success: false, Error: "That code did not work.".
var (
	successFields = []string{"ok", "success", "succeeded", "authenticated", "allow", "allowed", "valid", "verified", "approved", "granted",
		"accept", "accepted", "approve", "permit", "permitted", "grant", // a decision's own verb (Decision{Accept: true})
		"answercorrect", "issuetokens", "isauthorized", "isauthenticated"} // Cognito's triggers, Lambda authorizers
	errorFields = []string{"error", "err"}
	// failFields are flags whose true says the payload failed
	// (FailAuthentication of Cognito's define-challenge trigger, Denied).
	failFields = []string{"failauthentication", "denied", "rejected", "refused", "blocked"}
	// failFlagWords end a flag's name whose true says the request is not
	// let through (Outcome{Deny: true}, Result{AccountLocked: true},
	// Decision{Challenge: true}: asked for more, refused this time). A
	// bare Lock is not among them: it may guard a resource.
	failFlagWords = map[string]bool{
		"deny": true, "denied": true, "reject": true, "rejected": true, "refuse": true, "refused": true,
		"block": true, "blocked": true, "abort": true, "locked": true, "lockout": true, "lockedout": true, "forbidden": true, "failed": true,
		"challenge": true, "challenged": true, "suspended": true, "revoked": true,
	}
	// neededWords ask for what follows or precedes them (NeedsStepUp,
	// StepUpRequired): a step-up so named is still owed, while a bare
	// "stepUp": true may report one passed.
	neededWords = map[string]bool{"need": true, "needs": true, "require": true, "requires": true, "must": true, "required": true, "needed": true}
)

// completionWords end a flag's name whose true says a step of the flow
// is done (Done, PasswordReset, CodeSent, Enrolled): a payload so flagged
// reports progress, not a refusal, whatever success flag it leaves out.
var completionWords = map[string]bool{
	"done": true, "complete": true, "completed": true, "finished": true, "sent": true,
	"saved": true, "created": true, "enrolled": true, "linked": true, "registered": true,
	"reset": true, "changed": true, "updated": true, "activated": true,
}

// completionFlag reports whether a bool flag so named says, set to true,
// that a step is done (completionWords as its last word, no negation
// before it: NotDone aside).
func completionFlag(name string) bool {
	words := splitWords(name)
	return len(words) > 0 && !negated(words) && completionWords[words[len(words)-1]]
}

// failFlag reports whether a bool flag so named (any case; Deny,
// IsBlocked, NeedsStepUp, account_locked, StepUpRequired) says, set to
// true, that the payload refuses: one of failFields, or a name whose last
// word (before required or needed) is one of failFlagWords, no negation
// before it (NotBlocked, Unlocked aside).
func failFlag(name string) bool {
	if slices.Contains(failFields, strings.ReplaceAll(strings.ToLower(name), "_", "")) {
		return true
	}
	words := splitWords(name)
	needed := false
	if n := len(words); n > 1 && neededWords[words[n-1]] {
		words, needed = words[:n-1], true // StepUpRequired
	}
	n := len(words)
	if n == 0 || negated(words) {
		return false
	}
	needed = needed || n > 1 && neededWords[words[0]] // NeedsStepUp
	last := words[n-1]
	if n > 1 && (words[n-2] == "step" && last == "up" || words[n-2] == "locked" && last == "out") {
		last = words[n-2] + last // StepUp, LockedOut
	}
	return failFlagWords[last] || needed && last == "stepup"
}

// failureField reports whether kv, a field of a struct literal or a
// string key of a payload map ("allow": false), says the payload is a
// failure: a success flag set to false, or an error field set to a
// non-empty string constant or a non-nil error.
func (c *checker) failureField(kv *ast.KeyValueExpr) bool {
	var name string
	if key, ok := kv.Key.(*ast.Ident); ok {
		name = key.Name
	} else if tv, ok := c.pass.TypesInfo.Types[kv.Key]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		name = strings.ReplaceAll(constant.StringVal(tv.Value), "-", "_") // "step-up" as StepUp
	} else {
		return false
	}
	return c.flagFails(name, kv.Value)
}

// flagFails reports whether value, given to the field or key name (any
// case: Allow, "allow", "step_up"), says a payload failed: false for a success flag, a non-empty
// string constant or a non-nil error for an error field. So does its
// assignment to a field of a local variable or a parameter (reply.OK =
// false in a net/rpc method, whose reply is the client's answer).
func (c *checker) flagFails(name string, value ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[value]
	if !ok {
		return false
	}
	flag := name
	name = strings.ReplaceAll(strings.ToLower(name), "_", "")
	switch {
	case slices.Contains(successFields, name):
		return tv.Value != nil && tv.Value.Kind() == constant.Bool && !constant.BoolVal(tv.Value)
	case failFlag(flag):
		return tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value)
	case slices.Contains(errorFields, name):
		if tv.Value != nil && tv.Value.Kind() == constant.String {
			return constant.StringVal(tv.Value) != ""
		}
		return typex.IsError(tv.Type) && c.value(value, tv.Type) == rejected
	}
	return false
}

// payloadRejects reports whether call writes a response (c.JSON(200,
// body), c.Status(200).JSON(body)) whose payload says it failed
// (LoginResponse{Success: false}).
func (c *checker) payloadRejects(call *ast.CallExpr) bool {
	if _, has := c.statusOf(call); !has && !c.writesResponse(call) {
		return false
	}
	if chainArg(call, func(arg ast.Expr) bool {
		inner, isCall := ast.Unparen(arg).(*ast.CallExpr)
		return c.carriesDecision(ast.Unparen(arg)) || isCall && c.flagArgFails(inner) // c.JSON(200, newResult(false, msg))
	}) {
		return true
	}
	for call != nil { // views.Result(false, msg).Render(ctx, w): a templ component
		if c.flagArgFails(call) {
			return true
		}
		sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !isSel {
			break
		}
		call, _ = ast.Unparen(sel.X).(*ast.CallExpr)
	}
	return false
}

// flagArgFails reports whether call passes a failing flag to a parameter
// named as a payload's field (see flagFails): false to ok or verified,
// true to denied, a non-empty text or a non-nil error to err. A
// component or payload built so (views.Result(ok bool, msg string))
// says it failed as a literal with that field does.
func (c *checker) flagArgFails(call *ast.CallExpr) bool {
	fn, ok := c.callee(call).(*types.Func)
	if !ok {
		return false
	}
	params := fn.Signature().Params()
	for i, arg := range call.Args {
		if i >= params.Len() || fn.Signature().Variadic() && i == params.Len()-1 {
			break
		}
		if c.flagFails(params.At(i).Name(), arg) {
			return true
		}
	}
	return false
}

// envelopes are the functions that wrap an RPC handler's reply message
// for the framework (connect.NewResponse(&pb.VerifyReply{...})): the
// message they wrap is the answer, as if returned directly.
var envelopes = map[string]bool{
	"connectrpc.com/connect.NewResponse":         true,
	"github.com/bufbuild/connect-go.NewResponse": true,
}

// envelopeRejects reports whether call wraps a reply message that says
// it failed (connect.NewResponse(&VerifyReply{Reason: "wrong code"})
// where success answers VerifyReply{Verified: true}).
func (c *checker) envelopeRejects(call *ast.CallExpr) bool {
	fn, ok := c.callee(call).(*types.Func)
	if !ok || fn.Pkg() == nil || len(call.Args) != 1 || !envelopes[fn.Pkg().Path()+"."+fn.Name()] {
		return false
	}
	return c.carriesDecision(ast.Unparen(call.Args[0]))
}

// chainArg reports whether an argument of call, or of a call it is
// chained on (c.Status(401).JSON(body)), satisfies f.
func chainArg(call *ast.CallExpr, f func(ast.Expr) bool) bool {
	for call != nil {
		for _, arg := range call.Args {
			if f(arg) {
				return true
			}
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			break
		}
		call, _ = ast.Unparen(sel.X).(*ast.CallExpr)
	}
	return false
}

// isErrorConstructor reports whether call builds a new error:
// errors.New, fmt.Errorf, status.Error, echo.NewHTTPError, pkgerrors.Wrap, ...
func (c *checker) isErrorConstructor(call *ast.CallExpr) bool {
	fn, ok := c.callee(call).(*types.Func)
	if !ok {
		return false
	}
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		return false
	}
	name := fn.Name()
	switch name {
	case "New", "Errorf", "Error", "Wrap", "Wrapf", "WithMessage", "WithMessagef", "Join":
		return true
	}
	return strings.HasPrefix(name, "New") && strings.Contains(name, "Err")
}

// terminates reports whether call ends the program or goroutine: panic,
// log.Fatal and friends, os.Exit, or a Fatal/Panic method of a logger.
func (c *checker) terminates(call *ast.CallExpr) bool {
	switch fn := c.callee(call).(type) {
	case *types.Builtin:
		return fn.Name() == "panic"
	case *types.Func:
		name := fn.Name()
		if fn.Pkg() != nil && fn.Pkg().Path() == "os" && name == "Exit" {
			return true
		}
		if fn.Pkg() != nil && fn.Pkg().Path() == "runtime" && name == "Goexit" {
			return true
		}
		return strings.HasPrefix(name, "Fatal") || strings.HasPrefix(name, "Panic")
	}
	return false
}

// writesFailure reports whether call writes a failure response: http.Error,
// or any call carrying an HTTP status of 400 or more (w.WriteHeader(401),
// c.AbortWithStatus(403), c.JSON(http.StatusUnauthorized, ...)), or
// codes.GenericMessage; or revokes a session (see revokes).
func (c *checker) writesFailure(call *ast.CallExpr) bool {
	if fn, ok := c.callee(call).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "net/http" && fn.Name() == "Error" {
		return true
	}
	if c.rejectingHelper(call) || c.payloadRejects(call) || c.revokes(call) || c.recordsError(call) || c.writesProtocolReject(call) {
		return true
	}
	if isRedirect, errorPage := c.redirect(call); isRedirect {
		return errorPage // http.Redirect(w, r, "/login?error=otp", 303)
	}
	if status, ok := c.statusOf(call); ok {
		return status
	}
	for _, arg := range call.Args {
		if c.isGenericMessage(arg) {
			return true
		}
	}
	return false
}

// errorRecorders are the methods by which a web framework's handler hands
// an error to the middleware that answers for it: gin's c.Error(err), a
// failure answer as echo's return err is.
var errorRecorders = []struct{ pkg, recv, name string }{
	{"github.com/gin-gonic/gin", "Context", "Error"},
}

// recordsError reports whether call hands a non-nil error to the
// framework's error middleware (see errorRecorders).
func (c *checker) recordsError(call *ast.CallExpr) bool {
	fn, ok := c.callee(call).(*types.Func)
	if !ok || fn.Pkg() == nil || len(call.Args) != 1 || c.pass.TypesInfo.Types[call.Args[0]].IsNil() {
		return false
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return false
	}
	n, ok := types.Unalias(typex.Deref(recv.Type())).(*types.Named)
	if !ok {
		return false
	}
	for _, r := range errorRecorders {
		if fn.Pkg().Path() == r.pkg && n.Obj().Name() == r.recv && fn.Name() == r.name {
			return true
		}
	}
	return false
}

// revokeNames are the name prefixes of functions and methods that end a
// user's session or access: sessions.Revoke(id), s.invalidateSession(sid),
// auth.Logout(w, r), store.SignOut(user), tokens.Deauthorize(t).
var revokeNames = []string{"revoke", "invalidate", "logout", "logoff", "signout", "deauthorize", "deauthenticate"}

// revokes reports whether call ends a session or an access: a function or
// method whose name starts with one of revokeNames, any case.
func (c *checker) revokes(call *ast.CallExpr) bool {
	fn, ok := c.callee(c.boundCall(call)).(*types.Func)
	if !ok {
		return false
	}
	name := strings.ToLower(fn.Name())
	for _, p := range revokeNames {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// rejectingHelper reports whether call calls a helper that rejects on
// every path (see summary.go).
func (c *checker) rejectingHelper(call *ast.CallExpr) bool {
	fn, ok := c.callee(c.boundCall(call)).(*types.Func)
	return ok && c.sums != nil && c.sums.rejects(fn)
}

// responseWriters are the methods of web framework contexts that write a
// response body (echo, fiber, gin); without a failure status they succeed.
var responseWriters = map[string]bool{
	"JSON": true, "JSONP": true, "XML": true, "String": true, "HTML": true, "Blob": true,
	"Send": true, "SendString": true, "Render": true, "Redirect": true, "NoContent": true,
	"WriteJSON": true, // a websocket connection's message (gorilla/websocket)
}

func (c *checker) writesResponse(call *ast.CallExpr) bool {
	fn, ok := c.callee(call).(*types.Func)
	return ok && fn.Signature().Recv() != nil && responseWriters[fn.Name()]
}

// statusOf returns whether call, or a call it is chained on
// (c.Status(401).JSON(...)), carries an HTTP failure status; ok is false
// when no call of the chain carries a status.
func (c *checker) statusOf(call *ast.CallExpr) (failure, ok bool) {
	for call != nil {
		for _, arg := range call.Args {
			tv, has := c.pass.TypesInfo.Types[arg]
			if has && tv.Value != nil && isHTTPStatus(c.pass.TypesInfo, arg) {
				return isFailureStatus(tv.Value), true
			}
			if has && tv.Value == nil && c.failureStatusVar(arg) {
				return true, true // status := 401; if ... { status = 503 } (statusvars.go)
			}
		}
		sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !isSel {
			break
		}
		call, _ = ast.Unparen(sel.X).(*ast.CallExpr)
	}
	return false, false
}

// isHTTPStatus reports whether e is a Status constant (net/http's, fiber's)
// or an integer literal in the HTTP status range.
func isHTTPStatus(info *types.Info, e ast.Expr) bool {
	e = ast.Unparen(e)
	if sel, ok := e.(*ast.SelectorExpr); ok {
		e = sel.Sel
	}
	if id, ok := e.(*ast.Ident); ok {
		k, ok := info.Uses[id].(*types.Const)
		return ok && strings.HasPrefix(k.Name(), "Status")
	}
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.INT {
		return false
	}
	v, ok := constant.Int64Val(constant.MakeFromLiteral(lit.Value, lit.Kind, 0))
	return ok && v >= 100 && v <= 599
}

func isFailureStatus(v constant.Value) bool {
	if v.Kind() != constant.Int {
		return false
	}
	i, ok := constant.Int64Val(v)
	return ok && i >= 400 && i <= 599
}

func (c *checker) isGenericMessage(e ast.Expr) bool {
	k, ok := c.objOf(ast.Unparen(e)).(*types.Const)
	return ok && k.Pkg() != nil && k.Pkg().Path() == spid.CodesPath && k.Name() == "GenericMessage"
}

// signature returns the signature of the function enclosing n.
func (c *checker) signature(n ast.Node) *types.Signature {
	path, _ := astutil.PathEnclosingInterval(c.file, n.Pos(), n.End())
	for _, p := range path {
		switch f := p.(type) {
		case *ast.FuncLit:
			sig, _ := c.pass.TypesInfo.TypeOf(f).(*types.Signature)
			return sig
		case *ast.FuncDecl:
			if fn, ok := c.pass.TypesInfo.Defs[f.Name].(*types.Func); ok {
				sig, _ := fn.Type().(*types.Signature)
				return sig
			}
			return nil
		}
	}
	return nil
}

// localVar returns the function-local variable e names, if it does.
func (c *checker) localVar(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	if v.Pos() < c.file.Pos() || v.Pos() > c.file.End() {
		return nil
	}
	return v
}

// localInit returns the expression local variable e was declared with
// (x := expr, var x = expr, switch x := expr; ...), if it has one.
func (c *checker) localInit(e ast.Expr) ast.Expr {
	v := c.localVar(e)
	if v == nil {
		return nil
	}
	return c.varInit(v)
}

// varInit is localInit for v, a local variable of the file.
func (c *checker) varInit(v *types.Var) ast.Expr {
	path, _ := astutil.PathEnclosingInterval(c.file, v.Pos(), v.Pos())
	for _, p := range path {
		switch s := p.(type) {
		case *ast.AssignStmt:
			if s.Tok == token.DEFINE && len(s.Lhs) == len(s.Rhs) {
				for i, l := range s.Lhs {
					if l.Pos() == v.Pos() {
						return s.Rhs[i]
					}
				}
			}
			return nil
		case *ast.ValueSpec:
			if len(s.Names) == len(s.Values) {
				for i, n := range s.Names {
					if n.Pos() == v.Pos() {
						return s.Values[i]
					}
				}
			}
			return nil
		}
	}
	return nil
}

// codeInit is localInit, and for the first of two variables declared from
// one call (code, err := strconv.Atoi(s)), that call; from a type
// assertion or a map lookup (n, ok := m["errorCode"].(json.Number)), that
// expression.
func (c *checker) codeInit(e ast.Expr) ast.Expr {
	if init := c.localInit(e); init != nil {
		return init
	}
	v := c.localVar(e)
	if v == nil {
		return nil
	}
	path, _ := astutil.PathEnclosingInterval(c.file, v.Pos(), v.Pos())
	for _, p := range path {
		var first ast.Expr
		var rhs []ast.Expr
		switch s := p.(type) {
		case *ast.AssignStmt:
			if s.Tok != token.DEFINE {
				return nil
			}
			first, rhs = s.Lhs[0], s.Rhs
		case *ast.ValueSpec:
			first, rhs = s.Names[0], s.Values
		default:
			continue
		}
		if len(rhs) == 1 && first.Pos() == v.Pos() {
			switch x := ast.Unparen(rhs[0]).(type) {
			case *ast.CallExpr, *ast.TypeAssertExpr, *ast.IndexExpr:
				return x // code, ok := m["errorCode"].(json.Number)
			}
		}
		return nil
	}
	return nil
}

// declaredWithoutValue reports whether v was declared by var v T.
func (c *checker) declaredWithoutValue(v *types.Var) bool {
	path, _ := astutil.PathEnclosingInterval(c.file, v.Pos(), v.Pos())
	for _, p := range path {
		if s, ok := p.(*ast.ValueSpec); ok {
			return len(s.Values) == 0
		}
	}
	return false
}

func (c *checker) objOf(e ast.Expr) types.Object {
	switch e := e.(type) {
	case *ast.Ident:
		return c.pass.TypesInfo.Uses[e]
	case *ast.SelectorExpr:
		return c.pass.TypesInfo.Uses[e.Sel]
	}
	return nil
}

func (c *checker) callee(call *ast.CallExpr) types.Object {
	return c.objOf(ast.Unparen(call.Fun))
}

// lastResult returns the last result of sig, which has one.
func lastResult(sig *types.Signature) *types.Var { return sig.Results().At(sig.Results().Len() - 1) }

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

// isStatusValue reports whether e is an HTTP status constant.
func (c *checker) isStatusValue(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Int && isHTTPStatus(c.pass.TypesInfo, e)
}

// statusWritten reports whether the local v, holding an HTTP status, is
// written in a response: an argument of a call (w.WriteHeader(status),
// c.JSON(status, body)), a returned value or an element of a composite
// literal (Response{StatusCode: status}), in v's scope. A status only
// counted or compared (stats[status]++) answers nothing.
func (c *checker) statusWritten(v *types.Var) bool {
	scope := v.Parent()
	if scope == nil {
		return false
	}
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && c.pass.TypesInfo.Uses[id] == v
	}
	found := false
	ast.Inspect(c.file, func(n ast.Node) bool {
		if found || n == nil || n.End() < scope.Pos() || n.Pos() > scope.End() {
			return false
		}
		var list []ast.Expr
		switch n := n.(type) {
		case *ast.CallExpr:
			list = n.Args
		case *ast.ReturnStmt:
			list = n.Results
		case *ast.CompositeLit:
			list = n.Elts
		case *ast.KeyValueExpr:
			list = []ast.Expr{n.Value}
		}
		for _, e := range list {
			if is(e) {
				found = true
			}
		}
		return !found
	})
	return found
}
