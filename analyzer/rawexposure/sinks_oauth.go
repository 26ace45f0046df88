package rawexposure

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// OAuth2 and OpenID Connect error responses. A login or consent app that
// rejects a request hands an error to the authorization server, which
// sends its description and hint to the relying party in the redirect
// (error_description=..., error_hint=...) and often shows them to the
// user: Ory Hydra's RejectOAuth2Request (hydra-client-go), the
// RFC6749Error a fosite provider writes, zitadel/oidc's Error. The rows
// are where the text enters the error: the reject request's body (the
// builder's RejectOAuth2Request(body), on the Execute() line of a one-line
// chain) and fosite's and zitadel's With* builders. A body built earlier
// carries what its fields were set to (a composite literal through
// hydra.PtrString(msg), or the generated setters SetErrorDescription(msg),
// recvSetters). Not rows: fosite's WithDebug (sent only in debug mode).
// Hydra's ErrorDebug is kept in its logs, but the body is judged whole: a
// raw ErrorDebug is reported too (a known limit).

const (
	hydraClient   = "github.com/ory/hydra-client-go/v2"
	fositePkg     = "github.com/ory/fosite"
	zitadelOIDC   = "github.com/zitadel/oidc/v3/pkg/oidc"
	zitadelOIDCv2 = "github.com/zitadel/oidc/v2/pkg/oidc"
)

const oauthError = "the OAuth2 error description the relying party receives and shows"

var oauthSinks = []sink{
	// Ory Hydra: reject the login, consent or logout request with a body.
	{Pkg: hydraClient, Recv: "OAuth2APIRejectOAuth2LoginRequestRequest", Name: "RejectOAuth2Request", Args: []int{0}, Writer: -1, What: oauthError},
	{Pkg: hydraClient, Recv: "OAuth2APIRejectOAuth2ConsentRequestRequest", Name: "RejectOAuth2Request", Args: []int{0}, Writer: -1, What: oauthError},

	// ory/fosite: the hint and description of an RFC 6749 error, written
	// by the provider's WriteAuthorizeError and WriteAccessError.
	{Pkg: fositePkg, Recv: "RFC6749Error", Name: "WithHint", Args: []int{0}, Writer: -1, What: oauthError},
	{Pkg: fositePkg, Recv: "RFC6749Error", Name: "WithHintf", Args: []int{0}, Variadic: true, Writer: -1, What: oauthError},
	{Pkg: fositePkg, Recv: "RFC6749Error", Name: "WithDescription", Args: []int{0}, Writer: -1, What: oauthError},

	// zitadel/oidc: oidc.ErrAccessDenied().WithDescription(format, args...).
	{Pkg: zitadelOIDC, Recv: "Error", Name: "WithDescription", Args: []int{0}, Variadic: true, Writer: -1, What: oauthError},
	{Pkg: zitadelOIDCv2, Recv: "Error", Name: "WithDescription", Args: []int{0}, Variadic: true, Writer: -1, What: oauthError},
}

// oauthPropagators pass their argument on: hydra.PtrString(msg) is a
// pointer to msg (the generated clients' optional fields are pointers).
var oauthPropagators = []string{
	hydraClient + ".PtrString",
}

// recvSetters store their argument in the receiver: the generated
// client's setters of a reject body (rej.SetErrorDescription(msg)), and
// the cookie setters of sinks_web.go (cookieSetters).
var recvSetters = map[string]bool{
	hydraClient + ".RejectOAuth2Request.SetErrorDescription": true,
	hydraClient + ".RejectOAuth2Request.SetErrorHint":        true,
	hydraClient + ".RejectOAuth2Request.SetErrorDebug":       true,
}

// printfFuncs format their arguments although neither their name nor
// their format parameter's says so (printf.go keeps go vet's printf check
// true after a fix).
var printfFuncs = map[string]bool{
	zitadelOIDC + ".Error.WithDescription":   true,
	zitadelOIDCv2 + ".Error.WithDescription": true,
}

func init() {
	for _, k := range oauthPropagators {
		propagatorFuncs[k] = true
	}
}

// setterEffects stores what a setter of recvSetters is given into its
// receiver; it reports whether call was one.
func (fs *fstate) setterEffects(call *ast.CallExpr, fn *types.Func) bool {
	if !recvSetters[funcKey(fn)] {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return true
	}
	t := taint{}
	for _, a := range call.Args {
		t = join(t, fs.eval(a))
	}
	fs.store(setterRoot(fs.pass.TypesInfo, sel.X), t, nil)
	return true
}

// setterRoot is the object a chain of setters returning their receiver
// starts from: params of params.SetTo(to).SetBody(msg).
func setterRoot(info *types.Info, x ast.Expr) ast.Expr {
	for {
		c, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			return x
		}
		sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		fn, _ := typeutil.Callee(info, c).(*types.Func)
		if !ok || fn == nil {
			return x
		}
		sig, _ := fn.Type().(*types.Signature)
		if sig == nil || sig.Recv() == nil || sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), sig.Recv().Type()) {
			return x
		}
		x = sel.X
	}
}
