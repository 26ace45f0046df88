package codeswitch

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"unicode"
)

// errorPageWords are the words of a redirect target that make it an error
// page (see "Fails closed" in doc.go): /login?error=otp, /mfa?err=locked,
// /login/failed. Any other target (/dashboard, the next URL) accepts.
var errorPageWords = map[string]bool{
	"error": true, "errors": true, "err": true, "fail": true, "failed": true, "failure": true,
	"denied": true, "locked": true, "lockout": true, "forbidden": true, "unauthorized": true,
	"blocked": true, "rejected": true, "refused": true, "invalid": true, "declined": true,
	"unavailable": true, "expired": true, "disabled": true, "suspended": true, "unable": true,
}

// redirect reports whether call redirects the client (net/http's Redirect,
// a method named Redirect of a web framework's context: gin's, echo's,
// fiber's), and whether its target is an error page: the constant text of
// its string argument (a literal, the constant parts of a concatenation, a
// fmt.Sprintf format) holds a word of errorPageWords, or the target is built
// from an error value.
func (c *checker) redirect(call *ast.CallExpr) (isRedirect, errorPage bool) {
	fn, ok := c.callee(call).(*types.Func)
	if !ok || fn.Name() != "Redirect" {
		return false, false
	}
	sig := fn.Signature()
	if sig.Recv() == nil && (fn.Pkg() == nil || fn.Pkg().Path() != "net/http") {
		return false, false
	}
	for i, arg := range call.Args {
		if i >= sig.Params().Len() {
			break
		}
		if b, ok := sig.Params().At(i).Type().Underlying().(*types.Basic); !ok || b.Kind() != types.String {
			continue
		}
		for _, text := range c.constantParts(arg, 3) {
			if hasErrorWord(text) {
				return true, true
			}
		}
		if c.carriesError(arg) {
			return true, true
		}
	}
	return true, false
}

// carriesError reports whether a redirect target is built from an error
// value ("/recover?e="+url.QueryEscape(err.Error())): the page shows the
// failure, so the redirect rejects whatever its constant text says.
func (c *checker) carriesError(e ast.Expr) bool {
	errType := types.Universe.Lookup("error").Type()
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		x, ok := n.(ast.Expr)
		if !ok || found {
			return !found
		}
		if t := c.pass.TypesInfo.TypeOf(x); t != nil && types.Identical(t, errType) {
			found = true
		}
		return !found
	})
	return found
}

// constantParts returns the constant text of e: e itself when constant, the
// parts of a concatenation, the format of a fmt.Sprintf, the text a
// net/url function escapes.
func (c *checker) constantParts(e ast.Expr, depth int) []string {
	info := c.pass.TypesInfo
	if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return []string{constant.StringVal(tv.Value)}
	}
	if depth == 0 {
		return nil
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			return append(c.constantParts(x.X, depth-1), c.constantParts(x.Y, depth-1)...)
		}
	case *ast.CallExpr:
		if fn, ok := c.callee(x).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" && fn.Name() == "Sprintf" && len(x.Args) > 0 {
			return c.constantParts(x.Args[0], depth-1)
		}
		if fn, ok := c.callee(x).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "net/url" && len(x.Args) == 1 {
			return c.constantParts(x.Args[0], depth-1) // url.QueryEscape("Service unavailable.")
		}
	}
	return nil
}

// hasErrorWord reports whether text holds a word of errorPageWords.
func hasErrorWord(text string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if errorPageWords[w] {
			return true
		}
	}
	return false
}
