package codeswitch

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/constant"
	"go/format"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/fixsafe"
	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/codes"
)

// This file judges a predicate on its own (see "Predicates judged on their
// own" in doc.go): one whose name says what true means (sessionAccepted,
// Valid, OK: true accepts; Refused, Blocks, otpFailed: true rejects) and
// that answers "accept" for security-relevant codes it does not list
// (return code != SessionTokenInvalid) fails open in itself. It is
// reported where it decides, at its switch (the dispatch of a bool
// function, polarity.go) or at the comparison it returns, and its callers,
// which trust it, are not (the fact's Self).

// acceptWords are the last words of a predicate's name saying true
// accepts, case aside: sessionAccepted, IsValid, OK, tokenLive.
var acceptWords = map[string]bool{
	"accepted": true, "accepts": true, "valid": true, "ok": true,
	"allowed": true, "allows": true, "passed": true, "passes": true,
	"granted": true, "grants": true, "succeeded": true, "success": true,
	"successful": true, "live": true, "alive": true, "verified": true,
	"approved": true, "authorized": true, "authenticated": true,
}

// negationWords before the last word turn a name around (notAllowed,
// NoLongerValid): such a name says nothing plain, and is left alone.
var negationWords = map[string]bool{"not": true, "no": true, "non": true, "never": true, "un": true}

// negated reports whether a word before the last of words negates it.
func negated(words []string) bool {
	return len(words) > 0 && slices.ContainsFunc(words[:len(words)-1], func(w string) bool { return negationWords[w] })
}

// namePolarity returns 1 when name says true accepts, -1 when it says true
// rejects (as its last word: otpFailed, Blocks, MustStop), 0 otherwise.
func namePolarity(name string) int {
	words := splitWords(name)
	if len(words) == 0 || negated(words) {
		return 0
	}
	last := words[len(words)-1]
	switch {
	case acceptWords[last]:
		return 1
	case trueRejectNames[last] || namedToReject(name) || verbRejects(words):
		return -1
	}
	return 0
}

// rejectVerbs lead a predicate's name that says true rejects what follows
// (BlocksTrade, DeniesPayout, ShouldBlockLogin, mustRejectDevice): the
// verb in the third person, or its base form after should or must.
var rejectVerbs = map[string]bool{"blocks": true, "denies": true, "rejects": true, "refuses": true, "forbids": true, "stops": true}

var rejectBases = map[string]bool{"block": true, "deny": true, "reject": true, "refuse": true, "forbid": true, "stop": true}

// verbRejects reports whether words, a predicate's name, lead with a
// verb saying true rejects (see rejectVerbs).
func verbRejects(words []string) bool {
	if len(words) > 1 && (words[0] == "should" || words[0] == "must") {
		return len(words) > 2 && rejectBases[words[1]]
	}
	return len(words) > 1 && rejectVerbs[words[0]]
}

// failsOpenItself reports whether p, the predicate fact of a function
// named name with body body, answers accept, as its name reads, for a
// security-relevant code body does not name: true for it where true
// accepts, false where true rejects. Only a body that is a switch over the
// code, or one return comparing one value with constants (by ==, !=, &&,
// || and !: the fix rewrites it), is judged so.
func (s *summaries) failsOpenItself(name string, sig *types.Signature, d funcDecl, p *predFact) bool {
	pol := namePolarity(name)
	body := d.decl.Body
	if pol == 0 || p.Result != 0 {
		return false
	}
	if !p.Switch {
		// A return of comparisons is judged on its own only where true
		// accepts (return code != SessionTokenInvalid): a deny list
		// named to reject (return o == OTPInvalid || o == BogusOTP of
		// otpRejected) says no more than it lists, and its callers are
		// judged.
		if pol < 0 || len(body.List) != 1 {
			return false
		}
		ret, ok := body.List[0].(*ast.ReturnStmt)
		if !ok || len(ret.Results) != 1 {
			return false
		}
		if subj, _ := s.checkerFor(d.file, sig).selfOperands(ret.Results[0]); subj == nil {
			return false // return slices.Contains(hard, o): its callers are judged
		}
	}
	named := s.namedCodes(body)
	for _, code := range s.requiredCodes() {
		if code == codes.Success || named[code] {
			continue
		}
		if v := p.value(code); pol > 0 && v == triTrue || pol < 0 && v == triFalse {
			return true
		}
	}
	return false
}

func (s *summaries) requiredCodes() []codes.ReturnCode {
	if s.required == nil {
		s.required = requiredCodes(s.spid.PackageCodes())
	}
	return s.required
}

// namedCodes returns the published codes the constants of body name.
func (s *summaries) namedCodes(body *ast.BlockStmt) map[codes.ReturnCode]bool {
	out := map[codes.ReturnCode]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		if e, ok := n.(ast.Expr); ok {
			if tv, ok := s.pass.TypesInfo.Types[e]; ok && tv.Value != nil {
				if code, ok := spid.CodeOf(tv.Value); ok {
					out[code] = true
				}
				return false
			}
		}
		return true
	})
	return out
}

// checkSelfPredicates reports the predicates of the file, judged on their
// own, whose body is one return (a switch is the dispatch check's).
func (c *checker) checkSelfPredicates() {
	for _, d := range c.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil || len(fd.Body.List) != 1 {
			continue
		}
		fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
		if !ok {
			continue
		}
		p := c.sums.predicate(fn)
		ret, isRet := fd.Body.List[0].(*ast.ReturnStmt)
		if p == nil || !p.Self || p.Switch || !isRet || len(ret.Results) != 1 {
			continue
		}
		c.reportSelf(fd, ret, p)
	}
}

// reportSelf reports ret, the return of a predicate named as fd whose
// true accepts, and offers to replace it by an allow list (subject ==
// Success, with the codes it already accepted by name).
func (c *checker) reportSelf(fd *ast.FuncDecl, ret *ast.ReturnStmt, p *predFact) {
	e := ret.Results[0]
	named := c.sums.namedCodes(fd.Body)
	var open []codes.ReturnCode
	for _, code := range c.required {
		if code != codes.Success && !named[code] && p.value(code) == triTrue {
			open = append(open, code)
		}
	}
	if len(open) == 0 {
		return
	}
	noun, verb := "codes", "answer"
	if len(open) == 1 {
		noun, verb = "code", "answers"
	}
	diag := analysis.Diagnostic{
		Pos:      ret.Pos(),
		End:      ret.Pos() + token.Pos(len("return")),
		Category: category,
		Message: fmt.Sprintf("fail-open predicate over SurePassID return codes: %d security-relevant %s %s accepted (%s)",
			len(open), noun, verb, names(open)),
	}
	if fix, ok := c.selfFix(e, p); ok && fixsafe.Parses(c.pass, ret.Pos()) {
		diag.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	c.pass.Report(diag)
}

// selfFix rewrites e, a predicate's comparisons of one subject with
// constants, to answer true for Success and the codes e accepts by name
// only.
func (c *checker) selfFix(e ast.Expr, p *predFact) (analysis.SuggestedFix, bool) {
	subj, consts := c.selfOperands(e)
	if subj == nil || len(consts) == 0 {
		return analysis.SuggestedFix{}, false
	}
	keep := []string{c.successSpelling(consts)}
	if keep[0] == "" {
		return analysis.SuggestedFix{}, false
	}
	seen := map[codes.ReturnCode]bool{codes.Success: true}
	for _, k := range consts {
		code, ok := c.constCode(k)
		if !ok || seen[code] {
			continue
		}
		seen[code] = true
		if p.value(code) == triTrue {
			keep = append(keep, c.exprText(k))
		}
	}
	var b bytes.Buffer
	s := c.exprText(subj)
	for i, k := range keep {
		if i > 0 {
			b.WriteString(" || ")
		}
		fmt.Fprintf(&b, "%s == %s", s, k)
	}
	return analysis.SuggestedFix{
		Message:   "answer accept for Success only",
		TextEdits: []analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: b.Bytes()}},
	}, true
}

// selfOperands returns the subject e compares with constants, when e is
// built of such comparisons of one subject by &&, || and !, and the
// constants in the order written; nil for anything else.
func (c *checker) selfOperands(e ast.Expr) (ast.Expr, []ast.Expr) {
	var subj ast.Expr
	var consts []ast.Expr
	var walk func(e ast.Expr) bool
	walk = func(e ast.Expr) bool {
		switch e := ast.Unparen(e).(type) {
		case *ast.UnaryExpr:
			return e.Op == token.NOT && walk(e.X)
		case *ast.BinaryExpr:
			switch e.Op {
			case token.LAND, token.LOR:
				return walk(e.X) && walk(e.Y)
			case token.EQL, token.NEQ:
				x, y := e.X, e.Y
				if c.isConst(x) {
					x, y = y, x
				}
				if !c.isConst(y) || c.isConst(x) || subj != nil && !sameExpr(subj, x) {
					return false
				}
				subj, consts = x, append(consts, y)
				return true
			}
		}
		return false
	}
	if !walk(e) {
		return nil, nil
	}
	return subj, consts
}

// successSpelling spells Success beside consts, constants of the codes:
// a constant of the same package and type valued 0, written as the first
// of consts is (surepass.CodeOK, int32(VerdictOK), spOK), else a literal.
func (c *checker) successSpelling(consts []ast.Expr) string {
	for _, k := range consts {
		if code, ok := c.constCode(k); ok && code == codes.Success {
			return c.exprText(k)
		}
	}
	first := consts[0]
	var id *ast.Ident
	ast.Inspect(first, func(n ast.Node) bool {
		if i, ok := n.(*ast.Ident); ok {
			if _, isConst := c.pass.TypesInfo.Uses[i].(*types.Const); isConst {
				id = i
			}
		}
		return id == nil
	})
	if id != nil {
		k := c.pass.TypesInfo.Uses[id].(*types.Const)
		text := c.exprText(first)
		off := int(id.Pos() - first.Pos())
		if zero := successConst(k); zero != nil && (zero.Pkg() == c.pass.Pkg || zero.Exported()) &&
			off >= 0 && off+len(id.Name) <= len(text) && text[off:off+len(id.Name)] == id.Name {
			return text[:off] + zero.Name() + text[off+len(id.Name):]
		}
	}
	tv := c.pass.TypesInfo.Types[first]
	if tv.Value != nil && tv.Value.Kind() == constant.String {
		return `"0"`
	}
	return "0"
}

// successConst returns a constant declared beside k, of its type, valued
// Success's 0 ("0" for a string code), preferring a name that says so.
func successConst(k *types.Const) *types.Const {
	if k.Pkg() == nil {
		return nil
	}
	var found *types.Const
	scope := k.Pkg().Scope()
	for _, name := range scope.Names() {
		z, ok := scope.Lookup(name).(*types.Const)
		if !ok || !types.Identical(z.Type(), k.Type()) {
			continue
		}
		if code, ok := spid.CodeOf(z.Val()); !ok || code != codes.Success {
			continue
		}
		if namePolarity(name) > 0 || slices.Contains(splitWords(name), "success") {
			return z
		}
		if found == nil {
			found = z
		}
	}
	return found
}

// exprText prints e as gofmt would.
func (c *checker) exprText(e ast.Expr) string {
	var b bytes.Buffer
	if err := format.Node(&b, c.pass.Fset, e); err != nil {
		return types.ExprString(e)
	}
	return b.String()
}
