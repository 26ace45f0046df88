package rawexposure

import (
	"go/ast"
	"go/types"
)

// a-h/templ components. A templ component is a template compiled to Go: a
// function (generated from a .templ file, or written by hand returning a
// templ.ComponentFunc) taking the page's data as parameters or a props
// struct and returning a templ.Component, whose Render writes them. So a
// component carries what it was built from (every argument of a call
// returning a templ.Component: generated components write the strings they
// are given, escaped but readable), and what it carries reaches the user
// where it is rendered into a response: c.Render(ctx, w), or
// templ.Handler(c).ServeHTTP(w, r) (templ.Handler passes the component
// on). The finding is at that call. Rendered into a buffer, nothing is
// reported.

const templPkg = "github.com/a-h/templ"

const templWhat = "the HTML page a templ component renders"

// templServe are the methods of templ's ComponentHandler that render its
// component into their first argument.
var templServe = map[string]bool{
	"ServeHTTP": true, "ServeHTTPBuffered": true, "ServeHTTPBufferedComplete": true,
	"ServeHTTPBufferedFragment": true, "ServeHTTPStreamed": true,
}

func init() {
	propagatorFuncs[templPkg+".Handler"] = true
}

// isComponentType reports whether t is templ.Component.
func isComponentType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == templPkg && n.Obj().Name() == "Component"
}

// componentCtor reports whether a function of signature sig builds a
// templ component: its only result is a templ.Component.
func componentCtor(sig *types.Signature) bool {
	return sig.Results().Len() == 1 && isComponentType(sig.Results().At(0).Type())
}

// componentResults is what a call of a component constructor returns: a
// component carrying all its arguments.
func (fs *fstate) componentResults(call *ast.CallExpr, sig *types.Signature) []taint {
	t := taint{}
	for _, a := range call.Args {
		t = join(t, fs.eval(a))
	}
	return []taint{fit(t, sig.Results().At(0).Type())}
}

// templSink reports whether fn renders a templ component into its writer
// argument: a helper calling it (pagekit.Fail(w, r, status, detail)
// rendering a page with detail) has a parameter reaching a sink, also in a
// package with no SurePassID signal (sinkonly.go).
func templSink(fn *types.Func) bool {
	return pkgPath(fn) == templPkg && isMethod(fn) && (fn.Name() == "Render" || templServe[fn.Name()])
}

// checkTempl checks a render of a templ component into a response; it
// reports whether call is a method of templ that renders one.
func (fs *fstate) checkTempl(call *ast.CallExpr, fn *types.Func) bool {
	if pkgPath(fn) != templPkg || !isMethod(fn) {
		return false
	}
	recv := recvOf(call)
	var w ast.Expr
	switch {
	case fn.Name() == "Render" && len(call.Args) == 2:
		w = call.Args[1]
	case templServe[fn.Name()] && len(call.Args) == 2:
		w = call.Args[0]
	default:
		return false
	}
	if recv == nil || !fs.isResponse(w) {
		return true
	}
	t := fs.eval(recv)
	if t.kind == kCodeValue {
		t.kind = kCode
	}
	fs.noteParams(t, templWhat, shortName(fn))
	if t.kind != kNone {
		fs.reportHits(call, []found{{arg: recv, slot: fs.pass.TypesInfo.TypeOf(recv), t: t}}, templWhat, "")
	}
	return true
}
