package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// This file reads a state machine's transition as a decision: a login flow
// that records its next state (f.State = StateFailed, return StateLocked)
// or moves to it through a small method of the package
// (f.transition(StateFailed), f.moveTo(StageDenied)) rejects when that
// state's name says so. Its types are named as states (see stateTypes);
// what a state's name must say is decisionTypes' rejectWords.

// stateTypes mark the name of a type whose values are the states of a flow
// (State, LoginStage, StepKind, Phase): its constants are decisions too.
var stateTypes = []string{"state", "stage", "step", "phase"}

// transitionRejects reports whether call moves a state machine to a state
// that rejects: a function or method of this package storing the parameter
// that call passes a rejecting decision constant to (see isDecision) in a
// field, among its top-level statements (func (f *Flow) transition(to
// State) { log(...); f.State = to }).
func (c *checker) transitionRejects(call *ast.CallExpr) bool {
	if c.sums == nil || c.effectOnly {
		return false
	}
	fn, ok := c.callee(call).(*types.Func)
	if !ok {
		return false
	}
	d, ok := c.sums.decls[fn.Origin()]
	if !ok || d.decl.Body == nil {
		return false
	}
	params := fn.Signature().Params()
	for i, arg := range call.Args {
		if i >= params.Len() || !c.isDecision(arg) {
			continue
		}
		if storesInField(c.pass.TypesInfo, d.decl.Body.List, params.At(i)) {
			return true
		}
	}
	return false
}

// storesInField reports whether one of list assigns p to a field
// (x.State = p).
func storesInField(info *types.Info, list []ast.Stmt, p *types.Var) bool {
	for _, st := range list {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
			continue
		}
		for i, l := range as.Lhs {
			sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
			if !ok {
				continue
			}
			if s, ok := info.Selections[sel]; !ok || s.Kind() != types.FieldVal {
				continue
			}
			if id, ok := ast.Unparen(as.Rhs[i]).(*ast.Ident); ok && info.Uses[id] == p {
				return true
			}
		}
	}
	return false
}

// transition returns what n sets and the state it moves to, when n is a
// transition: a call passing a constant of a state type (see stateTypes)
// to a function or method of this package that stores it in a field
// (f.transition(StateNeedOTP)), or an assignment of one to a field
// (f.State = StateNeedOTP). The setter is the function or the field.
func (c *checker) transition(n ast.Node) (types.Object, *types.Const) {
	switch n := n.(type) {
	case *ast.ExprStmt:
		call, ok := ast.Unparen(n.X).(*ast.CallExpr)
		if !ok || c.sums == nil {
			return nil, nil
		}
		fn, ok := c.callee(call).(*types.Func)
		if !ok {
			return nil, nil
		}
		d, ok := c.sums.decls[fn.Origin()]
		if !ok || d.decl.Body == nil {
			return nil, nil
		}
		params := fn.Signature().Params()
		for i, arg := range call.Args {
			if k := c.stateConst(arg); k != nil && i < params.Len() && storesInField(c.pass.TypesInfo, d.decl.Body.List, params.At(i)) {
				return fn.Origin(), k
			}
		}
	case *ast.AssignStmt:
		if n.Tok != token.ASSIGN || len(n.Lhs) != 1 || len(n.Rhs) != 1 {
			return nil, nil
		}
		sel, ok := ast.Unparen(n.Lhs[0]).(*ast.SelectorExpr)
		if !ok {
			return nil, nil
		}
		s, ok := c.pass.TypesInfo.Selections[sel]
		if !ok || s.Kind() != types.FieldVal {
			return nil, nil
		}
		if k := c.stateConst(n.Rhs[0]); k != nil {
			return s.Obj(), k
		}
	}
	return nil, nil
}

// stateConst returns e as a constant of a named type whose name says it
// holds states (see stateTypes), if it is one.
func (c *checker) stateConst(e ast.Expr) *types.Const {
	k, ok := c.objOf(ast.Unparen(e)).(*types.Const)
	if !ok || k.Pkg() == nil || c.spid.IsCodeType(k.Type()) {
		return nil
	}
	n, ok := types.Unalias(k.Type()).(*types.Named)
	if !ok || !containsAny(strings.ToLower(n.Obj().Name()), stateTypes) {
		return nil
	}
	return k
}

// movesElsewhere reports whether n moves the flow to another state than
// the one Success's path moves it to through the same setter: the caller
// tells the states apart, as it does a function's results (see
// differsFromSuccess). Walking Success, it records Success's states.
func (w *walker) movesElsewhere(n ast.Node) bool {
	set, k := w.c.transition(n)
	if set == nil {
		return false
	}
	if w.record {
		if w.successStates == nil {
			w.successStates = map[types.Object]*types.Const{}
		}
		if prev, ok := w.successStates[set]; ok && prev != k {
			w.successStates[set] = nil // two states: neither tells
		} else if !ok {
			w.successStates[set] = k
		}
		return false
	}
	s, ok := w.successStates[set]
	return ok && s != nil && s != k
}

// stateMark is the entry of a walk's flags (see sentinel.go) saying the
// path moved the flow to the state Success's path moves it to.
const stateMark = "successstate"

// noteState records at n, off Success's walk, that the path moved a
// setter to the state Success's path moves it to.
func (w *walker) noteState(n ast.Node, flags string) string {
	if w.record || len(w.successStates) == 0 || strings.Contains(flags, stateMark) {
		return flags
	}
	set, k := w.c.transition(n)
	if set == nil || k == nil || w.successStates[set] != k {
		return flags
	}
	if flags == "" {
		return stateMark
	}
	return flags + ";" + stateMark
}

// stateUnmoved reports whether a path with flags, which never met Success's
// path, ends without the state Success's path records its decision in
// (case Success: s.State = StateEnrolled; default: s.Failures++ and,
// maybe, s.State = StateLocked): the flow keeps its state, and nothing
// Success was given is given (see movesElsewhere).
func (w *walker) stateUnmoved(flags string) bool {
	if w.record || strings.Contains(flags, stateMark) {
		return false
	}
	for _, k := range w.successStates {
		if k != nil {
			return true
		}
	}
	return false
}

// quietEnd reports whether n ends the function giving nothing: the
// closing brace, or a return of nil and constants only.
func (w *walker) quietEnd(n ast.Node) bool {
	ret, ok := n.(*ast.ReturnStmt)
	return ok && (ret.Return == w.fl.end || quietResults(w.c.pass.TypesInfo, ret.Results))
}
