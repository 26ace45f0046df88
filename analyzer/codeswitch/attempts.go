package codeswitch

import (
	"go/ast"

	"golang.org/x/tools/go/cfg"
)

// Attempt loops: a kiosk or CLI that reads one code after another (for {
// otp := prompt(); res, err := sp.Validate(ctx, user, otp); if res.Code ==
// Locked { fmt.Println("try again"); continue }; clockIn(user) }) goes on
// to the next attempt after Success as after a refusal. The statements at
// the loop's head (the prompt, scanner.Scan()) are then on Success's path
// too, and a refusal's continue would meet them there. When Success's own
// path reaches the next attempt of a for loop round the dispatch whose
// body reads the code afresh, the next attempt ends every path, as the end
// of the function does: continue (or break) out of an attempt after
// refusing it leaves, and a code that did what Success does joins it. A
// retry loop whose Success returns out of the loop is followed as before
// (a refusal's continue reaches the next attempt and its code).

// nextAttempt reports whether entering b goes on to the next attempt of
// the dispatch's attempt loop (see attemptLoopOf), and as a side effect
// notes Success's walk reaching it. It is nextIteration's twin for for
// loops; range loops keep their own rules.
func (w *walker) nextAttempt(b *cfg.Block) bool {
	if w.nextIteration(b) {
		return true
	}
	loop := w.attemptLoopOf()
	if loop == nil || b.Stmt != loop {
		return false
	}
	switch b.Kind {
	case cfg.KindForLoop, cfg.KindForPost, cfg.KindForBody:
	default:
		return false
	}
	// Entering the loop's head, post statement or body from a walk that
	// starts inside its body is going round it.
	if w.record {
		w.successNext = true
		return true
	}
	return w.successNext
}

// attemptLoopOf returns the innermost for loop holding the dispatch whose
// body declares or assigns a variable the code is read from; nil if none.
func (w *walker) attemptLoopOf() *ast.ForStmt {
	if w.attemptDone {
		return w.attemptLoop
	}
	w.attemptDone = true
	stmt := w.d.stmt
	if stmt == nil {
		return nil
	}
	for i := len(w.d.stack) - 1; i >= 0; i-- {
		switch n := w.d.stack[i].(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return nil
		case *ast.ForStmt:
			if n.Body != nil && n.Body.Pos() <= stmt.Pos() && stmt.End() <= n.Body.End() && w.readsAfresh(n.Body) {
				w.attemptLoop = n
				return n
			}
		}
	}
	return nil
}

// readsAfresh reports whether body declares or assigns a variable the
// dispatched code is read from.
func (w *walker) readsAfresh(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt, *ast.ValueSpec:
			found = w.reassigns(n)
			return false
		}
		return true
	})
	return found
}
