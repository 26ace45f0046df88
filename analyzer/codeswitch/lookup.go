package codeswitch

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// Dispatch by table: a lookup of the code in a package-level map literal
// whose keys are constants decides like a case listing those keys:
//
//	if reason, rejected := releaseBlocks[code]; rejected { reject }
//	if _, ok := allowed[code]; !ok { reject }
//	if blocked[code] { reject } // a map[K]bool whose values are all true

// mapLookup returns the key and the constant keys of the lookup cond tests:
// the ok variable of v, ok := m[k] (declared in an if's init, say), or
// m[k] of a map of bools whose values are all the constant true; nil when
// cond is neither or m is not a map literal of this package.
func (c *checker) mapLookup(cond ast.Expr) (key ast.Expr, keys []ast.Expr) {
	var idx *ast.IndexExpr
	switch e := ast.Unparen(cond).(type) {
	case *ast.Ident:
		v, ok := c.pass.TypesInfo.Uses[e].(*types.Var)
		if !ok {
			return nil, nil
		}
		idx = c.commaOK()[v]
	case *ast.IndexExpr:
		idx = e
	case *ast.CallExpr, *ast.BinaryExpr:
		idx = c.loopLookup(e) // slices.Contains(rule.codes, code) in a loop over rows (looprows.go)
		if call, ok := e.(*ast.CallExpr); ok && idx == nil {
			idx = c.memberLookup(call) // locked.Has(code) (initfilled.go)
		}
	}
	if idx == nil {
		return nil, nil
	}
	lit, allTrue := c.mapLiteral(idx.X)
	if lit == nil || (idx == ast.Unparen(cond) && !allTrue) {
		return nil, nil
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok || !c.isConst(kv.Key) {
			return nil, nil
		}
		keys = append(keys, kv.Key)
	}
	return idx.Index, keys
}

// lookupCodes reports whether code is among keys.
func (c *checker) lookupHas(keys []ast.Expr, code codes.ReturnCode) bool {
	for _, k := range keys {
		if tv := c.pass.TypesInfo.Types[k]; tv.Value != nil {
			if m := c.spid.MirrorOf(tv.Type); m != nil {
				if slices.Contains(m.Codes(tv.Value), code) {
					return true // a mirror's constant (mirror.go)
				}
				continue
			}
		}
		if got, ok := c.constCode(k); ok && got == code {
			return true
		}
		if tv := c.pass.TypesInfo.Types[k]; c.names != nil && tv.Value != nil && tv.Value.Kind() == constant.String {
			if got, ok := namedCode(c.names, constant.StringVal(tv.Value)); ok && got == code {
				return true // a code's name (names.go)
			}
		}
	}
	return false
}

// commaOK maps the ok variables of the file's v, ok := m[k] and v, ok = m[k]
// on a map to their lookups; built on first use.
func (c *checker) commaOK() map[*types.Var]*ast.IndexExpr {
	c.scanLookups()
	return c.okVars
}

// lookupValues maps the variables declared with an element of a map (v of
// v := m[k] and v, ok := m[k]) to their lookups; built on first use.
func (c *checker) lookupValues() map[*types.Var]*ast.IndexExpr {
	c.scanLookups()
	return c.valVars
}

func (c *checker) scanLookups() {
	if c.okVars != nil {
		return
	}
	c.okVars = map[*types.Var]*ast.IndexExpr{}
	c.valVars = map[*types.Var]*ast.IndexExpr{}
	ast.Inspect(c.file, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) > 2 || len(as.Rhs) != 1 {
			return true
		}
		idx, ok := ast.Unparen(as.Rhs[0]).(*ast.IndexExpr)
		if !ok && len(as.Lhs) == 1 {
			idx = c.callLookup(as.Rhs[0]) // outcome := code.Outcome() (outnames.go)
			ok = idx != nil
		}
		if !ok {
			// msg, denied := lookupDeny(table, code) (lookuphelper.go)
			var results int
			if idx, results = c.helperLookup(as.Rhs[0]); idx == nil || results != len(as.Lhs) {
				return true
			}
			if results == 1 {
				if id, ok := as.Lhs[0].(*ast.Ident); ok {
					if v, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var); ok {
						c.okVars[v] = idx
					}
				}
				return true
			}
		}
		if c.tableType(idx.X) == nil && c.rowLits[idx.X] == nil {
			return true
		}
		if id, ok := as.Lhs[0].(*ast.Ident); ok && as.Tok == token.DEFINE {
			if v, ok := c.pass.TypesInfo.Defs[id].(*types.Var); ok {
				c.valVars[v] = idx
			}
		}
		if len(as.Lhs) == 2 {
			if id, ok := as.Lhs[1].(*ast.Ident); ok {
				if v, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var); ok {
					c.okVars[v] = idx
				}
			}
		}
		return true
	})
	c.scanLoopRows() // looprows.go
}

// mapLiteral returns the composite literal a package-level map variable of
// this package is declared with (or a local read by index only, or a call
// of a function returning a literal: tabled.go), and whether all its
// values are the constant true; nil for anything else.
func (c *checker) mapLiteral(e ast.Expr) (*ast.CompositeLit, bool) {
	if lit := c.callLits[e]; lit != nil {
		return c.allTrue(lit) // the table of code.Outcome() (outnames.go)
	}
	if lit := c.rowLits[e]; lit != nil {
		return c.allTrue(lit) // the rows a row search is passed (rowsearch.go)
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		return c.allTrue(c.builtTable(call)) // tabled.go
	}
	if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
		if f, ok := c.pass.TypesInfo.Uses[sel.Sel].(*types.Var); ok && f.IsField() {
			return c.allTrue(c.fieldTable(f)) // held.go
		}
	}
	id := typex.NameIdent(e)
	if id == nil {
		return nil, false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if ok && !v.IsField() && v.Pkg() != nil && v.Pkg() != c.pass.Pkg && v.Parent() == v.Pkg().Scope() {
		return c.allTrue(c.factTable(v)) // mfa.Outcomes (outnames.go)
	}
	if !ok || v.Pkg() != c.pass.Pkg {
		return nil, false
	}
	if v.IsField() {
		return c.allTrue(c.fieldMapLiteral(v)) // fieldtable.go
	}
	if lit := c.paramMapLiteral(v); lit != nil {
		return c.allTrue(lit) // fieldtable.go
	}
	if v.Parent() != c.pass.Pkg.Scope() {
		return c.allTrue(c.localMapLiteral(v)) // tabled.go
	}
	if c.mapLits == nil {
		c.mapLits = map[*types.Var]*ast.CompositeLit{}
		for _, f := range c.pass.Files {
			for _, decl := range f.Decls {
				gd, ok := decl.(*ast.GenDecl)
				if !ok || gd.Tok != token.VAR {
					continue
				}
				for _, spec := range gd.Specs {
					vs := spec.(*ast.ValueSpec)
					for i, name := range vs.Names {
						if i >= len(vs.Values) {
							break
						}
						lit, ok := ast.Unparen(vs.Values[i]).(*ast.CompositeLit)
						if call, isCall := ast.Unparen(vs.Values[i]).(*ast.CallExpr); isCall && len(call.Args) == 0 {
							if fl, isLit := ast.Unparen(call.Fun).(*ast.FuncLit); isLit {
								// var holds = func() map[K]V { ...; return m }()
								lit, ok = c.returnedLiteral(fl.Body.List), true
							}
						}
						if !ok || lit == nil {
							continue
						}
						if obj, ok := c.pass.TypesInfo.Defs[name].(*types.Var); ok {
							if _, ok := obj.Type().Underlying().(*types.Map); ok {
								c.mapLits[obj] = lit
							}
						}
					}
				}
			}
		}
	}
	if lit := c.mapLits[v]; lit == nil || len(lit.Elts) == 0 {
		if lit := c.initTable(v); lit != nil {
			return c.allTrue(lit) // filled by func init (initfilled.go)
		}
	}
	return c.allTrue(c.mapLits[v])
}

// allTrue returns lit, a map literal, and whether all its values are the
// constant true; nil when lit is nil or has an element without a key.
func (c *checker) allTrue(lit *ast.CompositeLit) (*ast.CompositeLit, bool) {
	if lit == nil {
		return nil, false
	}
	allTrue := len(lit.Elts) > 0
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return nil, false
		}
		tv := c.pass.TypesInfo.Types[kv.Value]
		if tv.Value == nil || tv.Value.Kind() != constant.Bool || !constant.BoolVal(tv.Value) {
			allTrue = false
		}
	}
	return lit, allTrue
}

// lookupInit reports whether init is the v, ok := m[k] whose ok variable
// cond tests (if _, bad := table[code]; bad, if o, ok := table[code]; ok &&
// o != Proceed), the only init an if of a dispatch may have.
func (c *checker) lookupInit(init ast.Stmt, cond ast.Expr) bool {
	as, ok := init.(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return false
	}
	okID, ok := as.Lhs[1].(*ast.Ident)
	if !ok {
		return false
	}
	obj := c.pass.TypesInfo.ObjectOf(okID)
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && obj != nil && c.pass.TypesInfo.Uses[id] == obj {
			found = true
		}
		return !found
	})
	return found
}

// testedLookup returns the lookup whose ok variable (or, for a map of
// bools, whose element) cond reads: the first one, in a condition such as
// ok && o != Proceed.
func (c *checker) testedLookup(cond ast.Expr) (key ast.Expr, keys []ast.Expr) {
	ast.Inspect(cond, func(n ast.Node) bool {
		if key != nil {
			return false
		}
		if e, ok := n.(ast.Expr); ok {
			switch e.(type) {
			case *ast.Ident, *ast.IndexExpr, *ast.CallExpr, *ast.BinaryExpr:
				key, keys = c.mapLookup(e)
			}
		}
		return key == nil
	})
	return key, keys
}

// lookedUpValue returns the constant the element variable e (o of o, ok :=
// table[k]) holds when the code of s, the table's key, is code: the
// table's value for that key; nil when e is no such variable, the key is
// not the code of s, or the table does not list code.
func (c *checker) lookedUpValue(e ast.Expr, code codes.ReturnCode, s subject) ast.Expr {
	if v := c.lookedUpElem(e, code, s); v != nil && c.isConst(v) {
		return v
	}
	return nil
}

// lookedUpElem is lookedUpValue for a table of any values: the table's
// value for code as written (fmt.Errorf("%w: declined", ErrBadOTP) in a
// map of errors), or the local's constant default; nil as there.
func (c *checker) lookedUpElem(e ast.Expr, code codes.ReturnCode, s subject) ast.Expr {
	if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
		// r.err of a row looked up (r, ok := ruleFor(rows, code)): the
		// row's field as written, nil where the row leaves it out. Any
		// other selector (d.next = policy[code]) is read below.
		if f, isVar := c.pass.TypesInfo.Uses[sel.Sel].(*types.Var); isVar && f.IsField() && c.localVar(sel.X) != nil {
			row := c.lookedUpElem(sel.X, code, s)
			if u, ok := row.(*ast.UnaryExpr); ok && u.Op == token.AND {
				row = u.X
			}
			if lit, ok := row.(*ast.CompositeLit); ok {
				return c.rowField(lit, f.Name())
			}
		}
	}
	if idx := c.keptLookup(e); idx != nil && s.is(idx.Index) { // held.go
		lit, _ := c.mapLiteral(idx.X)
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok && c.lookupHas([]ast.Expr{kv.Key}, code) {
				return kv.Value
			}
		}
		t := c.tableType(idx.X)
		if t == nil {
			return nil // a row search's slice (rowsearch.go)
		}
		return c.zeroOf(t.Elem())
	}
	v := c.localVar(e)
	if v == nil {
		return nil
	}
	idx := c.lookupValues()[v]
	var dflt ast.Expr
	if idx == nil {
		d, ok := c.defaultedVars()[v]
		if !ok {
			return nil
		}
		idx, dflt = d.idx, d.dflt
	}
	if idx == nil || !s.is(idx.Index) {
		return nil
	}
	lit, _ := c.mapLiteral(idx.X)
	if lit == nil {
		return nil
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return nil
		}
		if got, ok := c.constCode(kv.Key); ok && got == code {
			return kv.Value
		}
	}
	return dflt
}

// A defaulted local holds a table's value for the codes the table lists
// and a constant default for the others:
//
//	outcome := gateOpen
//	if g, ok := gates[code]; ok {
//		outcome = g // or outcome = gates[code]
//	}
//	switch outcome {...}
//
// It is written nowhere else (and its address is never taken).
type defaulted struct {
	idx  *ast.IndexExpr // the lookup
	dflt ast.Expr       // the constant it is declared with
}

// defaultedVars returns the file's defaulted locals; built on first use.
func (c *checker) defaultedVars() map[*types.Var]defaulted {
	if c.defaulted != nil {
		return c.defaulted
	}
	c.defaulted = map[*types.Var]defaulted{}
	info := c.pass.TypesInfo
	decl := map[*types.Var]ast.Expr{}       // v := D with D a constant
	fill := map[*types.Var]*ast.IndexExpr{} // v = g in if g, ok := m[k]; ok {...}
	writes := map[*types.Var]int{}
	addressed := map[*types.Var]bool{}
	written := func(e ast.Expr) *types.Var {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			v, _ := info.ObjectOf(id).(*types.Var)
			return v
		}
		return nil
	}
	ast.Inspect(c.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if v := written(l); v != nil {
					writes[v]++
				}
			}
			if n.Tok == token.DEFINE && len(n.Lhs) == 1 && len(n.Rhs) == 1 && c.isConst(n.Rhs[0]) {
				if v := written(n.Lhs[0]); v != nil {
					decl[v] = n.Rhs[0]
				}
			}
		case *ast.IncDecStmt:
			if v := written(n.X); v != nil {
				writes[v] += 2
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if v := written(n.X); v != nil {
					addressed[v] = true
				}
			}
		case *ast.IfStmt:
			id, ok := ast.Unparen(n.Cond).(*ast.Ident)
			if !ok {
				return true
			}
			okVar, _ := info.Uses[id].(*types.Var)
			idx := c.commaOK()[okVar]
			if idx == nil {
				return true
			}
			for _, st := range n.Body.List {
				as, ok := st.(*ast.AssignStmt)
				if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
					continue
				}
				v := written(as.Lhs[0])
				if v == nil {
					continue
				}
				if r := ast.Unparen(as.Rhs[0]); r == idx || c.lookupValues()[c.localVar(r)] == idx {
					fill[v] = idx
				} else if ri, ok := r.(*ast.IndexExpr); ok && sameExpr(ri.X, idx.X) && sameExpr(ri.Index, idx.Index) {
					fill[v] = idx
				}
			}
		}
		return true
	})
	for v, idx := range fill {
		if d, ok := decl[v]; ok && writes[v] == 2 && !addressed[v] {
			c.defaulted[v] = defaulted{idx: idx, dflt: d}
		}
	}
	return c.defaulted
}

// compareConsts evaluates a op b, two constant expressions.
func (c *checker) compareConsts(a ast.Expr, op token.Token, b ast.Expr) tri {
	ta, tb := c.pass.TypesInfo.Types[a], c.pass.TypesInfo.Types[b]
	if v, ok := c.synthVals[a]; ok { // another package's table (outnames.go)
		ta.Value = v
	}
	if v, ok := c.synthVals[b]; ok {
		tb.Value = v
	}
	if z, ok := c.zeroValue(a); ok { // held.go
		ta.Value = z
	}
	if z, ok := c.zeroValue(b); ok {
		tb.Value = z
	}
	if ta.Value == nil || tb.Value == nil || ta.Value.Kind() != tb.Value.Kind() {
		return triUnknown
	}
	switch ta.Value.Kind() {
	case constant.Int, constant.Float, constant.String:
		return triOf(constant.Compare(ta.Value, op, tb.Value))
	case constant.Bool:
		if op == token.EQL || op == token.NEQ {
			return triOf(constant.Compare(ta.Value, op, tb.Value))
		}
	}
	return triUnknown
}

// tables returns the related information for the map literals d looks
// its code up in (if d, ok := outcomes[code]; ok), in the order its
// conditions name them: a package-level table's declaration, or the
// literal a function returns (k.onAnswer()[code], tabled.go). The codes a
// table lists (and those it leaves out) are written there.
func (c *checker) tables(d *dispatch) []analysis.RelatedInformation {
	if d.errs {
		return nil
	}
	var out []analysis.RelatedInformation
	seen := map[token.Pos]bool{}
	addVar := func(v *types.Var) {
		if seen[v.Pos()] {
			return
		}
		seen[v.Pos()] = true
		out = append(out, analysis.RelatedInformation{
			Pos:     v.Pos(),
			End:     v.Pos() + token.Pos(len(v.Name())),
			Message: fmt.Sprintf("the table %s is declared here", v.Name()),
		})
	}
	add := func(idx *ast.IndexExpr) {
		if idx == nil || !sameExpr(idx.Index, d.tag) {
			return
		}
		lit, _ := c.mapLiteral(idx.X)
		if lit == nil {
			return
		}
		if call, ok := ast.Unparen(idx.X).(*ast.CallExpr); ok {
			if !seen[lit.Pos()] {
				seen[lit.Pos()] = true
				out = append(out, analysis.RelatedInformation{
					Pos:     lit.Pos(),
					End:     lit.Lbrace,
					Message: fmt.Sprintf("the table returned by %s is declared here", c.callee(call).Name()),
				})
			}
			return
		}
		v, ok := c.pass.TypesInfo.Uses[typex.NameIdent(idx.X)].(*types.Var)
		if ok && (v.IsField() || c.paramMapLiteral(v) != nil) {
			// A field's or a parameter's table: where its keys are
			// written (fieldtable.go).
			msg := "the table %s is filled here"
			if !v.IsField() {
				msg = "the table passed as %s is declared here"
			}
			if !seen[lit.Pos()] {
				seen[lit.Pos()] = true
				out = append(out, analysis.RelatedInformation{
					Pos:     lit.Pos(),
					End:     lit.Lbrace,
					Message: fmt.Sprintf(msg, v.Name()),
				})
			}
		} else if ok {
			addVar(v)
		}
	}
	look := func(e ast.Node) {
		if e == nil {
			return
		}
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.IndexExpr:
				add(n)
			case *ast.CallExpr, *ast.BinaryExpr:
				if v := c.listVar(n, d.tag); v != nil {
					addVar(v) // a list of codes (listed.go)
				}
				add(c.loopLookup(n.(ast.Expr))) // rule rows walked in a loop (looprows.go)
			case *ast.Ident:
				if v, ok := c.pass.TypesInfo.Uses[n].(*types.Var); ok {
					add(c.commaOK()[v])
				}
			}
			return true
		})
	}
	switch s := d.stmt.(type) {
	case *ast.SwitchStmt:
		if s.Tag != nil || s.Body == nil {
			return nil
		}
		for _, st := range s.Body.List {
			if cc, ok := st.(*ast.CaseClause); ok {
				for _, e := range cc.List {
					look(e)
				}
			}
		}
	case *ast.IfStmt:
		// The chain, and the consecutive ifs after it up to d.last.
		list, _ := stmtList(d.stack[len(d.stack)-1])
		i := slices.Index(list, ast.Stmt(s))
		if i < 0 {
			list, i = []ast.Stmt{s}, 0
		}
		for _, st := range list[i:] {
			ifs, ok := st.(*ast.IfStmt)
			if !ok || ifs.Pos() > d.last.Pos() {
				break
			}
			for cur := ifs; cur != nil; {
				look(cur.Init)
				look(cur.Cond)
				cur, _ = cur.Else.(*ast.IfStmt)
			}
		}
	}
	return out
}

// tabledFailure reports whether call writes a status that a helper of this
// package looks up in a table by the code (w.WriteHeader(statusFor(code))),
// and that is a failure status for every code of set:
//
//	func statusFor(code Code) int {
//		if st, ok := statusByCode[code]; ok {
//			return st
//		}
//		return http.StatusBadGateway
//	}
func (w *walker) tabledFailure(call *ast.CallExpr, set codeSet) bool {
	c := w.c
	return chainArg(call, func(arg ast.Expr) bool {
		inner, ok := ast.Unparen(arg).(*ast.CallExpr)
		if !ok || len(inner.Args) != 1 || !w.isTag(inner.Args[0]) {
			return false
		}
		fn, ok := c.callee(inner).(*types.Func)
		if !ok || fn.Pkg() != c.pass.Pkg {
			return false
		}
		table, dflt := c.statusTable(fn)
		if table == nil {
			return false
		}
		n := 0
		for _, code := range published {
			if !set.has(code) {
				continue
			}
			n++
			v := dflt
			for _, elt := range table.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					if got, ok := c.constCode(kv.Key); ok && got == code {
						v = kv.Value
					}
				}
			}
			tv, ok := c.pass.TypesInfo.Types[v]
			if !ok || tv.Value == nil || !isHTTPStatus(c.pass.TypesInfo, v) || !isFailureStatus(tv.Value) {
				return false
			}
		}
		return n > 0
	})
}

// statusTable returns the table a helper of one parameter looks its
// argument up in, and the constant it returns for a missing key, when its
// body is exactly: if st, ok := table[p]; ok { return st }; return K.
func (c *checker) statusTable(fn *types.Func) (*ast.CompositeLit, ast.Expr) {
	sig := fn.Signature()
	if sig.Params().Len() != 1 || sig.Results().Len() != 1 || !isInteger(sig.Results().At(0).Type()) {
		return nil, nil
	}
	var body *ast.BlockStmt
	for _, f := range c.pass.Files {
		for _, decl := range f.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok && fd.Body != nil && c.pass.TypesInfo.Defs[fd.Name] == fn {
				body = fd.Body
			}
		}
	}
	if body == nil || len(body.List) != 2 {
		return nil, nil
	}
	ifs, ok := body.List[0].(*ast.IfStmt)
	last, ok2 := body.List[1].(*ast.ReturnStmt)
	if !ok || !ok2 || ifs.Else != nil || len(ifs.Body.List) != 1 || len(last.Results) != 1 || !c.isConst(last.Results[0]) {
		return nil, nil
	}
	as, ok := ifs.Init.(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return nil, nil
	}
	idx, ok := ast.Unparen(as.Rhs[0]).(*ast.IndexExpr)
	okID, ok2 := ast.Unparen(ifs.Cond).(*ast.Ident)
	ret, ok3 := ifs.Body.List[0].(*ast.ReturnStmt)
	if !ok || !ok2 || !ok3 || len(ret.Results) != 1 {
		return nil, nil
	}
	info := c.pass.TypesInfo
	param, _ := ast.Unparen(idx.Index).(*ast.Ident)
	val, _ := ast.Unparen(ret.Results[0]).(*ast.Ident)
	lhsV, _ := as.Lhs[0].(*ast.Ident)
	lhsOK, _ := as.Lhs[1].(*ast.Ident)
	if param == nil || val == nil || lhsV == nil || lhsOK == nil ||
		info.Uses[param] != sig.Params().At(0) || info.Uses[val] == nil || info.Uses[val] != info.ObjectOf(lhsV) ||
		info.Uses[okID] == nil || info.Uses[okID] != info.ObjectOf(lhsOK) {
		return nil, nil
	}
	lit, _ := c.mapLiteral(idx.X)
	return lit, last.Results[0]
}

// okTestOf returns the statement keeping the comma-ok lookup whose ok
// ifs tests alone (if !ok, if ok, of v, ok := table[code] before it or in
// its init), and that lookup; nil when ifs tests anything else.
func (c *checker) okTestOf(ifs *ast.IfStmt) (*ast.AssignStmt, *ast.IndexExpr) {
	cond := ast.Unparen(ifs.Cond)
	if u, ok := cond.(*ast.UnaryExpr); ok && u.Op == token.NOT {
		cond = ast.Unparen(u.X)
	}
	id, ok := cond.(*ast.Ident)
	if !ok {
		return nil, nil
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil, nil
	}
	idx := c.commaOK()[v]
	if idx == nil {
		return nil, nil
	}
	var out *ast.AssignStmt
	ast.Inspect(c.file, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && out == nil && len(as.Lhs) == 2 && len(as.Rhs) == 1 && ast.Unparen(as.Rhs[0]) == idx {
			out = as
		}
		return out == nil
	})
	if out == nil {
		return nil, nil
	}
	return out, idx
}
