package rawexposure

import (
	"go/types"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// graph-gophers/graphql-go resolvers whose schema is parsed in another
// package. The usual layout declares the root resolver in a graph package
// and calls graphql.MustParseSchema(schema, &graph.Resolver{...}) in main,
// which is analyzed after the graph package: a fact main could export
// comes too late. So a package that imports graph-gophers/graphql-go
// itself and registers no root of its own takes as roots the types whose
// exported methods all have graphql-go's resolver shape and at least one
// of which takes a context or an arguments struct (gophersLayoutRoot).
// graphql-go binds a field to a method func ([ctx context.Context,]
// [args struct{...}]) (T[, error]) and rejects any other parameter, so a
// type with a method taking a string, or returning nothing or only an
// error, is a service, not a root. From the roots, the types their
// methods return are resolvers too (gophersResolvers).

// gophersLayoutRoots returns the package's layout roots, when it imports
// graph-gophers/graphql-go directly.
func (fs *fstate) gophersLayoutRoots() []*types.Named {
	pkg := fs.pass.Pkg
	direct := false
	for _, imp := range pkg.Imports() {
		direct = direct || imp.Path() == gophersPkg
	}
	if !direct {
		return nil
	}
	var roots []*types.Named
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 {
			continue
		}
		if _, ok := n.Underlying().(*types.Struct); ok && gophersLayoutRoot(n) {
			roots = append(roots, n)
		}
	}
	return roots
}

// gophersLayoutRoot reports whether every exported method the package
// declares on n (or *n) is resolver-shaped, at least one taking a context
// or an arguments struct.
func gophersLayoutRoot(n *types.Named) bool {
	methods, entry := 0, false
	for i := 0; i < n.NumMethods(); i++ {
		m := n.Method(i)
		if !m.Exported() {
			continue
		}
		sig, _ := m.Type().(*types.Signature)
		if sig == nil {
			return false
		}
		takes, ok := gophersResolverSig(sig)
		if !ok {
			return false
		}
		methods++
		entry = entry || takes
	}
	return methods > 0 && entry
}

// gophersResolverSig reports whether sig is a method graphql-go can bind
// to a field, and whether it takes a context or an arguments struct.
func gophersResolverSig(sig *types.Signature) (takes, ok bool) {
	ps := sig.Params()
	i := 0
	if i < ps.Len() && typex.IsNamed(ps.At(i).Type(), "context", "Context") {
		i++
		takes = true
	}
	if i < ps.Len() {
		if _, isStruct := typex.Deref(ps.At(i).Type()).Underlying().(*types.Struct); !isStruct {
			return false, false
		}
		i++
		takes = true
	}
	if i != ps.Len() || sig.Variadic() {
		return false, false
	}
	rs := sig.Results()
	switch rs.Len() {
	case 1:
		return takes, !types.Identical(rs.At(0).Type(), typex.ErrorType)
	case 2:
		return takes, !types.Identical(rs.At(0).Type(), typex.ErrorType) &&
			types.Identical(rs.At(1).Type(), typex.ErrorType)
	}
	return false, false
}
