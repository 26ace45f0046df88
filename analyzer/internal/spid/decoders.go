package spid

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Two-stage decoding: a client that decodes the answer into a map of raw
// members (map[string]json.RawMessage) and then each member it needs into
// a local or a field (json.Unmarshal(env["errorMessage"], &se.Detail)).
// The destination takes the role of the document: the decode is an
// assignment.

// decoders are the functions decoding a document into what their
// destination points to, by package path and name: the indexes of the
// document and of the destination.
var decoders = map[string]map[string][2]int{
	"encoding/json":               {"Unmarshal": {0, 1}},
	"encoding/xml":                {"Unmarshal": {0, 1}},
	"gopkg.in/yaml.v2":            {"Unmarshal": {0, 1}},
	"gopkg.in/yaml.v3":            {"Unmarshal": {0, 1}},
	"sigs.k8s.io/yaml":            {"Unmarshal": {0, 1}},
	"github.com/goccy/go-json":    {"Unmarshal": {0, 1}},
	"github.com/json-iterator/go": {"Unmarshal": {0, 1}, "API.Unmarshal": {0, 1}},
	"github.com/bytedance/sonic":  {"Unmarshal": {0, 1}, "API.Unmarshal": {0, 1}},
}

// streamDecoders are the decoder methods decoding their stream into what
// their only argument points to, by package path and "Type.Method"; the
// document is the reader given to the decoder's constructor (see
// readerWrappers).
var streamDecoders = map[string]map[string]bool{
	"encoding/json":               {"Decoder.Decode": true},
	"encoding/xml":                {"Decoder.Decode": true},
	"gopkg.in/yaml.v3":            {"Decoder.Decode": true},
	"github.com/goccy/go-json":    {"Decoder.Decode": true},
	"github.com/json-iterator/go": {"Decoder.Decode": true},
}

// readerWrappers are the functions that only wrap their first argument in
// a reader or a decoder: json.NewDecoder(bytes.NewReader(raw)) reads raw.
var readerWrappers = map[string]map[string]bool{
	"encoding/json":               {"NewDecoder": true},
	"encoding/xml":                {"NewDecoder": true},
	"gopkg.in/yaml.v3":            {"NewDecoder": true},
	"github.com/goccy/go-json":    {"NewDecoder": true},
	"github.com/json-iterator/go": {"NewDecoder": true},
	"bytes":                       {"NewReader": true, "NewBuffer": true, "NewBufferString": true},
	"strings":                     {"NewReader": true},
}

// UnmarshalArgs returns, for fn a function decoding one argument into what
// another points to (json.Unmarshal(data, &v)), their indexes.
func UnmarshalArgs(fn *types.Func) (src, dst int, ok bool) {
	path, name := calleeName(fn)
	idx, ok := decoders[path][name]
	return idx[0], idx[1], ok
}

// DecoderOver reports whether fn builds a decoder over the reader it is
// given (json.NewDecoder).
func DecoderOver(fn *types.Func) bool {
	path, name := calleeName(fn)
	return name == "NewDecoder" && readerWrappers[path][name]
}

// ReaderOver reports whether fn wraps the bytes or text it is given in a
// reader (bytes.NewReader, strings.NewReader).
func ReaderOver(fn *types.Func) bool {
	path, name := calleeName(fn)
	return name != "NewDecoder" && readerWrappers[path][name]
}

// calleeName is fn's package path and its name, "Type.Method" for a
// method.
func calleeName(fn *types.Func) (string, string) {
	if fn == nil || fn.Pkg() == nil {
		return "", ""
	}
	name := fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		n, ok := types.Unalias(deref(recv.Type())).(*types.Named)
		if !ok {
			return "", ""
		}
		name = n.Obj().Name() + "." + name
	}
	return fn.Pkg().Path(), name
}

// IsDecode reports whether fn decodes a document into a destination (see
// Decode).
func IsDecode(fn *types.Func) bool {
	path, name := calleeName(fn)
	_, ok := decoders[path][name]
	return ok || streamDecoders[path][name]
}

// Decode returns the document call decodes and the destination it decodes
// it into, the operand of its &: env["errorMessage"] and se.Detail for
// json.Unmarshal(env["errorMessage"], &se.Detail), raw and code for
// json.NewDecoder(bytes.NewReader(raw)).Decode(&code). ok reports whether
// call is a decode at all; doc is nil when it reads a stream (a response
// body, a decoder held in a variable), dst when it fills a pointer held
// elsewhere.
func Decode(info *types.Info, call *ast.CallExpr) (doc, dst ast.Expr, ok bool) {
	if info == nil || call == nil {
		return nil, nil, false
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	path, name := calleeName(fn)
	if idx, found := decoders[path][name]; found {
		if len(call.Args) > idx[0] && len(call.Args) > idx[1] {
			doc, dst = call.Args[idx[0]], call.Args[idx[1]]
		}
	} else if streamDecoders[path][name] {
		if sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr); isSel && len(call.Args) == 1 {
			doc, dst = readerOf(info, sel.X), call.Args[0]
		}
	} else {
		return nil, nil, false
	}
	if u, isAddr := ast.Unparen(dst).(*ast.UnaryExpr); isAddr && u.Op == token.AND {
		dst = u.X
	} else {
		dst = nil
	}
	return doc, dst, true
}

// readerOf is the document a decoder or reader expression reads, through
// readerWrappers: raw for json.NewDecoder(bytes.NewReader(raw)); nil for
// anything else.
func readerOf(info *types.Info, e ast.Expr) ast.Expr {
	for range 4 {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			return nil
		}
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if path, name := calleeName(fn); !readerWrappers[path][name] {
			return nil
		}
		e = call.Args[0]
		if _, ok := ast.Unparen(e).(*ast.CallExpr); !ok {
			return e
		}
	}
	return nil
}
