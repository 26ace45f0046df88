package rawexposure

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

const fixMessage = "Show a safe message instead of the raw SurePassID value"

// imp is an import a fix needs: the name to use and the path.
type imp struct{ name, path string }

// repl replaces expression e by text; num when text is a number (a code a
// user may see), which any verb that formatted e still takes.
type repl struct {
	e    ast.Expr
	text string
	imps []imp
	num  bool
}

// replacements finds what to replace in the raw arguments of a sink call:
// codes.UserMessage(<code>) when a code of the same response is in scope,
// codes.GenericMessage otherwise (a string literal with the same text when
// the package cannot import codes).
func (fs *fstate) replacements(call *ast.CallExpr, hits []found) ([]repl, []imp, bool) {
	var all []repl
	for _, h := range hits {
		safe, imps := fs.safeText(h.t, call.Pos())
		var rs []repl
		ok := false
		if fs.eval(h.arg).kind == kNone {
			// A response encoded whole: replace it.
			var text string
			var more []imp
			if text, more, ok = fs.replacement(h.slot, safe, h.arg.Pos()); ok {
				rs = []repl{{e: h.arg, text: text, imps: append(append([]imp(nil), imps...), more...)}}
			}
		} else if id, isIdent := ast.Unparen(h.arg).(*ast.Ident); isIdent && encoded(fs.pass.TypesInfo.TypeOf(id)) {
			// A local holding encoded data (a websocket close frame
			// from FormatCloseMessage, a JSON document): the text is
			// replaced where the raw value is read, so the encoding
			// stays; else the local itself, as below.
			if rs, ok = fs.atSource(h.t, safe, imps); !ok {
				rs, ok = fs.targets(h.arg, h.slot, safe, imps)
			}
		} else {
			rs, ok = fs.targets(h.arg, h.slot, safe, imps)
		}
		if !ok || len(rs) == 0 {
			// No safe value fits the sink's argument (a *http.Cookie
			// variable, say): replace the raw field where it is read,
			// or a local whose address the argument takes (Content:
			// &msg), or the raw values stored into the local's fields.
			if rs, ok = fs.atSource(h.t, safe, imps); !ok {
				fs.fixAddr = true
				rs, ok = fs.targets(h.arg, h.slot, safe, imps)
				fs.fixAddr = false
				if !ok || len(rs) == 0 {
					rs, ok = fs.storeTargets(call, h.arg, safe, imps)
				}
				if !ok || len(rs) == 0 {
					return nil, nil, false
				}
			}
		}
		all = append(all, rs...)
	}
	all, ok := fs.printfSafe(call, all)
	if !ok {
		return nil, nil, false
	}
	for i := range all {
		all[i] = fs.addressed(all[i])
	}
	var imps []imp
	seen := map[string]bool{}
	for _, r := range all {
		for _, im := range r.imps {
			if !seen[im.path] {
				seen[im.path] = true
				imps = append(imps, im)
			}
		}
	}
	return all, imps, true
}

// fix turns replacements into the diagnostic's one suggested fix. unit
// holds the replacements of every fix in the unit, applied together by
// -fix.
func (fs *fstate) fix(call *ast.CallExpr, rs []repl, imps []imp, unit []repl) analysis.SuggestedFix {
	var edits []analysis.TextEdit
	for _, r := range rs {
		edits = append(edits, analysis.TextEdit{Pos: r.e.Pos(), End: r.e.End(), NewText: []byte(r.text)})
	}
	if len(imps) > 0 {
		edits = append(edits, importEdit(fs.u.file, imps))
	}
	edits = append(edits, fs.keepCompiling(call, rs, unit)...)
	return analysis.SuggestedFix{Message: fixMessage, TextEdits: edits}
}

// safeText returns the replacement text for a raw value with taint t at pos.
func (fs *fstate) safeText(t taint, pos token.Pos) (string, []imp) {
	name, im, ok := fs.codesName(pos)
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

// codesName returns the name by which the unit's file refers (or will
// refer) to the codes package at pos, and the import to add; ok is false
// when the package cannot import codes (it does not depend on it).
func (fs *fstate) codesName(pos token.Pos) (string, []imp, bool) {
	if fs.imports[spid.CodesPath] == nil || fs.pass.Pkg.Path() == spid.CodesPath {
		return "", nil, false
	}
	return fs.importName(spid.CodesPath, pos)
}

// codeTarget replaces e, a number that carries a raw code, by the code a
// user may see, in e's own type: int32(codes.UserCode(codes.ReturnCode(x)))
// for int32(x) or an int32 x, T(...) for a named type T (a protobuf enum, a
// mirror code), codes.UserCode(x) for a codes.ReturnCode x; the literal
// GenericCode, -1, when the package cannot import codes. A string slot
// fed by strconv.Itoa(x) or fmt.Sprint(x) keeps that call around it.
func (fs *fstate) codeTarget(e ast.Expr) (repl, bool) {
	info := fs.pass.TypesInfo
	typ := info.TypeOf(e)
	if k := fs.eval(e).kind; !number(typ) || k != kCodeValue && k != kCode {
		return repl{}, false
	}
	name, im, ok := fs.codesName(e.Pos())
	if !ok {
		if typ.Underlying().(*types.Basic).Info()&types.IsUnsigned != 0 {
			return repl{}, false
		}
		return repl{e: e, text: strconv.Itoa(int(codes.GenericCode)), num: true}, true
	}
	// The code under numeric conversions: int32(r.ErrorCode) is r.ErrorCode.
	x := ast.Unparen(e)
	for {
		call, ok := x.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || !info.Types[call.Fun].IsType() || !number(info.TypeOf(call.Args[0])) {
			break
		}
		x = ast.Unparen(call.Args[0])
	}
	code := exprString(x)
	if !typex.IsNamed(info.TypeOf(x), spid.CodesPath, "ReturnCode") {
		code = name + ".ReturnCode(" + code + ")"
	}
	text := name + ".UserCode(" + code + ")"
	if !typex.IsNamed(typ, spid.CodesPath, "ReturnCode") {
		tn, ok := fs.typeName(typ)
		if !ok {
			return repl{}, false
		}
		text = tn + "(" + text + ")"
	}
	return repl{e: e, text: text, imps: im, num: true}, true
}

// number reports whether t is a real number type, one a code converts to.
func number(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsNumeric != 0 && b.Info()&types.IsComplex == 0
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
	if r, ok := fs.codeTarget(e); ok {
		return []repl{r}, true
	} else if call, ok := e.(*ast.CallExpr); ok && number(info.TypeOf(e)) && info.Types[call.Fun].IsType() {
		// uint16(code) without codes: uint16(-1) does not compile; the
		// slot may take the safe text whole.
		if text, more, ok := fs.replacement(slot, safe, e.Pos()); ok && slot != nil {
			return []repl{{e: e, text: text, imps: append(append([]imp(nil), imps...), more...)}}, true
		}
		return nil, false
	}
	inner := e
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		inner = ast.Unparen(u.X)
		if _, lit := inner.(*ast.CompositeLit); !lit && fs.fixAddr {
			// &msg in a *string slot (discordgo's WebhookEdit{Content:
			// &msg}), msg read nowhere replaceable: msg is replaced, and
			// addressed takes the address of the safe text.
			if rs, ok := fs.targets(inner, info.TypeOf(inner), safe, imps); ok && len(rs) > 0 {
				return rs, true
			}
		}
	}
	if lit, ok := inner.(*ast.CompositeLit); ok {
		if rs, ok := fs.litTargets(lit, safe, imps); ok {
			return rs, true
		}
	}
	// Keep the shape: "prefix: "+msg, fmt.Sprintf("%s", msg),
	// url.QueryEscape(msg), []byte(msg) keep everything but msg.
	if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.ADD {
		var out []repl
		for _, x := range []ast.Expr{b.X, b.Y} {
			rs, ok := fs.targets(x, info.TypeOf(x), safe, imps)
			if !ok {
				out = nil
				break
			}
			out = append(out, rs...)
		}
		if len(out) > 0 {
			return out, true
		}
	}
	if call, ok := e.(*ast.CallExpr); ok && fs.transparent(call) {
		if rs, ok := fs.argTargets(call, safe, imps); ok && len(rs) > 0 {
			return rs, true
		}
		if fn, _ := typeutil.Callee(info, call).(*types.Func); fn != nil && botBuilders[funcKey(fn)] {
			// A message builder keeps its shape: the raw value is
			// replaced where it is read or stored.
			return nil, false
		}
	}
	if call, ok := e.(*ast.CallExpr); ok {
		if rs, ok := fs.litCallTargets(call, safe, imps); ok {
			return rs, true
		}
	}
	if call, ok := e.(*ast.CallExpr); ok && fs.wrapperCall(call) {
		if rs, ok := fs.wrapperArgTargets(call, call, safe, imps); ok {
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
		out, ok := fs.argTargets(call, safe, imps)
		if !ok {
			return nil, false
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

// transparent reports whether call only passes its arguments' text on: a
// conversion, a function (not a method) of a propagating package, or a
// chat SDK's message builder (sinks_bots.go).
func (fs *fstate) transparent(call *ast.CallExpr) bool {
	info := fs.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return true
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn != nil && !isMethod(fn) && (propagators[pkgPath(fn)] || botBuilders[funcKey(fn)])
}

// wrapperCall reports whether call calls a function of the module whose
// results only follow its arguments, an error helper such as
// httperr.WithStatus(502, err) or a reply builder such as
// reply.Problem(code, msg), or a chat message builder such as
// ephemeral(text) *discordgo.InteractionResponse (chatMessage), or an
// encoder of what it is given (reply(kind, text) []byte marshalling a
// chat reply posted to a response URL): a fix replaces the raw arguments
// and keeps the call, and the status, code or encoding it adds.
func (fs *fstate) wrapperCall(call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(fs.pass.TypesInfo, call).(*types.Func)
	if fn == nil || isMethod(fn) || !typex.InModule(fs.pass, fn.Pkg()) {
		return false
	}
	s := fs.summaryOf(fn)
	if s == nil {
		return false
	}
	sig := fn.Type().(*types.Signature)
	follows := false
	for i, r := range s.results {
		if r.kind != kNone {
			return false
		}
		follows = follows || r.params != 0 && i < sig.Results().Len() && (errorish(sig.Results().At(i).Type()) || replyBuilder(fn) || chatMessage(sig.Results().At(i).Type()) || byteSlice(sig.Results().At(i).Type()))
	}
	return follows
}

// wrapperArgTargets finds the targets in the raw arguments of the wrapper
// call at node at. A raw error argument must be known not to be nil there:
// a wrapper given nil usually returns nil, and errors.New(...) never is.
func (fs *fstate) wrapperArgTargets(call *ast.CallExpr, at ast.Node, safe string, imps []imp) ([]repl, bool) {
	info := fs.pass.TypesInfo
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return nil, false
	}
	sig := fn.Type().(*types.Signature)
	var follows uint64 // the parameters the results carry
	if s := fs.summaryOf(fn); s != nil {
		for _, r := range s.results {
			follows |= r.params
		}
	}
	var out []repl
	for i, a := range call.Args {
		if fs.eval(a).kind == kNone {
			continue
		}
		if p := paramIndex(sig, i); p >= 0 && follows&(1<<min(p, receiverBit-1)) == 0 {
			continue // not carried to the result: reply.Problem(code, msg)'s code
		}
		if typex.IsError(info.TypeOf(a)) && !fs.nonNil(a, at) {
			return nil, false
		}
		rs, ok := fs.targets(a, paramType(sig, i), safe, imps)
		if !ok {
			return nil, false
		}
		out = append(out, rs...)
	}
	return out, len(out) > 0
}

// argTargets finds the targets in the raw arguments of call.
func (fs *fstate) argTargets(call *ast.CallExpr, safe string, imps []imp) ([]repl, bool) {
	info := fs.pass.TypesInfo
	var sig *types.Signature
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) != 1 {
			return nil, false
		}
		return fs.targets(call.Args[0], info.TypeOf(call.Args[0]), safe, imps)
	}
	if fn, _ := typeutil.Callee(info, call).(*types.Func); fn != nil {
		sig, _ = fn.Type().(*types.Signature)
	}
	var out []repl
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
	return out, true
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
		switch u := typex.Deref(typ).Underlying().(type) { // &T elided in []*T{{...}}
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
		if types.Implements(typex.ErrorType, u) {
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

// keepCompiling returns the edits that keep the file compiling once the
// replaced expressions are gone: `_ = v` before the sink's statement for a
// local variable used nowhere else, and the removal of an import used
// nowhere else.
func (fs *fstate) keepCompiling(call *ast.CallExpr, all, unit []repl) []analysis.TextEdit {
	info := fs.pass.TypesInfo
	in := func(rs []repl, pos token.Pos) bool {
		for _, r := range rs {
			if r.e.Pos() <= pos && pos < r.e.End() {
				return true
			}
		}
		return false
	}
	var cands []types.Object
	seen := map[types.Object]bool{}
	for _, r := range all {
		ast.Inspect(r.e, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			switch obj := info.Uses[id].(type) {
			case *types.Var:
				if !obj.IsField() && obj.Parent() != nil && obj.Parent() != fs.pass.Pkg.Scope() && !seen[obj] && !fs.isParam(obj) {
					seen[obj] = true
					cands = append(cands, obj)
				}
			case *types.PkgName:
				if !seen[obj] {
					seen[obj] = true
					cands = append(cands, obj)
				}
			}
			return true
		})
	}
	var edits []analysis.TextEdit
	for _, obj := range cands {
		scope := ast.Node(fs.u.file)
		if _, ok := obj.(*types.Var); ok {
			scope = fs.u.node
		}
		// Uses left by this fix alone, and by all the unit's fixes; last
		// is whether this fix replaces the last replaced use.
		// The left side of `v = x` is no use for the compiler.
		alone, together, last := false, false, false
		stored := map[*ast.Ident]bool{}
		ast.Inspect(scope, func(n ast.Node) bool {
			if as, ok := n.(*ast.AssignStmt); ok && as.Tok == token.ASSIGN {
				for _, lhs := range as.Lhs {
					if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
						stored[id] = true
					}
				}
			}
			if id, ok := n.(*ast.Ident); ok && info.Uses[id] == obj && !stored[id] {
				alone = alone || !in(all, id.Pos())
				together = together || !in(unit, id.Pos())
				if in(unit, id.Pos()) {
					last = in(all, id.Pos())
				}
			}
			return true
		})
		switch obj := obj.(type) {
		case *types.Var:
			// Keep v used when this fix alone would orphan it, or when
			// all the fixes together would and this one is the last.
			if alone && (together || !last) || mentions(all, obj.Name()) {
				continue
			}
			if stmt := enclosingStmt(fs.u.file, call); stmt != nil {
				col := fs.pass.Fset.Position(stmt.Pos()).Column
				edits = append(edits, analysis.TextEdit{Pos: stmt.Pos(), End: stmt.Pos(), NewText: []byte("_ = " + obj.Name() + "\n" + strings.Repeat("\t", max(col-1, 0)))})
			}
		case *types.PkgName:
			// -fix applies every fix: remove an import all of them stop using.
			if together {
				continue
			}
			if e, ok := removeImport(fs.pass.Fset, fs.u.file, obj.Imported().Path()); ok {
				edits = append(edits, e)
			}
		}
	}
	return edits
}

// enclosingStmt returns the statement of a block that contains n.
func enclosingStmt(file *ast.File, n ast.Node) ast.Stmt {
	path, _ := astutil.PathEnclosingInterval(file, n.Pos(), n.End())
	for i := 0; i+1 < len(path); i++ {
		stmt, ok := path[i].(ast.Stmt)
		if !ok {
			continue
		}
		switch path[i+1].(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
			return stmt
		}
	}
	return nil
}

// removeImport deletes the import of path from file.
func removeImport(fset *token.FileSet, file *ast.File, pkgPath string) (analysis.TextEdit, bool) {
	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		for _, spec := range gd.Specs {
			is := spec.(*ast.ImportSpec)
			if p, _ := strconv.Unquote(is.Path.Value); p == pkgPath {
				if gd.Lparen.IsValid() && len(gd.Specs) > 1 {
					// The line, with its newline.
					end := is.End()
					if f := fset.File(end); f != nil {
						if line := f.Line(end); line < f.LineCount() {
							end = f.LineStart(line + 1)
						}
					}
					start := is.Pos()
					if f := fset.File(start); f != nil {
						start = f.LineStart(f.Line(start))
					}
					return analysis.TextEdit{Pos: start, End: end}, true
				}
				return analysis.TextEdit{Pos: gd.Pos(), End: gd.End()}, true
			}
		}
	}
	return analysis.TextEdit{}, false
}

// mentions reports whether a replacement text uses identifier name (the
// code of codes.UserMessage(resp.ErrorCode) keeps resp used).
func mentions(rs []repl, name string) bool {
	for _, r := range rs {
		text := r.text
		for i := strings.Index(text, name); i >= 0; i = strings.Index(text, name) {
			before := i == 0 || !isIdentByte(text[i-1])
			after := i+len(name) == len(text) || !isIdentByte(text[i+len(name)])
			if before && after && (i == 0 || text[i-1] != '.') {
				return true
			}
			text = text[i+len(name):]
		}
	}
	return false
}

func isIdentByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80
}

// atSource replaces the string expression where the raw value enters the
// unit, when it is a field read (resp.ErrorMessage) in the unit, or the
// call that formats a code read there as text (strconv.Itoa(e.Code),
// fmt.Sprintf("hold %d", e.Code)).
func (fs *fstate) atSource(t taint, safe string, imps []imp) ([]repl, bool) {
	if !t.pos.IsValid() || t.pos < fs.u.node.Pos() || t.pos >= fs.u.node.End() {
		return nil, false
	}
	isString := func(e ast.Expr) bool {
		b, ok := fs.pass.TypesInfo.TypeOf(e).(*types.Basic)
		return ok && b.Info()&types.IsString != 0
	}
	path, _ := astutil.PathEnclosingInterval(fs.u.file, t.pos, t.pos)
	for i, n := range path {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || sel.Pos() != t.pos {
			continue
		}
		if isString(sel) {
			return []repl{{e: sel, text: safe, imps: imps}}, true
		}
		// A code: with the numeric conversions around it.
		var x ast.Expr = sel
		for j := i + 1; j < len(path); j++ {
			call, ok := path[j].(*ast.CallExpr)
			if !ok || len(call.Args) != 1 || call.Args[0] != path[j-1] || !fs.pass.TypesInfo.Types[call.Fun].IsType() || !number(fs.pass.TypesInfo.TypeOf(call)) {
				break
			}
			x = call
		}
		if r, ok := fs.codeTarget(x); ok {
			return []repl{r}, true
		}
		if i+1 < len(path) {
			if call, ok := path[i+1].(*ast.CallExpr); ok && isString(call) && fs.transparent(call) {
				if tv := fs.pass.TypesInfo.Types[call.Fun]; !tv.IsType() {
					return []repl{{e: call, text: safe, imps: imps}}, true
				}
			}
		}
	}
	return nil, false
}

// storeTargets finds the raw values stored, before call, into the fields
// of the local variable arg names, the sink's argument: msg :=
// tgbotapi.NewMessage(id, ""); msg.Text = err.Error(); bot.Send(msg)
// replaces err.Error() where it is stored. ok is false when arg is no
// such local or a raw store has no safe replacement.
func (fs *fstate) storeTargets(call *ast.CallExpr, arg ast.Expr, safe string, imps []imp) ([]repl, bool) {
	info := fs.pass.TypesInfo
	id, isIdent := ast.Unparen(arg).(*ast.Ident)
	if !isIdent || fs.u.node == nil {
		return nil, false
	}
	v, isVar := info.Uses[id].(*types.Var)
	if !isVar || v.Pos() < fs.u.node.Pos() || v.Pos() >= fs.u.node.End() {
		return nil, false
	}
	var out []repl
	ok := true
	ast.Inspect(fs.u.node, func(n ast.Node) bool {
		as, isAssign := n.(*ast.AssignStmt)
		if !ok || n == nil || n.Pos() >= call.Pos() {
			return false
		}
		if c, isCall := n.(*ast.CallExpr); isCall {
			// ck.SetValue(msg): a setter of recvSetters on the local.
			rs, good := fs.setterTargets(c, v, safe, imps)
			if !good {
				ok = false
				return false
			}
			out = append(out, rs...)
			return true
		}
		if !isAssign || (as.Tok != token.ASSIGN && as.Tok != token.DEFINE) || len(as.Lhs) != len(as.Rhs) {
			return true
		}
		for i, lhs := range as.Lhs {
			if l, isID := ast.Unparen(lhs).(*ast.Ident); isID && (info.Defs[l] == v || info.Uses[l] == v) {
				// letter := mail.NewSingleEmail(from, subj, to, msg, html):
				// what the local is given (a builder keeps its shape).
				if fs.eval(as.Rhs[i]).kind == kNone {
					continue
				}
				rs, good := fs.targets(as.Rhs[i], v.Type(), safe, imps)
				if !good || len(rs) == 0 {
					ok = false
					return false
				}
				out = append(out, rs...)
				continue
			}
			sel, isSel := ast.Unparen(lhs).(*ast.SelectorExpr)
			if !isSel || as.Tok != token.ASSIGN {
				continue
			}
			root := ast.Expr(sel)
			for {
				s, more := ast.Unparen(root).(*ast.SelectorExpr)
				if !more {
					break
				}
				root = s.X
			}
			if r, isID := ast.Unparen(root).(*ast.Ident); !isID || info.Uses[r] != v {
				continue
			}
			if fs.eval(as.Rhs[i]).kind == kNone {
				continue
			}
			rs, good := fs.targets(as.Rhs[i], info.TypeOf(lhs), safe, imps)
			if !good || len(rs) == 0 {
				ok = false
				return false
			}
			out = append(out, rs...)
		}
		return true
	})
	return out, ok && len(out) > 0
}

// setterTargets returns what to replace in c when it is a setter of
// recvSetters called on v (ck.SetValue(msg)): its raw arguments; ok is
// false when one of them has no safe replacement.
func (fs *fstate) setterTargets(c *ast.CallExpr, v *types.Var, safe string, imps []imp) ([]repl, bool) {
	info := fs.pass.TypesInfo
	fn, _ := typeutil.Callee(info, c).(*types.Func)
	sel, isSel := ast.Unparen(c.Fun).(*ast.SelectorExpr)
	if fn == nil || !isSel || !recvSetters[funcKey(fn)] {
		return nil, true
	}
	if r, isID := ast.Unparen(setterRoot(info, sel.X)).(*ast.Ident); !isID || info.Uses[r] != v {
		return nil, true
	}
	var out []repl
	for _, a := range c.Args {
		if fs.eval(a).kind == kNone {
			continue
		}
		rs, good := fs.targets(a, info.TypeOf(a), safe, imps)
		if !good || len(rs) == 0 {
			return nil, false
		}
		out = append(out, rs...)
	}
	return out, true
}

// isParam reports whether v is a parameter or result of the unit's function
// or of a function literal in it: Go does not require those to be used.
func (fs *fstate) isParam(v *types.Var) bool {
	if v.Pos() < fs.u.node.Pos() || v.Pos() >= fs.u.node.End() {
		return true
	}
	param := false
	ast.Inspect(fs.u.node, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok && lit.Type.Pos() <= v.Pos() && v.Pos() < lit.Type.End() {
			param = true
		}
		return !param
	})
	return param
}

// encoded reports whether a value of type t holds text in some encoding
// (bytes, a map or a struct to serialize): not a string, and known.
func encoded(t types.Type) bool {
	if t == nil {
		return false
	}
	if b, ok := t.Underlying().(*types.Basic); ok {
		return b.Kind() != types.Invalid && b.Info()&types.IsString == 0
	}
	return true
}

// litCallTargets finds the raw parts of what the function literal bound to
// a called local returns (reject := func(r Result) *Reply { return
// &Reply{Result: r, Detail: msg} } of the enclosing function's raw msg;
// return reject(OTPInvalid), nil): the literal's own returns, read as the
// enclosing function reads them, so every call of it is mended at once.
func (fs *fstate) litCallTargets(call *ast.CallExpr, safe string, imps []imp) ([]repl, bool) {
	bs, _ := fs.callBindings(call)
	if len(bs) != 1 || bs[0].lit == nil {
		return nil, false
	}
	lit := bs[0].lit
	sig, _ := fs.pass.TypesInfo.TypeOf(lit).(*types.Signature)
	if sig == nil {
		return nil, false
	}
	var out []repl
	ok := true
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) != sig.Results().Len() {
				ok = false
				return false
			}
			for i, r := range n.Results {
				rs, rok := fs.targets(r, sig.Results().At(i).Type(), safe, imps)
				if !rok {
					ok = false
					return false
				}
				out = append(out, rs...)
			}
		}
		return ok
	})
	return out, ok && len(out) > 0
}

// addressed widens r to the &x around its expression (Reason: &res.Msg in a
// response with *string fields): a safe text is not addressable, so the
// pointer is built from it, with new(text) where the file's Go version
// allows it (go1.26) and a function literal before.
func (fs *fstate) addressed(r repl) repl {
	if fs.u.file == nil {
		return r
	}
	path, _ := astutil.PathEnclosingInterval(fs.u.file, r.e.Pos(), r.e.End())
	var inner ast.Node = r.e
	for _, n := range path[1:] {
		if p, ok := n.(*ast.ParenExpr); ok {
			inner = p
			continue
		}
		u, ok := n.(*ast.UnaryExpr)
		if !ok || u.Op != token.AND || u.X != inner {
			return r
		}
		t := fs.pass.TypesInfo.TypeOf(r.e)
		if t == nil {
			return r
		}
		typ := types.TypeString(t, types.RelativeTo(fs.pass.Pkg))
		text := fmt.Sprintf("func() *%s { v := %s(%s); return &v }()", typ, typ, r.text)
		if v := fs.pass.TypesInfo.FileVersions[fs.u.file]; v != "" && versionAtLeast(v, 26) {
			text = fmt.Sprintf("new(%s(%s))", typ, r.text)
		}
		return repl{e: u, text: text, imps: r.imps}
	}
	return r
}

// versionAtLeast reports whether v, a Go version ("go1.26", "go1.26.2"), is
// go1.minor or later.
func versionAtLeast(v string, minor int) bool {
	rest, ok := strings.CutPrefix(v, "go1.")
	if !ok {
		return false
	}
	if i := strings.IndexFunc(rest, func(r rune) bool { return r < '0' || r > '9' }); i >= 0 {
		rest = rest[:i]
	}
	n, err := strconv.Atoi(rest)
	return err == nil && n >= minor
}

// byteSlice reports whether t is a slice of bytes.
func byteSlice(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}
