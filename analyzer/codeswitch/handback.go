package codeswitch

import (
	"go/ast"
	"go/types"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Dispatches that decide nothing for the caller to act on:
//
//   - in an error type's Unwrap() error, Cause() error, Is(error) bool or
//     As(any) bool,
//     a switch mapping codes to sentinels (case OTPInvalid: return
//     ErrOTPRejected; ... return nil): the error itself is what was
//     returned for every failure; the nil is "no cause", not success.
//   - a dispatch whose function hands the code back: every return after
//     the dispatch returns the code compared among its results (return
//     code, &APIError{...}; return code, nil), its other results are
//     errors only (no bool or verdict beside the code). The caller gets the code
//     and its own dispatch is judged.
func (c *checker) decidesNothing(d *dispatch) bool {
	decl := d.enclosingDecl()
	if decl == nil {
		return false // a function literal: its caller is not seen
	}
	if errorMethod(c.pass.TypesInfo, decl) {
		return true
	}
	return c.handsBack(d, decl.Body)
}

// errorMethod reports whether decl is Unwrap, Cause (github.com/pkg/errors'
// convention), Is or As of a type with an Error() string method.
func errorMethod(info *types.Info, decl *ast.FuncDecl) bool {
	if decl.Recv == nil || decl.Body == nil {
		return false
	}
	switch decl.Name.Name {
	case "Unwrap", "Cause", "Is", "As":
	default:
		return false
	}
	fn, ok := info.Defs[decl.Name].(*types.Func)
	if !ok {
		return false
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return false
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(t), false, fn.Pkg(), "Error")
	m, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := m.Type().(*types.Signature)
	return sig.Params().Len() == 0 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.String])
}

// handsBack reports whether every return of body after d, outside function
// literals, returns d's code (the same variable) as one of its results,
// and there is at least one such return.
func (c *checker) handsBack(d *dispatch, body *ast.BlockStmt) bool {
	if d.tag == nil || body == nil {
		return false
	}
	v := c.localVar(d.tag)
	if v == nil {
		return false
	}
	info := c.pass.TypesInfo
	if c.sig == nil {
		return false
	}
	codes := 0
	for i := 0; i < c.sig.Results().Len(); i++ {
		rt := c.sig.Results().At(i).Type()
		if types.Identical(rt, v.Type()) {
			codes++
		} else if !typex.IsError(rt) {
			return false // return code, false: a decision beside the code
		}
	}
	if codes != 1 {
		return false
	}
	n, all := 0, true
	ast.Inspect(body, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if x.Pos() < d.stmt.Pos() || !all {
				return false
			}
			found := false
			for _, r := range x.Results {
				if id, ok := ast.Unparen(r).(*ast.Ident); ok && info.Uses[id] == v {
					found = true
				}
			}
			all = all && found
			n++
		}
		return true
	})
	return all && n > 0 && !typex.IsError(v.Type())
}
