package codeswitch

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Rule rows walked in a loop: a slice of rows, each listing codes and what
// to do with them, searched in place for the first row listing the code:
//
//	var loginRules = []otpRule{
//		{codes: []int{OtpInvalid, BogusOtp}, action: ActionRetry},
//		{codes: spcodes.LockoutCodes(), action: ActionLock},
//	}
//	for _, rule := range loginRules {
//		if slices.Contains(rule.codes, code) {
//			return rule.action
//		}
//	}
//	return ActionAllow
//
// is the lookup rule, ok := table[code]; if ok { return rule.action } of
// a table keyed by each code a row lists, first row first, whose values
// are the rows (rowsearch.go reads a row's field). A row lists codes in a
// field holding a list of constants (as listed.go reads one: written in
// place, a package-level list, another package's by its fact) tested by
// membership (slices.Contains, slices.ContainsFunc, slices.Index, the
// team's own helper), or one code in a field compared with it (if r.code
// == code). The rows are a package-level variable of this package or a
// local never assigned again, declared with a literal; the loop's body is
// that if alone, without else, and does not assign the row. A range over
// a map literal of lists keyed by what to do is such a table too, when no
// code is in two lists (mapOfLists).

// loopLookup returns the lookup cond, the condition of such a loop's if,
// stands for; nil for any other expression.
func (c *checker) loopLookup(cond ast.Expr) *ast.IndexExpr {
	c.scanLoopRows()
	return c.loopConds[ast.Unparen(cond)]
}

// scanLoopRows registers the file's loops over rule rows, once: each if's
// condition as the lookup's ok (loopConds), the row variable as its
// element (valVars), the rows as the table (rowLits).
func (c *checker) scanLoopRows() {
	if c.loopConds != nil {
		return
	}
	c.loopConds = map[ast.Expr]*ast.IndexExpr{}
	c.scanLookups() // valVars
	ast.Inspect(c.file, func(n ast.Node) bool {
		rng, ok := n.(*ast.RangeStmt)
		if !ok || rng.Tok != token.DEFINE || len(rng.Body.List) != 1 {
			return true
		}
		if _, isMap := typeUnder(c.pass.TypesInfo.TypeOf(rng.X)).(*types.Map); isMap {
			c.mapOfLists(rng)
			return true
		}
		if k, isID := rng.Key.(*ast.Ident); rng.Key != nil && (!isID || k.Name != "_") {
			return true
		}
		rowID, _ := rng.Value.(*ast.Ident)
		if rowID == nil {
			return true
		}
		row, _ := c.pass.TypesInfo.Defs[rowID].(*types.Var)
		ifs, isIf := rng.Body.List[0].(*ast.IfStmt)
		if row == nil || !isIf || ifs.Init != nil || ifs.Else != nil || assignsVar(c.pass.TypesInfo, rng.Body, row) {
			return true
		}
		if _, isSlice := typeUnder(c.pass.TypesInfo.TypeOf(rng.X)).(*types.Slice); !isSlice {
			return true
		}
		field, key, single := c.rowMembership(ifs.Cond, row)
		if field == "" {
			return true
		}
		table := c.loopTable(rng.X, field, single)
		if table == nil {
			return true
		}
		if c.rowLits == nil {
			c.rowLits = map[ast.Expr]*ast.CompositeLit{}
		}
		c.rowLits[rng.X] = table
		idx := &ast.IndexExpr{X: rng.X, Lbrack: ifs.Cond.Pos(), Index: key, Rbrack: ifs.Cond.End() - 1}
		c.valVars[row] = idx
		c.loopConds[ast.Unparen(ifs.Cond)] = idx
		return true
	})
}

// mapOfLists registers rng, a range over a map of lists keyed by what to
// do (for outcome, list := range outcomes { if slices.Contains(list, code)
// { return outcome } }), as a lookup in the table keyed by each code a
// list holds, whose value is that list's key; when no code is in two
// lists (the map's order is random).
func (c *checker) mapOfLists(rng *ast.RangeStmt) {
	info := c.pass.TypesInfo
	keyID, _ := rng.Key.(*ast.Ident)
	valID, _ := rng.Value.(*ast.Ident)
	if keyID == nil || valID == nil || len(rng.Body.List) != 1 {
		return
	}
	kv, _ := info.Defs[keyID].(*types.Var)
	vv, _ := info.Defs[valID].(*types.Var)
	ifs, isIf := rng.Body.List[0].(*ast.IfStmt)
	if kv == nil || vv == nil || !isIf || ifs.Init != nil || ifs.Else != nil || assignsVar(info, rng.Body, kv) || assignsVar(info, rng.Body, vv) {
		return
	}
	call, isCall := ast.Unparen(ifs.Cond).(*ast.CallExpr)
	if !isCall {
		return
	}
	list, elem := c.memberArgs(call)
	if id, ok := ast.Unparen(list).(*ast.Ident); !ok || info.Uses[id] != vv || elem == nil || readsVar(info, elem, kv) || readsVar(info, elem, vv) {
		return
	}
	lit, _ := c.mapLiteral(rng.X)
	if lit == nil {
		return
	}
	table := &ast.CompositeLit{Lbrace: lit.Lbrace, Rbrace: lit.Rbrace}
	seen := map[string]bool{}
	for _, elt := range lit.Elts {
		e, ok := elt.(*ast.KeyValueExpr)
		if !ok || !c.isConst(e.Key) {
			return
		}
		l, _ := c.constList(e.Value) // listed.go
		if l == nil {
			return
		}
		for _, k := range l.Elts {
			v := c.constValue(k)
			if v == nil || seen[v.ExactString()] {
				return // in two lists: which one answers is random
			}
			seen[v.ExactString()] = true
			table.Elts = append(table.Elts, &ast.KeyValueExpr{Key: k, Colon: k.End(), Value: e.Key})
		}
	}
	if len(table.Elts) == 0 {
		return
	}
	if c.rowLits == nil {
		c.rowLits = map[ast.Expr]*ast.CompositeLit{}
	}
	c.rowLits[rng.X] = table
	idx := &ast.IndexExpr{X: rng.X, Lbrack: ifs.Cond.Pos(), Index: elem, Rbrack: ifs.Cond.End() - 1}
	c.valVars[kv] = idx
	c.loopConds[ast.Unparen(ifs.Cond)] = idx
}

// rowMembership returns the field of row cond tests the key's membership
// in (slices.Contains(rule.codes, code)), or compares with it (single:
// rule.code == code), and the key; "" for any other condition.
func (c *checker) rowMembership(cond ast.Expr, row *types.Var) (field string, key ast.Expr, single bool) {
	info := c.pass.TypesInfo
	rowField := func(e ast.Expr) string {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok {
			return ""
		}
		if id, ok := ast.Unparen(sel.X).(*ast.Ident); !ok || info.Uses[id] != row {
			return ""
		}
		if f, ok := info.Uses[sel.Sel].(*types.Var); ok && f.IsField() {
			return f.Name()
		}
		return ""
	}
	var list, elem ast.Expr
	switch e := ast.Unparen(cond).(type) {
	case *ast.BinaryExpr:
		if call, found := c.indexTest(e); call != nil && found {
			list, elem = call.Args[0], call.Args[1]
			break
		}
		if e.Op != token.EQL {
			return "", nil, false
		}
		if f := rowField(e.X); f != "" && !readsVar(info, e.Y, row) {
			return f, e.Y, true
		}
		if f := rowField(e.Y); f != "" && !readsVar(info, e.X, row) {
			return f, e.X, true
		}
		return "", nil, false
	case *ast.CallExpr:
		list, elem = c.memberArgs(e)
	}
	if list == nil || elem == nil || readsVar(info, elem, row) {
		return "", nil, false
	}
	if f := rowField(list); f != "" {
		return f, elem, false
	}
	return "", nil, false
}

// memberArgs returns the list and the element call, a membership test,
// tests: slices.Contains(list, elem), slices.ContainsFunc(list, func(c T)
// bool { return c == elem }), or the team's own helper (members.go).
func (c *checker) memberArgs(call *ast.CallExpr) (list, elem ast.Expr) {
	fn, ok := c.callee(call).(*types.Func)
	if !ok || fn.Pkg() == nil || len(call.Args) != 2 {
		return nil, nil
	}
	name := fn.Pkg().Path() + "." + fn.Name()
	switch {
	case containsFuncs[name]:
		return call.Args[0], call.Args[1]
	case containsFuncFuncs[name]:
		return call.Args[0], equalsParam(c.pass.TypesInfo, call.Args[1])
	case c.sums != nil:
		if ei, li, member := c.sums.member(fn); member && !call.Ellipsis.IsValid() {
			return call.Args[li], call.Args[ei]
		}
	}
	return nil, nil
}

// readsVar reports whether e reads v.
func readsVar(info *types.Info, e ast.Expr, v *types.Var) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}

// loopTable returns the table the rows x holds: each code a row's field
// lists (single: the field's one constant) keyed to the row, a code
// already listed by an earlier row left to it; nil when x is no literal
// of rows or a row's field is no list of constants.
func (c *checker) loopTable(x ast.Expr, field string, single bool) *ast.CompositeLit {
	rows := c.rowsLiteral(x) // rowsearch.go
	if rows == nil || len(rows.Elts) == 0 {
		return nil
	}
	table := &ast.CompositeLit{Lbrace: rows.Lbrace, Rbrace: rows.Rbrace}
	seen := map[string]bool{}
	lits, ok := rowLiterals(rows)
	if !ok {
		return nil
	}
	for _, row := range lits {
		v := c.rowField(row, field)
		if v == nil {
			continue // the row lists nothing
		}
		keys := []ast.Expr{v}
		if !single {
			lit, _ := c.constList(v) // listed.go
			if lit == nil {
				return nil
			}
			keys = lit.Elts
		}
		for _, k := range keys {
			kv := c.constValue(k)
			if kv == nil {
				return nil
			}
			if seen[kv.ExactString()] {
				continue // the first row listing it decides
			}
			seen[kv.ExactString()] = true
			table.Elts = append(table.Elts, &ast.KeyValueExpr{Key: k, Colon: k.End(), Value: row})
		}
	}
	if len(table.Elts) == 0 {
		return nil
	}
	return table
}
