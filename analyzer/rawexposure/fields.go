package rawexposure

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Field sinks (sinks_fields.go): a raw value stored in a field the
// framework sends is reported where it is stored, as a sink call is: at a
// composite literal (&echo.HTTPError{Code: 401, Message: msg}), an
// assignment to the field (he.Message = msg) or to an element of a map or
// slice field (c.Data["json"] = v). Like a sink call's result, the value
// holding the field does not carry what was stored (eval and flowNode
// skip these fields), so returning or passing the error on is not a
// second finding.

// importedField returns field name of struct type typ of package path,
// the package or one it imports (indexImports); nil when there is none.
func (st *state) importedField(path, typ, name string) *types.Var {
	p := st.imports[path]
	if p == nil {
		return nil
	}
	tn, _ := p.Scope().Lookup(typ).(*types.TypeName)
	if tn == nil {
		return nil
	}
	s, _ := tn.Type().Underlying().(*types.Struct)
	if s == nil {
		return nil
	}
	for i := 0; i < s.NumFields(); i++ {
		if s.Field(i).Name() == name {
			return s.Field(i)
		}
	}
	return nil
}

// fieldSinkOf returns the row of field v, if it is one.
func (st *state) fieldSinkOf(v *types.Var) (fieldSink, bool) {
	if v == nil || !v.IsField() || v.Pkg() == nil {
		return fieldSink{}, false
	}
	if st.fsinks == nil {
		st.fsinks = map[*types.Var]fieldSink{}
		for _, row := range slices.Concat(fieldSinks, serverlessFields, apiFields, personalFields) {
			if v := st.importedField(row.Pkg, row.Type, row.Field); v != nil {
				st.fsinks[v] = row
			}
		}
	}
	if row, ok := st.fsinks[v.Origin()]; ok {
		return row, ok
	}
	if row, ok := st.kitFailerRow(v); ok { // kitfailer.go
		return row, ok
	}
	if row, ok := st.rpcReplyRow(v); ok { // handlers.go
		return row, ok
	}
	if row, ok := st.hookBodyRow(v); ok { // ctorhooks.go
		return row, ok
	}
	return st.strictShownRow(v) // strict.go
}

// litField returns the field element i (elt) of composite literal lit
// stores into, nil when lit is not a struct literal.
func (st *state) litField(lit *ast.CompositeLit, i int, elt ast.Expr) *types.Var {
	info := st.pass.TypesInfo
	s, ok := typex.Deref(info.TypeOf(lit)).Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	if kv, ok := elt.(*ast.KeyValueExpr); ok {
		if id, ok := kv.Key.(*ast.Ident); ok {
			v, _ := info.Uses[id].(*types.Var)
			return v
		}
		return nil
	}
	if i < s.NumFields() {
		return s.Field(i)
	}
	return nil
}

// litSinkField reports whether element i of lit stores into a field sink
// (not a keyed one: a literal does not store under a key).
func (st *state) litSinkField(lit *ast.CompositeLit, i int, elt ast.Expr) bool {
	row, ok := st.fieldSinkOf(st.litField(lit, i, elt))
	return ok && !row.Keyed
}

// fieldTarget returns the row an assignment to lhs stores into, and the
// type of the slot assigned: x.F = v, or x.F[k] = v for a map or slice F.
func (st *state) fieldTarget(lhs ast.Expr) (fieldSink, types.Type, bool) {
	info := st.pass.TypesInfo
	lhs = ast.Unparen(lhs)
	slot := info.TypeOf(lhs)
	var key ast.Expr // the element's key, for a keyed row
	if ix, ok := lhs.(*ast.IndexExpr); ok {
		key = ix.Index
		xt := info.TypeOf(ix.X)
		if xt == nil {
			return fieldSink{}, nil, false
		}
		switch xt.Underlying().(type) {
		case *types.Map, *types.Slice:
			lhs = ast.Unparen(ix.X)
		default:
			return fieldSink{}, nil, false
		}
	}
	sel, ok := lhs.(*ast.SelectorExpr)
	if !ok {
		return fieldSink{}, nil, false
	}
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return fieldSink{}, nil, false
	}
	v, _ := s.Obj().(*types.Var)
	row, ok := st.fieldSinkOf(v)
	if ok && row.Keyed && (key == nil || !st.shownKey(key)) {
		return fieldSink{}, nil, false
	}
	return row, slot, ok
}

// checkFieldLit reports the raw values a composite literal stores in
// field sinks.
func (fs *fstate) checkFieldLit(lit *ast.CompositeLit) {
	var hits []found
	var rows []fieldSink
	var at ast.Node = lit // where the finding is
	for i, elt := range lit.Elts {
		v := fs.litField(lit, i, elt)
		row, ok := fs.fieldSinkOf(v)
		if !ok || row.Keyed {
			continue
		}
		value := elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			value = kv.Value
		}
		if h, ok := fs.fieldHit(row, value, v.Type()); ok {
			if len(hits) == 0 && row.Response && !fs.returnedLit(lit) {
				at = elt
			}
			hits = append(hits, h)
			rows = append(rows, row)
		}
	}
	fs.reportFields(at, lit.Pos(), lit.End(), hits, rows)
}

// checkShownCtor reports the raw arguments call passes to a constructor of
// another package (apperr.New(status, public, cause), by its fact: result
// 0 follows the parameter) building an error type whose field an error
// handler of this package shows (strict.go): the argument lands in that
// field when it is the type's only field of the parameter's type, and is
// reported at the call, as the literal would be.
func (fs *fstate) checkShownCtor(call *ast.CallExpr) {
	if len(fs.strictIdx().shown) == 0 {
		return
	}
	fn, _ := typeutil.Callee(fs.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == fs.pass.Pkg {
		return
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Results().Len() == 0 || sig.Recv() != nil {
		return
	}
	st, ok := typex.Deref(sig.Results().At(0).Type()).Underlying().(*types.Struct)
	if !ok {
		return
	}
	s := fs.summaryOf(fn)
	if s == nil || len(s.results) == 0 || s.results[0].params == 0 {
		return
	}
	var hits []found
	var rows []fieldSink
	for j, a := range call.Args {
		if j >= sig.Params().Len() || sig.Variadic() && j == sig.Params().Len()-1 || s.results[0].params&(1<<j) == 0 {
			continue
		}
		pt := sig.Params().At(j).Type()
		var only *types.Var
		n := 0
		for i := 0; i < st.NumFields(); i++ {
			if f := st.Field(i); types.Identical(f.Type(), pt) {
				only, n = f, n+1
			}
		}
		if n != 1 {
			continue
		}
		row, ok := fs.fieldSinkOf(only)
		if !ok || row.Keyed {
			continue
		}
		if h, ok := fs.fieldHit(row, a, pt); ok {
			hits = append(hits, h)
			rows = append(rows, row)
		}
	}
	fs.reportFields(call, call.Pos(), call.End(), hits, rows)
}

// returnedLit reports whether lit is a result of a return statement of
// the unit (return events.APIGatewayProxyResponse{...}, nil, or &lit).
func (fs *fstate) returnedLit(lit *ast.CompositeLit) bool {
	if fs.returned == nil {
		fs.returned = map[*ast.CompositeLit]bool{}
		ast.Inspect(fs.u.node, func(n ast.Node) bool {
			if ret, ok := n.(*ast.ReturnStmt); ok {
				for _, r := range ret.Results {
					r = ast.Unparen(r)
					if u, ok := r.(*ast.UnaryExpr); ok && u.Op == token.AND {
						r = ast.Unparen(u.X)
					}
					if l, ok := r.(*ast.CompositeLit); ok {
						fs.returned[l] = true
					}
				}
			}
			return true
		})
	}
	return fs.returned[lit]
}

// checkFieldAssign reports the raw values an assignment stores in field
// sinks.
func (fs *fstate) checkFieldAssign(as *ast.AssignStmt) {
	if as.Tok == token.DEFINE || len(as.Lhs) != len(as.Rhs) {
		return
	}
	var hits []found
	var rows []fieldSink
	for i, lhs := range as.Lhs {
		row, slot, ok := fs.fieldTarget(lhs)
		if !ok {
			continue
		}
		if h, ok := fs.fieldHit(row, as.Rhs[i], slot); ok {
			hits = append(hits, h)
			rows = append(rows, row)
		}
	}
	fs.reportFields(as, as.Pos(), as.End(), hits, rows)
}

// fieldHit evaluates value stored in a field of row whose slot has type
// slot; a parameter reaching it goes into the unit's summary.
func (fs *fstate) fieldHit(row fieldSink, value ast.Expr, slot types.Type) (found, bool) {
	if fs.hiddenByPresenter(sink{Pkg: row.Pkg}) || fs.hiddenByKitEncoder(row, value) {
		return found{}, false
	}
	t := fs.sinkArg(value)
	fs.noteParams(t, row.What, fs.fieldName(row))
	if t.kind == kNone {
		return found{}, false
	}
	return found{arg: value, slot: slot, t: t}, true
}

// reportFields queues the diagnostic of node, spanning [pos, end), for its
// raw field values.
func (fs *fstate) reportFields(node ast.Node, pos, end token.Pos, hits []found, rows []fieldSink) {
	if !fs.report || fs.u.generated || len(hits) == 0 {
		return
	}
	// The fix and guard code take a call for its span and its arguments
	// (printfSafe looks into them): a stand-in covering node, whose
	// arguments are the values stored.
	span := &ast.CallExpr{Fun: &ast.Ident{NamePos: pos, Name: "_"}, Lparen: pos, Rparen: end - 1}
	for _, h := range hits {
		span.Args = append(span.Args, h.arg)
	}
	if fs.guarded(span, hits) {
		return
	}
	first, row := hits[0], rows[0]
	for i, h := range hits[1:] {
		if h.t.kind > first.t.kind {
			first, row = h, rows[i+1]
		}
	}
	d := analysis.Diagnostic{
		Pos:      node.Pos(),
		End:      node.End(),
		Category: first.t.kind.category(),
		Message:  fmt.Sprintf("raw SurePassID %s (from %s) written to %s, in %s", first.t.kind, first.t.from, row.What, fs.fieldName(row)),
	}
	d.Related = first.t.origin()
	fs.pending = append(fs.pending, pending{d: d, call: span, hits: hits})
}

// fieldName names row's field for messages: echo.HTTPError.Message.
func (st *state) fieldName(row fieldSink) string {
	name := row.Pkg
	if p := st.imports[row.Pkg]; p != nil {
		name = p.Name()
	}
	return name + "." + row.Type + "." + row.Field
}
