package rawexposure

import (
	"go/ast"
	"go/token"
	"go/types"
	"path"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/codes"
)

const fixMessage = "Show a safe message instead of the raw SurePassID value"

// imp is an import a fix needs: the name to use and the path.
type imp struct{ name, path string }

// repl replaces expression e by text.
type repl struct {
	e    ast.Expr
	text string
	imps []imp
}

// fix replaces every raw argument of a sink call by safe text:
// codes.UserMessage(<code>) when a code of the same response is in scope,
// codes.GenericMessage otherwise (a string literal with the same text when
// the package cannot import codes).
func (fs *fstate) fix(call *ast.CallExpr, hits []found) (analysis.SuggestedFix, bool) {
	var all []repl
	for _, h := range hits {
		safe, imps := fs.safeText(h.t, call.Pos())
		rs, ok := fs.targets(h.arg, h.slot, safe, imps)
		if !ok {
			return analysis.SuggestedFix{}, false
		}
		all = append(all, rs...)
	}
	var edits []analysis.TextEdit
	var imps []imp
	seen := map[string]bool{}
	for _, r := range all {
		edits = append(edits, analysis.TextEdit{Pos: r.e.Pos(), End: r.e.End(), NewText: []byte(r.text)})
		for _, im := range r.imps {
			if !seen[im.path] {
				seen[im.path] = true
				imps = append(imps, im)
			}
		}
	}
	if len(imps) > 0 {
		edits = append(edits, importEdit(fs.u.file, imps))
	}
	return analysis.SuggestedFix{Message: fixMessage, TextEdits: edits}, len(edits) > 0
}

// safeText returns the replacement text for a raw value with taint t at pos.
func (fs *fstate) safeText(t taint, pos token.Pos) (string, []imp) {
	if fs.imports[spid.CodesPath] == nil || fs.pass.Pkg.Path() == spid.CodesPath {
		return strconv.Quote(codes.GenericMessage), nil
	}
	name, im, ok := fs.importName(spid.CodesPath, pos)
	if !ok {
		return strconv.Quote(codes.GenericMessage), nil
	}
	if t.code != "" && t.codeRoot != nil && fs.resolves(t.codeRoot, pos) {
		code := t.code
		if !t.codeRC {
			code = name + ".ReturnCode(" + code + ")"
		}
		return name + ".UserMessage(" + code + ")", im
	}
	return name + ".GenericMessage", im
}

// resolves reports whether obj's name means obj at pos.
func (fs *fstate) resolves(obj types.Object, pos token.Pos) bool {
	scope := fs.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return false
	}
	_, found := scope.LookupParent(obj.Name(), pos)
	return found == obj
}

// importName returns the name by which the file of the unit refers (or
// will refer) to package path at pos, and the import to add, if any.
func (fs *fstate) importName(pkgPath string, pos token.Pos) (string, []imp, bool) {
	scope := fs.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return "", nil, false
	}
	for _, spec := range fs.u.file.Imports {
		p, err := strconv.Unquote(spec.Path.Value)
		if err != nil || p != pkgPath {
			continue
		}
		var obj types.Object
		if spec.Name != nil {
			obj = fs.pass.TypesInfo.Defs[spec.Name]
		} else {
			obj = fs.pass.TypesInfo.Implicits[spec]
		}
		if pn, ok := obj.(*types.PkgName); ok {
			if _, found := scope.LookupParent(pn.Name(), pos); found == pn {
				return pn.Name(), nil, true
			}
		}
	}
	base := path.Base(pkgPath)
	for _, name := range []string{base, "sp" + base, "surepass" + base} {
		if _, found := scope.LookupParent(name, pos); found == nil {
			return name, []imp{{name: name, path: pkgPath}}, true
		}
	}
	return "", nil, false
}

// targets finds the parts of sink argument e to replace by safe, a string
// expression: e itself when its slot takes a string-like value, else the
// raw elements of a composite literal or the raw arguments of a call.
func (fs *fstate) targets(e ast.Expr, slot types.Type, safe string, imps []imp) ([]repl, bool) {
	info := fs.pass.TypesInfo
	e = ast.Unparen(e)
	if fs.eval(e).kind == kNone {
		return nil, true
	}
	inner := e
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		inner = ast.Unparen(u.X)
	}
	if lit, ok := inner.(*ast.CompositeLit); ok {
		if rs, ok := fs.litTargets(lit, safe, imps); ok {
			return rs, true
		}
	}
	if slot == nil {
		slot = info.TypeOf(e)
	}
	if text, more, ok := fs.replacement(slot, safe, e.Pos()); ok {
		return []repl{{e: e, text: text, imps: append(append([]imp(nil), imps...), more...)}}, true
	}
	if call, ok := e.(*ast.CallExpr); ok {
		var out []repl
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		var sig *types.Signature
		if fn != nil {
			sig, _ = fn.Type().(*types.Signature)
		}
		for i, a := range call.Args {
			var pt types.Type
			if sig != nil {
				pt = paramType(sig, i)
			}
			rs, ok := fs.targets(a, pt, safe, imps)
			if !ok {
				return nil, false
			}
			out = append(out, rs...)
		}
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && info.Selections[sel] != nil {
			rs, ok := fs.targets(sel.X, nil, safe, imps)
			if !ok {
				return nil, false
			}
			out = append(out, rs...)
		}
		return out, len(out) > 0
	}
	return nil, false
}

func (fs *fstate) litTargets(lit *ast.CompositeLit, safe string, imps []imp) ([]repl, bool) {
	info := fs.pass.TypesInfo
	typ := info.TypeOf(lit)
	if typ == nil {
		return nil, false
	}
	var out []repl
	for i, elt := range lit.Elts {
		value := elt
		var slot types.Type
		switch u := typ.Underlying().(type) {
		case *types.Struct:
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				value = kv.Value
				if id, ok := kv.Key.(*ast.Ident); ok {
					if v, ok := info.Uses[id].(*types.Var); ok {
						slot = v.Type()
					}
				}
			} else if i < u.NumFields() {
				slot = u.Field(i).Type()
			}
		case *types.Map:
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if fs.eval(kv.Key).kind != kNone {
					return nil, false
				}
				value = kv.Value
			}
			slot = u.Elem()
		case *types.Slice:
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				value = kv.Value
			}
			slot = u.Elem()
		case *types.Array:
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				value = kv.Value
			}
			slot = u.Elem()
		default:
			return nil, false
		}
		rs, ok := fs.targets(value, slot, safe, imps)
		if !ok {
			return nil, false
		}
		out = append(out, rs...)
	}
	return out, len(out) > 0
}

// readerMethods are the methods of *strings.Reader: an interface slot
// needing only these takes strings.NewReader(safe).
var readerMethods = map[string]bool{
	"Read": true, "ReadAt": true, "ReadByte": true, "ReadRune": true, "Seek": true,
	"UnreadByte": true, "UnreadRune": true, "WriteTo": true, "Len": true, "Size": true, "Reset": true,
}

// replacement returns safe converted to slot's type, and the imports that
// needs; ok is false when the type takes no string-like value.
func (fs *fstate) replacement(slot types.Type, safe string, pos token.Pos) (string, []imp, bool) {
	if slot == nil {
		return "", nil, false
	}
	switch u := slot.Underlying().(type) {
	case *types.Basic:
		if u.Info()&types.IsString == 0 {
			return "", nil, false
		}
		if _, named := types.Unalias(slot).(*types.Named); !named {
			return safe, nil, true
		}
		if name, ok := fs.typeName(slot); ok {
			return name + "(" + safe + ")", nil, true
		}
	case *types.Slice:
		if b, ok := u.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
			if _, named := types.Unalias(slot).(*types.Named); !named {
				return "[]byte(" + safe + ")", nil, true
			}
		}
	case *types.Interface:
		if u.Empty() {
			return safe, nil, true
		}
		errType := types.Universe.Lookup("error").Type()
		if types.Implements(errType, u) {
			if name, im, ok := fs.importName("errors", pos); ok {
				return name + ".New(" + safe + ")", im, true
			}
			return "", nil, false
		}
		for i := 0; i < u.NumMethods(); i++ {
			if !readerMethods[u.Method(i).Name()] {
				return "", nil, false
			}
		}
		if name, im, ok := fs.importName("strings", pos); ok {
			return name + ".NewReader(" + safe + ")", im, true
		}
	}
	return "", nil, false
}

// typeName spells a named type in the unit's file, if it can.
func (fs *fstate) typeName(t types.Type) (string, bool) {
	ok := true
	s := types.TypeString(t, func(p *types.Package) string {
		if p == fs.pass.Pkg {
			return ""
		}
		for _, spec := range fs.u.file.Imports {
			if path, _ := strconv.Unquote(spec.Path.Value); path == p.Path() {
				if spec.Name != nil {
					return spec.Name.Name
				}
				return p.Name()
			}
		}
		ok = false
		return p.Name()
	})
	return s, ok
}

// importEdit adds imports to file: inside its first parenthesized import
// declaration, after its last import otherwise.
func importEdit(file *ast.File, imps []imp) analysis.TextEdit {
	var lines []string
	for _, im := range imps {
		l := strconv.Quote(im.path)
		if im.name != path.Base(im.path) {
			l = im.name + " " + l
		}
		lines = append(lines, l)
	}
	var last *ast.GenDecl
	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if gd.Lparen.IsValid() {
			return analysis.TextEdit{Pos: gd.Rparen, End: gd.Rparen, NewText: []byte("\t" + strings.Join(lines, "\n\t") + "\n")}
		}
		last = gd
	}
	if last != nil {
		return analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte("\n\nimport (\n\t" + strings.Join(lines, "\n\t") + "\n)")}
	}
	return analysis.TextEdit{Pos: file.Name.End(), End: file.Name.End(), NewText: []byte("\n\nimport (\n\t" + strings.Join(lines, "\n\t") + "\n)")}
}
