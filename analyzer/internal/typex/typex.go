// Package typex holds the small go/types helpers that both checks use, so
// that each is written, and behaves, once.
package typex

import (
	"go/ast"
	"go/build"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

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

// InModule reports whether p belongs to the module of the package being
// analyzed: p is that package, or its path is under the module path the
// driver gives (pass.Module), or, where the driver gives none (GOPATH mode),
// it starts with the same path element. The standard library and every
// other module, such as those in the module cache, are not in it.
func InModule(pass *analysis.Pass, p *types.Package) bool {
	if p == nil {
		return false
	}
	if p == pass.Pkg {
		return true
	}
	if m := pass.Module; m != nil && m.Path != "" {
		return p.Path() == m.Path || strings.HasPrefix(p.Path(), m.Path+"/")
	}
	first := func(s string) string { head, _, _ := strings.Cut(s, "/"); return head }
	return first(p.Path()) == first(pass.Pkg.Path())
}

// Under returns the underlying type of e's type, nil when e has none
// recorded (broken code).
func Under(info *types.Info, e ast.Expr) types.Type {
	if t := info.TypeOf(e); t != nil {
		return t.Underlying()
	}
	return nil
}

// NameIdent returns the identifier that names what e refers to: e itself,
// or the selected name of pkg.Name and x.Name; nil for other expressions.
func NameIdent(e ast.Expr) *ast.Ident {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return x
	case *ast.SelectorExpr:
		return x.Sel
	}
	return nil
}

// InGoroot reports whether the package pass analyzes is the standard
// library's: its files are under GOROOT/src.
func InGoroot(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 || build.Default.GOROOT == "" {
		return false
	}
	f := pass.Fset.File(pass.Files[0].Pos())
	if f == nil {
		return false
	}
	root := filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)
	return strings.HasPrefix(f.Name(), root)
}

var stdPaths sync.Map // import path -> bool

// StdPkg reports whether p is a package of the standard library: its path
// has no dot in its first element and names a directory under GOROOT/src.
func StdPkg(p *types.Package) bool {
	if p == nil || build.Default.GOROOT == "" {
		return false
	}
	path := p.Path()
	if head, _, _ := strings.Cut(path, "/"); strings.Contains(head, ".") {
		return false
	}
	if v, ok := stdPaths.Load(path); ok {
		return v.(bool)
	}
	fi, err := os.Stat(filepath.Join(build.Default.GOROOT, "src", filepath.FromSlash(path)))
	std := err == nil && fi.IsDir()
	stdPaths.Store(path, std)
	return std
}

// aliasedPkgs maps a package whose types another package exports under
// an alias to that package: gRPC declares Status in
// google.golang.org/grpc/internal/status, and users name it
// google.golang.org/grpc/status.Status, so its methods (Err, WithDetails)
// belong to the internal package.
var aliasedPkgs = map[string]string{
	"google.golang.org/grpc/internal/status": "google.golang.org/grpc/status",
}

// PkgPath returns the import path users name p by: p's own, or that of
// the package exporting its types under an alias. "" for nil.
func PkgPath(p *types.Package) string {
	if p == nil {
		return ""
	}
	if to, ok := aliasedPkgs[p.Path()]; ok {
		return to
	}
	return p.Path()
}

// Writes calls written with every expression the files write to or take
// the address of: each left side of an assignment, the operand of ++, --
// or &, and the key and value a range statement assigns with =. The walk
// stops once written returns false.
func Writes(files []*ast.File, written func(ast.Expr) bool) {
	more := true
	write := func(e ast.Expr) {
		if more && e != nil {
			more = written(e)
		}
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					write(l)
				}
			case *ast.IncDecStmt:
				write(n.X)
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					write(n.X)
				}
			case *ast.RangeStmt:
				if n.Tok == token.ASSIGN {
					write(n.Key)
					write(n.Value)
				}
			}
			return more
		})
		if !more {
			return
		}
	}
}
