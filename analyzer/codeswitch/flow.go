package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/cfg"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// This file decides where each return code goes after a dispatch (see
// "Where the codes go" in doc.go). The control-flow graph of the function
// holding a dispatch is walked once for Success, recording the statements
// Success executes ("Success's path"), and once for every other published
// code, splitting the set of codes at each condition that compares the
// dispatched code, until each path ends.

// A codeSet is a set of published return codes, by index in codes.All().
type codeSet [2]uint64

var (
	published = codes.All()
	codeIndex = func() map[codes.ReturnCode]int {
		m := make(map[codes.ReturnCode]int, len(published))
		for i, c := range published {
			m[c] = i
		}
		return m
	}()
)

func (s *codeSet) add(c codes.ReturnCode) {
	if i, ok := codeIndex[c]; ok {
		s[i/64] |= 1 << (i % 64)
	}
}

func (s codeSet) has(c codes.ReturnCode) bool {
	i, ok := codeIndex[c]
	return ok && s[i/64]&(1<<(i%64)) != 0
}

func (s codeSet) empty() bool { return s[0] == 0 && s[1] == 0 }

// fate is how the paths of a code end, a set of these bits.
type fate uint8

const (
	fReject  fate = 1 << iota // a rejection as listed under "Fails closed"
	fLeave                    // leaves away from Success's path: a bare return, an unknown value, the end of the function
	fAccept                   // a return that accepts (nil, true, a response), away from Success's path
	fJoin                     // reached Success's path and left it without being rejected
	fNeutral                  // cannot tell: the code was reassigned, or the answer is computed from the code
	fDecline                  // a quiet return (nothing done, nil or constant results) where Success acts first: the action is declined
)

// flow is the control-flow graph of one function holding a dispatch.
type flow struct {
	g       *cfg.CFG
	sig     *types.Signature
	end     token.Pos             // of cfg's implicit return at the closing brace
	at      map[ast.Node]nodeAt   // where each node of a live block is
	caseTag map[ast.Expr]ast.Expr // case value -> its switch's tag
}

type nodeAt struct {
	b *cfg.Block
	i int
}

// flowOf returns the control-flow graph of the function enclosing d, built
// once per function; nil when it cannot be built.
func (c *checker) flowOf(d *dispatch) *flow {
	var body *ast.BlockStmt
	var sig *types.Signature
	for i := len(d.stack) - 1; i >= 0 && body == nil; i-- {
		switch f := d.stack[i].(type) {
		case *ast.FuncLit:
			body = f.Body
			sig, _ = c.pass.TypesInfo.TypeOf(f).(*types.Signature)
		case *ast.FuncDecl:
			body = f.Body
			if fn, ok := c.pass.TypesInfo.Defs[f.Name].(*types.Func); ok {
				sig, _ = fn.Type().(*types.Signature)
			}
		}
	}
	if body == nil || sig == nil {
		return nil
	}
	if fl, ok := c.flows[body]; ok {
		return fl
	}
	fl := c.buildFlow(body, sig)
	if c.flows == nil {
		c.flows = map[*ast.BlockStmt]*flow{}
	}
	c.flows[body] = fl
	return fl
}

func (c *checker) buildFlow(body *ast.BlockStmt, sig *types.Signature) (fl *flow) {
	defer func() {
		if recover() != nil { // cfg.New on a malformed tree
			fl = nil
		}
	}()
	g := cfg.New(body, func(call *ast.CallExpr) bool { return !c.terminates(call) })
	fl = &flow{g: g, sig: sig, end: body.End() - 1, at: map[ast.Node]nodeAt{}, caseTag: map[ast.Expr]ast.Expr{}}
	for _, b := range g.Blocks {
		if !b.Live {
			continue
		}
		for i, n := range b.Nodes {
			fl.at[n] = nodeAt{b, i}
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.SwitchStmt:
			if n.Tag != nil && n.Body != nil {
				for _, st := range n.Body.List {
					if cc, ok := st.(*ast.CaseClause); ok {
						for _, e := range cc.List {
							fl.caseTag[e] = n.Tag
						}
					}
				}
			}
		}
		return true
	})
	return fl
}

// head returns the node where d starts deciding: the tag of a switch, the
// condition of the first if, the first case of a tagless switch.
func (d *dispatch) head() ast.Node {
	switch s := d.stmt.(type) {
	case *ast.SwitchStmt:
		if s.Tag != nil {
			return s.Tag
		}
		for _, st := range s.Body.List {
			if cc, ok := st.(*ast.CaseClause); ok && len(cc.List) > 0 {
				return cc.List[0]
			}
		}
	case *ast.IfStmt:
		return s.Cond
	}
	return nil
}

// walker follows codes through one flow from one dispatch.
type walker struct {
	c       *checker
	fl      *flow
	d       *dispatch
	roots   map[types.Object]bool // variables the dispatched code is read from
	places  map[ast.Node]bool     // the statements on Success's path
	record  bool                  // walking Success: record places
	fates   map[codes.ReturnCode]fate
	seen    map[walkKey]bool
	tagMemo map[ast.Expr]bool // isTag's answers
	// origin: the error the code was read back from (errOrigin).
	origin     types.Object
	originDone bool
	// successActs: Success's path acts (a call other than logging, a
	// return with a call) before it leaves; set after Success's walk.
	successActs bool
	// successActsBeyondRedirect: Success's path acts by more than a
	// redirect (decline.go).
	successActsBeyondRedirect bool
	// actsInDefault: Success is listed nowhere and acts in the final
	// else or default (decline.go): a path that skips that branch and
	// meets Success's path only after the dispatch declined the action.
	actsInDefault bool
	// successRet is the return statement ending Success's path, when
	// there is exactly one; multiRet when there are several.
	successRet *ast.ReturnStmt
	multiRet   bool
	// successRets are all the returns Success's path may end at
	// (outcome.go).
	successRets []*ast.ReturnStmt
	// outer is the condition Success's walk starts at when the dispatch
	// is nested in a branch Success never takes, outerVal its value.
	outer    ast.Expr
	outerVal bool
	// attemptLoop: the for loop round the dispatch whose every attempt
	// reads the code afresh and whose next attempt Success's path
	// reaches (attempts.go); attemptDone memoizes it.
	attemptLoop *ast.ForStmt
	attemptDone bool
	successNext bool
	// left: Success left by an if before the dispatch (earlier.go);
	// mirrors holds the text of the calls on its path.
	left    bool
	mirrors map[string]bool
	// verdicts: the bools returned beside the dispatched error (verdict.go).
	verdicts     map[types.Object]bool
	verdictsDone bool
	// successStates: the state each setter moves the flow to on
	// Success's path, nil for several (transition.go).
	successStates map[types.Object]*types.Const
	// successGrants: Success's path sets a success flag of the value
	// returned to true (grants.go).
	successGrants bool
	grantVars     map[types.Object]bool // the locals whose flag it grants
	// successHeld: the enum values each return on Success's path
	// returns, by key (heldvalue.go).
	successHeld map[*ast.ReturnStmt]map[string]string
}

type walkKey struct {
	b       int32
	i       int
	set     codeSet
	touched bool   // met Success's path
	acted   bool   // did something off Success's path
	flags   string // local bool flags set on the way (see sentinel.go)
}

// fates walks d and returns how the paths of every published code end,
// and false when the flow cannot be built.
func (c *checker) fates(d *dispatch) (map[codes.ReturnCode]fate, bool) {
	fl := c.flowOf(d)
	if fl == nil {
		return nil, false
	}
	h := d.head()
	at, ok := fl.at[h]
	if h == nil || !ok {
		return nil, false
	}
	if d.from != nil {
		// if errors.Is(err, sp.ErrLocked) {...}; switch sp.CodeOf(err):
		// the codes are first told apart at the chain.
		if o, ok := fl.at[d.from.head()]; ok {
			at = o
		}
	}
	w := c.newWalker(d, fl)
	var success, others codeSet
	success.add(codes.Success)
	for _, code := range published {
		if code != codes.Success {
			others.add(code)
		}
	}
	w.record, w.seen = true, map[walkKey]bool{}
	flags := w.flagsAtDispatch()
	sat := at
	if outer, v, left := c.successHead(d); outer != nil {
		// The dispatch is nested in a branch Success never takes, or
		// follows one Success leaves by: Success's path starts where the
		// codes were first told apart.
		if o, ok := fl.at[outer]; ok {
			sat, w.outer, w.outerVal, w.left = o, outer, v, left
		}
	}
	w.walk(sat.b, sat.i, success, false, false, flags)
	w.noteMirrors() // earlier.go
	w.successActs = w.actsOnSuccess()
	w.successActsBeyondRedirect = w.actsBeyondRedirect()
	w.actsInDefault = w.defaultActs()
	w.record, w.seen = false, map[walkKey]bool{}
	w.walk(at.b, at.i, others, false, false, flags)
	return w.fates, true
}

// subjectOf is the subject of d's conditions, as its walk evaluates them.
func (c *checker) subjectOf(d *dispatch, fl *flow) subject {
	w := c.newWalker(d, fl)
	return subject{is: w.isTag, base: w.isTagBase, tag: w.d.tag}
}

func (c *checker) newWalker(d *dispatch, fl *flow) *walker {
	w := &walker{c: c, fl: fl, d: d, roots: map[types.Object]bool{}, places: map[ast.Node]bool{}, fates: map[codes.ReturnCode]fate{}, tagMemo: map[ast.Expr]bool{}}
	ast.Inspect(d.tag, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if obj := c.pass.TypesInfo.Uses[id]; obj != nil {
				w.roots[obj] = true
			}
		}
		return true
	})
	return w
}

func (w *walker) end(set codeSet, f fate) {
	if w.record {
		return
	}
	for _, code := range published {
		if set.has(code) {
			w.fates[code] |= f
		}
	}
}

// walk follows the codes of set from node i of block b; touched is whether
// the path has met Success's path, acted whether it did something else.
func (w *walker) walk(b *cfg.Block, i int, set codeSet, touched, acted bool, flags string) {
	if set.empty() {
		return
	}
	k := walkKey{b.Index, i, set, touched, acted, flags}
	if w.seen[k] {
		return // joins a path already followed, or goes round a loop
	}
	w.seen[k] = true
	for j := i; j < len(b.Nodes); j++ {
		n := b.Nodes[j]
		if j == len(b.Nodes)-1 && len(b.Succs) == 2 {
			if cond, ok := n.(ast.Expr); ok {
				t, f := w.split(cond, set, flags)
				if w.record && w.outer != nil && cond == w.outer {
					if w.outerVal {
						t, f = set, codeSet{}
					} else {
						t, f = codeSet{}, set
					}
				}
				if v, known := w.verdictTest(cond); known && !w.record {
					// if !ok {...}: false on an error path (verdict.go).
					if v {
						t, f = set, codeSet{}
					} else {
						t, f = codeSet{}, set
					}
				}
				if v, known := w.flagTest(cond, flags); known {
					// if denied {...}: the flag this path set decides.
					if v {
						t, f = set, codeSet{}
					} else {
						t, f = codeSet{}, set
					}
				}
				w.enter(b.Succs[0], t, touched, acted, flags)
				w.enter(b.Succs[1], f, touched, acted, flags)
				return
			}
		}
		flags = w.setFlags(n, flags)
		flags = w.noteGrant(n, flags) // grants.go
		flags = w.noteState(n, flags) // transition.go
		if w.reassigns(n) {
			// The code is gone (the next attempt of a retry loop, the
			// next event of a watcher); what Success did first counts,
			// this statement too when Success does it (d, err :=
			// store.Load(id) after a switch over CodeOf(err)).
			touched = w.reassigningEffect(n, touched)
			if touched {
				w.end(set, fJoin)
			} else {
				w.end(set, fNeutral)
			}
			return
		}
		if rej, own := w.tabledRejects(n, set); !rej.empty() || !own.empty() {
			// A table's element rejects for these codes, or is a
			// handler of their own that leaves (tabled.go).
			w.end(rej, fReject)
			w.end(own, fLeave)
			if set = set.without(rej).without(own); set.empty() {
				return
			}
		}
		joinsAt := !touched // meets Success's path at n, if at all
		if w.effect(n) {
			switch {
			case w.record:
				w.places[n] = true
			case w.places[n] && w.readsVerdict(n):
				// Success's answer is the call's own verdict, false
				// here: nothing is granted (verdict.go).
				w.end(set, fNeutral)
				return
			case w.places[n] && !touched && !acted && w.skippedDefault(n):
				w.end(set, fDecline)
				return
			case w.places[n], w.mirrored(n):
				touched = true
			case !isReturn(n):
				acted = true
			}
		}
		if set = w.errReturn(n, set); set.empty() {
			return // return err: every failure code rejected
		}
		if set = w.nilErrReturn(n, set); set.empty() {
			return // return reply.Err(op): every failure code rejected (nilerr.go)
		}
		if acc, rej, ok := w.boolAnswer(n, set, flags); ok {
			// return throttled[v] after the dispatch: the table's codes
			// answer one way, the others the other (polarity.go).
			w.end(rej.without(acc), fReject)
			if touched {
				w.end(acc.without(rej), fJoin)
			} else {
				w.end(acc.without(rej), fAccept)
			}
			if set = acc.and(rej); set.empty() {
				return
			}
		}
		if ret, ok := n.(*ast.ReturnStmt); ok && ret.Return != w.fl.end {
			if w.record {
				w.noteHeld(ret, flags)
			} else if w.heldApart(ret, flags) {
				// return kind, another constant than Success's
				// there: answered apart (heldvalue.go).
				w.end(set, fReject)
				return
			}
		}
		if f, done := w.terminal(n, set, touched, acted); done {
			if f&fJoin != 0 && w.ungranted(flags) {
				f = f&^fJoin | fNeutral // Success's grant skipped (grants.go)
			}
			if (!touched || joinsAt) && w.quietEnd(n) && f&(fAccept|fLeave|fJoin) != 0 && w.stateUnmoved(flags) {
				f = f&^(fAccept|fLeave|fJoin) | fNeutral // Success's state never set (transition.go)
			}
			if !touched && w.returnsUngranted(n, flags) {
				f = fReject // the value Success grants, returned without it (grants.go)
			}
			w.end(set, f)
			return
		}
	}
	// Two successors without a condition node: a range loop's head.
	// None: a dead end (an undefined label, unreachable code).
	for _, succ := range b.Succs {
		w.enter(succ, set, touched, acted, flags)
	}
}

// enter follows the codes of set into block b.
func (w *walker) enter(b *cfg.Block, set codeSet, touched, acted bool, flags string) {
	if w.nextAttempt(b) {
		// As at the end of the function.
		switch {
		case touched:
			w.end(set, fJoin)
		case acted:
			w.end(set, fLeave)
		default:
			w.end(set, fNeutral)
		}
		return
	}
	if !touched && w.rangeVarRoot(b) && w.successCalls() {
		// The item skipped where Success's path does something for it:
		// done with this item's code, as at the end of the function.
		if acted {
			w.end(set, fLeave)
		} else {
			w.end(set, fNeutral)
		}
		return
	}
	if w.rangeRebinds(b) {
		if touched {
			w.end(set, fJoin)
		} else {
			w.end(set, fNeutral)
		}
		return
	}
	w.walk(b, 0, set, touched, acted, flags)
}

// nextIteration reports whether b is the head of a range loop holding the
// dispatch, whose dispatched code is read from a variable declared in the
// loop's body: reaching it, the path is done with this item's code (a
// poller's continue after declining one payout), and what the loop does
// after its last item is not this code's. A for loop's next iteration is
// followed as any other path (a retry: the code is read again).
func (w *walker) nextIteration(b *cfg.Block) bool {
	r, ok := b.Stmt.(*ast.RangeStmt)
	if !ok || b.Kind != cfg.KindRangeLoop || r.Body == nil {
		return false
	}
	body := r.Body
	if w.d.stmt.Pos() < body.Pos() || w.d.stmt.End() > body.End() {
		return false
	}
	for obj := range w.roots {
		if v, ok := obj.(*types.Var); ok && body.Pos() <= v.Pos() && v.Pos() < body.End() {
			return true
		}
	}
	return false
}

// rangeVarRoot reports whether b is the head of a range loop declaring a
// variable the dispatched code is read from (for _, it := range items {
// switch it.Code {...} }). A path that acted on the item and goes on to
// the next one skips it, a rejection only where Success's path calls
// something for the item (store.Save(ctx, d)): a tally that only counts
// the answers decides nothing. Any other path goes on around the loop, as
// it did: what the loop does after its last item may be Success's path
// (return true after every device was checked).
func (w *walker) rangeVarRoot(b *cfg.Block) bool {
	r, ok := b.Stmt.(*ast.RangeStmt)
	return ok && b.Kind == cfg.KindRangeLoop && r.Tok == token.DEFINE && (w.declaredBy(r.Key) || w.declaredBy(r.Value))
}

// successCalls reports whether Success's path, as recorded, holds a
// statement calling something other than a logger.
func (w *walker) successCalls() bool {
	for n := range w.places {
		if _, ok := n.(*ast.ReturnStmt); ok {
			continue
		}
		if st, ok := n.(*ast.ExprStmt); ok {
			if call, ok := ast.Unparen(st.X).(*ast.CallExpr); ok && w.c.isLogging(call) {
				continue
			}
		}
		found := false
		ast.Inspect(n, func(m ast.Node) bool {
			switch m.(type) {
			case *ast.CallExpr:
				found = true
			case *ast.FuncLit:
				return false
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// declaredBy reports whether e is an identifier declaring a variable the
// dispatched code is read from.
func (w *walker) declaredBy(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name != "_" && w.roots[w.c.pass.TypesInfo.Defs[id]]
}

// rangeRebinds reports whether entering b, the body of a range loop,
// assigns a variable the dispatched code is read from.
func (w *walker) rangeRebinds(b *cfg.Block) bool {
	r, ok := b.Stmt.(*ast.RangeStmt)
	if !ok || b.Kind != cfg.KindRangeBody {
		return false
	}
	return w.assignsRoot(r.Key) || w.assignsRoot(r.Value)
}

// reassigns reports whether n assigns a variable the dispatched code is
// read from: the code the path was following is gone.
func (w *walker) reassigns(n ast.Node) bool {
	if f := w.d.from; f != nil && n.Pos() >= f.stmt.Pos() && n.End() <= w.d.head().Pos() {
		return false // code := sp.CodeOf(err) between the errors.Is chain and the dispatch
	}
	switch n := n.(type) {
	case *ast.AssignStmt:
		for _, l := range n.Lhs {
			if w.assignsRoot(l) {
				return true
			}
		}
	case *ast.ValueSpec:
		for _, id := range n.Names {
			if w.assignsRoot(id) {
				return true
			}
		}
	}
	return false
}

func (w *walker) assignsRoot(e ast.Expr) bool {
	for e != nil {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			obj := w.c.pass.TypesInfo.Defs[x]
			if obj == nil {
				obj = w.c.pass.TypesInfo.Uses[x]
			}
			return obj != nil && w.roots[obj]
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return false
		}
	}
	return false
}

// effect reports whether n is a statement that acts on the world: a call
// other than logging, a send, go, defer, return, or an assignment to
// something other than a local variable or with a call on its right.
// Local bookkeeping (attempt++, ok := true) is not an effect.
func (w *walker) effect(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.ExprStmt:
		call, ok := ast.Unparen(n.X).(*ast.CallExpr)
		return !ok || !w.c.isLogging(call)
	case *ast.AssignStmt:
		for _, l := range n.Lhs {
			if id, ok := ast.Unparen(l).(*ast.Ident); !ok || (id.Name != "_" && w.c.localVar(l) == nil && w.c.pass.TypesInfo.Defs[id] == nil) {
				return true
			}
		}
		return hasCall(n.Rhs)
	case *ast.IncDecStmt:
		return w.c.localVar(n.X) == nil
	case *ast.ValueSpec:
		return hasCall(n.Values)
	case ast.Stmt:
		return true
	}
	return false
}

func hasCall(list []ast.Expr) bool {
	found := false
	for _, e := range list {
		ast.Inspect(e, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.CallExpr:
				found = true
			case *ast.FuncLit:
				return false
			}
			return !found
		})
	}
	return found
}

func isReturn(n ast.Node) bool {
	_, ok := n.(*ast.ReturnStmt)
	return ok
}

// terminal reports whether the path ends at n, and how. A path that leaves
// without doing anything (log.Printf(...); return) leaves neutral: only a
// path that acted (results <- false, s.fail(w, msg), return s.deny(c))
// leaves in a way that can reject.
func (w *walker) terminal(n ast.Node, set codeSet, touched, acted bool) (fate, bool) {
	c := w.c
	if w.movesElsewhere(n) {
		return fReject, true
	}
	switch n := n.(type) {
	case *ast.ExprStmt:
		call, ok := ast.Unparen(n.X).(*ast.CallExpr)
		if !ok {
			return 0, false
		}
		if c.terminates(call) || c.writesFailure(call) || w.tabledFailure(call, set) || c.transitionRejects(call) {
			return fReject, true
		}
		if w.computedStatus(call) {
			return fNeutral, true // the code decides the answer
		}
		if !touched && continuesChain(w.fl.sig) && c.stopsChain(call) {
			return fReject, true // a filter's redirect or Abort: the request stops (middleware.go)
		}
		if isRedirect, _ := c.redirect(call); isRedirect && !touched && !w.record {
			// http.Redirect(w, r, next, 303) off Success's path: the
			// answer is sent, and it accepts (an error page rejected
			// above); where Success acts before its own redirect, this
			// one refuses the action for a security-relevant code
			// (decline.go).
			if w.successActsBeyondRedirect && w.holdsRequired(set) {
				return fReject, true
			}
			return fAccept, true
		}
	case *ast.AssignStmt:
		if c.assignsRejection(n) {
			return fReject, true
		}
		if call := discarded(n); call != nil && c.writesFailure(call) {
			return fReject, true // _ = c.Error(errDenied)
		}
	case *ast.ReturnStmt:
		if n.Return == w.fl.end {
			// Falling off the end of the function (cfg's implicit
			// return); in a function with results, code being edited.
			switch {
			case touched:
				return fJoin, true
			case !acted && continuesChain(w.fl.sig):
				return fAccept, true // a filter's chain goes on (middleware.go)
			case acted:
				return fLeave, true
			}
			return fNeutral, true
		}
		if w.illTyped(n) {
			return fNeutral, true
		}
		if w.record {
			if w.successRet != nil && w.successRet != n {
				w.multiRet = true
			}
			w.successRet = n
			if !slices.Contains(w.successRets, n) {
				w.successRets = append(w.successRets, n)
			}
		}
		o := c.classifyReturn(n)
		var decline fate
		if !touched && !acted && w.successActs && (quietResults(c.pass.TypesInfo, n.Results) || c.quietAnswer(n.Results)) {
			decline = fDecline
		}
		switch {
		case o == rejected:
			return fReject, true
		case !touched && w.differsFromSuccess(n, set, acted):
			return fReject, true
		case !touched && w.holdsRequired(set) && w.outcomeApart(n, acted):
			w.c.markOutcome(n)
			return fReject, true
		case w.computedReturn(n) || w.flagFromCode(n, set):
			return fNeutral, true
		case touched:
			return fJoin, true
		case o == accept && len(n.Results) > 0 && !(acted && w.allNil(n.Results)):
			// return nil after acting off Success's path
			// (s.fail(c, msg); return nil in an echo handler) leaves.
			return fAccept | decline, true
		case acted || hasCall(n.Results):
			return fLeave, true
		}
		return fNeutral | decline, true
	}
	return 0, false
}

// allNil reports whether every result is nil.
func (w *walker) allNil(results []ast.Expr) bool {
	for _, r := range results {
		if tv, ok := w.c.pass.TypesInfo.Types[r]; !ok || !tv.IsNil() {
			return false
		}
	}
	return true
}

// illTyped reports whether ret does not match its function's results (code
// being edited): nothing is concluded from it.
func (w *walker) illTyped(ret *ast.ReturnStmt) bool {
	want := w.fl.sig.Results().Len()
	switch got := len(ret.Results); {
	case got == want:
		return false
	case got == 0:
		return w.fl.sig.Results().At(0).Name() == ""
	case got == 1:
		t, ok := w.c.pass.TypesInfo.TypeOf(ret.Results[0]).(*types.Tuple)
		return !ok || t.Len() != want
	}
	return true
}

// computedStatus reports whether call, or a call it is chained on, has an
// integer argument computed from the code by a call
// (c.Status(sp.HTTPStatus(code)), c.JSON(statusFor(code), body)).
func (w *walker) computedStatus(call *ast.CallExpr) bool {
	return chainArg(call, func(arg ast.Expr) bool {
		t := w.c.pass.TypesInfo.TypeOf(arg)
		return t != nil && isInteger(t) && w.fromCode(arg)
	})
}

// computedReturn reports whether a result of ret is computed from the code
// by a call (return sp.UserMessage(code), return toError(resp)), or answers
// with a computed status.
func (w *walker) computedReturn(ret *ast.ReturnStmt) bool {
	for _, r := range ret.Results {
		if w.fromCode(r) || w.lookedUp(r) {
			return true
		}
		if call, ok := ast.Unparen(r).(*ast.CallExpr); ok && w.computedStatus(call) {
			return true
		}
	}
	return false
}

// lookedUp reports whether e is an element of a table indexed by the
// dispatched code (outcomes[code], or o of o, ok := outcomes[code]): the
// table decides what the code does.
func (w *walker) lookedUp(e ast.Expr) bool {
	idx, ok := ast.Unparen(e).(*ast.IndexExpr)
	if !ok {
		if v := w.c.localVar(e); v != nil {
			idx = w.c.lookupValues()[v]
		}
	}
	return idx != nil && w.isTag(idx.Index)
}

// fromCode reports whether e is a call one of whose arguments is the
// dispatched code or the value it is read from.
func (w *walker) fromCode(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	if tv, ok := w.c.pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() {
		return len(call.Args) == 1 && w.fromCode(call.Args[0]) // a conversion
	}
	for _, arg := range call.Args {
		if w.isTag(arg) || w.c.isCode(arg) || w.isTagBase(arg) {
			return true
		}
		if tv, ok := w.c.pass.TypesInfo.Types[arg]; ok && tv.Value == nil && w.fromCode(arg) {
			return true
		}
	}
	return false
}

// isTagBase reports whether e is the value the dispatched code is a field
// of (resp in switch resp.ErrorCode).
func (w *walker) isTagBase(e ast.Expr) bool {
	if w.d.errs {
		return w.errBaseIs(e) // sentinels_dispatch.go
	}
	tag := w.d.tag
	if init := w.c.localInit(tag); init != nil {
		tag = init
	}
	sel, ok := ast.Unparen(w.c.canonical(tag)).(*ast.SelectorExpr) // res of res.Code(), an accessor of res.ErrorCode
	return ok && sameExpr(sel.X, e)
}

// isTag reports whether e reads the dispatched code: the tag itself, the
// expression a local tag was initialized from, or a local initialized from
// the tag.
func (w *walker) isTag(e ast.Expr) bool {
	if w.d.errs {
		return w.readsErr(e) // sentinels_dispatch.go
	}
	if v, ok := w.tagMemo[e]; ok {
		return v
	}
	v := w.readsTag(e)
	w.tagMemo[e] = v
	return v
}

func (w *walker) readsTag(e ast.Expr) bool {
	tag := w.d.tag
	if sameExpr(e, tag) {
		return true
	}
	// res.ErrorCode where the dispatch reads res.Code(), an accessor
	// returning it, and the other way round (accessor.go).
	if ce, ct := w.c.canonical(e), w.c.canonical(tag); (ce != e || ct != tag) && sameExpr(ce, ct) {
		return true
	}
	if init := w.c.localInit(tag); init != nil && sameExpr(e, init) {
		return true
	}
	if init := w.c.localInit(e); init != nil && sameExpr(init, tag) {
		return true
	}
	// rep.ErrorCode where the dispatch reads int(rep.ErrorCode), a key
	// converted for a table (or int(code) of code := int64(rep.ErrorCode)),
	// and the other way round.
	if ue, ut := w.c.unconverted(e), w.c.unconverted(tag); (ue != e || ut != tag) && sameExpr(ue, ut) {
		return true
	}
	// Both at once: r.Result() of an accessor converting the field where
	// the dispatch reads int(r.Code).
	return w.c.sameCode(e, tag)
}

// unconverted returns what e converts: the operand of a conversion of an
// integer to another integer type (int(rep.ErrorCode)), through locals
// declared with one (code := int64(rep.ErrorCode)); e itself otherwise.
func (c *checker) unconverted(e ast.Expr) ast.Expr {
	out := e
	for range codeDepth {
		if call, ok := ast.Unparen(out).(*ast.CallExpr); ok && len(call.Args) == 1 {
			if tv, ok := c.pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() && isInteger(tv.Type) && c.isIntegerExpr(call.Args[0]) {
				out = ast.Unparen(call.Args[0])
				continue
			}
		}
		if v := c.localVar(out); v != nil && c.writesOf(v) == 1 {
			if init := c.localInit(out); init != nil {
				out = init // a local written nowhere else
				continue
			}
			if init, ok := c.codeInit(out).(*ast.CallExpr); ok {
				if c.canonical(init) != ast.Expr(init) {
					out = init // code of code, err := r.Code(), a checked accessor (checked.go)
					continue
				}
				if op, _ := spid.Operand(c.pass.TypesInfo, init); op != nil && isInteger(v.Type()) {
					out = op // n of n, err := strconv.Atoi(r.ErrorCode), a parse
					continue
				}
			}
		}
		break
	}
	return out
}

// split divides set by condition cond: the codes that may make it true,
// and those that may make it false, given the flags set on the path
// (denied || locked with denied known true is true for every code).
func (w *walker) split(cond ast.Expr, set codeSet, flags string) (t, f codeSet) {
	if w.eval(cond, codes.Success, flags) == triUnknown && w.eval(cond, codes.OTPInvalid, flags) == triUnknown && !w.mentionsTag(cond) && !w.readsElement(cond) {
		return set, set // a condition that does not read the code
	}
	for _, code := range published {
		if !set.has(code) {
			continue
		}
		switch w.eval(cond, code, flags) {
		case triTrue:
			t.add(code)
		case triFalse:
			f.add(code)
		default:
			t.add(code)
			f.add(code)
		}
	}
	return t, f
}

// readsElement reports whether cond reads an element of a table looked up
// by the code (door of door, ok := doors[code]): decided for the codes the
// table lists, whatever it says for the others.
func (w *walker) readsElement(cond ast.Expr) bool {
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && !found && w.lookedUp(id) {
			found = true
		}
		return !found
	})
	return found
}

// mentionsTag reports whether cond reads the dispatched code anywhere.
func (w *walker) mentionsTag(cond ast.Expr) bool {
	if _, ok := w.fl.caseTag[cond]; ok {
		return true
	}
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		if e, ok := n.(ast.Expr); ok && !found && (w.isTag(e) || w.isTagBase(e)) {
			found = true
		}
		return !found
	})
	return found
}

type tri int8

const (
	triUnknown tri = iota
	triFalse
	triTrue
)

func triOf(b bool) tri {
	if b {
		return triTrue
	}
	return triFalse
}

// eval evaluates cond when the dispatched code is code and the local bool
// flags have the values flags knows (see sentinel.go), in any condition
// (if denied || locked, if !(allowed && !locked)).
func (w *walker) eval(cond ast.Expr, code codes.ReturnCode, flags string) tri {
	if w.d.other[cond] {
		// A case of the dispatch on something else than the code: the
		// codes are judged where it does not hold, as each may arrive
		// with any status (case rep.GetStatus() == "pending").
		return triFalse
	}
	if tag, ok := w.fl.caseTag[cond]; ok { // case value of a tagged switch
		// switch outcome, a table's value or a default (lookup.go).
		if v := w.c.lookedUpValue(tag, code, subject{is: w.isTag, base: w.isTagBase, tag: w.d.tag}); v != nil && w.c.isConst(cond) {
			return w.c.compareConsts(v, token.EQL, cond)
		}
		if !w.isTag(tag) {
			return triUnknown
		}
		if w.d.errs { // case sp.ErrBadOTP: of a switch over an error
			return w.c.evalErr(&ast.BinaryExpr{X: tag, Op: token.EQL, Y: cond}, code, subject{is: w.isTag, base: w.isTagBase, tag: w.d.tag})
		}
		return w.c.compare(code, token.EQL, cond, tag)
	}
	s := subject{is: w.isTag, base: w.isTagBase, tag: w.d.tag}
	if flags != "" {
		s.pre = func(e ast.Expr) tri {
			if v := w.c.boolFlag(e); v != nil {
				if val, ok := flagOf(flags, v); ok {
					return triOf(val)
				}
			}
			return triUnknown
		}
	}
	return w.c.evalCond(cond, code, s)
}

// A subject tells which expressions a condition is about: is reports
// whether e reads the code, base whether e is the value the code is a field
// of (resp in resp.ErrorCode). pre, when set, decides a condition first
// (a predicate's nil check of its receiver).
type subject struct {
	is, base func(ast.Expr) bool
	pre      func(ast.Expr) tri
	tag      ast.Expr // the code as the dispatch reads it, when known (astarget.go)
}

// evalCond evaluates cond when the code of s is code: comparisons of the
// code with constants, !, && and ||, the constants true and false,
// resp.Failed() of codes.Envelope, code.SecurityRelevant(), and a call of a
// predicate on the code (see summary.go).
func (c *checker) evalCond(cond ast.Expr, code codes.ReturnCode, s subject) tri {
	info := c.pass.TypesInfo
	if s.pre != nil {
		if t := s.pre(cond); t != triUnknown {
			return t
		}
	}
	if tv, ok := info.Types[cond]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool {
		return triOf(constant.BoolVal(tv.Value))
	}
	if b, ok := ast.Unparen(cond).(*ast.BinaryExpr); ok {
		if t := c.nilErrTest(b, code, s); t != triUnknown { // err != nil of err := reply.Err(op) (nilerr.go)
			return t
		}
	}
	if t := c.evalErr(cond, code, s); t != triUnknown { // errors.Is(err, sp.ErrBadOTP), err != nil (sentinels_dispatch.go)
		return t
	}
	if idx := c.loopLookup(cond); idx != nil && s.is(idx.Index) { // rule rows walked in a loop (looprows.go)
		if key, keys := c.mapLookup(cond); key != nil {
			return triOf(c.lookupHas(keys, code))
		}
	}
	if call, ok := ast.Unparen(cond).(*ast.CallExpr); ok {
		if idx := c.memberLookup(call); idx != nil && s.is(idx.Index) { // locked.Has(code) (initfilled.go)
			if key, keys := c.mapLookup(cond); key != nil {
				return triOf(c.lookupHas(keys, code))
			}
		}
	}
	switch e := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			switch c.evalCond(e.X, code, s) {
			case triTrue:
				return triFalse
			case triFalse:
				return triTrue
			}
		}
	case *ast.BinaryExpr:
		if t := c.evalList(e, code, s); t != triUnknown { // code == c of a range over a list (listed.go)
			return t
		}
		switch e.Op {
		case token.LAND, token.LOR:
			x, y := c.evalCond(e.X, code, s), c.evalCond(e.Y, code, s)
			stop := triOf(e.Op == token.LOR) // what decides the result alone
			switch {
			case x == stop || y == stop:
				return stop
			case x == triUnknown || y == triUnknown:
				return triUnknown
			}
			return x
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			if t := c.nilGuard(e, s); t != triUnknown {
				return t
			}
			if t := c.errArgGuard(e, code, s); t != triUnknown { // reassign.go
				return t
			}
			if t := c.elemErr(e, code, s); t != triUnknown { // err != nil of err := react(ctx) (tabled.go)
				return t
			}
			if t := c.heldNil(e, code, s); t != triUnknown { // ferr != nil of ferr := failures[code] (held.go)
				return t
			}
			// o != Proceed, o of o, ok := table[code] (lookup.go).
			if v := c.lookedUpValue(e.X, code, s); v != nil && c.isConst(e.Y) {
				return c.compareConsts(v, e.Op, e.Y)
			}
			if v := c.lookedUpValue(e.Y, code, s); v != nil && c.isConst(e.X) {
				return c.compareConsts(e.X, e.Op, v)
			}
			if s.is(e.X) {
				return c.compare(code, e.Op, e.Y, e.X)
			}
			if s.is(e.Y) {
				return c.compare(code, swap(e.Op), e.X, e.Y)
			}
		}
	case *ast.Ident, *ast.IndexExpr:
		if key, keys := c.mapLookup(e); key != nil && s.is(key) {
			return triOf(c.lookupHas(keys, code))
		} else if key != nil {
			if t := c.heldMember(key, keys, code, s); t != triUnknown {
				return t // denied[outcome] (outnames.go)
			}
		}
		if t := c.flagOfLookup(e, code, s); t != triUnknown { // tabled.go
			return t
		}
	case *ast.CallExpr:
		if t := c.evalList(e, code, s); t != triUnknown { // slices.Contains(list, code) (listed.go)
			return t
		}
		if t := c.asGuard(e, s); t != triUnknown {
			return t
		}
		if t := c.evalPredicate(e, code, s); t != triUnknown {
			return t
		}
		sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
		if !ok || len(e.Args) != 0 {
			return triUnknown
		}
		fn, ok := info.Uses[sel.Sel].(*types.Func)
		if !ok || fn.Signature().Recv() == nil {
			return triUnknown
		}
		recv := typex.Deref(fn.Signature().Recv().Type())
		switch {
		case fn.Name() == "Failed" && typex.IsNamed(recv, spid.CodesPath, "Envelope") && s.base(sel.X):
			return triOf(code != codes.Success)
		case fn.Name() == "Failed" && typex.IsNamed(recv, spid.CodesPath, "Envelope"):
			if inner, ok := ast.Unparen(sel.X).(*ast.SelectorExpr); ok && inner.Sel.Name == "Envelope" && s.base(inner.X) {
				return triOf(code != codes.Success)
			}
		case fn.Name() == "SecurityRelevant" && typex.IsNamed(recv, spid.CodesPath, "ReturnCode") && s.is(sel.X):
			return triOf(code.SecurityRelevant())
		}
	}
	return triUnknown
}

// nilGuard evaluates p != nil and p == nil where the code is read through
// the pointer p (the code is *p: chk.ErrorCode != nil && *chk.ErrorCode ==
// X): a published code was read, so p is not nil.
func (c *checker) nilGuard(e *ast.BinaryExpr, s subject) tri {
	if e.Op != token.EQL && e.Op != token.NEQ {
		return triUnknown
	}
	p := e.X
	switch {
	case c.isNilExpr(e.Y):
	case c.isNilExpr(e.X):
		p = e.Y
	default:
		return triUnknown
	}
	if t := c.pass.TypesInfo.TypeOf(p); t == nil {
		return triUnknown
	} else if _, ok := t.Underlying().(*types.Pointer); !ok {
		return triUnknown
	}
	if !s.is(&ast.StarExpr{X: p}) {
		return triUnknown
	}
	return triOf(e.Op == token.NEQ)
}

// compare evaluates code op e, e a constant compared with tag (nil when
// not known).
func (c *checker) compare(code codes.ReturnCode, op token.Token, e, tag ast.Expr) tri {
	tv := c.pass.TypesInfo.Types[e]
	if tv.Value = c.constValue(e); tv.Value == nil {
		return triUnknown
	}
	if t := c.mirrorCompare(code, op, tv, tag); t != triUnknown { // mirror.go
		return t
	}
	v := tv.Value
	switch v.Kind() {
	case constant.Float: // a float code: only integer values are codes
		if v = constant.ToInt(v); v.Kind() != constant.Int {
			return triUnknown
		}
	case constant.String: // a string code ("9003"): equality only
		k, ok := spid.CodeOf(v)
		if !ok && c.names != nil { // a code's name ("OTPInvalid", names.go)
			k, ok = namedCode(c.names, constant.StringVal(v))
		}
		if !ok || (op != token.EQL && op != token.NEQ) {
			return triUnknown
		}
		return triOf((code == k) == (op == token.EQL))
	case constant.Int:
	default:
		return triUnknown
	}
	return triOf(constant.Compare(constant.MakeInt64(int64(code)), op, v))
}

func swap(op token.Token) token.Token {
	switch op {
	case token.LSS:
		return token.GTR
	case token.GTR:
		return token.LSS
	case token.LEQ:
		return token.GEQ
	case token.GEQ:
		return token.LEQ
	}
	return op
}

func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// loggers are the packages whose functions, and whose types' methods, log.
var loggers = map[string]bool{
	"log": true, "log/slog": true, "go.uber.org/zap": true, "github.com/sirupsen/logrus": true,
	"github.com/rs/zerolog": true, "github.com/rs/zerolog/log": true, "github.com/golang/glog": true,
	"k8s.io/klog/v2": true, "github.com/go-kit/log": true,
}

// logMethods are the method names of a consumer's own logger type (one
// whose name contains "Logger") that log.
var logMethods = []string{"Print", "Debug", "Info", "Warn", "Error", "Log", "Trace", "Notice"}

// isLogging reports whether call only logs: a function of a logging
// package, a method of a logging package's type, or a Print/Info/Warn/...
// method of a type named ...Logger. Fatal and Panic terminate instead.
func (c *checker) isLogging(call *ast.CallExpr) bool {
	fn, ok := c.callee(call).(*types.Func)
	if !ok || fn.Pkg() == nil || c.terminates(call) {
		return false
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return loggers[fn.Pkg().Path()]
	}
	n, ok := types.Unalias(typex.Deref(recv.Type())).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	if loggers[n.Obj().Pkg().Path()] {
		return true
	}
	if !strings.Contains(n.Obj().Name(), "Logger") {
		return false
	}
	for _, m := range logMethods {
		if strings.HasPrefix(fn.Name(), m) {
			return true
		}
	}
	return false
}
