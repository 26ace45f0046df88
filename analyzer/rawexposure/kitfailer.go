package rawexposure

import (
	"go/ast"
	"go/types"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// go-kit Failer responses. A response implementing endpoint.Failer
// (Failed() error) carries a business error: go-kit's HTTP server (and the
// EncodeResponse funcs written after its examples) hands f.Failed() to the
// server's ErrorEncoder, and the default one writes err.Error(). So the
// field Failed() returns is a field sink (fields.go) of the package's own
// type, like a returned error: reported where the endpoint stores the raw
// error (return resp{Err: err}, nil), judged by the servers of the
// endpoint (kitEndpointSends), and not carried further (an EncodeResponse
// reading f.Failed() is not a second finding).

const kitFailerWhat = "the go-kit error encoder (go-kit hands a response's Failed() error to it, and it sends err.Error() to the client)"

// kitFailerRow returns the field sink row of field v when it is the error
// a go-kit Failer response type of this package returns from Failed.
func (st *state) kitFailerRow(v *types.Var) (fieldSink, bool) {
	if v.Pkg() != st.pass.Pkg {
		return fieldSink{}, false
	}
	idx := st.exposureIdx()
	if idx.failers == nil {
		idx.failers = st.kitFailerFields()
	}
	typ, ok := idx.failers[v.Origin()]
	if !ok {
		return fieldSink{}, false
	}
	return fieldSink{Pkg: v.Pkg().Path(), Type: typ, Field: v.Name(), What: kitFailerWhat}, true
}

// kitFailerFields scans a package importing go-kit for the methods
// Failed() error and the receiver fields they return: map field -> the
// name of its type.
func (st *state) kitFailerFields() map[*types.Var]string {
	out := map[*types.Var]string{}
	kit := false
	for _, p := range st.pass.Pkg.Imports() {
		kit = kit || p.Path() == kitEndpoint || p.Path() == kitHTTP
	}
	if !kit {
		return out
	}
	info := st.pass.TypesInfo
	for _, file := range st.pass.Files {
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || fd.Body == nil || fd.Name.Name != "Failed" || len(fd.Recv.List) != 1 || len(fd.Recv.List[0].Names) != 1 {
				continue
			}
			fn, _ := info.Defs[fd.Name].(*types.Func)
			if fn == nil {
				continue
			}
			sig, _ := fn.Type().(*types.Signature)
			if sig == nil || sig.Params().Len() != 0 || sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), typex.ErrorType) {
				continue
			}
			recv := recvNamed(sig.Recv().Type())
			rv := info.Defs[fd.Recv.List[0].Names[0]]
			if recv == nil || rv == nil {
				continue
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if _, ok := n.(*ast.FuncLit); ok {
					return false
				}
				ret, ok := n.(*ast.ReturnStmt)
				if !ok || len(ret.Results) != 1 {
					return true
				}
				sel, ok := ast.Unparen(ret.Results[0]).(*ast.SelectorExpr)
				if !ok {
					return true
				}
				if id, ok := ast.Unparen(sel.X).(*ast.Ident); !ok || info.Uses[id] != rv {
					return true
				}
				if s, ok := info.Selections[sel]; ok && s.Kind() == types.FieldVal && len(s.Index()) == 1 {
					if f, ok := s.Obj().(*types.Var); ok {
						out[f.Origin()] = recv.Obj().Name()
					}
				}
				return true
			})
		}
	}
	return out
}

// hiddenByKitEncoder reports whether a raw value stored in a go-kit
// Failer field (row) at node is hidden: in an endpoint, when every server
// serving it has an error encoder hiding the text; elsewhere (a helper
// building the response), when every server of the package does. Only in
// the report pass: the encoders are judged on final summaries.
func (fs *fstate) hiddenByKitEncoder(row fieldSink, node ast.Node) bool {
	if !fs.report || row.What != kitFailerWhat {
		return false
	}
	if shape, sig, ref := fs.enclosingHandler(node); shape != nil && shape.name == kitShapeName {
		return !shape.sends(fs, sig, ref)
	}
	return !fs.kitSendsErrors()
}
