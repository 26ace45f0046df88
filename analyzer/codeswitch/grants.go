package codeswitch

import (
	"go/ast"
	"go/token"
	"slices"
	"strings"
)

// This file follows a decision recorded as a flag of the value a function
// returns (see "Fails closed" in doc.go), where Success grants on its own
// path:
//
//	switch a.ErrorCode {
//	case Success:
//		ev.Response.AnswerCorrect = true
//	case OTPInvalid:
//		ev.Response.AnswerCorrect = false
//	}
//	return ev
//
// A code that meets Success's path after skipping its grant returns the
// value without it: it joins nothing Success was given, and does not
// fail open there.

// grantMark is the entry of a walk's flags (see sentinel.go) saying the
// path set a success flag to true.
const grantMark = "granted"

// grants reports whether n sets a success flag (Allowed, AnswerCorrect,
// IssueTokens, ...) of a local variable or a parameter to true.
func (c *checker) grants(n ast.Node) bool {
	as, ok := n.(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return false
	}
	for i, l := range as.Lhs {
		sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
		if !ok || !slices.Contains(successFields, strings.ToLower(sel.Sel.Name)) || !c.isLocal(sel) {
			continue
		}
		if v, ok := c.constBool(as.Rhs[i]); ok && v == "1" {
			return true
		}
	}
	return false
}

// noteGrant records a grant at n: on Success's walk, that Success's path
// grants; on another's, that this path did.
func (w *walker) noteGrant(n ast.Node, flags string) string {
	if !w.c.grants(n) {
		return flags
	}
	if w.record {
		w.successGrants = true
		return flags
	}
	if flags == "" {
		return grantMark
	}
	if !strings.Contains(flags, grantMark) {
		return flags + ";" + grantMark
	}
	return flags
}

// ungranted reports whether a path with flags that joins Success's path
// skipped the grant Success's path makes.
func (w *walker) ungranted(flags string) bool {
	return w.successGrants && !w.record && !strings.Contains(flags, grantMark)
}
