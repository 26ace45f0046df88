package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/types"
	"slices"
	"strings"
)

// A message mapping picks the text shown for a code, or for a constant of
// the client's enum derived from it, and decides nothing:
//
//	func StepUpNotice(g spgw.Gate) string {
//		switch g {
//		case spgw.GateLocked:
//			return "Too many attempts."
//		default:
//			return errGeneric.Error()
//		}
//	}
//
// Its clauses differ only in the text they return, so none rejects, though
// a constant text looks quiet beside a default that calls .Error(). It is
// not judged.

// messageMapping reports whether d, in a function of signature sig, is a
// message mapping: every result of the function is text (a string type
// whose name says no decision), no returned constant text is a decision
// word ("deny", "allow"), and the function does nothing but log, keep
// locals, and return: no call outside logging, formatting and the
// declarations before d, no goroutine, send or deferred call.
func (c *checker) messageMapping(d *dispatch, sig *types.Signature) bool {
	if sig == nil || sig.Results().Len() == 0 {
		return false
	}
	for i := range sig.Results().Len() {
		if !isText(sig.Results().At(i).Type()) {
			return false
		}
	}
	var body *ast.BlockStmt
	if decl := d.enclosingDecl(); decl != nil {
		body = decl.Body
	} else if lit, _ := d.enclosingLit(); lit != nil {
		body = lit.Body
	}
	if body == nil {
		return false
	}
	info := c.pass.TypesInfo
	ok := true
	ast.Inspect(body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.GoStmt, *ast.DeferStmt, *ast.SendStmt:
			ok = false
		case *ast.ExprStmt:
			call, isCall := ast.Unparen(n.X).(*ast.CallExpr)
			ok = isCall && c.isLogging(call)
			return false
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				id, isID := ast.Unparen(l).(*ast.Ident)
				if !isID {
					ok = false // a field or an element: state outside
					return false
				}
				if v, isVar := c.pass.TypesInfo.ObjectOf(id).(*types.Var); id.Name != "_" && (!isVar || v.Parent() == nil || v.Parent() == v.Pkg().Scope()) {
					ok = false // a package-level variable
					return false
				}
			}
			if n.Pos() > d.stmt.Pos() && !c.formatsOnly(n.Rhs) {
				ok = false
			}
			return false
		case *ast.IncDecStmt:
			ok = false
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				if tv := info.Types[r]; tv.Value != nil && tv.Value.Kind() == constant.String && decisionWord(constant.StringVal(tv.Value)) {
					ok = false
				}
				if n, named := types.Unalias(info.TypeOf(r)).(*types.Named); named && !containsAny(strings.ToLower(n.Obj().Name()), messageTypes) && c.grantedState(r, n) {
					ok = false // return PairingStored: a state a success leaves (decline.go)
				}
			}
			ok = ok && c.formatsOnly(n.Results)
			return false
		}
		return true
	})
	return ok
}

// isText reports whether t is a string type naming no decision: string,
// or a named string type (Notice, UserMessage) whose name is no
// decisionTypes' unless it is also a message type's.
func isText(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsString == 0 {
		return false
	}
	n, named := types.Unalias(t).(*types.Named)
	if !named {
		return true
	}
	name := strings.ToLower(n.Obj().Name())
	return containsAny(name, messageTypes) || !containsAny(name, decisionTypes)
}

// decisionWord reports whether s, a returned text, is a decision spelled
// as a word ("deny", "Allowed", "reject") rather than a message.
func decisionWord(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return s != "" && !strings.Contains(s, " ") && (containsAny(s, rejectWords) || slices.Contains(successWords, s) || s == "allow" || s == "accept" || s == "grant")
}

// formatsOnly reports whether the calls in list only build text: the
// fmt, strings, strconv and errors packages' functions, a String, Error or
// Sprintf-like method, len, min and max, or a conversion.
func (c *checker) formatsOnly(list []ast.Expr) bool {
	ok := true
	for _, e := range list {
		ast.Inspect(e, func(n ast.Node) bool {
			call, isCall := n.(*ast.CallExpr)
			if !isCall || !ok {
				return ok
			}
			if tv, found := c.pass.TypesInfo.Types[call.Fun]; found && tv.IsType() {
				return true // a conversion: string(code)
			}
			if b, isBuiltin := c.callee(call).(*types.Builtin); isBuiltin {
				ok = b.Name() == "len" || b.Name() == "min" || b.Name() == "max"
				return ok
			}
			fn, isFunc := c.callee(call).(*types.Func)
			switch {
			case !isFunc:
				ok = false
			case fn.Signature().Recv() != nil: // the error interface's Error too
				ok = fn.Name() == "Error" || fn.Name() == "String" || strings.HasPrefix(fn.Name(), "Sprint")
			case fn.Pkg() == nil:
				ok = false
			default:
				switch fn.Pkg().Path() {
				case "fmt", "strings", "strconv", "errors":
					ok = !strings.HasPrefix(fn.Name(), "Fprint") && !strings.HasPrefix(fn.Name(), "Print")
				default:
					ok = false
				}
			}
			return ok
		})
	}
	return ok
}

// A function answering its decision as a word (func verdictFor(code
// spcode.Code) string { if code == spcode.Lockout { return "locked" } ...;
// return "approved" }) is a decision, not a message mapping: its texts are
// read by a caller or a browser that acts on them. Its word for success
// grants and a word of rejection or failure ("denied", "locked",
// "expired") rejects; another text decides nothing it can tell.

// answersVerdictWords reports whether the function holding d returns
// text only, and its constant texts are all decision words, a success
// word and a word of rejection ("denied", "blocked") among them: a
// dashboard tile's "locked", "typo" and "ok" name no decision.
func (c *checker) answersVerdictWords(d *dispatch, sig *types.Signature) bool {
	if sig == nil || sig.Results().Len() != 1 || !isText(sig.Results().At(0).Type()) {
		return false
	}
	var body *ast.BlockStmt
	if decl := d.enclosingDecl(); decl != nil {
		body = decl.Body
	} else if lit, _ := d.enclosingLit(); lit != nil {
		body = lit.Body
	}
	if body == nil {
		return false
	}
	granted, denies, other := false, false, false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) == 1 {
				if tv := c.pass.TypesInfo.Types[n.Results[0]]; tv.Value != nil && tv.Value.Kind() == constant.String {
					word := constant.StringVal(tv.Value)
					switch verdictWordOutcome(word) {
					case accept:
						granted = true
					case rejected:
						denies = denies || containsAny(strings.ToLower(word), rejectWords)
					default:
						other = true
					}
				}
			}
		}
		return true
	})
	return granted && denies && !other
}

// verdictWordOutcome is what a returned decision word does: a success
// word accepts, a word of rejection or failure rejects, any other text
// (or a sentence) is unknown.
func verdictWordOutcome(s string) outcome {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case s == "" || strings.ContainsAny(s, " .,!"):
		return unknown
	case slices.Contains(successWords, s):
		return accept
	case containsAny(s, rejectWords) || slices.Contains(failureWords, s):
		return rejected
	}
	return unknown
}
