package rawexposure

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// Handlers of another package registered here. The package that builds
// the app (main, usually) is the only one that sees both the app's error
// handler and the handlers, which live in another package and return the
// client's errors as they are; their package judged them by the
// framework's default. A handler of another package whose error result
// carries a raw value (its fact) is reported where it is registered when
// what this package registers it with writes the error's text:
//   - an echo app whose HTTPErrorHandler sends it (echo's default does
//     not, so the handler's package was quiet);
//   - an adapter of this package: a function whose parameter's returned
//     errors reach a sink (func wrap(h func(w, r) error) http.HandlerFunc)
//     or a conversion to, or parameter of, an error-returning handler type
//     whose ServeHTTP writes err.Error().
// fiber's default error handler sends err.Error(), so a fiber handler's
// package reports its returns already. There is no fix here: the handler
// is in another package.

// reportRegistered reports the handlers of other packages registered in
// the package whose returned errors this package sends.
func (st *state) reportRegistered() {
	if len(st.pass.Files) == 0 {
		return
	}
	fs := st.newFstate(unit{file: st.pass.Files[0], node: &ast.BlockStmt{}}, nil, true)
	info := st.pass.TypesInfo
	seen := map[ast.Expr]bool{}
	check := func(arg ast.Expr, why string) {
		fn := funcNamed(info, arg)
		if fn == nil || fn.Pkg() == nil || fn.Pkg() == st.pass.Pkg || seen[arg] {
			return
		}
		sig, _ := fn.Type().(*types.Signature)
		if sig == nil || !returnsError(sig) {
			return
		}
		sum := st.summaryOf(fn)
		last := sig.Results().Len() - 1
		if sum == nil || last >= len(sum.results) || sum.results[last].kind == kNone {
			return
		}
		if f := st.pass.Fset.File(arg.Pos()); f == nil || generatedFile(st.pass, arg) {
			return
		}
		seen[arg] = true
		t := sum.results[last]
		st.pass.Report(analysis.Diagnostic{
			Pos:      arg.Pos(),
			End:      arg.End(),
			Category: t.kind.category(),
			Message:  fmt.Sprintf("raw SurePassID %s (from %s) returned by %s, %s", t.kind, t.from, shortName(fn), why),
		})
	}
	wa := fs.webAppsOf()
	for _, file := range st.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			parent, _, ok := fs.appRouterCall(call)
			if !ok || wa.apps[parent] != appSends {
				return true
			}
			for _, arg := range call.Args {
				if fn := funcNamed(info, arg); fn != nil {
					if sig, _ := fn.Type().(*types.Signature); sig != nil && echoHandlerSig(sig) {
						check(arg, "whose errors the app's HTTPErrorHandler writes to the client")
					}
				}
			}
			return true
		})
	}
	fs.eachAdapted(func(arg ast.Expr, _ string) {
		check(arg, "whose errors the adapter it is passed to writes to the client")
	})
}

// generatedFile reports whether n is in a generated file of the package.
func generatedFile(pass *analysis.Pass, n ast.Node) bool { return generatedAt(pass, n.Pos()) }

// generatedAt reports whether pos is in a generated file of the package.
func generatedAt(pass *analysis.Pass, pos token.Pos) bool {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos < f.FileEnd {
			return ast.IsGenerated(f)
		}
	}
	return false
}
