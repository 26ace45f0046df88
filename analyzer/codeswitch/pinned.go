package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// pinned returns pass, or a copy of it whose TypesInfo gives every use of
// a pinned code variable its value, so that the rules read it as the
// constant it is: an unexported package-level variable of a basic type,
// initialized with a constant (var ( codeOK = 0; codeOTPReplayed = 9002 )),
// never assigned, incremented or addressed anywhere in the package. An
// exported variable stays a variable: an importer may assign it. The copy
// is made only when one pinned variable holds a published non-zero code;
// the shared TypesInfo is never written.
//
// A read of a code set's field (spid's codesets.go: SP.OTPInvalid,
// surepass.SP.Locked, Code["OTPInvalid"]) is pinned the same way, to its
// code, once a code set is in view.
func pinned(pass *analysis.Pass, r *spid.Result) *analysis.Pass {
	pass = r.PinSetReads(pass)
	info := pass.TypesInfo
	vals := map[*types.Var]constant.Value{}
	for _, vs := range packageVarSpecs(pass.Files) {
		if len(vs.Values) != len(vs.Names) {
			continue
		}
		for i, n := range vs.Names {
			v, _ := info.Defs[n].(*types.Var)
			tv := info.Types[vs.Values[i]]
			if v == nil || v.Exported() || tv.Value == nil {
				continue
			}
			if b, ok := v.Type().Underlying().(*types.Basic); ok && b.Info()&(types.IsInteger|types.IsString) != 0 {
				vals[v] = tv.Value
			}
		}
	}
	if !anyPublished(vals) {
		return pass // most packages: no walk
	}
	written := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok {
				delete(vals, v)
			}
		}
	}
	typex.Writes(pass.Files, func(e ast.Expr) bool {
		written(e)
		return true
	})
	if !anyPublished(vals) {
		return pass
	}
	ni := *info
	ni.Types = maps.Clone(info.Types)
	for id, obj := range info.Uses {
		v, ok := obj.(*types.Var)
		if !ok {
			continue
		}
		if val, ok := vals[v]; ok {
			if tv, ok := ni.Types[id]; ok {
				tv.Value = val
				ni.Types[id] = tv
			}
		}
	}
	np := *pass
	np.TypesInfo = &ni
	return &np
}

// anyPublished reports whether one of vals is a published non-zero code.
func anyPublished(vals map[*types.Var]constant.Value) bool {
	for _, val := range vals {
		if code, ok := spid.CodeOf(val); ok && code != 0 && code.Known() {
			return true
		}
	}
	return false
}

// packageVarSpecs returns the specs of the package-level var declarations
// of files.
func packageVarSpecs(files []*ast.File) []*ast.ValueSpec {
	var out []*ast.ValueSpec
	for _, f := range files {
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR {
				for _, s := range gd.Specs {
					if vs, ok := s.(*ast.ValueSpec); ok {
						out = append(out, vs)
					}
				}
			}
		}
	}
	return out
}
