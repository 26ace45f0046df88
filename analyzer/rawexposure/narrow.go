package rawexposure

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// Narrowing error handlers. An adapter's error handler that shows only
// some errors,
//
//	var pe *problem.PublicError
//	if errors.As(err, &pe) { body.Detail = pe.Error() }
//	body.Hints = errors.GetAllHints(err)
//
// writes the text of an error only when its chain holds a *PublicError,
// and the hints attached to any error. The flow marks the parameter bits
// of such a value narrowed (taint.narrow), with what they narrow to
// (taint.narrowTo: "pkg.Type" of errors.As's target, "hint" or "detail"
// for cockroachdb/errors' GetAllHints and GetAllDetails); a parameter sink
// reached only through narrowed values keeps that list (paramSink.Narrow).
// A handler handed to such an adapter is reported only when the error it
// returns holds its raw value in one of those parts (narrowShown): inside
// a value of the target type (&PublicError{...}, a function returning
// one, problem.Public(status, err)), or as a hint (errors.WithHint(err,
// msg)). A raw fmt.Errorf, errors.Wrap of a client error, or a detail
// (errors.WithDetail) is not shown there.

// narrowFuncs are the functions returning only a part of their error
// argument: the hints or the details its chain carries.
var narrowFuncs = map[string]string{
	"github.com/cockroachdb/errors.GetAllHints":               "hint",
	"github.com/cockroachdb/errors.FlattenHints":              "hint",
	"github.com/cockroachdb/errors.GetAllDetails":             "detail",
	"github.com/cockroachdb/errors.FlattenDetails":            "detail",
	"github.com/cockroachdb/errors/hintdetail.GetAllHints":    "hint",
	"github.com/cockroachdb/errors/hintdetail.GetAllDetails":  "detail",
	"github.com/cockroachdb/errors/hintdetail.FlattenHints":   "hint",
	"github.com/cockroachdb/errors/hintdetail.FlattenDetails": "detail",
}

// partFuncs are the functions attaching a part to an error: the index of
// the first argument that is the part, and the part.
var partFuncs = map[string]struct {
	first int
	part  string
}{
	"github.com/cockroachdb/errors.WithHint":    {1, "hint"},
	"github.com/cockroachdb/errors.WithHintf":   {1, "hint"},
	"github.com/cockroachdb/errors.WithDetail":  {1, "detail"},
	"github.com/cockroachdb/errors.WithDetailf": {1, "detail"},
}

// narrowed returns t with its parameter bits narrowed to part.
func narrowed(t taint, part string) taint {
	if t.params == 0 {
		return t
	}
	t.narrow = t.params
	t.narrowTo = part
	return t
}

// joinNarrow merges the narrowing of a and b into r (their join): a
// parameter stays narrowed only if it is narrowed wherever it is present.
func joinNarrow(r *taint, a, b taint) {
	wide := (a.params &^ a.narrow) | (b.params &^ b.narrow)
	r.narrow = (a.narrow | b.narrow) &^ wide
	if r.narrow == 0 {
		r.narrowTo = ""
		return
	}
	r.narrowTo = unionParts(a.narrowTo, b.narrowTo)
}

// unionParts merges two "|"-separated sorted lists of parts.
func unionParts(a, b string) string {
	switch {
	case a == "" || a == b:
		return b
	case b == "":
		return a
	}
	parts := append(strings.Split(a, "|"), strings.Split(b, "|")...)
	slices.Sort(parts)
	return strings.Join(slices.Compact(parts), "|")
}

// sinkNarrow is what parameter bit i of t reaching a sink narrows to, ""
// when it reaches it whole.
func sinkNarrow(t taint, i int) string {
	if t.narrow&(1<<i) != 0 {
		return t.narrowTo
	}
	return ""
}

// mergeSink merges a new sink of a parameter into an old one: a sink
// reached whole stays whole; two narrowed ones show both parts.
func mergeSink(old, nw paramSink) paramSink {
	r := old.Reflect && nw.Reflect
	old.Reflect, nw.Reflect = r, r
	if old.Narrow == "" {
		return old
	}
	if nw.Narrow == "" {
		return nw
	}
	old.Narrow = unionParts(old.Narrow, nw.Narrow)
	return old
}

// asTargetType is the key ("pkg/path.Type") of the type errors.As's target
// (a pointer to it) narrows to: a concrete named type; "" for an interface
// target (interface{ Hint() string }) or anything else.
func asTargetType(info *types.Info, target ast.Expr) string {
	p, ok := types.Unalias(info.TypeOf(target)).(*types.Pointer)
	if !ok {
		return ""
	}
	return namedKey(p.Elem())
}

// namedKey is "pkg/path.Type" of a named non-interface type or a pointer
// to one, "" for anything else.
func namedKey(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || types.IsInterface(n) {
		return ""
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name()
}

// narrowResult narrows the result of a call of a narrowFuncs function, and
// makes the result of a partFuncs one raw only outside its text
// (textSafe, errtext.go) in what the part brings: errors.WithDetail(err,
// msg).Error() is err's text.
func (fs *fstate) narrowResult(call *ast.CallExpr, rs []taint) []taint {
	if len(rs) == 0 || rs[0].clean() {
		return rs
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || !strings.HasPrefix(sel.Sel.Name, "GetAll") && !strings.HasPrefix(sel.Sel.Name, "Flatten") && !strings.HasPrefix(sel.Sel.Name, "With") {
		return rs
	}
	fn, _ := typeutil.Callee(fs.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return rs
	}
	key := funcKey(fn)
	if part, ok := narrowFuncs[key]; ok && rs[0].params != 0 {
		rs = slices.Clone(rs)
		rs[0] = narrowed(rs[0], part)
	}
	if p, ok := partFuncs[key]; ok && p.first < len(call.Args) && len(call.Args) > 0 {
		parts := taint{}
		for _, a := range call.Args[p.first:] {
			parts = join(parts, fs.eval(a))
		}
		if parts.kind != kNone {
			parts.textSafe = true
		}
		rs = slices.Clone(rs)
		rs[0] = fit(join(fs.eval(call.Args[0]), parts), fs.pass.TypesInfo.TypeOf(call))
	}
	return rs
}

// textRaw reports whether t's raw value is in an error's text.
func textRaw(t taint) bool { return t.kind != kNone && !t.textSafe }

// narrowShown reports whether e, an error a handler returns to an adapter
// showing only the parts narrow lists, holds a raw value in one of them.
func (fs *fstate) narrowShown(e ast.Expr, narrow string) bool {
	if e == nil {
		return true
	}
	parts := strings.Split(narrow, "|")
	info := fs.pass.TypesInfo
	shown := false
	ast.Inspect(e, func(n ast.Node) bool {
		if shown {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CompositeLit:
			if k := namedKey(info.TypeOf(n)); k != "" && slices.Contains(parts, k) && textRaw(fs.eval(n)) {
				shown = true
			}
		case *ast.CallExpr:
			if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
				return true
			}
			fn, _ := typeutil.Callee(info, n).(*types.Func)
			if fn == nil {
				return true
			}
			if p, ok := partFuncs[funcKey(fn)]; ok {
				if slices.Contains(parts, p.part) {
					for _, a := range n.Args[min(p.first, len(n.Args)):] {
						if fs.eval(a).kind != kNone {
							shown = true
						}
					}
				}
				return true
			}
			if k := namedKey(info.TypeOf(n)); k != "" && slices.Contains(parts, k) && textRaw(fs.eval(n)) {
				shown = true
			}
		case *ast.Ident:
			// A local holding the error: what was assigned to it.
			if v, ok := info.Uses[n].(*types.Var); ok && v.Pkg() == fs.pass.Pkg && v.Parent() != v.Pkg().Scope() {
				if k := namedKey(v.Type()); k != "" && slices.Contains(parts, k) && textRaw(fs.eval(n)) {
					shown = true
				}
			}
		}
		return true
	})
	return shown
}

const inHouseShapeName = "an in-house handler"

// adaptedShows reports whether e, an error the handler ref returns to its
// adapters, reaches the client: always for an adapter writing every
// error, and for one writing some parts only when e holds a raw value in
// one of them.
func (fs *fstate) adaptedShows(ref handlerRef, e ast.Expr) bool {
	var key any = ref.lit
	if ref.fn != nil {
		key = ref.fn.Origin()
	}
	if ref.lit == nil && ref.fn == nil {
		return true
	}
	narrow, ok := fs.adaptedNarrow[key]
	if !ok {
		return true
	}
	return fs.narrowShown(e, narrow)
}

// partArgTargets finds, in call of a partFuncs function (errors.WithHint
// (err, msg)), the raw parts to replace by safe: the error's text stays
// what it was, its hint becomes safe. Not ok when a part is no plain
// string argument (WithHintf's arguments) or the error is raw itself.
func (fs *fstate) partArgTargets(call *ast.CallExpr, safe string, imps []imp) ([]repl, bool) {
	fn, _ := typeutil.Callee(fs.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return nil, false
	}
	p, ok := partFuncs[funcKey(fn)]
	if !ok || p.first >= len(call.Args) || textRaw(fs.eval(call.Args[0])) {
		return nil, false
	}
	var out []repl
	for _, a := range call.Args[p.first:] {
		if fs.eval(a).kind == kNone {
			continue
		}
		if b, ok := types.Unalias(fs.pass.TypesInfo.TypeOf(a)).(*types.Basic); !ok || b.Info()&types.IsString == 0 {
			return nil, false
		}
		out = append(out, repl{e: a, text: safe, imps: imps})
	}
	return out, len(out) > 0
}
