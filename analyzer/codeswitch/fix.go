package codeswitch

import (
	"bytes"
	"fmt"
	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"go/ast"
	"go/printer"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/surepasslint/surepasslint/codes"
)

// fix returns the one suggested fix for d (see "Suggested fix" in doc.go).
// reject is a clause of d that rejects a published failure code; unlisted
// is whether unlisted codes fail open; open are the clauses whose listed
// codes fail open. When there is no sound fix, why says so (it is empty
// when positions or the source are missing).
func (c *checker) fix(d *dispatch, reject *clause, listed map[codes.ReturnCode]bool, unlisted bool, open []*clause) (analysis.SuggestedFix, bool, string) {
	if reject.keysOnly {
		return analysis.SuggestedFix{}, false, "the table's codes have no branch of their own to copy"
	}
	if c.source() == nil || len(reject.body) == 0 {
		return analysis.SuggestedFix{}, false, ""
	}
	if c.readsParamTable(d) && !c.soleParamTable(d) { // lookupfix.go
		return analysis.SuggestedFix{}, false, "the table is its callers'; make the function reject the codes it leaves out"
	}
	if ifs, ok := d.stmt.(*ast.IfStmt); ok && c.loopLookup(ifs.Cond) != nil {
		// A branch beside the if would answer for codes a later row
		// lists (looprows.go).
		return analysis.SuggestedFix{}, false, "the rows are searched in order; reject the codes no row lists after the loop"
	}
	if unlisted && c.guardedByAs(d) {
		return analysis.SuggestedFix{}, false, "the code is read through the target of errors.As, nil for any other error"
	}
	// In code being edited, positions may be missing (an unclosed brace):
	// the helpers below then set c.badPos, and no fix is offered.
	c.badPos = false
	var fix analysis.SuggestedFix
	if unlisted {
		var why string
		fix, why = c.buildFix(d, reject, listed)
		if c.badPos {
			return analysis.SuggestedFix{}, false, ""
		}
		if why != "" {
			return analysis.SuggestedFix{}, false, why
		}
	}
	if len(open) > 0 {
		edits, why := c.appendRejection(reject, open)
		if c.badPos {
			return analysis.SuggestedFix{}, false, ""
		}
		if why != "" {
			return analysis.SuggestedFix{}, false, why
		}
		fix.TextEdits = append(fix.TextEdits, edits...)
		if fix.Message == "" {
			fix.Message = "Reject the listed codes that fall through like " + c.like(d, reject)
		} else {
			fix.Message += ", and the listed codes that fall through too"
		}
	}
	if c.badPos {
		return analysis.SuggestedFix{}, false, ""
	}
	for _, e := range fix.TextEdits {
		if !c.valid(e.Pos) || !c.valid(e.End) {
			return analysis.SuggestedFix{}, false, ""
		}
	}
	return fix, true, ""
}

// fallbackTag reports whether tag, or the value a local tag was declared
// with, is the call of a function that answers a constant of its own
// without a code (switch sp.CodeOf(err), -1 for a nil error): a default
// would reject Success too, so the fix lists the missing codes instead.
func (c *checker) fallbackTag(tag ast.Expr) bool {
	for i := 0; i < codeDepth && tag != nil; i++ {
		if init := c.localInit(tag); init != nil {
			tag = init
			continue
		}
		call, ok := ast.Unparen(tag).(*ast.CallExpr)
		if !ok {
			return false
		}
		if c.spid.Fallback(c.pass.TypesInfo, call) {
			return true
		}
		op, _ := spid.Operand(c.pass.TypesInfo, call)
		tag = op
	}
	return false
}

// like names the rejecting clause in a fix's message.
func (c *checker) like(d *dispatch, reject *clause) string {
	if _, ok := d.stmt.(*ast.IfStmt); ok {
		return "the " + c.valueText(reject.exprs[0]) + " branch"
	}
	return "the " + c.valueText(reject.exprs[0]) + " case"
}

// appendRejection returns edits appending a copy of reject's body to each
// clause of open, which must end by falling out of the dispatch.
func (c *checker) appendRejection(reject *clause, open []*clause) ([]analysis.TextEdit, string) {
	if hasLabel(reject.body) {
		return nil, "the rejecting branch declares labels"
	}
	body := c.text2(reject.body[0].Pos(), reject.body[len(reject.body)-1].End())
	indent := c.indent(reject.body[0].Pos())
	var edits []analysis.TextEdit
	for _, cl := range open {
		if n := len(cl.body); n > 0 {
			if b, ok := cl.body[n-1].(*ast.BranchStmt); ok && b.Tok == token.BREAK && b.Label == nil {
				// case X: log.Print(...); break: the rejection replaces the
				// break, which only left the switch.
				edits = append(edits, analysis.TextEdit{Pos: b.Pos(), End: b.End(), NewText: []byte(body)})
				continue
			}
			if !c.fallsOutAtEnd(cl.body[n-1]) {
				return nil, "a listed code's branch ends in " + c.text2(cl.body[n-1].Pos(), cl.body[n-1].End()) + ", so no rejection can be appended to it"
			}
		}
		var at token.Pos
		switch n := cl.node.(type) {
		case *ast.CaseClause:
			at = n.Colon + 1
		case *ast.BlockStmt:
			at = n.Lbrace + 1
		default:
			return nil, "unexpected branch"
		}
		if len(cl.body) > 0 {
			at = cl.body[len(cl.body)-1].End()
		}
		edits = append(edits, analysis.TextEdit{Pos: at, End: at, NewText: []byte("\n" + indent + body)})
	}
	return edits, ""
}

// fallsOutAtEnd reports whether s, the last statement of a branch, lets
// control reach the branch's end (so that code appended after it runs).
func (c *checker) fallsOutAtEnd(s ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.ReturnStmt, *ast.BranchStmt, *ast.LabeledStmt:
		return false
	case *ast.ExprStmt:
		if call, ok := ast.Unparen(s.X).(*ast.CallExpr); ok && c.terminates(call) {
			return false
		}
	case *ast.BlockStmt:
		return len(s.List) == 0 || c.fallsOutAtEnd(s.List[len(s.List)-1])
	}
	return true
}

// buildFix returns the fix for the unlisted codes, or why there is none.
func (c *checker) buildFix(d *dispatch, reject *clause, listed map[codes.ReturnCode]bool) (analysis.SuggestedFix, string) {
	like := c.like(d, reject)
	body := c.text2(reject.body[0].Pos(), reject.body[len(reject.body)-1].End())
	copyable := !hasLabel(reject.body)
	if (c.mirrorOf(d.tag) != nil || c.codeNameOf(d.tag) != nil) && c.render(d.tag, codes.Success, d.stmt.Pos()) == "" {
		return analysis.SuggestedFix{}, "no constant of " + c.pass.TypesInfo.TypeOf(d.tag).String() + " stands for Success here"
	}
	switch s := d.stmt.(type) {
	case *ast.SwitchStmt:
		if d.tagless {
			// A last case for every failure: cases are tried in order, so
			// it comes before the default wherever that is written.
			if !copyable {
				return analysis.SuggestedFix{}, "the rejecting case declares labels"
			}
			at, ok := c.lineStart(s.Body.Rbrace)
			if !ok {
				return analysis.SuggestedFix{}, "the switch's closing brace is not on a line of its own"
			}
			text := fmt.Sprintf("%scase %s:\n%s%s\n", c.indent(reject.node.Pos()), c.failureTest(d.tag, s.Pos()),
				c.indent(reject.body[0].Pos()), body)
			return analysis.SuggestedFix{
				Message:   "Reject every other failure code like " + like,
				TextEdits: []analysis.TextEdit{{Pos: at, End: at, NewText: []byte(text)}},
			}, ""
		}
		heldCase, heldWhy := "", ""
		if s.Tag != nil && d.tag != nil && !sameExpr(s.Tag, d.tag) {
			// switch mfa.Outcomes[code]: cases are the table's values
			// (outnames.go).
			if heldCase, heldWhy = c.successValueCase(s, d); heldWhy != "" {
				return analysis.SuggestedFix{}, heldWhy
			}
		}
		// A default clause, unless Success leaves the switch in its own
		// clause: that would leave the statements after it unreachable.
		if d.dflt == nil && copyable && !endsInFallthrough(reject.body) && !c.successLeaves(d) && !c.fallbackTag(d.tag) {
			if at, ok := c.lineStart(s.Body.Rbrace); ok {
				caseIndent := c.indent(reject.node.Pos())
				var b strings.Builder
				switch {
				case listed[codes.Success]:
				case heldCase != "":
					fmt.Fprintf(&b, "%scase %s:\n", caseIndent, heldCase)
				default:
					fmt.Fprintf(&b, "%scase %s:\n", caseIndent, c.render(d.tag, codes.Success, s.Pos()))
				}
				fmt.Fprintf(&b, "%sdefault:\n%s%s\n", caseIndent, c.indent(reject.body[0].Pos()), body)
				return analysis.SuggestedFix{
					Message:   "Add a default clause that rejects like " + like,
					TextEdits: []analysis.TextEdit{{Pos: at, End: at, NewText: []byte(b.String())}},
				}, ""
			}
		}
		if heldCase != "" {
			return analysis.SuggestedFix{}, "the switch has a default or Success leaves it; reject in its default every value of the table but Success's"
		}
		if d.errs { // no code constants to add to a case list
			if d.dflt != nil {
				return analysis.SuggestedFix{}, "the default does not fail closed; make it reject"
			}
			return analysis.SuggestedFix{}, "a default clause would make the statements after the switch unreachable"
		}
		// Hand every missing code to the rejecting clause, ahead of its own.
		var b strings.Builder
		indent := c.indent(reject.node.Pos()) + "\t"
		n := 0
		added := map[string]bool{}
		for _, code := range c.required {
			if !listed[code] {
				text := c.render(d.tag, code, s.Pos())
				if c.mirrorOf(d.tag) != nil || c.codeNameOf(d.tag) != nil { // a mirror's constants, names, once each
					if text == "" {
						return analysis.SuggestedFix{}, "no constant of " + c.pass.TypesInfo.TypeOf(d.tag).String() + " stands for " + code.String()
					}
					if added[text] {
						continue
					}
					added[text] = true
				}
				b.WriteString(text)
				if _, err := strconv.Atoi(strings.Trim(text, `"`)); err == nil {
					fmt.Fprintf(&b, ", // %s", code)
				} else {
					b.WriteString(",")
				}
				b.WriteString("\n" + indent)
				n++
			}
		}
		at := reject.exprs[0].Pos()
		return analysis.SuggestedFix{
			Message:   fmt.Sprintf("Reject the %d unhandled codes like %s", n, like),
			TextEdits: []analysis.TextEdit{{Pos: at, End: at, NewText: []byte(b.String())}},
		}, ""
	case *ast.IfStmt:
		if !copyable {
			return analysis.SuggestedFix{}, "the rejecting branch declares labels"
		}
		body, ok := c.initBody(s, reject, body)
		if !ok {
			return analysis.SuggestedFix{}, "the rejecting branch returns what its condition looked up"
		}
		at := d.last.Body.Rbrace + 1
		test := d.predTest // !res.OK() after res.Locked() (predchain.go)
		if test == "" {
			test = c.failureTest(d.tag, s.Pos())
		}
		text := fmt.Sprintf(" else if %s {\n%s%s\n%s}",
			test, c.indent(reject.body[0].Pos()), body, c.indent(d.last.Body.Rbrace))
		return analysis.SuggestedFix{
			Message:   "Reject every other failure code like " + like,
			TextEdits: []analysis.TextEdit{{Pos: at, End: at, NewText: []byte(text)}},
		}, ""
	}
	return analysis.SuggestedFix{}, "unexpected dispatch"
}

// failureTest returns the condition true for every failure code of tag:
// tag != Success, and p != nil && *p != Success for a code read through a
// pointer (*chk.ErrorCode), so that the fix never dereferences nil; err !=
// nil for the code a getter reads back from err (ReasonOf(err)).
func (c *checker) failureTest(tag ast.Expr, pos token.Pos) string {
	if call, ok := ast.Unparen(tag).(*ast.CallExpr); ok && c.errCanonical(call) != nil {
		// ReasonOf(err) answers a code only for an error of its
		// client's type: err != nil rejects the others too (errcode.go).
		return fmt.Sprintf("%s != nil", c.text(call.Args[0]))
	}
	test := fmt.Sprintf("%s != %s", c.text(tag), c.render(tag, codes.Success, pos))
	if star, ok := ast.Unparen(tag).(*ast.StarExpr); ok {
		test = fmt.Sprintf("%s != nil && %s", c.text(star.X), test)
	}
	return test
}

// render spells code for a comparison with tag at pos: a constant of tag's
// own type when one is in scope (codes.OTPInvalid, surepass.OTPInvalid,
// OTPInvalid), else an integer literal (quoted for a string code).
func (c *checker) render(tag ast.Expr, code codes.ReturnCode, pos token.Pos) string {
	if t := c.pass.TypesInfo.TypeOf(tag); t != nil && types.IsInterface(t) && code == codes.Success {
		return "nil" // an error standing for its code (sentinels_dispatch.go)
	}
	if n := c.codeNameOf(tag); n != nil {
		return renderName(n, code) // "" makes no fix
	}
	if n := c.namedType(tag); n != nil {
		if m := c.mirrorOf(tag); m != nil {
			// A mirror's constant, or nothing: "" makes no fix.
			if k := mirrorConstant(m, n, code); k != nil {
				if q, ok := c.qualifier(k, pos); ok {
					return q + k.Name()
				}
			}
			return ""
		}
		if k := constantOf(n, code); k != nil {
			if q, ok := c.qualifier(k, pos); ok {
				return q + k.Name()
			}
		}
	}
	if s := c.setSpelling(tag, code, pos); s != "" {
		return s // SP.Success beside the dispatch's SP.OTPInvalid (spid's code sets)
	}
	if t := c.pass.TypesInfo.TypeOf(tag); t != nil && isStringType(t) {
		return strconv.Quote(strconv.Itoa(int(code))) // a string or json.Number code
	}
	return strconv.Itoa(int(code))
}

// setSpelling spells code as a read of a code set the file reads (spid's
// codesets.go: SP.Success, rc.Success, Code["success"]) whose name can be
// used at pos and whose read has tag's type; "" when there is none.
func (c *checker) setSpelling(tag ast.Expr, code codes.ReturnCode, pos token.Pos) string {
	if !c.spid.HasCodeSets() {
		return ""
	}
	info := c.pass.TypesInfo
	t := info.TypeOf(tag)
	if t == nil {
		return ""
	}
	if c.setRoots == nil {
		c.setRoots = []ast.Expr{}
		seen := map[string]bool{}
		ast.Inspect(c.file, func(n ast.Node) bool {
			var root ast.Expr
			switch e := n.(type) {
			case *ast.SelectorExpr:
				root = e.X
			case *ast.IndexExpr:
				root = e.X
			default:
				return true
			}
			if _, ok := c.spid.CodeSetCode(info, n.(ast.Expr)); ok && !seen[types.ExprString(root)] {
				seen[types.ExprString(root)] = true
				c.setRoots = append(c.setRoots, root)
			}
			return true
		})
	}
	scope := c.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		scope = c.pass.Pkg.Scope()
	}
	for _, root := range c.setRoots {
		id, ok := root.(*ast.Ident)
		if sel, isSel := root.(*ast.SelectorExpr); isSel {
			id, ok = sel.X.(*ast.Ident) // pkg.SP: pkg must name the package at pos
		}
		if !ok {
			continue
		}
		if _, obj := scope.LookupParent(id.Name, pos); obj == nil || obj != info.Uses[id] {
			continue
		}
		if rest, typ, ok := c.spid.CodeSetSpelling(info, root, code); ok && types.Identical(typ, t) {
			return types.ExprString(root) + rest
		}
	}
	return ""
}

// qualifier returns the prefix that names k at pos in this file ("" or
// "pkgname."), and whether k can be named there at all.
func (c *checker) qualifier(k *types.Const, pos token.Pos) (string, bool) {
	scope := c.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		scope = c.pass.Pkg.Scope()
	}
	if k.Pkg() == c.pass.Pkg {
		_, obj := scope.LookupParent(k.Name(), pos)
		return "", obj == k
	}
	if !k.Exported() {
		return "", false
	}
	for _, imp := range c.file.Imports {
		pn := c.pass.TypesInfo.PkgNameOf(imp)
		if pn == nil || pn.Imported() != k.Pkg() {
			continue
		}
		switch pn.Name() {
		case "_":
			continue
		case ".":
			_, obj := scope.LookupParent(k.Name(), pos)
			return "", obj == k
		}
		if _, obj := scope.LookupParent(pn.Name(), pos); obj == pn {
			return pn.Name() + ".", true
		}
	}
	return "", false
}

// successLeaves reports whether d lists Success in a clause that does not
// fall out of the switch.
func (c *checker) successLeaves(d *dispatch) bool {
	for _, cl := range d.clauses {
		for _, code := range cl.codes {
			if code == codes.Success {
				return c.classify(cl.body, true) != fallOut
			}
		}
	}
	return false
}

func hasLabel(body []ast.Stmt) bool {
	found := false
	for _, s := range body {
		ast.Inspect(s, func(n ast.Node) bool {
			if _, ok := n.(*ast.LabeledStmt); ok {
				found = true
			}
			return !found
		})
	}
	return found
}

func endsInFallthrough(body []ast.Stmt) bool {
	b, ok := body[len(body)-1].(*ast.BranchStmt)
	return ok && b.Tok == token.FALLTHROUGH
}

// source returns the file's content, or nil if it cannot be read.
func (c *checker) source() []byte {
	if c.src == nil && c.pass.ReadFile != nil {
		tf := c.pass.Fset.File(c.file.Pos())
		if tf == nil {
			return nil
		}
		src, err := c.pass.ReadFile(tf.Name())
		if err != nil || len(src) != tf.Size() {
			return nil
		}
		c.src = src
	}
	return c.src
}

// valid reports whether pos lies in the file being checked.
func (c *checker) valid(pos token.Pos) bool {
	return pos.IsValid() && c.file.FileStart <= pos && pos <= c.file.FileEnd
}

// offset returns pos's offset in the file; an invalid pos sets c.badPos.
func (c *checker) offset(pos token.Pos) int {
	if !c.valid(pos) {
		c.badPos = true
		return 0
	}
	return c.pass.Fset.File(pos).Offset(pos)
}

func (c *checker) text(e ast.Expr) string { return c.text2(e.Pos(), e.End()) }

// valueText is the text of a table's key or value, which may be written
// in another file of the package: as written, else printed.
func (c *checker) valueText(e ast.Expr) string {
	if e.Pos() >= c.file.FileStart && e.End() <= c.file.FileEnd {
		return c.text(e)
	}
	var b strings.Builder
	if err := printer.Fprint(&b, c.pass.Fset, e); err != nil {
		c.badPos = true
		return ""
	}
	return b.String()
}

func (c *checker) text2(pos, end token.Pos) string {
	from, to := c.offset(pos), c.offset(end)
	if c.badPos || from > to || to > len(c.src) {
		c.badPos = true
		return ""
	}
	return string(c.src[from:to])
}

// indent returns the leading white space of the line holding pos.
func (c *checker) indent(pos token.Pos) string {
	start, _ := c.lineStart(pos)
	line := c.src[c.offset(start):]
	return string(line[:len(line)-len(bytes.TrimLeft(line, " \t"))])
}

// lineStart returns the start of pos's line, and whether only white space
// precedes pos on it.
func (c *checker) lineStart(pos token.Pos) (token.Pos, bool) {
	if !c.valid(pos) {
		c.badPos = true
		return c.file.FileStart, false
	}
	tf := c.pass.Fset.File(pos)
	start := tf.LineStart(tf.Line(pos))
	return start, len(bytes.TrimSpace(c.src[c.offset(start):c.offset(pos)])) == 0
}

func isStringType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// initBody returns the text of reject's body, a branch of the if-else
// chain s, for a copy in a final else branch: a variable declared in the
// branch's init and returned there (return o of if o, ok := table[code];
// ok && o != Proceed) would hold the zero value for every other code, so
// the copy returns the table's value for the first code the branch
// handles instead; so for the table's value assigned to a defaulted local
// (outcome = g, lane = closures[code]; see lookup.go). False when that
// value cannot be found.
func (c *checker) initBody(s *ast.IfStmt, reject *clause, body string) (string, bool) {
	// The branch's if: in s's else chain, or a consecutive if (whose
	// init's variables the appended else branch sees too).
	var init ast.Stmt
	found := false
	ast.Inspect(c.file, func(n ast.Node) bool {
		if is, ok := n.(*ast.IfStmt); ok && !found && is.Body == reject.node {
			init, found = is.Init, true
			if init == nil {
				init = c.lookupStmt(is.Cond)
			}
		}
		return !found
	})
	if init == nil {
		return body, true
	}
	type edit struct {
		pos, end token.Pos
		text     string
	}
	var edits []edit
	ok := true
	done := map[ast.Node]bool{}
	for _, st := range reject.body {
		ast.Inspect(st, func(n ast.Node) bool {
			var results []ast.Expr
			switch n := n.(type) {
			case *ast.ReturnStmt:
				results = n.Results
			case *ast.AssignStmt: // outcome = g, a defaulted local (lookup.go)
				results = n.Rhs
			case *ast.SelectorExpr:
				// r.err of a row a row search found: the row's field
				// (rowsearch.go).
				v := c.localVar(n.X)
				if v == nil || v.Pos() < init.Pos() || v.Pos() >= init.End() || c.lookupValues()[v] == nil || c.rowLits[c.lookupValues()[v].X] == nil {
					return ok
				}
				fv := c.rowFieldValue(c.lookupValues()[v], n.Sel.Name, reject)
				if fv == nil {
					ok = false
					return false
				}
				done[ast.Unparen(n.X)] = true
				edits = append(edits, edit{n.Pos(), n.End(), c.valueText(fv)})
				return false
			case *ast.Ident:
				// The element elsewhere (next(a), http.Error(w, msg,
				// st)): the table's value too (tabled.go).
				if v := c.localVar(n); !done[n] && v != nil && v.Pos() >= init.Pos() && v.Pos() < init.End() && c.lookupValues()[v] != nil {
					if c.rowLits[c.lookupValues()[v].X] != nil {
						ok = false // a whole row, which no index reads again
						return false
					}
					text := ""
					if tv := c.tableValue(n, reject); tv != nil {
						text = c.valueText(tv)
					} else {
						text = c.tableEntry(c.lookupValues()[v], reject) // refusals[sp.OTPInvalid]()
					}
					if text == "" {
						ok = false
						return false
					}
					edits = append(edits, edit{n.Pos(), n.End(), text})
				}
				return ok
			default:
				return ok
			}
			for _, r := range results {
				done[ast.Unparen(r)] = true
			}
			for _, r := range results {
				if ix, isIdx := ast.Unparen(r).(*ast.IndexExpr); isIdx {
					// lane = closures[code]: the table again (lookup.go).
					if lit, _ := c.mapLiteral(ix.X); lit != nil {
						v := c.tableValueOf(ix, reject)
						if v == nil {
							ok = false
							return false
						}
						edits = append(edits, edit{ix.Pos(), ix.End(), c.valueText(v)})
					}
					continue
				}
				id, isID := ast.Unparen(r).(*ast.Ident)
				if !isID {
					continue
				}
				obj := c.pass.TypesInfo.Uses[id]
				if obj == nil || obj.Pos() < init.Pos() || obj.Pos() >= init.End() {
					continue
				}
				text := ""
				if v := c.tableValue(id, reject); v != nil {
					text = c.valueText(v)
				} else if lv, isVar := obj.(*types.Var); isVar && c.elidedRows(c.lookupValues()[lv]) {
					text = c.tableEntry(c.lookupValues()[lv], reject) // refusals[sp.OTPInvalid]
				}
				if text == "" {
					ok = false
					return false
				}
				edits = append(edits, edit{id.Pos(), id.End(), text})
			}
			return ok
		})
	}
	if !ok {
		return "", false
	}
	start := reject.body[0].Pos()
	var b strings.Builder
	at := start
	for _, e := range edits {
		b.WriteString(c.text2(at, e.pos))
		b.WriteString(e.text)
		at = e.end
	}
	b.WriteString(c.text2(at, reject.body[len(reject.body)-1].End()))
	return b.String(), true
}

// lookupStmt returns the statement v, ok := table[k] declaring the ok
// flag that cond, the condition of an if without init, is (r, hit :=
// rules[code]; if hit { return r }): it plays the init's part, when the
// package writes its variables nowhere else; nil otherwise.
func (c *checker) lookupStmt(cond ast.Expr) ast.Stmt {
	id, ok := ast.Unparen(cond).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || c.commaOK()[v] == nil {
		return nil
	}
	path, _ := astutil.PathEnclosingInterval(c.file, v.Pos(), v.Pos())
	for _, n := range path {
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			continue
		}
		if as.Tok != token.DEFINE {
			return nil
		}
		for _, l := range as.Lhs {
			lid, _ := l.(*ast.Ident)
			if w, ok := c.pass.TypesInfo.Defs[lid].(*types.Var); lid == nil || ok && c.writesOf(w) != 1 {
				return nil
			}
		}
		return as
	}
	return nil
}

// tableValue returns the value the table that e was looked up in gives
// the first code reject handles (a required one if any).
func (c *checker) tableValue(e ast.Expr, reject *clause) ast.Expr {
	v := c.localVar(e)
	if v == nil {
		return nil
	}
	idx := c.lookupValues()[v]
	if idx == nil {
		return nil
	}
	return c.tableValueOf(idx, reject)
}

// tableValueOf is tableValue of the lookup idx: a constant, or a value
// that reads the same where the rejecting branch is (a sentinel,
// fmt.Errorf("%w: declined", ErrBadOTP) in a map of errors).
func (c *checker) tableValueOf(idx *ast.IndexExpr, reject *clause) ast.Expr {
	lit, _ := c.mapLiteral(idx.X)
	if lit == nil {
		return nil
	}
	var first ast.Expr
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok || !(c.isConst(kv.Value) || c.portable(kv.Value, reject.node.Pos())) {
			continue
		}
		if lit, isLit := kv.Value.(*ast.CompositeLit); isLit && lit.Type == nil {
			continue // {Message: "..."}: its type is the table's
		}
		keyed := c.keyCodes(idx.Index, kv.Key)
		if !overlaps(keyed, reject.codes) {
			continue
		}
		if overlaps(keyed, c.required) {
			return kv.Value
		}
		if first == nil {
			first = kv.Value
		}
	}
	return first
}

// rowFieldValue is tableValueOf for the field name of the rows a row
// search found (r.err of r, ok := ruleFor(rows, code)): the field's value
// in the first row listing a code reject handles (a required one if
// any), when it reads the same where the branch is.
func (c *checker) rowFieldValue(idx *ast.IndexExpr, name string, reject *clause) ast.Expr {
	lit, _ := c.mapLiteral(idx.X)
	if lit == nil {
		return nil
	}
	var first ast.Expr
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		row := kv.Value
		if u, ok := row.(*ast.UnaryExpr); ok && u.Op == token.AND {
			row = u.X
		}
		rl, ok := row.(*ast.CompositeLit)
		if !ok {
			continue
		}
		v := c.rowField(rl, name)
		if v == nil || !(c.isConst(v) || c.portable(v, reject.node.Pos())) {
			continue
		}
		keyed := c.keyCodes(idx.Index, kv.Key)
		if !overlaps(keyed, reject.codes) {
			continue
		}
		if overlaps(keyed, c.required) {
			return v
		}
		if first == nil {
			first = v
		}
	}
	return first
}

// elidedRows reports whether the table of lookup idx writes its values
// as composite literals without their type ({Message: "..."}), which
// tableValueOf cannot copy.
func (c *checker) elidedRows(idx *ast.IndexExpr) bool {
	if idx == nil {
		return false
	}
	lit, _ := c.mapLiteral(idx.X)
	if lit == nil || len(lit.Elts) == 0 {
		return false
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return false
		}
		if row, ok := kv.Value.(*ast.CompositeLit); !ok || row.Type != nil {
			return false
		}
	}
	return true
}

// portable reports whether e, written at package level, names the same
// things at pos: every name it uses resolves there to the same object (no
// local shadows a sentinel or a package it calls), and it holds no
// function literal.
func (c *checker) portable(e ast.Expr, pos token.Pos) bool {
	scope := c.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return false
	}
	info := c.pass.TypesInfo
	skip := map[*ast.Ident]bool{}
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			ok = false
		case *ast.SelectorExpr:
			skip[n.Sel] = true // a field, method or package member
		case *ast.KeyValueExpr:
			if id, isID := n.Key.(*ast.Ident); isID {
				if v, isVar := info.Uses[id].(*types.Var); isVar && v.IsField() {
					skip[id] = true
				}
			}
		case *ast.Ident:
			if skip[n] || n.Name == "_" {
				return false
			}
			obj := info.Uses[n]
			if obj == nil {
				ok = false
				return false
			}
			_, found := scope.LookupParent(n.Name, pos)
			if pn, isPkg := obj.(*types.PkgName); isPkg {
				// Each file imports a package with a name of its own.
				fpn, isPkg := found.(*types.PkgName)
				ok = isPkg && fpn.Imported() == pn.Imported()
			} else if found != obj {
				ok = false
			}
		}
		return ok
	})
	return ok
}
