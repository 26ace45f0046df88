package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// A team often keeps its deny or allow list of codes in a package of its
// own, behind an accessor that hands out a copy:
//
//	// package spcodes
//	var denyList = []int{OtpInvalid, BogusOtp, User_Login_Failed}
//	func DenyList() []int { return append([]int(nil), denyList...) }
//
//	// package auth
//	if slices.Contains(spcodes.DenyList(), code) { reject }
//	return nil
//
// The list is a table of codes as a map's keys are (listed.go): a
// tableFact with List set carries its elements to the importing package,
// on an exported package-level variable declared with a slice or array
// literal of code constants, and on an exported function without
// parameters returning one (return denyList, a copy of it: append([]T(nil),
// denyList...), append(denyList[:0:0], denyList...), slices.Clone(denyList),
// or a literal). The importer reads it as a literal of its own (factList);
// a call of such a function of this package reads its literal directly.

// listFactOf returns the fact for lit, a slice or array literal whose
// elements are code constants; nil for any other literal.
func (c *checker) listFactOf(lit *ast.CompositeLit) *tableFact {
	info := c.pass.TypesInfo
	switch typeUnder(info.TypeOf(lit)).(type) {
	case *types.Slice, *types.Array:
	default:
		return nil
	}
	if len(lit.Elts) == 0 {
		return nil
	}
	for _, elt := range lit.Elts {
		if _, keyed := elt.(*ast.KeyValueExpr); keyed {
			return nil
		}
		if tv := info.Types[elt]; tv.Value == nil || c.spid.MirrorOf(tv.Type) != nil {
			return nil // a mirror's values are not the codes (mirror.go)
		}
	}
	if !c.spid.CodeConstants(info, lit.Elts) {
		return nil
	}
	f := &tableFact{List: true}
	for _, elt := range lit.Elts {
		v := info.Types[elt].Value
		if !factKind(v.Kind()) {
			return nil
		}
		f.Entries = append(f.Entries, tableFactEntry{Key: v.ExactString(), KeyKind: v.Kind()})
	}
	return f
}

// exportLists exports a list tableFact for each exported function of
// pass's package returning a list of code constants (listReturn); facts
// holds the lists of the package's variables.
func exportLists(pass *analysis.Pass, c *checker, facts map[*types.Var]*tableFact) {
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil || fd.Recv != nil || fd.Type.Params.NumFields() != 0 {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok || !fn.Exported() || fn.Signature().Results().Len() != 1 {
				continue
			}
			var f *tableFact
			switch e := listReturn(pass.TypesInfo, fd).(type) {
			case *ast.CompositeLit:
				f = c.listFactOf(e)
			case *ast.Ident:
				if v, ok := pass.TypesInfo.Uses[e].(*types.Var); ok {
					f = facts[v]
				}
			}
			if f != nil {
				pass.ExportObjectFact(fn, f)
			}
		}
	}
}

// hasListFunc reports whether a function of pass's package without
// parameters returns a slice: cheap, before the functions are read.
func hasListFunc(pass *analysis.Pass) bool {
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Type.Params.NumFields() == 0 && fd.Type.Results != nil && len(fd.Type.Results.List) == 1 {
				if _, ok := fd.Type.Results.List[0].Type.(*ast.ArrayType); ok {
					return true
				}
			}
		}
	}
	return false
}

// listReturn returns what fd, a function without parameters whose body is
// one return of a list, returns: the package-level variable (return
// denyList, or a copy of it) or the literal; nil otherwise.
func listReturn(info *types.Info, fd *ast.FuncDecl) ast.Expr {
	if fd.Body == nil || len(fd.Body.List) != 1 || fd.Type.Params.NumFields() != 0 {
		return nil
	}
	ret, ok := fd.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	e := listCopied(info, ast.Unparen(ret.Results[0]))
	switch e := e.(type) {
	case *ast.CompositeLit:
		return e
	case *ast.Ident:
		if v, ok := info.Uses[e].(*types.Var); ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
			return e
		}
	}
	return nil
}

// listCopiers are the calls returning a copy of their one argument.
var listCopiers = map[string]bool{
	"slices.Clone":                  true,
	"golang.org/x/exp/slices.Clone": true,
}

// listCopied returns the list e copies: l of append([]T(nil), l...),
// append([]T{}, l...), append(l[:0:0], l...), slices.Clone(l), or e
// itself.
func listCopied(info *types.Info, e ast.Expr) ast.Expr {
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return e
	}
	switch fn := typeutil.Callee(info, call).(type) {
	case *types.Builtin:
		if fn.Name() != "append" || len(call.Args) != 2 || !call.Ellipsis.IsValid() || !emptyList(info, call.Args[0]) {
			return nil
		}
		return ast.Unparen(call.Args[1])
	case *types.Func:
		if fn.Pkg() != nil && listCopiers[fn.Pkg().Path()+"."+fn.Name()] && len(call.Args) == 1 {
			return ast.Unparen(call.Args[0])
		}
	}
	return nil
}

// emptyList reports whether e is an empty list: []T(nil), []T{}, nil, or
// l[:0:0].
func emptyList(info *types.Info, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return len(e.Elts) == 0
	case *ast.CallExpr: // []int(nil)
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return info.Types[e.Args[0]].IsNil()
		}
	case *ast.SliceExpr:
		if e.Slice3 && e.High != nil && e.Max != nil {
			h, m := info.Types[e.High].Value, info.Types[e.Max].Value
			return h != nil && m != nil && h.ExactString() == "0" && m.ExactString() == "0"
		}
	case *ast.Ident:
		return info.Types[e].IsNil()
	}
	return false
}

// calledList returns the literal of the list e, a call of a function
// without parameters returning one, returns: this package's from its
// body, another's from its fact; nil for anything else.
func (c *checker) calledList(e ast.Expr) *ast.CompositeLit {
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return nil
	}
	fn, ok := c.callee(call).(*types.Func)
	if !ok || fn.Signature().Recv() != nil {
		return nil
	}
	if fn.Pkg() != c.pass.Pkg {
		return c.factList(fn)
	}
	fd := c.funcDecl(fn)
	if fd == nil {
		return nil
	}
	switch r := listReturn(c.pass.TypesInfo, fd).(type) {
	case *ast.CompositeLit:
		return r
	case *ast.Ident:
		if v, ok := c.pass.TypesInfo.Uses[r].(*types.Var); ok && v.Pkg() == c.pass.Pkg {
			return c.packageList(v)
		}
	}
	return nil
}

// factList returns a literal standing for the list obj, a variable or
// function of another package, holds or returns (its list tableFact), its
// elements constants of no position, its braces at obj's declaration; nil
// when obj has no such fact.
func (c *checker) factList(obj types.Object) *ast.CompositeLit {
	if obj == nil || obj.Pkg() == nil || obj.Pkg() == c.pass.Pkg {
		return nil
	}
	if lit, ok := c.factLists[obj]; ok {
		return lit
	}
	if c.factLists == nil {
		c.factLists = map[types.Object]*ast.CompositeLit{}
	}
	var f tableFact
	if !c.pass.ImportObjectFact(obj, &f) || !f.List || len(f.Entries) == 0 {
		c.factLists[obj] = nil
		return nil
	}
	if c.synthVals == nil {
		c.synthVals = map[ast.Expr]constant.Value{}
	}
	if c.listedElts == nil {
		c.listedElts = map[ast.Expr]bool{}
	}
	lit := &ast.CompositeLit{Lbrace: obj.Pos(), Rbrace: obj.Pos()}
	for _, e := range f.Entries {
		k := &ast.BasicLit{Value: e.Key, Kind: litKind(e.KeyKind), ValuePos: obj.Pos()}
		c.synthVals[k] = factConst(e.Key, e.KeyKind)
		c.listedElts[k] = true
		lit.Elts = append(lit.Elts, k)
	}
	c.factLists[obj] = lit
	return lit
}

// isListed reports whether e is an element of another package's list read
// from its fact: a code constant there (listFactOf).
func (c *checker) isListed(e ast.Expr) bool { return c.listedElts[e] }
