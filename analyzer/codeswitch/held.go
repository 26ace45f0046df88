package codeswitch

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// A held lookup is a plain index of a table by the code, kept for later:
//
//	action := policy[resp.ErrorCode] // a local written nowhere else
//	s.next = outcomes[code]          // a field written nowhere else in the file
//	if strict[code] == Refuse {...}  // or used in place
//
// For a code the table leaves out it holds the element type's zero value
// (Proceed, "", nil): a later if or switch on it is a dispatch over the
// codes, each code taking the table's value or the zero value.

// heldLookup returns the lookup e holds: e itself, an index of a table by
// a code; a local declared with one and written nowhere else; or a field
// (d.next) the file assigns only there. Nil for anything else.
func (c *checker) heldLookup(e ast.Expr) *ast.IndexExpr {
	idx := c.keptLookup(e)
	if idx == nil {
		return nil
	}
	if !c.inPlace(e) && c.guardedAfter(c.heldStmt(idx), idx) {
		// The statement after the lookup is an if testing it (the fix's
		// guard): that if is the dispatch (lookup.go).
		return nil
	}
	return idx
}

// keptLookup is heldLookup without the guard: the lookup whose element e
// holds, for lookedUpElem.
func (c *checker) keptLookup(e ast.Expr) *ast.IndexExpr {
	var idx *ast.IndexExpr
	switch x := ast.Unparen(e).(type) {
	case *ast.IndexExpr:
		idx = x
	case *ast.CallExpr:
		idx = c.tableCall(x) // code.Outcome() (outnames.go)
	case *ast.Ident:
		v := c.localVar(x)
		if v == nil || c.writesOf(v) != 1 {
			return nil
		}
		idx = c.lookupValues()[v]
	case *ast.SelectorExpr:
		f, ok := c.pass.TypesInfo.Uses[x.Sel].(*types.Var)
		if !ok || !f.IsField() || c.writesOf(f) != 1 {
			return nil
		}
		idx = c.fieldLookups()[f]
		if idx != nil && !sameExpr(c.heldStmt(idx).Lhs[0], x) {
			return nil
		}
	}
	if idx == nil || !c.isCode(idx.Index) {
		return nil
	}
	if !c.inPlace(e) {
		as := c.heldStmt(idx)
		if as == nil {
			return nil // kept by v, ok := m[k]
		}
		if as.End() > e.Pos() || c.enclosingFunc(as.Pos()) != c.enclosingFunc(e.Pos()) {
			return nil // kept by another function (a field), or after e
		}
	}
	if lit, _ := c.mapLiteral(idx.X); lit == nil {
		return nil
	}
	if t := c.tableType(idx.X); t == nil || c.zeroOf(t.Elem()) == nil {
		return nil
	}
	return idx
}

// inPlace reports whether e is a lookup itself: an index, or a call
// standing for one (outnames.go).
func (c *checker) inPlace(e ast.Expr) bool {
	_, ok := ast.Unparen(e).(*ast.IndexExpr)
	return ok || c.callLookup(e) != nil
}

// heldIn returns the first held lookup cond reads.
func (c *checker) heldIn(cond ast.Expr) *ast.IndexExpr {
	var idx *ast.IndexExpr
	ast.Inspect(cond, func(n ast.Node) bool {
		if idx != nil {
			return false
		}
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.CallExpr:
			idx = c.heldLookup(n.(ast.Expr))
		}
		return idx == nil
	})
	return idx
}

// heldStmt returns the statement that keeps idx in a local or a field
// (action := policy[code], d.next = policy[code]); nil when idx is used in
// place or kept otherwise.
func (c *checker) heldStmt(idx *ast.IndexExpr) *ast.AssignStmt {
	var out *ast.AssignStmt
	ast.Inspect(c.file, func(n ast.Node) bool {
		if out != nil {
			return false
		}
		if as, ok := n.(*ast.AssignStmt); ok && len(as.Lhs) == 1 && len(as.Rhs) == 1 && (ast.Unparen(as.Rhs[0]) == idx || c.callLookup(as.Rhs[0]) == idx) {
			out = as
		}
		return true
	})
	return out
}

// enclosingFunc returns the innermost function declaration or literal
// of the file holding pos.
func (c *checker) enclosingFunc(pos token.Pos) ast.Node {
	var fn ast.Node
	ast.Inspect(c.file, func(n ast.Node) bool {
		if n == nil || pos < n.Pos() || pos >= n.End() {
			return false
		}
		switch n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			fn = n
		}
		return true
	})
	return fn
}

// writesOf counts the writes of v in the package: assignments, ++ and --,
// keys of composite literals (for a field), and taking its address
// (counted twice).
func (c *checker) writesOf(v *types.Var) int {
	if c.sums.writes == nil { // one count per package, shared by its checkers
		writes := map[*types.Var]int{}
		c.sums.writes = writes
		info := c.pass.TypesInfo
		obj := func(e ast.Expr) *types.Var {
			switch x := ast.Unparen(e).(type) {
			case *ast.Ident:
				w, _ := info.ObjectOf(x).(*types.Var)
				return w
			case *ast.SelectorExpr:
				w, _ := info.Uses[x.Sel].(*types.Var)
				return w
			}
			return nil
		}
		inspect := func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					if w := obj(l); w != nil {
						writes[w]++
					}
				}
			case *ast.IncDecStmt:
				if w := obj(n.X); w != nil {
					writes[w] += 2
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					if w := obj(n.X); w != nil {
						writes[w] += 2
					}
				}
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok {
					if w, ok := info.Uses[id].(*types.Var); ok && w.IsField() {
						writes[w]++
					}
				}
			case *ast.RangeStmt:
				for _, e := range []ast.Expr{n.Key, n.Value} {
					if e == nil {
						continue
					}
					if w := obj(e); w != nil {
						writes[w] += 2
					}
				}
			}
			return true
		}
		for _, f := range c.pass.Files {
			ast.Inspect(f, inspect)
		}
	}
	return c.sums.writes[v]
}

// fieldLookups maps the fields the file assigns a table's element
// (d.next = policy[code]) to that lookup.
func (c *checker) fieldLookups() map[*types.Var]*ast.IndexExpr {
	if c.fieldIdx == nil {
		c.fieldIdx = map[*types.Var]*ast.IndexExpr{}
		ast.Inspect(c.file, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
				return true
			}
			sel, ok := ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr)
			idx, ok2 := ast.Unparen(as.Rhs[0]).(*ast.IndexExpr)
			if !ok || !ok2 {
				return true
			}
			if f, ok := c.pass.TypesInfo.Uses[sel.Sel].(*types.Var); ok && f.IsField() {
				c.fieldIdx[f] = idx
			}
			return true
		})
	}
	return c.fieldIdx
}

// zeroOf returns an expression standing for the zero value of t, for the
// comparisons of lookedUpValue: a constant 0, "" or false, or nil; nil
// for a struct or an array.
func (c *checker) zeroOf(t types.Type) ast.Expr {
	if c.zeros == nil {
		c.zeros = map[types.Type]ast.Expr{}
		c.zeroVals = map[ast.Expr]constant.Value{}
	}
	for k, e := range c.zeros {
		if types.Identical(k, t) {
			return e
		}
	}
	var v constant.Value
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Info()&types.IsBoolean != 0:
			v = constant.MakeBool(false)
		case u.Info()&types.IsString != 0:
			v = constant.MakeString("")
		case u.Info()&types.IsInteger != 0:
			v = constant.MakeInt64(0)
		case u.Info()&types.IsFloat != 0:
			v = constant.MakeFloat64(0)
		default:
			return nil
		}
	case *types.Pointer, *types.Interface, *types.Signature, *types.Map, *types.Slice, *types.Chan:
		v = constant.MakeUnknown() // nil
	default:
		return nil
	}
	e := &ast.Ident{Name: "zero"}
	c.zeros[t] = e
	c.zeroVals[e] = v
	return e
}

// zeroValue returns the constant a zero expression of zeroOf stands for
// (Unknown for nil).
func (c *checker) zeroValue(e ast.Expr) (constant.Value, bool) {
	v, ok := c.zeroVals[e]
	return v, ok
}

// heldNil evaluates x != nil and x == nil where x holds a table's element
// of a nilable type (err := failures[code]): nil for a code the table
// leaves out, non-nil for one whose element rejects as an error.
func (c *checker) heldNil(e *ast.BinaryExpr, code codes.ReturnCode, s subject) tri {
	if e.Op != token.EQL && e.Op != token.NEQ {
		return triUnknown
	}
	x := e.X
	switch {
	case c.isNilExpr(e.Y):
	case c.isNilExpr(e.X):
		x = e.Y
	default:
		return triUnknown
	}
	if c.keptLookup(x) == nil {
		return triUnknown
	}
	v := c.lookedUpElem(x, code, s)
	if v == nil {
		return triUnknown
	}
	isNil := false
	if z, ok := c.zeroValue(v); ok {
		if z.Kind() != constant.Unknown {
			return triUnknown
		}
		isNil = true
	} else if c.isNilExpr(v) {
		isNil = true
	} else if t := c.pass.TypesInfo.TypeOf(x); t == nil || !typex.IsError(t) || c.value(v, t) != rejected {
		return triUnknown
	}
	return triOf(isNil == (e.Op == token.EQL))
}

// guardedAfter reports whether the statement after as, in its block, is an
// if whose init looks idx's table up by the same key (if _, listed :=
// policy[code]; !listed && ... {...}): the codes the table leaves out are
// decided there.
func (c *checker) guardedAfter(as ast.Stmt, idx *ast.IndexExpr) bool {
	return c.guardNext(as, idx, 1)
}

// guardNext reports whether the statement at offset off from st in its
// block (1: the next one, -1: the one before) is such a guard.
func (c *checker) guardNext(st0 ast.Stmt, idx *ast.IndexExpr, off int) bool {
	found := false
	ast.Inspect(c.file, func(n ast.Node) bool {
		list, ok := stmtList(n)
		if !ok || found {
			return !found
		}
		for i, st := range list {
			if st != st0 || i+off < 0 || i+off >= len(list) {
				continue
			}
			ifs, ok := list[i+off].(*ast.IfStmt)
			if !ok || ifs.Init == nil {
				return false
			}
			if g, ok := ifs.Init.(*ast.AssignStmt); ok && len(g.Lhs) == 2 && len(g.Rhs) == 1 {
				if gi, ok := ast.Unparen(g.Rhs[0]).(*ast.IndexExpr); ok && sameExpr(gi.X, idx.X) && sameExpr(gi.Index, idx.Index) {
					found = true
				}
			}
			return false
		}
		return true
	})
	return found
}

// heldOf returns the held lookup d dispatches on: its switch's tag, or
// the lookup the first if's condition reads; nil when d reads none.
func (c *checker) heldOf(d *dispatch) *ast.IndexExpr {
	var idx *ast.IndexExpr
	switch s := d.stmt.(type) {
	case *ast.SwitchStmt:
		if s.Tag != nil {
			idx = c.heldLookup(s.Tag)
		}
	case *ast.IfStmt:
		if s.Init == nil {
			idx = c.heldIn(s.Cond)
		}
	}
	if idx == nil || d.tag == nil || !sameExpr(idx.Index, d.tag) {
		return nil
	}
	return idx
}

// heldSwitch returns s, a switch over a held lookup idx (switch verdict,
// switch holds[code]), as a dispatch over the code: each case lists the
// codes whose table value (or the zero value) it matches.
func (c *checker) heldSwitch(s *ast.SwitchStmt, idx *ast.IndexExpr) *dispatch {
	if c.guardNext(s, idx, -1) {
		return nil // the if before it rejects what the table leaves out
	}
	d := &dispatch{kind: "switch", stmt: s, tag: idx.Index}
	subj := subject{is: func(e ast.Expr) bool { return sameExpr(e, idx.Index) }, base: func(ast.Expr) bool { return false }, tag: idx.Index}
	for _, st := range s.Body.List {
		cc, ok := st.(*ast.CaseClause)
		if !ok {
			return nil
		}
		cl := &clause{exprs: cc.List, body: cc.Body, node: cc}
		if cc.List == nil {
			d.dflt = cl
			continue
		}
		for _, code := range published {
			v := c.lookedUpValue(s.Tag, code, subj)
			if v == nil {
				return nil
			}
			for _, e := range cc.List {
				switch c.compareConsts(v, token.EQL, e) {
				case triTrue:
					cl.codes = append(cl.codes, code)
				case triUnknown:
					return nil
				}
			}
		}
		d.clauses = append(d.clauses, cl)
	}
	return d
}

// heldFix rejects the codes the table idx leaves out, where it is looked
// up: after the statement keeping it (lookup), or before d when it is
// read in place, an if testing the lookup with a copy of the rejecting
// branch (Success passes unless the table lists it):
//
//	action := policy[resp.ErrorCode]
//	if _, listed := policy[resp.ErrorCode]; !listed && resp.ErrorCode != spauth.Success {
//		return errDenied
//	}
//
// A use of the kept value in the copy is replaced by the table's value for
// the first code the branch handles.
func (c *checker) heldFix(d *dispatch, reject *clause, idx *ast.IndexExpr, lookup *ast.AssignStmt) (analysis.SuggestedFix, string) {
	if hasLabel(reject.body) {
		return analysis.SuggestedFix{}, "the rejecting branch declares labels"
	}
	if c.callLits[idx.X] != nil {
		return analysis.SuggestedFix{}, "the table is read through " + types.ExprString(idx.X) + "; reject the codes it leaves out"
	}
	if c.source() == nil || len(reject.body) == 0 {
		return analysis.SuggestedFix{}, ""
	}
	at, indent := d.stmt.Pos(), c.indent(d.stmt.Pos())
	if start, ok := c.lineStart(d.stmt.Pos()); ok {
		at = start
	} else {
		return analysis.SuggestedFix{}, "the dispatch does not start a line"
	}
	after := d.stmt.Pos()
	if lookup != nil {
		// At the end of the lookup's line, after a trailing comment.
		at, indent, after = lookup.End(), c.indent(lookup.Pos()), lookup.End()
		tf := c.pass.Fset.File(lookup.End())
		if line := tf.Line(lookup.End()); line < tf.LineCount() {
			at = tf.LineStart(line+1) - 1
		}
	}
	// Edits of the copy: uses of the kept value.
	var holder ast.Expr
	if lookup != nil {
		holder = lookup.Lhs[0]
	}
	start := reject.body[0].Pos()
	src := c.source()
	if src == nil {
		return analysis.SuggestedFix{}, ""
	}
	type repl struct {
		pos, end token.Pos
		text     string
	}
	var repls []repl
	name := "listed"
	why := ""
	for _, st := range reject.body {
		ast.Inspect(st, func(n ast.Node) bool {
			e, ok := n.(ast.Expr)
			if !ok || why != "" {
				return why == ""
			}
			if holder != nil && sameExpr(e, holder) || sameExpr(e, idx) {
				v := c.tableValueOf(idx, reject)
				if v == nil {
					why = "the rejecting branch uses the value the table leaves out"
					return false
				}
				repls = append(repls, repl{e.Pos(), e.End(), c.valueText(v)})
				return false
			}
			if id, ok := e.(*ast.Ident); ok {
				if id.Name == name {
					name = "inTable"
				}
				if obj := c.pass.TypesInfo.Uses[id]; obj != nil && obj.Pos() >= after && obj.Pos() < reject.node.Pos() {
					why = "the rejecting branch uses " + id.Name + ", declared after the lookup"
				}
			}
			return true
		})
	}
	if why != "" {
		return analysis.SuggestedFix{}, why
	}
	var body strings.Builder
	prev := start
	for _, r := range repls {
		body.WriteString(c.text2(prev, r.pos))
		body.WriteString(r.text)
		prev = r.end
	}
	body.WriteString(c.text2(prev, reject.body[len(reject.body)-1].End()))
	lit, _ := c.mapLiteral(idx.X)
	var keys []ast.Expr
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			keys = append(keys, kv.Key)
		}
	}
	test := "!" + name
	if !c.lookupHas(keys, codes.Success) {
		test += " && " + c.failureTest(d.tag, d.stmt.Pos())
	}
	text := fmt.Sprintf("if _, %s := %s[%s]; %s {\n%s\t%s\n%s}", name, c.text(idx.X), c.text(idx.Index), test, indent, body.String(), indent)
	if lookup != nil {
		text = "\n" + indent + text
	} else {
		text = indent + text + "\n"
	}
	return analysis.SuggestedFix{
		Message:   "Reject the codes the table leaves out like " + c.like(d, reject),
		TextEdits: []analysis.TextEdit{{Pos: at, End: at, NewText: []byte(text)}},
	}, ""
}

// fieldTable returns the map literal a field of this package holds when
// the package writes it exactly once, with a map literal or the call of a
// function returning one (s.outcomes = defaultOutcomes(), Session{outcomes:
// ...}), and never writes an element of it; nil otherwise.
func (c *checker) fieldTable(f *types.Var) *ast.CompositeLit {
	if f.Pkg() != c.pass.Pkg {
		return nil
	}
	info := c.pass.TypesInfo
	isF := func(e ast.Expr) bool {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		return ok && info.Uses[sel.Sel] == f
	}
	var vals []ast.Expr
	bad := false
	for _, file := range c.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok && isF(ix.X) && (c.isConst(ix.Index) || !c.callerRow(ix.Index)) {
						bad = true // s.outcomes[k] = v
					}
					if isF(l) {
						if len(n.Lhs) != len(n.Rhs) {
							bad = true
						} else {
							vals = append(vals, n.Rhs[i])
						}
					}
				}
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok && info.Uses[id] == f {
					vals = append(vals, n.Value)
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND && isF(n.X) {
					bad = true
				}
			case *ast.CallExpr:
				if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && id.Name == "delete" && len(n.Args) > 0 && isF(n.Args[0]) {
					bad = true
				}
			}
			return true
		})
	}
	if bad || len(vals) != 1 {
		return nil
	}
	switch v := ast.Unparen(vals[0]).(type) {
	case *ast.CompositeLit:
		return v
	case *ast.CallExpr:
		if lit := c.builtTable(v); lit != nil {
			return lit
		}
	}
	return c.derivedTable(vals[0]) // derivedtables.go
}

// okElement returns the lookup whose element e, a local written nowhere
// else, was declared with beside a comma-ok flag (err, blocked :=
// pushBlocks[code]) in a table of the package: returned in the branch
// the flag guards, it is the table's value for the code; nil otherwise.
func (c *checker) okElement(e ast.Expr) *ast.IndexExpr {
	v := c.localVar(e)
	if v == nil || c.writesOf(v) != 1 {
		return nil
	}
	idx := c.lookupValues()[v]
	if idx == nil || !c.isCode(idx.Index) {
		return nil
	}
	if lit, _ := c.mapLiteral(idx.X); lit == nil {
		return nil
	}
	for _, x := range c.okVars {
		if x == idx {
			return idx
		}
	}
	return nil
}

// heldReturn returns the codes of set for which ret returns a held
// lookup's element that rejects as an error (return ferr of ferr :=
// failures[code], errDenied for the codes it lists).
func (w *walker) heldReturn(ret *ast.ReturnStmt, set codeSet) (out codeSet) {
	s := subject{is: w.isTag, base: w.isTagBase}
	for _, r := range ret.Results {
		t := w.c.pass.TypesInfo.TypeOf(r)
		if t == nil || !typex.IsError(t) || w.c.keptLookup(r) == nil && w.c.okElement(r) == nil {
			continue
		}
		for _, code := range published {
			if !set.has(code) || code == codes.Success {
				continue
			}
			if v := w.c.lookedUpElem(r, code, s); v != nil && w.c.value(v, t) == rejected {
				out.add(code)
			}
		}
	}
	return out
}

// keysMissing reports whether a code of missing is a key of the table idx
// looks up: its value, not the zero value, reaches the success path (case
// OutcomeLocked: listed, OutcomeRetry not), so guarding the codes the
// table leaves out does not make the dispatch fail closed.
func (c *checker) keysMissing(idx *ast.IndexExpr, missing []codes.ReturnCode) bool {
	lit, _ := c.mapLiteral(idx.X)
	if lit == nil {
		return false
	}
	var keys []ast.Expr
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			keys = append(keys, kv.Key)
		}
	}
	for _, code := range missing {
		if c.lookupHas(keys, code) {
			return true
		}
	}
	return false
}
