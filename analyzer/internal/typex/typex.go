// Package typex holds the small go/types helpers that both checks use, so
// that each is written, and behaves, once.
package typex

import "go/types"

// ErrorType is the predeclared type error.
var ErrorType = types.Universe.Lookup("error").Type()

var errorInterface = ErrorType.Underlying().(*types.Interface)

// IsError reports whether t is an interface type with error's method set:
// error itself, or an interface that embeds it.
func IsError(t types.Type) bool {
	return t != nil && types.IsInterface(t) && types.Implements(t, errorInterface)
}

// IsNamed reports whether t, aliases resolved, is the named type name of
// the package with import path path. A pointer to it is not: callers that
// accept one (a method's receiver) pass Deref(t).
func IsNamed(t types.Type, path, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == path && n.Obj().Name() == name
}

// Deref returns the element type of t if t is a pointer type, else t; for a
// nil t, the invalid type.
func Deref(t types.Type) types.Type {
	if t == nil {
		return types.Typ[types.Invalid]
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}
