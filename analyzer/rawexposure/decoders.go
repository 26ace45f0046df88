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
// whether call is a decode. Only a scalar destination (a string, a
// number, bytes: one member's value) takes what the document carries.
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
	if !scalarDest(fs.pass.TypesInfo.TypeOf(dst)) {
		// A whole answer decoded into a struct or a map: its fields
		// and keys are judged by what they are (spid), not by the
		// bytes they came from (rawbody.go's bytes are raw, the typed
		// QRCodeURL decoded from them is not).
		return true
	}
	if t := fs.eval(doc); t.kind != kNone {
		fs.store(dst, fit(t, fs.pass.TypesInfo.TypeOf(dst)), nil)
	}
	return true
}

// scalarDest reports whether a decode into a value of type t stores one
// member's value (a string, a number, bytes), not a whole answer.
func scalarDest(t types.Type) bool {
	if t == nil {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return true
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// decodes reports whether fn decodes into a destination: its error names no
// part of the document.
func decodes(fn *types.Func) bool { return spid.IsDecode(fn) }
