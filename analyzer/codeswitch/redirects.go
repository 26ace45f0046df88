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
// /login/failed. So is a sign-in page (signInPages). Any other target
// (/dashboard, the next URL, /login/otp) accepts.
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
		parts := c.constantParts(arg, 3)
		for _, text := range parts {
			if hasErrorWord(text) {
				return true, true
			}
		}
		if len(parts) > 0 && signInPage(parts[0]) && strings.HasPrefix(parts[0], "/") && !reportsCompletion(parts) {
			return true, true // back to /login: not signed in
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

// signInPages are the last path segments of a sign-in page: a redirect
// back to one (http.Redirect(w, r, "/login", 303), "/auth/signin?next="+u)
// sends the user to sign in again, a rejection; a step after it
// (/login/otp) is not one.
var signInPages = map[string]bool{"login": true, "signin": true, "sign-in": true, "sign_in": true, "logon": true}

// signInPage reports whether target, a path the redirect starts with,
// ends at a sign-in page.
func signInPage(target string) bool {
	path, _, _ := strings.Cut(target, "?")
	path, _, _ = strings.Cut(path, "#")
	path = strings.TrimSuffix(path, "/")
	return signInPages[strings.ToLower(path[strings.LastIndexByte(path, '/')+1:])]
}

// reportsCompletion reports whether the query of a redirect target, its
// constant parts, says a step is done by a word of completionWords
// (/login?reset=1, /signin?password_changed=true, /login?registered):
// the sign-in page after a password reset or a sign-up, where the user
// goes on, not back.
func reportsCompletion(parts []string) bool {
	_, query, ok := strings.Cut(strings.Join(parts, ""), "?")
	if !ok {
		return false
	}
	for _, chunk := range strings.FieldsFunc(query, func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, w := range splitWords(chunk) {
			if completionWords[w] {
				return true
			}
		}
	}
	return false
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
