package spid

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// Pointer helpers: generated clients (go-swagger, the AWS SDK, protobuf's
// proto2 fields) hold the answer in pointer fields, and consumers read
// them through nil-safe helpers (swag.Int64Value(p.ErrorCode),
// aws.ToString(out.ErrorMessage), lo.FromPtr, ptr.Deref(p, 0)) or build
// pointers with their twins (swag.String(msg), proto.String(msg)). The
// value keeps its role through them, as through a conversion.
//
// A library helper is a function of one of pointerPkgs shaped as one:
// func(*T) T or func(*T, T) T (a default) reads, func(T) *T makes. The
// consumer's own reader (func deref[T any](p *T) T, func str(p *string)
// string { if p == nil { return "" }; return *p }) is one whose every
// return gives *p or a zero value (a constant, nil-free zero variable or
// T{}); it is found in every package, signal or not (a util package), and
// exported as a fact.

// pointerPkgs are the packages whose functions shaped as pointer helpers
// are ones.
var pointerPkgs = map[string]bool{
	"github.com/go-openapi/swag":            true,
	"github.com/go-openapi/swag/conv":       true,
	"github.com/aws/aws-sdk-go/aws":         true,
	"github.com/aws/aws-sdk-go-v2/aws":      true,
	"github.com/samber/lo":                  true,
	"k8s.io/utils/ptr":                      true,
	"k8s.io/utils/pointer":                  true,
	"google.golang.org/protobuf/proto":      true,
	"github.com/golang/protobuf/proto":      true,
	"github.com/gogo/protobuf/proto":        true,
	"github.com/AlekSi/pointer":             true,
	"github.com/aws/smithy-go/ptr":          true,
	"github.com/go-openapi/strfmt/conv":     true,
	"github.com/oapi-codegen/runtime/types": true,
}

// derefFact marks a function of the package whose result is the value its
// pointer parameter Param points to, or a zero value.
type derefFact struct{ Param int }

func (*derefFact) AFact()           {}
func (f *derefFact) String() string { return "deref" }

// PointerOperand returns the argument whose value call's result is when
// call calls a pointer helper (see pointerPkgs) or a reader of the
// package or its dependencies (r's, through facts); nil otherwise.
func (r *Result) PointerOperand(info *types.Info, call *ast.CallExpr) ast.Expr {
	if info == nil {
		return nil
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return nil
	}
	fn = fn.Origin()
	if pointerPkgs[fn.Pkg().Path()] {
		if i := pointerShape(fn.Signature()); i >= 0 && i < len(call.Args) {
			return call.Args[i]
		}
		return nil
	}
	if r != nil {
		if i, ok := r.derefs[fn]; ok && i < len(call.Args) {
			return call.Args[i]
		}
	}
	return nil
}

// pointerShape returns the parameter a helper of sig reads or takes the
// address of: func(*T) T, func(*T, T) T, func(T) *T; -1 otherwise.
func pointerShape(sig *types.Signature) int {
	if sig.Recv() != nil || sig.Results().Len() != 1 || sig.Params().Len() == 0 || sig.Params().Len() > 2 {
		return -1
	}
	res := sig.Results().At(0).Type()
	p0 := sig.Params().At(0).Type()
	if pt, ok := types.Unalias(p0).(*types.Pointer); ok && types.Identical(pt.Elem(), res) {
		if sig.Params().Len() == 1 || types.Identical(sig.Params().At(1).Type(), res) {
			return 0
		}
		return -1
	}
	if rt, ok := types.Unalias(res).(*types.Pointer); ok && sig.Params().Len() == 1 && types.Identical(rt.Elem(), p0) {
		return 0
	}
	return -1
}

// findDerefs records the package's readers (see derefFact) and exports
// them; a package with a signal also imports its dependencies'.
func (r *Result) findDerefs(pass *analysis.Pass, imports bool) {
	if imports {
		for _, f := range pass.AllObjectFacts() {
			if fact, ok := f.Fact.(*derefFact); ok {
				if fn, ok := f.Object.(*types.Func); ok {
					r.addDeref(fn, fact.Param)
				}
			}
		}
	}
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil || fd.Recv != nil {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok || pointerShape(fn.Signature()) != 0 {
				continue
			}
			p := fn.Signature().Params().At(0)
			if _, ok := types.Unalias(p.Type()).(*types.Pointer); !ok || !readsParam(pass.TypesInfo, fd.Body, p, fn.Signature().Results()) {
				continue
			}
			r.addDeref(fn, 0)
			pass.ExportObjectFact(fn, &derefFact{Param: 0})
		}
	}
}

func (r *Result) addDeref(fn *types.Func, i int) {
	if r.derefs == nil {
		r.derefs = map[*types.Func]int{}
	}
	r.derefs[fn] = i
}

// readsParam reports whether every return of body gives *p or a zero
// value (a constant, nil, T{}), or a variable holding only those (var
// zero T; the named result; v = *p), at least one *p, and p is never
// assigned.
func readsParam(info *types.Info, body *ast.BlockStmt, p *types.Var, results *types.Tuple) bool {
	held := map[*types.Var][]ast.Expr{results.At(0): nil} // func ToString(p *string) (v string)
	var returned []ast.Expr
	ok := true
	ast.Inspect(body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if v, isVar := info.Defs[id].(*types.Var); isVar {
					switch {
					case len(n.Values) == 0:
						held[v] = nil
					case len(n.Values) == len(n.Names):
						held[v] = []ast.Expr{n.Values[i]}
					}
				}
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				id, isID := ast.Unparen(l).(*ast.Ident)
				if !isID {
					continue
				}
				v, isVar := info.Uses[id].(*types.Var)
				if !isVar {
					v, isVar = info.Defs[id].(*types.Var)
				}
				switch {
				case !isVar:
				case v == p || len(n.Lhs) != len(n.Rhs) || n.Tok != token.ASSIGN && n.Tok != token.DEFINE:
					ok = v != p
					delete(held, v)
				default:
					if _, known := held[v]; known || n.Tok == token.DEFINE {
						held[v] = append(held[v], n.Rhs[i])
					}
				}
			}
		case *ast.ReturnStmt:
			if len(n.Results) != 1 {
				ok = false
				return false
			}
			returned = append(returned, n.Results[0])
			return false
		}
		return true
	})
	if !ok || len(returned) == 0 {
		return false
	}
	reads := false
	// value reports whether e is *p or a zero value; through a variable
	// once.
	var value func(e ast.Expr, depth int) bool
	value = func(e ast.Expr, depth int) bool {
		e = ast.Unparen(e)
		if star, isStar := e.(*ast.StarExpr); isStar {
			id, isID := ast.Unparen(star.X).(*ast.Ident)
			reads = reads || isID && info.Uses[id] == p
			return isID && info.Uses[id] == p
		}
		if zeroValue(info, e) {
			return true
		}
		id, isID := e.(*ast.Ident)
		if !isID || depth > 0 {
			return false
		}
		v, isVar := info.Uses[id].(*types.Var)
		vals, known := held[v]
		if !isVar || !known {
			return false
		}
		for _, x := range vals {
			if !value(x, depth+1) {
				return false
			}
		}
		return true
	}
	for _, e := range returned {
		if !value(e, 0) {
			return false
		}
	}
	return reads
}

// zeroValue reports whether e is a constant, nil or an empty composite
// literal.
func zeroValue(info *types.Info, e ast.Expr) bool {
	if tv, ok := info.Types[e]; ok && (tv.Value != nil || tv.IsNil()) {
		return true
	}
	lit, ok := e.(*ast.CompositeLit)
	return ok && len(lit.Elts) == 0
}
