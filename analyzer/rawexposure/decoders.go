package rawexposure

import (
	"go/ast"
	"go/types"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
)

// decodeEffects records what a decode stores in its destination (spid's
// Decode: json.Unmarshal(env["errorMessage"], &se.Detail), a decoder over
// bytes.NewReader(raw)): what the document carries, fitted to the
// destination's type (a number keeps only a code), as an assignment
// would. A decoder held in a variable (dec := json.NewDecoder(bytes.
// NewReader(raw)); dec.UseNumber(); dec.Decode(&code)) reads what the
// variable carries (json's and bytes' constructors pass it on). It reports
// whether call is a decode.
func (fs *fstate) decodeEffects(call *ast.CallExpr) bool {
	doc, dst, ok := spid.Decode(fs.pass.TypesInfo, call)
	if !ok {
		return false
	}
	if dst == nil {
		return true
	}
	if doc == nil {
		sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !isSel {
			return true
		}
		doc = sel.X // the decoder
	}
	if t := fs.eval(doc); t.kind != kNone {
		fs.store(dst, fit(t, fs.pass.TypesInfo.TypeOf(dst)), nil)
	}
	return true
}

// decodes reports whether fn decodes into a destination: its error names no
// part of the document.
func decodes(fn *types.Func) bool { return spid.IsDecode(fn) }
