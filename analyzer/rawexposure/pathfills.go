package rawexposure

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/astutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Fields set together per return path (pathfills.go). A function that
// builds its result first and fills it as it goes often gives the
// server's text only on the returns taken under a test of the code, and
// says which return it took by another field set on the way:
//
//	res := &Result{Kind: KindReset}
//	if o.Code() == spcodes.DeviceNotFound {
//		res.Detail = o.Message()
//		return res, nil // Approved: false
//	}
//	res.Approved = true
//	res.Detail = "Your old token was removed."
//	return res, nil // Detail overwritten: clean
//
// pathSets reads, for a return of such a local (returnedFills), what
// each field holds there: the literal's constant (or its zero value),
// changed by the stores on the way to the return, a store in a branch
// that returns before it, or in the other branch of an if or another
// case, not reaching it, a store in a statement run before it that may
// or may not have run leaving the field unknown unless it stores the same
// value. The return is raw only when a raw store may reach it; a clean
// return with the constants it sets tells the raw ones apart as a
// literal's return does (discr.go); so does the error returned beside it
// (errResult: return res, ErrRefused on the raw path, return res, nil on
// the clean one).

// fieldVal is one value a field of the local may hold at a point.
type fieldVal struct {
	k     string // exact constant; "" when not a constant
	raw   bool
	whole bool // stored into the field itself, not into a field of it
}

// pathSets are the constant fields of the local returned by e at return
// n and whether what the return gives carries a raw store, when the
// local is a fills and the path to n runs through no loop and no
// fallthrough; ok is false otherwise.
func (fs *fstate) pathSets(n *ast.ReturnStmt, e ast.Expr) (consts map[string]string, raw, ok bool) {
	if fs.u.file == nil || fs.u.node == nil {
		return nil, false, false
	}
	f := fs.returnedFills(e)
	if f == nil {
		return nil, false, false
	}
	st, ok := typex.Deref(f.v.Type()).Underlying().(*types.Struct)
	if !ok {
		return nil, false, false
	}
	// The fields' values where the local is defined.
	state := map[string][]fieldVal{}
	var lc map[string]string
	if f.def != nil {
		lc = fs.litConsts(f.def)
		if lc == nil {
			return nil, false, false
		}
	} else {
		lc = zeroConsts(st, nil)
	}
	for i := 0; i < st.NumFields(); i++ {
		name := st.Field(i).Name()
		state[name] = []fieldVal{{k: lc[name]}}
	}
	path, _ := astutil.PathEnclosingInterval(fs.u.file, n.Pos(), n.End())
	top := -1
	for i, p := range path {
		if p == fs.u.node {
			top = i
			break
		}
	}
	if top < 1 {
		return nil, false, false
	}
	// run merges into state what the stores inside s leave on leaving it
	// where it ends.
	run := func(s ast.Node) {
		for _, st := range f.stores {
			if st.stmt.Pos() < s.Pos() || st.stmt.End() > s.End() || !fs.escapes(st.stmt, s) {
				continue
			}
			v := fs.storeVal(st)
			if _, ok := state[st.field]; !ok {
				state[st.field] = []fieldVal{{}} // a promoted field
			}
			if !containsVal(state[st.field], v) {
				state[st.field] = append(state[st.field], v)
			}
		}
	}
	// assign sets what a store directly in a block on the path leaves.
	assign := func(s ast.Stmt) bool {
		a, ok := s.(*ast.AssignStmt)
		if !ok {
			return false
		}
		mine := false
		for _, st := range f.stores {
			if st.stmt != a {
				continue
			}
			mine = true
			v := fs.storeVal(st)
			if old, ok := state[st.field]; ok && v.whole {
				state[st.field] = []fieldVal{v}
			} else if !ok {
				state[st.field] = []fieldVal{{}, v} // a promoted field
			} else if !containsVal(old, v) {
				state[st.field] = append(old, v) // a field of the field
			}
		}
		return mine
	}
	stmts := func(list []ast.Stmt, child ast.Node) {
		for _, s := range list {
			if s == child {
				return
			}
			if !assign(s) {
				run(s)
			}
		}
	}
	for i := top; i > 0; i-- {
		child := path[i-1]
		switch p := path[i].(type) {
		case *ast.BlockStmt:
			stmts(p.List, child)
		case *ast.CaseClause:
			stmts(p.Body, child)
		case *ast.CommClause:
			stmts(p.Body, child)
		case *ast.IfStmt:
			if p.Init != nil && p.Init != child {
				if !assign(p.Init) {
					run(p.Init)
				}
			}
		case *ast.SwitchStmt:
			if p.Init != nil && p.Init != child {
				if !assign(p.Init) {
					run(p.Init)
				}
			}
			if cc, ok := child.(*ast.BlockStmt); ok {
				// A clause the one holding n falls into from.
				for j, c := range cc.List {
					if j+1 < len(cc.List) && fallsThrough(c) && path[i-2] == cc.List[j+1] {
						return nil, false, false
					}
				}
			}
		case *ast.TypeSwitchStmt:
			if p.Init != nil && p.Init != child {
				if !assign(p.Init) {
					run(p.Init)
				}
			}
		case *ast.ForStmt, *ast.RangeStmt, *ast.FuncLit:
			return nil, false, false
		case *ast.FuncDecl, *ast.LabeledStmt, *ast.SelectStmt, *ast.ReturnStmt:
		default:
			if _, isStmt := p.(ast.Stmt); isStmt {
				return nil, false, false
			}
		}
	}
	consts = map[string]string{}
	for name, vals := range state {
		k := vals[0].k
		for _, v := range vals {
			raw = raw || v.raw
			if v.k != k {
				k = ""
			}
		}
		if k != "" {
			consts[name] = k
		}
	}
	return consts, raw, true
}

// storeVal is the value a store leaves in its field: the constant it
// stores (none for a store into a field of the field) and whether it is
// raw.
func (fs *fstate) storeVal(s fillStore) fieldVal {
	v := fieldVal{raw: fs.eval(s.rhs).kind != kNone}
	if sel, ok := ast.Unparen(s.lhs).(*ast.SelectorExpr); ok && sel.Sel.Name == s.field {
		v.whole = true
		if tv, ok := fs.pass.TypesInfo.Types[s.rhs]; ok && tv.Value != nil {
			v.k = tv.Value.ExactString()
		}
	}
	return v
}

func containsVal(vs []fieldVal, v fieldVal) bool {
	for _, w := range vs {
		if w == v {
			return true
		}
	}
	return false
}

// escapes reports whether control may leave statement s, which holds
// store a, at s's end after a ran: no block between them ends in a return
// or a panic after it with no branch statement inside it.
func (fs *fstate) escapes(a *ast.AssignStmt, s ast.Node) bool {
	path, _ := astutil.PathEnclosingInterval(fs.u.file, a.Pos(), a.End())
	for _, p := range path {
		if p == s {
			break
		}
		var list []ast.Stmt
		switch b := p.(type) {
		case *ast.BlockStmt:
			list = b.List
		case *ast.CaseClause:
			list = b.Body
		case *ast.CommClause:
			list = b.Body
		default:
			continue
		}
		if len(list) > 0 && exits(list[len(list)-1]) && !hasBranch(p) {
			return false
		}
	}
	return true
}

// exits reports whether s is a return or a call of panic.
func exits(s ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.ExprStmt:
		if call, ok := ast.Unparen(s.X).(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "panic" {
				return true
			}
		}
	}
	return false
}

// hasBranch reports whether n holds a break, continue or goto.
func hasBranch(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if b, ok := m.(*ast.BranchStmt); ok && b.Tok != token.FALLTHROUGH {
			found = true
		}
		_, lit := m.(*ast.FuncLit)
		return !found && !lit
	})
	return found
}

// zeroConsts are the zero values of the fields of struct st of basic
// type that set leaves out, as exact constants.
func zeroConsts(st *types.Struct, set map[*types.Var]bool) map[string]string {
	out := map[string]string{}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if set[f] {
			continue
		}
		if b, ok := f.Type().Underlying().(*types.Basic); ok {
			switch {
			case b.Info()&types.IsString != 0:
				out[f.Name()] = constant.MakeString("").ExactString()
			case b.Info()&types.IsInteger != 0:
				out[f.Name()] = constant.MakeInt64(0).ExactString()
			case b.Info()&types.IsBoolean != 0:
				out[f.Name()] = constant.MakeBool(false).ExactString()
			}
		}
	}
	return out
}
