package rawexposure

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// A fix replaces a raw value by a string. Where that value is an argument
// of a printf-style call, the verb that formatted it must take a string, or
// the fix breaks go vet's printf check: fmt.Sprintf("error %d", code) must
// not become fmt.Sprintf("error %d", codes.UserMessage(code)).
//
// printfSafe adjusts the replacements rs found in the arguments of the sink
// call:
//
//   - a formatting call inside the sink's arguments (fmt.Sprintf,
//     fmt.Errorf, ...) whose replaced argument was formatted with a verb that
//     does not print a string (%d, %x, ...) is replaced whole: the text
//     around a code is about the code, so the user sees the safe message
//     alone;
//   - the sink itself formatting (fmt.Fprintf, status.Errorf, gin's
//     c.String): a format whose one directive formatted the one replaced
//     argument becomes "%s", otherwise each such directive becomes %s;
//   - a replaced format argument with no arguments after it (c.String(401,
//     resp.ErrorMessage)) becomes "%s", safe unless safe is a constant.
func (fs *fstate) printfSafe(call *ast.CallExpr, rs []repl) ([]repl, bool) {
	info := fs.pass.TypesInfo
	ok := true
	ast.Inspect(call, func(n ast.Node) bool {
		if !ok {
			return false
		}
		c, isCall := n.(*ast.CallExpr)
		if !isCall {
			return true
		}
		fi := formatIndex(info, c)
		if fi < 0 || fi >= len(c.Args) || c.Ellipsis.IsValid() {
			return true
		}
		format := c.Args[fi]
		args := c.Args[fi+1:]
		// A replaced format argument: keep the format constant.
		if i := replOf(rs, format); i >= 0 {
			if len(args) == 0 && !constSafe(rs[i].text) {
				rs[i].text = `"%s", ` + rs[i].text
			}
			return true
		}
		// Which arguments are replaced whole, and with what.
		replaced := map[int]int{} // argument index -> index in rs
		for j, a := range args {
			if i := replOf(rs, a); i >= 0 && !rs[i].num {
				replaced[j] = i
			}
		}
		if len(replaced) == 0 {
			return true
		}
		tv, known := info.Types[format]
		if !known || tv.Value == nil || tv.Value.Kind() != constant.String {
			return true // vet cannot check a non-constant format either
		}
		dirs, parsed := directives(constant.StringVal(tv.Value))
		if !parsed {
			ok = false
			return false
		}
		var bad []directive
		for _, d := range dirs {
			if _, r := replaced[d.arg]; r && !stringVerb(d.verb) {
				bad = append(bad, d)
			}
		}
		if len(bad) == 0 {
			return true
		}
		if c != call {
			// Replace the whole formatted value.
			var imps []imp
			safe := rs[replaced[bad[0].arg]].text // an ...any slot takes safe as is
			kept := rs[:0:0]
			for _, r := range rs {
				if c.Pos() <= r.e.Pos() && r.e.End() <= c.End() {
					imps = append(imps, r.imps...)
					continue
				}
				kept = append(kept, r)
			}
			text, more, fits := fs.replacement(info.TypeOf(c), safe, c.Pos())
			if !fits {
				ok = false
				return false
			}
			rs = append(kept, repl{e: c, text: text, imps: append(imps, more...)})
			return false
		}
		var text string
		if len(args) == 1 && len(dirs) == 1 {
			text = `"%s"`
		} else {
			s := constant.StringVal(tv.Value)
			var b strings.Builder
			last := 0
			for _, d := range bad {
				if d.star {
					ok = false // %*d: rewriting it would shift the arguments
					return false
				}
				b.WriteString(s[last:d.start])
				b.WriteString(d.asString())
				last = d.end
			}
			b.WriteString(s[last:])
			text = quoteLike(format, b.String())
		}
		rs = append(rs, repl{e: format, text: text})
		return true
	})
	return rs, ok
}

// replOf returns the index of the replacement of expression e, or -1.
func replOf(rs []repl, e ast.Expr) int {
	for i, r := range rs {
		if ast.Unparen(r.e) == ast.Unparen(e) {
			return i
		}
	}
	return -1
}

// constSafe reports whether a safe text is a constant (codes.GenericMessage
// or a literal), which holds no % and may serve as a format.
func constSafe(text string) bool {
	return strings.HasPrefix(text, `"`) && !strings.Contains(text, "%") || strings.HasSuffix(text, ".GenericMessage") && !strings.Contains(text, "(")
}

// formatIndex returns the index of the format parameter of a printf-style
// call (a string parameter named format, or of a function whose name ends
// in f, followed by a final ...any), or -1.
func formatIndex(info *types.Info, call *ast.CallExpr) int {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return -1
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || !sig.Variadic() || sig.Params().Len() < 2 {
		return -1
	}
	n := sig.Params().Len()
	last, _ := sig.Params().At(n - 1).Type().(*types.Slice)
	if last == nil {
		return -1
	}
	if it, ok := last.Elem().Underlying().(*types.Interface); !ok || !it.Empty() {
		return -1
	}
	format := sig.Params().At(n - 2)
	if b, ok := format.Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
		return -1
	}
	if format.Name() != "format" && !strings.HasSuffix(fn.Name(), "f") && !printfFuncs[funcKey(fn)] {
		return -1
	}
	return n - 2
}

// directive is one %-directive of a format string: its byte range, verb,
// the 0-based index of the argument the verb formats, and whether a * in it
// consumes an argument too.
type directive struct {
	start, end int
	verb       byte
	arg        int
	star       bool
	flags      string
	index      string // the explicit [n] before the verb, if any
	width      string
}

// directives parses format as fmt does. ok is false for a format fmt
// would reject in a way a rewrite could make worse (an unterminated
// directive, a bad index).
func directives(format string) ([]directive, bool) {
	var out []directive
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		d := directive{start: i}
		i++
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			d.flags += string(format[i])
			i++
		}
		index := func() (string, bool) {
			if i >= len(format) || format[i] != '[' {
				return "", true
			}
			j := strings.IndexByte(format[i:], ']')
			if j < 0 {
				return "", false
			}
			n, err := strconv.Atoi(format[i+1 : i+j])
			if err != nil || n < 1 {
				return "", false
			}
			s := format[i : i+j+1]
			i += j + 1
			arg = n - 1
			return s, true
		}
		num := func() string {
			start := i
			if i < len(format) && format[i] == '*' {
				d.star = true
				arg++
				i++
				return "*"
			}
			for i < len(format) && '0' <= format[i] && format[i] <= '9' {
				i++
			}
			return format[start:i]
		}
		idx, ok := index()
		if !ok {
			return nil, false
		}
		if w := num(); w != "" {
			d.width = idx + w
			idx = ""
		}
		if i < len(format) && format[i] == '.' {
			i++
			if p, ok := index(); !ok {
				return nil, false
			} else if p != "" {
				idx = ""
			}
			num()
		}
		if idx2, ok := index(); !ok {
			return nil, false
		} else if idx2 != "" {
			idx = idx2
		}
		d.index = idx
		if i >= len(format) {
			return nil, false
		}
		d.verb = format[i]
		d.end = i + 1
		if d.verb == '%' {
			continue
		}
		d.arg = arg
		arg++
		out = append(out, d)
	}
	return out, true
}

// stringVerb reports whether verb prints a string as its text.
func stringVerb(verb byte) bool {
	return verb == 's' || verb == 'v' || verb == 'q'
}

// asString spells d with the verb s: its width and flags kept (but # which
// %s rejects), its precision dropped (it would cut the message).
func (d directive) asString() string {
	return "%" + strings.ReplaceAll(d.flags, "#", "") + d.width + d.index + "s"
}

// quoteLike quotes s as a Go string literal, raw when e was a raw literal
// and s can be one.
func quoteLike(e ast.Expr, s string) string {
	if lit, ok := ast.Unparen(e).(*ast.BasicLit); ok && lit.Kind == token.STRING && strings.HasPrefix(lit.Value, "`") && !strings.Contains(s, "`") && !strings.Contains(s, "\r") {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}
