package rawexposure

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// gqlgen resolvers in view of no generated interface, and presenters that
// hide one error type.
//
// Resolvers: gqlgen writes them as methods of `type mutationResolver
// struct{ *Resolver }` (one type per GraphQL object, embedding the root
// resolver) in <schema>.resolvers.go. When the generated <X>Resolver
// interfaces are not in view (the executable schema generated into a
// package this one does not import, or not committed), a method of that
// layout is a resolver: exported, of a struct type named <x>Resolver
// embedding a struct type of the package named <X>Resolver, with a
// context.Context first and (T, error) results.
//
// Presenters: one that answers a fixed text when errors.As(err, &apiErr)
// holds and passes every other error on (graphql.DefaultErrorPresenter)
// hides the errors that are or wrap that type, and sends the others. A
// returned error is judged by its carrier: the error type every non-nil
// value it may hold is or wraps (with %w): &T{...}, a call of a function
// all of whose non-nil errors are (in this package, or by the Carrier of
// its fact), a local assigned only such values.

// gqlgenLayout reports whether method fn of receiver type r (a type no
// generated resolver interface in view describes) is a resolver in
// gqlgen's layout.
func (fs *fstate) gqlgenLayout(fn *types.Func, sig *types.Signature, r *types.Named) bool {
	if r.Obj().Pkg() != fs.pass.Pkg || !strings.HasSuffix(r.Obj().Name(), "Resolver") {
		return false
	}
	if sig.Params().Len() == 0 || !typex.IsNamed(sig.Params().At(0).Type(), "context", "Context") ||
		sig.Results().Len() != 2 || !types.Identical(sig.Results().At(1).Type(), typex.ErrorType) {
		return false
	}
	s, ok := r.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < s.NumFields(); i++ {
		f := s.Field(i)
		if !f.Embedded() {
			continue
		}
		if root := recvNamed(f.Type()); root != nil && root != r && root.Obj().Pkg() == fs.pass.Pkg && strings.HasSuffix(root.Obj().Name(), "Resolver") {
			if _, ok := root.Underlying().(*types.Struct); ok {
				return true
			}
		}
	}
	return false
}

// presenterHidden returns the error types presenter p (declared in file)
// hides while passing other errors on: the types T of the targets of
// errors.As(err, &x) conditions of an if whose body answers without err or
// x (a fixed text; calls such as a log line may read them). A factory's
// presenters must all hide a type for it to count.
func (fs *fstate) presenterHidden(file *ast.File, p ast.Expr) []*types.Named {
	info := fs.pass.TypesInfo
	var body *ast.BlockStmt
	var sig *types.Signature
	switch p := ast.Unparen(p).(type) {
	case *ast.FuncLit:
		body = p.Body
		sig, _ = info.TypeOf(p).(*types.Signature)
	case *ast.Ident, *ast.SelectorExpr:
		id, _ := p.(*ast.Ident)
		if sel, ok := p.(*ast.SelectorExpr); ok {
			id = sel.Sel
		}
		fn, _ := info.Uses[id].(*types.Func)
		if fn == nil || fn.Pkg() != fs.pass.Pkg {
			return nil
		}
		if fd := fs.declOf(fn); fd != nil {
			body = fd.Body
			sig, _ = fn.Type().(*types.Signature)
		}
	case *ast.CallExpr:
		fns, ok := fs.returnedFuncs(p)
		if !ok || len(fns) == 0 {
			return nil
		}
		out := fs.presenterHidden(fns[0].file, fns[0].e)
		for _, f := range fns[1:] {
			out = intersect(out, fs.presenterHidden(f.file, f.e))
		}
		return out
	}
	if body == nil || sig == nil || sig.Params().Len() != 2 {
		return nil
	}
	errVar := sig.Params().At(1)
	var out []*types.Named
	ast.Inspect(body, func(n ast.Node) bool {
		var cond ast.Expr
		var stmts []ast.Stmt
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if t := fs.hiddenByAsType(n, errVar); t != nil {
				out = append(out, t)
				return true
			}
			cond, stmts = n.Cond, n.Body.List
		case *ast.SwitchStmt:
			if n.Tag != nil {
				return true
			}
			for _, c := range n.Body.List {
				if cc, ok := c.(*ast.CaseClause); ok && len(cc.List) == 1 {
					if t := fs.hiddenBy(cc.List[0], cc.Body, errVar); t != nil {
						out = append(out, t)
					}
				}
			}
			return true
		default:
			return true
		}
		if t := fs.hiddenBy(cond, stmts, errVar); t != nil {
			out = append(out, t)
		}
		return true
	})
	return out
}

// hiddenBy returns T when cond is errors.As(errVar, &x) with x of error
// type T and stmts, the branch it guards, answers without errVar or x: it
// ends in a return, or it sets a Message field to a constant text (gerr :=
// graphql.DefaultErrorPresenter(ctx, err); ...; case errors.As(err,
// &apiErr): gerr.Message = "verification failed"). Calls such as a log
// line may read them.
func (fs *fstate) hiddenBy(cond ast.Expr, stmts []ast.Stmt, errVar *types.Var) *types.Named {
	info := fs.pass.TypesInfo
	call, ok := ast.Unparen(cond).(*ast.CallExpr)
	if !ok || len(call.Args) != 2 {
		return nil
	}
	if fn, _ := typeutil.Callee(info, call).(*types.Func); fn == nil || funcKey(fn) != "errors.As" {
		return nil
	}
	if id, ok := ast.Unparen(call.Args[0]).(*ast.Ident); !ok || info.Uses[id] != errVar {
		return nil
	}
	u, ok := ast.Unparen(call.Args[1]).(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return nil
	}
	x, ok := ast.Unparen(u.X).(*ast.Ident)
	if !ok || info.Uses[x] == nil {
		return nil
	}
	return fs.hidingBranch(stmts, errVar, info.Uses[x])
}

// hidingBranch returns the error type of target when stmts, the branch
// where errVar is (or wraps) target, answers without errVar or target:
// it ends in a return, or sets a Message field to a constant text. Calls
// (a log line) may read them, and so may the other fields of the error
// presented (gerr.Extensions = map[string]any{"code": apiErr.Code}): what
// those send is checked where they are set.
func (fs *fstate) hidingBranch(stmts []ast.Stmt, errVar *types.Var, target types.Object) *types.Named {
	info := fs.pass.TypesInfo
	if len(stmts) == 0 {
		return nil
	}
	_, answers := stmts[len(stmts)-1].(*ast.ReturnStmt)
	for _, st := range stmts {
		if _, ok := st.(*ast.ExprStmt); ok {
			continue // a log line
		}
		as, _ := st.(*ast.AssignStmt)
		var sel *ast.SelectorExpr
		if as != nil && len(as.Lhs) == 1 && len(as.Rhs) == 1 {
			sel, _ = ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr)
		}
		if sel != nil && sel.Sel.Name == "Message" {
			if tv := info.Types[as.Rhs[0]]; tv.Value != nil && tv.Value.Kind() == constant.String {
				answers = true
				continue
			}
		}
		if sel != nil && as.Tok == token.ASSIGN && !fs.mentionsAny(sel, errVar, target) {
			continue // another field of the error presented
		}
		if fs.mentionsAny(st, errVar, target) {
			return nil
		}
	}
	if t := recvNamed(target.Type()); answers && t != nil && !types.IsInterface(t) {
		return t
	}
	return nil
}

// hiddenByAsType is hiddenBy for Go 1.26's errors.AsType: if x, ok :=
// errors.AsType[*T](errVar); ok { ... }.
func (fs *fstate) hiddenByAsType(n *ast.IfStmt, errVar *types.Var) *types.Named {
	info := fs.pass.TypesInfo
	as, ok := n.Init.(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return nil
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return nil
	}
	if fn, _ := typeutil.Callee(info, call).(*types.Func); fn == nil || funcKey(fn) != "errors.AsType" {
		return nil
	}
	if id, ok := ast.Unparen(call.Args[0]).(*ast.Ident); !ok || info.Uses[id] != errVar {
		return nil
	}
	x, _ := as.Lhs[0].(*ast.Ident)
	okID, _ := as.Lhs[1].(*ast.Ident)
	cond, _ := ast.Unparen(n.Cond).(*ast.Ident)
	if x == nil || okID == nil || cond == nil || info.ObjectOf(okID) == nil || info.Uses[cond] != info.ObjectOf(okID) {
		return nil
	}
	target := info.ObjectOf(x)
	if target == nil {
		return nil
	}
	return fs.hidingBranch(n.Body.List, errVar, target)
}

func intersect(a, b []*types.Named) []*types.Named {
	var out []*types.Named
	for _, x := range a {
		for _, y := range b {
			if x == y {
				out = append(out, x)
				break
			}
		}
	}
	return out
}

// mentionsAny reports whether node refers to one of objs.
func (fs *fstate) mentionsAny(node ast.Node, objs ...types.Object) bool {
	found := false
	ast.Inspect(node, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			for _, o := range objs {
				if fs.pass.TypesInfo.Uses[id] == o {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// declOf returns the declaration of fn, a function of this package.
func (st *state) declOf(fn *types.Func) *ast.FuncDecl {
	idx := st.exposureIdx()
	if idx.decls == nil {
		idx.decls = map[*types.Func]*ast.FuncDecl{}
		for _, f := range st.pass.Files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
					if obj, ok := st.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
						idx.decls[obj] = fd
					}
				}
			}
		}
	}
	return idx.decls[fn.Origin()]
}

// presenterHidesCarrier reports whether the error e a gqlgen resolver
// (ref) returns is hidden by the presenters of every server serving it:
// its carrier is a type each one hides.
func (fs *fstate) presenterHidesCarrier(shape *handlerShape, ref handlerRef, e ast.Expr) bool {
	if shape.name != gqlgenShapeName || ref.fn == nil || e == nil {
		return false
	}
	apps := fs.gqlServing(ref.fn)
	if len(apps) == 0 {
		return false
	}
	t := fs.carrierExpr(e, fs.u.node, 0)
	if t == nil {
		return false
	}
	for _, app := range apps {
		hidden := app.hides
		for _, h := range app.hiddenTypes {
			hidden = hidden || h == t
		}
		if !hidden {
			return false
		}
	}
	return true
}

// gqlServing returns the gqlgen servers of the package serving resolver
// method fn (see gqlgenSends).
func (fs *fstate) gqlServing(fn *types.Func) []gqlApp {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return nil
	}
	r := recvNamed(sig.Recv().Type())
	if r == nil {
		return nil
	}
	roots := map[*types.Named]bool{r: true}
	if s, ok := r.Underlying().(*types.Struct); ok {
		for i := 0; i < s.NumFields(); i++ {
			if f := s.Field(i); f.Embedded() {
				if n := recvNamed(f.Type()); n != nil {
					roots[n] = true
				}
			}
		}
	}
	var out []gqlApp
	for _, app := range fs.handlerIndex().gqlApps {
		if app.root == nil || roots[app.root] {
			out = append(out, app)
		}
	}
	return out
}

// carrierExpr returns the error type every non-nil value of error
// expression e (in function node scope) is or wraps, nil when unknown.
func (st *state) carrierExpr(e ast.Expr, scope ast.Node, depth int) *types.Named {
	t, _ := st.carrier(e, scope, depth)
	return t
}

// carrier is carrierExpr, and whether e carries nothing raw: the nil error,
// or a package-level error variable (a sentinel's fixed text).
func (st *state) carrier(e ast.Expr, scope ast.Node, depth int) (*types.Named, bool) {
	info := st.pass.TypesInfo
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && tv.IsNil() {
		return nil, true
	}
	if depth > 6 {
		return nil, false
	}
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch x := e.(type) {
	case *ast.CompositeLit:
		if t := recvNamed(info.TypeOf(x)); t != nil && !types.IsInterface(t) {
			return t, false
		}
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, x).(*types.Func)
		if fn == nil {
			return nil, false
		}
		if funcKey(fn) == "fmt.Errorf" && len(x.Args) > 1 {
			if tv, ok := info.Types[x.Args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String && strings.Contains(constant.StringVal(tv.Value), "%w") {
				clean := true
				for _, a := range x.Args[1:] {
					t, none := st.carrier(a, scope, depth+1)
					if t != nil {
						return t, false
					}
					clean = clean && none
				}
				// fmt.Errorf("validate user: %w", err), err a transport
				// error: nothing raw
				return nil, clean
			}
			return nil, false
		}
		return st.callCarrier(fn, depth+1)
	case *ast.Ident:
		v, _ := info.Uses[x].(*types.Var)
		if v != nil && isSentinel(v) {
			return nil, true // ErrRetry: a sentinel's fixed text carries nothing raw
		}
		if v == nil || v.Parent() == nil || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() || scope == nil {
			return nil, false
		}
		return st.localCarrier(v, scope, depth)
	case *ast.SelectorExpr:
		if v := sentinelOf(info, x); v != nil && v.Pkg() != st.pass.Pkg {
			return nil, true // pkg.ErrRetry
		}
	}
	return nil, false
}

// localCarrier is the carrier of every value local v is assigned in scope,
// and whether none of them carries a raw value.
func (st *state) localCarrier(v *types.Var, scope ast.Node, depth int) (*types.Named, bool) {
	info := st.pass.TypesInfo
	var out *types.Named
	ok := true
	assigned := false
	note := func(t *types.Named, isNil bool) {
		switch {
		case isNil:
		case t == nil || out != nil && out != t:
			ok = false
		default:
			out = t
		}
	}
	ast.Inspect(scope, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				id, isID := ast.Unparen(l).(*ast.Ident)
				if !isID || info.ObjectOf(id) != v {
					continue
				}
				assigned = true
				switch {
				case len(n.Rhs) == len(n.Lhs):
					note(st.carrier(n.Rhs[i], scope, depth+1))
				case len(n.Rhs) == 1 && i == len(n.Lhs)-1:
					call, isCall := ast.Unparen(n.Rhs[0]).(*ast.CallExpr)
					if !isCall {
						ok = false
						continue
					}
					fn, _ := typeutil.Callee(info, call).(*types.Func)
					if fn == nil {
						ok = false
						continue
					}
					note(st.callCarrier(fn, depth+1))
				default:
					ok = false
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if info.Defs[name] != v {
					continue
				}
				assigned = true
				if i < len(n.Values) && len(n.Values) == len(n.Names) {
					note(st.carrier(n.Values[i], scope, depth+1))
				} else if len(n.Values) != 0 {
					ok = false
				}
			}
		case *ast.UnaryExpr:
			if id, isID := ast.Unparen(n.X).(*ast.Ident); isID && n.Op == token.AND && info.Uses[id] == v {
				ok = false
			}
		}
		return true
	})
	if !ok || !assigned {
		return nil, false
	}
	return out, out == nil
}

// callCarrier is the carrier of the errors a call of fn returns, and
// whether none of them carries a raw value (a transport error beside the
// client's own error type counts for nothing): for a method of one of the
// module's interfaces, the carrier common to the implementations in view
// whose error is raw (dispatch.go finds them).
func (st *state) callCarrier(fn *types.Func, depth int) (*types.Named, bool) {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Results().Len() == 0 || fn.Pkg() == nil || !typex.InModule(st.pass, fn.Pkg()) {
		return st.funcCarrier(fn, depth), false
	}
	if sig.Recv() != nil && types.IsInterface(sig.Recv().Type()) {
		ifc, _ := sig.Recv().Type().Underlying().(*types.Interface)
		if ifc == nil || depth > 6 {
			return nil, false
		}
		var out *types.Named
		for _, m := range st.methodsNamed(fn.Name()) {
			rt := m.Type().(*types.Signature).Recv().Type()
			if types.IsInterface(rt) || !typex.InModule(st.pass, m.Pkg()) ||
				!types.Implements(rt, ifc) && !types.Implements(types.NewPointer(rt), ifc) {
				continue
			}
			t, clean := st.callCarrier(m, depth+1)
			switch {
			case clean:
			case t == nil || out != nil && out != t:
				return nil, false
			default:
				out = t
			}
		}
		return out, out == nil
	}
	if s := st.summaryOf(fn); s == nil && fn.Pkg() != st.pass.Pkg ||
		s != nil && len(s.results) == sig.Results().Len() && s.results[len(s.results)-1].kind == kNone && s.results[len(s.results)-1].params == 0 {
		return nil, true // its error carries nothing raw
	}
	return st.funcCarrier(fn, depth), false
}

// funcCarrier is the carrier of the errors function fn returns (its last
// result): from its body in this package, from its fact otherwise.
func (st *state) funcCarrier(fn *types.Func, depth int) *types.Named {
	fn = fn.Origin()
	if fn.Pkg() == nil {
		return nil
	}
	if fn.Pkg() != st.pass.Pkg {
		var f funcFact
		if !st.pass.ImportObjectFact(fn, &f) || f.Carrier == "" {
			return nil
		}
		i := strings.LastIndex(f.Carrier, ".")
		if i < 0 || st.imports[f.Carrier[:i]] == nil {
			return nil
		}
		tn, _ := st.imports[f.Carrier[:i]].Scope().Lookup(f.Carrier[i+1:]).(*types.TypeName)
		if tn == nil {
			return nil
		}
		t, _ := tn.Type().(*types.Named)
		return t
	}
	idx := st.exposureIdx()
	if t, ok := idx.carriers[fn]; ok {
		return t
	}
	if idx.carriers == nil {
		idx.carriers = map[*types.Func]*types.Named{}
	}
	idx.carriers[fn] = nil // recursion
	sig, _ := fn.Type().(*types.Signature)
	fd := st.declOf(fn)
	if sig == nil || fd == nil || sig.Results().Len() == 0 || !types.Identical(sig.Results().At(sig.Results().Len()-1).Type(), typex.ErrorType) {
		return nil
	}
	n := sig.Results().Len()
	var out *types.Named
	ok := true
	ast.Inspect(fd.Body, func(node ast.Node) bool {
		if _, isLit := node.(*ast.FuncLit); isLit || !ok {
			return false
		}
		ret, isRet := node.(*ast.ReturnStmt)
		if !isRet {
			return true
		}
		if len(ret.Results) != n {
			ok = false
			return false
		}
		t, isNil := st.carrier(ret.Results[n-1], fd, depth+1)
		switch {
		case isNil:
		case t == nil || out != nil && out != t:
			ok = false
		default:
			out = t
		}
		return true
	})
	if !ok {
		out = nil
	}
	idx.carriers[fn] = out
	return out
}

// carrierName is the fact's Carrier of fn: "import/path.Type", or "".
func (st *state) carrierName(fn *types.Func) string {
	t := st.funcCarrier(fn, 0)
	if t == nil || t.Obj().Pkg() == nil {
		return ""
	}
	return t.Obj().Pkg().Path() + "." + t.Obj().Name()
}
