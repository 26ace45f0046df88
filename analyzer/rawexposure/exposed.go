package rawexposure

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Fields of a response an encoder or a framework never sends. encoding/json
// and encoding/xml (and the frameworks' encoders built on them, protobuf's
// generated messages, gqlgen's models) read only exported fields, and skip
// a field tagged json:"-"; an unexported field reaches the client only
// through an exported method of its type that reads it (a MarshalJSON, a
// graphql-go getter, a go-kit Failed()). So a raw value stored in an
// unexported field that no exported method reads is not sent when the
// literal holding it is returned as a response or handed to an encoder;
// the field still remembers it (storeField), for the code that reads it
// (an EncodeResponse func writing it into a header).

// exposureIndex caches, per package, what exposed.go and kitfailer.go
// compute from the package's declarations.
type exposureIndex struct {
	readByMethod map[*types.Named]map[*types.Var]bool // unexported fields the type's methods read
	failers      map[*types.Var]string                // go-kit Failer error fields -> their type's name (kitfailer.go)
	decls        map[*types.Func]*ast.FuncDecl        // the package's function declarations (gqlcarrier.go)
	carriers     map[*types.Func]*types.Named         // error carriers of the package's functions (gqlcarrier.go)
	strict       *strictIndex                         // strict servers' error handlers and middlewares (strict.go)
}

func (st *state) exposureIdx() *exposureIndex {
	if st.exposure == nil {
		st.exposure = &exposureIndex{readByMethod: map[*types.Named]map[*types.Var]bool{}}
	}
	return st.exposure
}

// hiddenField reports whether element i (elt) of struct literal lit fills a
// field an encoder does not write: tagged json:"-", or unexported and read
// by no method of the literal's type (declared in this package).
func (fs *fstate) hiddenField(lit *ast.CompositeLit, i int, elt ast.Expr) bool {
	if fs.unencoded(lit, i, elt) {
		return true
	}
	return fs.hiddenVar(fs.pass.TypesInfo.TypeOf(lit), fs.litField(lit, i, elt))
}

// hiddenVar reports whether f, a field of typ (a named struct type of
// this package, or a pointer to one), is unexported and read by no method
// of typ: an encoder or a template never reaches it.
func (fs *fstate) hiddenVar(typ types.Type, f *types.Var) bool {
	if f == nil || f.Exported() || f.Embedded() || typ == nil {
		return false
	}
	named, _ := types.Unalias(typex.Deref(typ)).(*types.Named)
	if named == nil || named.Obj().Pkg() != fs.pass.Pkg {
		return false
	}
	return !fs.methodReads(named)[f.Origin()]
}

// methodReads returns the unexported fields of named (a type of this
// package) that one of its methods reads.
func (fs *fstate) methodReads(named *types.Named) map[*types.Var]bool {
	idx := fs.exposureIdx()
	named = named.Origin()
	if m, ok := idx.readByMethod[named]; ok {
		return m
	}
	m := map[*types.Var]bool{}
	idx.readByMethod[named] = m
	info := fs.pass.TypesInfo
	for _, file := range fs.pass.Files {
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || fd.Body == nil {
				continue
			}
			fn, _ := info.Defs[fd.Name].(*types.Func)
			if fn == nil {
				continue
			}
			sig, _ := fn.Type().(*types.Signature)
			if sig == nil || sig.Recv() == nil || recvNamed(sig.Recv().Type()) == nil || recvNamed(sig.Recv().Type()).Origin() != named {
				continue
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if sel, ok := n.(*ast.SelectorExpr); ok {
					if s, ok := info.Selections[sel]; ok && s.Kind() == types.FieldVal {
						if v, ok := s.Obj().(*types.Var); ok && !v.Exported() {
							m[v.Origin()] = true
						}
					}
				}
				return true
			})
		}
	}
	return m
}

// fieldEncoders are the sink rows (package, receiver, name) that encode
// their argument with encoding/json or encoding/xml: a struct literal
// handed to one is judged by the fields they write (hiddenField).
var fieldEncoders = map[string]bool{
	"encoding/json.Encoder.Encode":   true,
	"encoding/xml.Encoder.Encode":    true,
	kitHTTP + "..EncodeJSONResponse": true,
	ginPkg + ".Context.JSON":         true,
	ginPkg + ".Context.IndentedJSON": true,
	ginPkg + ".Context.PureJSON":     true,
	ginPkg + ".Context.XML":          true,
	echoPkg + ".Context.JSON":        true,
	echoPkg + ".Context.XML":         true,
	echo5Pkg + ".Context.JSON":       true,
	echo5Pkg + ".Context.XML":        true,
	chiRender + "..JSON":             true,
	chiRender + "..XML":              true,
}

// encodedArg is sinkArg for argument a of sink s: a struct literal handed
// to an encoder carries only the fields it writes.
func (fs *fstate) encodedArg(s sink, a ast.Expr) taint {
	if fieldEncoders[s.Pkg+"."+s.Recv+"."+s.Name] {
		e := ast.Unparen(a)
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = ast.Unparen(u.X)
		}
		if lit, ok := e.(*ast.CompositeLit); ok {
			if _, ok := typex.Deref(fs.pass.TypesInfo.TypeOf(lit)).Underlying().(*types.Struct); ok {
				t := fs.bodyTaint(lit, 0)
				if t.kind == kCodeValue {
					t.kind = kCode
				}
				return t
			}
		}
	}
	return fs.sinkArg(a)
}

// reflectSinks are the sink rows (package, receiver, name) that write
// their argument by reflection over its exported fields: the encoders
// above, the templates (html/template and text/template cannot read an
// unexported field) and the frameworks' encoders and template renderers.
// A value raw only in unexported fields no method reads (taint.unsent),
// or a slice, map or struct of such values, sends nothing raw through
// them; a fmt verb (%v, %+v) prints those fields, so the fmt rows are
// not here.
var reflectSinks = func() map[string]bool {
	m := map[string]bool{
		"html/template.Template.Execute":              true,
		"html/template.Template.ExecuteTemplate":      true,
		"text/template.Template.Execute":              true,
		"text/template.Template.ExecuteTemplate":      true,
		goMailPkg + ".Msg.SetBodyTextTemplate":        true,
		goMailPkg + ".Msg.SetBodyHTMLTemplate":        true,
		goMailPkg + ".Msg.AddAlternativeTextTemplate": true,
		goMailPkg + ".Msg.AddAlternativeHTMLTemplate": true,
		ginPkg + ".Context.HTML":                      true,
		ginPkg + ".Context.JSONP":                     true,
		ginPkg + ".Context.AsciiJSON":                 true,
		ginPkg + ".Context.AbortWithStatusJSON":       true,
		ginPkg + ".Context.YAML":                      true,
		echoPkg + ".Context.JSONPretty":               true,
		echoPkg + ".Context.XMLPretty":                true,
		echoPkg + ".Context.JSONP":                    true,
		echoPkg + ".Context.Render":                   true,
		echo5Pkg + ".Context.Render":                  true,
		fiberPkg + ".Ctx.JSON":                        true,
		fiberPkg + ".Ctx.XML":                         true,
		fiberPkg + ".Ctx.Render":                      true,
		fiber3Pkg + ".Ctx.JSON":                       true,
		fiber3Pkg + ".Ctx.XML":                        true,
		fiber3Pkg + ".Ctx.Render":                     true,
		fiber3Pkg + ".Res.JSON":                       true,
		fiber3Pkg + ".Res.XML":                        true,
		fiber3Pkg + ".Res.Render":                     true,
	}
	for k := range fieldEncoders {
		m[k] = true
	}
	return m
}()
