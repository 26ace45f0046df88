package rawexposure

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// handlerShape is one framework's rule for what it sends of what a handler
// returns: which functions are its handlers, whether the errors they
// return reach the client under the application's configuration, whether
// the other results are the response, and the error a fix returns. The
// shapes are data: handlerShapes is the whole model of returned values.
type handlerShape struct {
	name    string   // the handler, for messages: "a connect handler"
	errWhat string   // "<name>: <what the framework does with a returned error>"
	pkgs    []string // a package importing none of these has no such handler
	// active, for a shape of no framework (pkgs nil), reports whether the
	// package may have such handlers.
	active func(fs *fstate) bool
	// helper: a declared function of the shape that the package calls
	// itself is a helper (its caller decides what is sent), not a handler.
	helper bool
	// body: the results before the error are the response sent.
	body bool
	// bare: a handler may have no error result, every result being the
	// response (a graphql-go field resolver func (p *payload) Message()
	// *string).
	bare bool
	// isFunc and isLit recognize a declared function (or method) and a
	// function literal; either may be nil.
	isFunc func(fs *fstate, fn *types.Func, sig *types.Signature) bool
	isLit  func(fs *fstate, lit *ast.FuncLit, sig *types.Signature) bool
	// sends reports whether the errors handler h returns reach the client
	// under the error handler or presenter of the application serving it
	// (nil: always).
	sendsFn func(fs *fstate, sig *types.Signature, h handlerRef) bool
	// safeErr returns the text of an error the framework sends with the
	// safe text and the status the client got, and the imports it needs.
	safeErr func(fs *fstate, sig *types.Signature, pos token.Pos, safe string, taken map[string]bool) (string, []imp, bool)
	// keepErr, where set, is the error the fix returns in its guard form
	// (`if err != nil { return <it> }`): the safe text with the status
	// the handler's own error err carries (status.Code(err) for gRPC),
	// so the client still gets the status the code chose.
	keepErr func(fs *fstate, pos token.Pos, err, safe string, taken map[string]bool) (string, []imp, bool)
}

// handlerRef is the handler being checked: a declared function or a literal.
type handlerRef struct {
	fn  *types.Func
	lit *ast.FuncLit
}

func (h *handlerShape) sends(fs *fstate, sig *types.Signature, ref handlerRef) bool {
	return h.sendsFn == nil || h.sendsFn(fs, sig, ref)
}

// handlerShapes: fiber and gRPC (returns.go), connect-go, twirp, gqlgen,
// graph-gophers/graphql-go, huma v2 and go-kit endpoints. The first shape
// a function matches is its shape. (Set in init: the shapes' functions
// reach the analysis, which consults the table.)
var handlerShapes []*handlerShape

func init() { handlerShapes = append(shapeTable(), sshBannerShape) } // sinks_ssh.go

func shapeTable() []*handlerShape {
	return []*handlerShape{
		{
			name:    fiberShapeName,
			errWhat: "a fiber handler: fiber's default error handler sends err.Error() to the client",
			pkgs:    []string{fiberPkg, fiber3Pkg},
			helper:  true,
			isFunc:  func(_ *fstate, _ *types.Func, sig *types.Signature) bool { return fiberHandlerPkg(sig) != "" },
			isLit:   func(_ *fstate, _ *ast.FuncLit, sig *types.Signature) bool { return fiberHandlerPkg(sig) != "" },
			sendsFn: func(fs *fstate, sig *types.Signature, h handlerRef) bool {
				return fs.fiberHandlerSends(fiberHandlerPkg(sig), h)
			},
			safeErr: func(fs *fstate, sig *types.Signature, pos token.Pos, safe string, taken map[string]bool) (string, []imp, bool) {
				name, im, ok := fs.importNameAvoid(fiberHandlerPkg(sig), pos, []string{"fiber", "gofiber"}, taken)
				return name + ".NewError(" + name + ".StatusInternalServerError, " + safe + ")", im, ok
			},
		},
		{
			name:    echoShapeName,
			errWhat: "an echo handler: the app's HTTPErrorHandler sends err.Error() to the client",
			pkgs:    []string{echoPkg, echo5Pkg},
			helper:  true,
			isFunc:  func(_ *fstate, _ *types.Func, sig *types.Signature) bool { return echoHandlerSig(sig) },
			isLit:   func(_ *fstate, _ *ast.FuncLit, sig *types.Signature) bool { return echoHandlerSig(sig) },
			sendsFn: func(fs *fstate, _ *types.Signature, h handlerRef) bool { return fs.echoHandlerSends(h) },
			safeErr: stdErrorsNew,
		},
		{
			// kratos v2 transport/http: a route's HandlerFunc. The
			// server's error encoder (DefaultErrorEncoder, and the custom
			// ones built on errors.FromError) turns a plain error into
			// UNKNOWN with err.Error() as the message it sends.
			name:    "a kratos HTTP handler",
			errWhat: "a kratos HTTP handler: the error encoder sends a plain error's text as the message (errors.FromError)",
			pkgs:    []string{kratosHTTP},
			helper:  true,
			isFunc:  func(_ *fstate, _ *types.Func, sig *types.Signature) bool { return kratosHandlerSig(sig) },
			isLit:   func(_ *fstate, _ *ast.FuncLit, sig *types.Signature) bool { return kratosHandlerSig(sig) },
			safeErr: stdErrorsNew,
		},
		{
			name:    "a gRPC method",
			errWhat: "a gRPC method: grpc-go sends a non-status error's text to the client (codes.Unknown)",
			pkgs:    []string{grpcPkg},
			body:    true,
			isFunc:  func(fs *fstate, fn *types.Func, _ *types.Signature) bool { return fs.grpcServiceMethod(fn) },
			safeErr: grpcUnknownError,
			keepErr: grpcKeptError,
		},
		{
			// grpc.UnaryServerInterceptor, grpc.StreamServerInterceptor:
			// grpc-go sends what the interceptor returns as it sends a
			// method's error. The error handler(ctx, req) returns is the
			// method's, judged there.
			name:    "a gRPC server interceptor",
			errWhat: "a gRPC server interceptor: grpc-go sends a non-status error's text to the client (codes.Unknown)",
			pkgs:    []string{grpcPkg},
			helper:  true,
			isFunc:  func(_ *fstate, _ *types.Func, sig *types.Signature) bool { return grpcInterceptorSig(sig) },
			isLit:   func(_ *fstate, _ *ast.FuncLit, sig *types.Signature) bool { return grpcInterceptorSig(sig) },
			safeErr: grpcUnknownError,
			keepErr: grpcKeptError,
		},
		{
			name:    "a connect handler",
			errWhat: "a connect handler: connect sends a non-connect error's text to the client (CodeUnknown)",
			pkgs:    []string{connectPkg},
			helper:  true,
			body:    true,
			isFunc: func(fs *fstate, fn *types.Func, sig *types.Signature) bool {
				return connectHandlerSig(sig) || fs.serviceMethod(fn, connectPkg, "Handler")
			},
			isLit: func(_ *fstate, _ *ast.FuncLit, sig *types.Signature) bool { return connectHandlerSig(sig) },
			safeErr: func(fs *fstate, _ *types.Signature, pos token.Pos, safe string, taken map[string]bool) (string, []imp, bool) {
				cn, im, ok := fs.importNameAvoid(connectPkg, pos, []string{"connect", "connectrpc"}, taken)
				if !ok {
					return "", nil, false
				}
				taken[cn] = true
				en, im2, ok := fs.importNameAvoid("errors", pos, []string{"errors", "stderrors"}, taken)
				return cn + ".NewError(" + cn + ".CodeUnknown, " + en + ".New(" + safe + "))", append(im, im2...), ok
			},
			keepErr: func(fs *fstate, pos token.Pos, err, safe string, taken map[string]bool) (string, []imp, bool) {
				cn, im, ok := fs.importNameAvoid(connectPkg, pos, []string{"connect", "connectrpc"}, taken)
				if !ok {
					return "", nil, false
				}
				taken[cn] = true
				en, im2, ok := fs.importNameAvoid("errors", pos, []string{"errors", "stderrors"}, taken)
				return cn + ".NewError(" + cn + ".CodeOf(" + err + "), " + en + ".New(" + safe + "))", append(im, im2...), ok
			},
		},
		{
			name:    "a twirp method",
			errWhat: "a twirp method: twirp sends a non-twirp error's text to the client (twirp.Internal)",
			pkgs:    []string{twirpPkg},
			body:    true,
			isFunc: func(fs *fstate, fn *types.Func, _ *types.Signature) bool {
				return fs.serviceMethod(fn, twirpPkg, "Server")
			},
			safeErr: func(fs *fstate, _ *types.Signature, pos token.Pos, safe string, taken map[string]bool) (string, []imp, bool) {
				tw, im, ok := fs.importNameAvoid(twirpPkg, pos, []string{"twirp"}, taken)
				return tw + ".InternalError(" + safe + ")", im, ok
			},
		},
		{
			name:    gqlgenShapeName,
			errWhat: "a gqlgen resolver: the default error presenter sends err.Error() as errors[].message",
			pkgs:    []string{gqlgenPkg},
			body:    true,
			isFunc:  func(fs *fstate, fn *types.Func, _ *types.Signature) bool { return fs.gqlgenResolver(fn) },
			sendsFn: func(fs *fstate, _ *types.Signature, h handlerRef) bool { return fs.gqlgenSends(h.fn) },
			safeErr: stdErrorsNew,
		},
		{
			name:    "a graphql-go resolver",
			errWhat: "a graphql-go resolver: graphql-go sends err.Error() as errors[].message",
			pkgs:    []string{gophersPkg},
			body:    true,
			bare:    true,
			isFunc: func(fs *fstate, fn *types.Func, _ *types.Signature) bool {
				return fs.handlerIndex().gophers[fn.Origin()]
			},
			safeErr: stdErrorsNew,
		},
		{
			name:    "a graphql-go/graphql resolver",
			errWhat: "a graphql-go/graphql resolver: the executor sends err.Error() as errors[].message",
			pkgs:    []string{graphqlGo},
			helper:  true,
			body:    true,
			isFunc:  func(_ *fstate, _ *types.Func, sig *types.Signature) bool { return fieldResolveSig(sig) },
			isLit:   func(_ *fstate, _ *ast.FuncLit, sig *types.Signature) bool { return fieldResolveSig(sig) },
			safeErr: stdErrorsNew,
		},
		{
			name:    "a net/rpc method",
			errWhat: "a net/rpc method: the server sends err.Error() to the client as the response's error",
			pkgs:    []string{netRPC},
			isFunc: func(fs *fstate, fn *types.Func, sig *types.Signature) bool {
				return netRPCMethodSig(fn, sig) && fs.handlerIndex().rpcTypes[recvNamed(sig.Recv().Type())]
			},
			safeErr: stdErrorsNew,
		},
		{
			// A net/rpc service registered in another package (main's
			// server.RegisterName("Agent", svc), served with jsonrpc):
			// recognized by its own shape (rpcServiceTypes).
			name:    "a net/rpc method",
			errWhat: "a net/rpc method: the server sends err.Error() to the client as the response's error",
			active:  func(fs *fstate) bool { return len(fs.rpcServices()) > 0 },
			isFunc: func(fs *fstate, fn *types.Func, sig *types.Signature) bool {
				return netRPCMethodSig(fn, sig) && fs.rpcServices()[recvNamed(sig.Recv().Type())]
			},
			safeErr: stdErrorsNew,
		},
		{
			// gorilla/rpc (v1 and v2, its json and json2 codecs): a service
			// registered with RegisterService; the codecs send err.Error()
			// as the response's error (json2: its message).
			name:    "a gorilla/rpc method",
			errWhat: "a gorilla/rpc method: the codec sends err.Error() to the client as the response's error",
			pkgs:    []string{gorillaRPC, gorillaRPC2},
			isFunc: func(fs *fstate, fn *types.Func, sig *types.Signature) bool {
				return gorillaRPCMethodSig(fn, sig) && fs.handlerIndex().rpcTypes[recvNamed(sig.Recv().Type())]
			},
			safeErr: stdErrorsNew,
		},
		{
			// iris mvc: a controller's HTTP-method method (Get, PostLogin,
			// ...) returning an error; iris' dispatcher writes err.Error()
			// as the body (status 400 unless set), and the other results
			// as the response.
			name:    "an iris mvc controller method",
			errWhat: "an iris mvc controller method: iris writes a returned error's text to the response",
			pkgs:    []string{irisMVC},
			body:    true,
			isFunc:  func(_ *fstate, fn *types.Func, sig *types.Signature) bool { return irisControllerMethod(fn, sig) },
			safeErr: stdErrorsNew,
		},
		{
			name:    "a fuego handler",
			errWhat: "a fuego handler: fuego sends a returned error's text to a client accepting text/html",
			pkgs:    []string{fuegoPkg},
			helper:  true,
			body:    true,
			isFunc:  func(_ *fstate, _ *types.Func, sig *types.Signature) bool { return fuegoHandlerSig(sig) },
			isLit:   func(_ *fstate, _ *ast.FuncLit, sig *types.Signature) bool { return fuegoHandlerSig(sig) },
			safeErr: func(fs *fstate, _ *types.Signature, pos token.Pos, safe string, taken map[string]bool) (string, []imp, bool) {
				f, im, ok := fs.importNameAvoid(fuegoPkg, pos, []string{"fuego"}, taken)
				return f + ".InternalServerError{Detail: " + safe + "}", im, ok
			},
		},
		{
			name:    "a bunrouter handler",
			errWhat: "a bunrouter handler: the app's error middleware writes err.Error() to the client",
			pkgs:    []string{bunrouterPkg},
			helper:  true,
			isFunc:  func(_ *fstate, _ *types.Func, sig *types.Signature) bool { return bunrouterHandlerSig(sig) },
			isLit:   func(_ *fstate, _ *ast.FuncLit, sig *types.Signature) bool { return bunrouterHandlerSig(sig) },
			sendsFn: func(fs *fstate, _ *types.Signature, _ handlerRef) bool { return fs.bunrouterSends() },
			safeErr: stdErrorsNew,
		},
		{
			name:    "a huma handler",
			errWhat: "a huma handler: huma sends a plain error's text in the 500 response's errors[].message",
			pkgs:    []string{humaPkg},
			body:    true,
			isFunc: func(fs *fstate, fn *types.Func, _ *types.Signature) bool {
				return fs.handlerIndex().humaFuncs[fn.Origin()]
			},
			isLit:   func(fs *fstate, lit *ast.FuncLit, _ *types.Signature) bool { return fs.handlerIndex().humaLits[lit] },
			sendsFn: func(fs *fstate, _ *types.Signature, _ handlerRef) bool { return fs.humaSendsErrors() },
			safeErr: func(fs *fstate, _ *types.Signature, pos token.Pos, safe string, taken map[string]bool) (string, []imp, bool) {
				h, im, ok := fs.importNameAvoid(humaPkg, pos, []string{"huma"}, taken)
				return h + ".Error500InternalServerError(" + safe + ")", im, ok
			},
		},
		{
			name:    kitShapeName,
			errWhat: "a go-kit endpoint: the default error encoder sends err.Error() to the client",
			pkgs:    []string{kitEndpoint},
			helper:  true,
			body:    true,
			isFunc:  func(_ *fstate, _ *types.Func, sig *types.Signature) bool { return kitEndpointSig(sig) },
			isLit:   func(_ *fstate, _ *ast.FuncLit, sig *types.Signature) bool { return kitEndpointSig(sig) },
			sendsFn: func(fs *fstate, _ *types.Signature, h handlerRef) bool { return fs.kitEndpointSends(h) },
			safeErr: stdErrorsNew,
		},
		{
			name:    "a Cognito trigger",
			errWhat: "a Cognito user pool trigger: Cognito relays the error's text to the client app",
			pkgs:    []string{lambdaEvents},
			helper:  true,
			isFunc:  func(_ *fstate, _ *types.Func, sig *types.Signature) bool { return cognitoTriggerSig(sig) },
			isLit:   func(_ *fstate, _ *ast.FuncLit, sig *types.Signature) bool { return cognitoTriggerSig(sig) },
			safeErr: stdErrorsNew,
		},
		{
			// An HTTP API or Function URL handler returning its own JSON
			// (sinks_serverless.go), started by the package itself
			// (lambda.Start(handler)): the value is the body; a returned
			// error is a generic 502.
			name:    "an HTTP API or Function URL handler",
			errWhat: "an HTTP API or Function URL handler: API Gateway answers a generic 502",
			pkgs:    []string{lambdaEvents},
			helper:  true,
			body:    true,
			isFunc: func(fs *fstate, fn *types.Func, sig *types.Signature) bool {
				return lambdaJSONHandlerSig(sig) && fs.handlerIndex().lambdaFns[fn.Origin()]
			},
			isLit: func(fs *fstate, lit *ast.FuncLit, sig *types.Signature) bool {
				return lambdaJSONHandlerSig(sig) && fs.handlerIndex().lambdaLit[lit]
			},
			sendsFn: func(*fstate, *types.Signature, handlerRef) bool { return false },
			safeErr: stdErrorsNew,
		},
		{
			// oapi-codegen strict servers and other self-writing
			// responses (strict.go).
			name:    strictShapeName,
			errWhat: "a strict handler: the strict server's ResponseErrorHandlerFunc writes err.Error() to the client",
			active:  func(fs *fstate) bool { return fs.strictActive() },
			helper:  true,
			body:    true,
			isFunc:  func(fs *fstate, _ *types.Func, sig *types.Signature) bool { return strictHandlerSig(fs.pass, sig) },
			isLit: func(fs *fstate, lit *ast.FuncLit, _ *types.Signature) bool {
				_, ok := fs.strictIdx().middleware[lit]
				return ok
			},
			sendsFn: func(fs *fstate, sig *types.Signature, h handlerRef) bool { return fs.strictSends(sig, h) },
			safeErr: stdErrorsNew,
		},
		{
			name:    inHouseShapeName,
			errWhat: "an in-house handler: its adapter writes err.Error() to the response",
			active:  func(fs *fstate) bool { return len(fs.adapted()) > 0 },
			isFunc:  func(fs *fstate, fn *types.Func, _ *types.Signature) bool { return fs.adapted()[fn.Origin()] },
			isLit:   func(fs *fstate, lit *ast.FuncLit, _ *types.Signature) bool { return fs.adapted()[lit] },
			safeErr: stdErrorsNew,
		},
	}
}

// The names of the shapes whose error constructors' text reaches the user
// through the app's error handler (fiberapps.go), and of go-kit's, whose
// Failer responses' errors reach its error encoder (kitfailer.go).
const (
	fiberShapeName  = "a fiber handler"
	echoShapeName   = "an echo handler"
	kitShapeName    = "a go-kit endpoint"
	gqlgenShapeName = "a gqlgen resolver"
)

// echoHandlerSig reports whether sig is an echo handler's: func(echo.
// Context) error (v4) or func(*echo.Context) error (v5).
func echoHandlerSig(sig *types.Signature) bool {
	if sig.Params().Len() != 1 || sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), typex.ErrorType) {
		return false
	}
	pt := sig.Params().At(0).Type()
	if p, ok := types.Unalias(pt).(*types.Pointer); ok {
		return typex.IsNamed(p.Elem(), echo5Pkg, "Context")
	}
	return typex.IsNamed(pt, echoPkg, "Context")
}

// kratosHandlerSig reports whether sig is kratos transport/http's
// HandlerFunc: func(http.Context) error.
func kratosHandlerSig(sig *types.Signature) bool {
	return sig.Params().Len() == 1 && sig.Results().Len() == 1 &&
		types.Identical(sig.Results().At(0).Type(), typex.ErrorType) &&
		typex.IsNamed(sig.Params().At(0).Type(), kratosHTTP, "Context")
}

// fieldResolveSig reports whether sig is graphql-go/graphql's
// FieldResolveFn: func(p graphql.ResolveParams) (interface{}, error).
func fieldResolveSig(sig *types.Signature) bool {
	return sig.Params().Len() == 1 && sig.Results().Len() == 2 &&
		typex.IsNamed(sig.Params().At(0).Type(), graphqlGo, "ResolveParams") &&
		isEmptyInterface(sig.Results().At(0).Type()) &&
		types.Identical(sig.Results().At(1).Type(), typex.ErrorType)
}

// netRPCMethodSig reports whether fn is a method net/rpc serves (its
// suitableMethods): exported, func (t *T) M(args A, reply *R) error.
func netRPCMethodSig(fn *types.Func, sig *types.Signature) bool {
	if sig.Recv() == nil || !fn.Exported() || sig.Params().Len() != 2 || sig.Results().Len() != 1 {
		return false
	}
	if _, ok := types.Unalias(sig.Params().At(1).Type()).(*types.Pointer); !ok {
		return false
	}
	return types.Identical(sig.Results().At(0).Type(), typex.ErrorType)
}

// rpcServices returns the package's types that are net/rpc services
// registered elsewhere (rpcServiceTypes), computed once.
func (st *state) rpcServices() map[*types.Named]bool {
	if st.rpcSvcs == nil {
		st.rpcSvcs = rpcServiceTypes(st.pass.Pkg, st.pass.Files)
	}
	return st.rpcSvcs
}

// rpcReplyWhat is what a net/rpc reply's fields reach.
const rpcReplyWhat = "the net/rpc reply sent to the client"

// rpcReplyRow returns the row of field v of a reply struct of a net/rpc
// service registered elsewhere (rpcServices): the server encodes the
// reply a method fills in as the response's result.
func (st *state) rpcReplyRow(v *types.Var) (fieldSink, bool) {
	if v.Pkg() != st.pass.Pkg {
		return fieldSink{}, false
	}
	if st.rpcReplies == nil {
		st.rpcReplies = map[*types.Var]fieldSink{}
		for n := range st.rpcServices() {
			for i := 0; i < n.NumMethods(); i++ {
				fn := n.Method(i)
				if !fn.Exported() || fn.Signature().Params().Len() != 2 {
					continue
				}
				r := recvNamed(fn.Signature().Params().At(1).Type())
				if r == nil {
					continue
				}
				s, _ := r.Underlying().(*types.Struct)
				for j := 0; s != nil && j < s.NumFields(); j++ {
					f := s.Field(j)
					st.rpcReplies[f] = fieldSink{Pkg: st.pass.Pkg.Path(), Type: r.Obj().Name(), Field: f.Name(), What: rpcReplyWhat}
				}
			}
		}
	}
	row, ok := st.rpcReplies[v.Origin()]
	return row, ok
}

// rpcServiceTypes returns the named types of pkg that are net/rpc services
// whatever package registers them: at least two exported methods, every
// exported method of the form func (t *T) M(args *A, reply *R) error with
// A and R struct types of pkg, and either the type's or the package's doc
// comment naming RPC (net/rpc, JSON-RPC) or every argument type named
// <X>Args and every reply type <X>Reply, net/rpc's own convention. A store
// whose Get(key string, out *Item) error reads into its argument is none.
func rpcServiceTypes(pkg *types.Package, files []*ast.File) map[*types.Named]bool {
	out := map[*types.Named]bool{}
	if pkg == nil {
		return out
	}
	local := func(t types.Type) (string, bool) {
		n, ok := types.Unalias(typex.Deref(t)).(*types.Named)
		if !ok || n.Obj().Pkg() != pkg {
			return "", false
		}
		_, isStruct := n.Underlying().(*types.Struct)
		return n.Obj().Name(), isStruct
	}
	docs := map[string]bool{} // type names whose doc names RPC
	pkgDoc := false
	for _, f := range files {
		if f.Doc != nil && namesRPC(f.Doc.Text()) {
			pkgDoc = true
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, sp := range gd.Specs {
				ts := sp.(*ast.TypeSpec)
				if doc := ts.Doc; doc != nil && namesRPC(doc.Text()) || len(gd.Specs) == 1 && gd.Doc != nil && namesRPC(gd.Doc.Text()) {
					docs[ts.Name.Name] = true
				}
			}
		}
	}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || types.IsInterface(n) {
			continue
		}
		served, conventional := 0, true
		for i := 0; i < n.NumMethods(); i++ {
			fn := n.Method(i)
			if !fn.Exported() {
				continue
			}
			sig := fn.Signature()
			if !netRPCMethodSig(fn, sig) {
				served = -1
				break
			}
			arg, argOK := local(sig.Params().At(0).Type())
			reply, replyOK := local(sig.Params().At(1).Type())
			if !argOK || !replyOK {
				served = -1
				break
			}
			served++
			conventional = conventional && strings.HasSuffix(arg, "Args") && strings.HasSuffix(reply, "Reply")
		}
		if served >= 2 && (conventional || docs[name] || pkgDoc) {
			out[n] = true
		}
	}
	return out
}

// namesRPC reports whether a doc comment names net/rpc or JSON-RPC.
func namesRPC(doc string) bool {
	doc = strings.ToLower(doc)
	return strings.Contains(doc, "net/rpc") || strings.Contains(doc, "json-rpc") || strings.Contains(doc, "jsonrpc")
}

// gorillaRPCMethodSig reports whether fn is a method gorilla/rpc serves:
// exported, func (t *T) M(r *http.Request, args *A, reply *R) error.
func gorillaRPCMethodSig(fn *types.Func, sig *types.Signature) bool {
	if sig.Recv() == nil || !fn.Exported() || sig.Params().Len() != 3 || sig.Results().Len() != 1 {
		return false
	}
	if !typex.IsNamed(typex.Deref(sig.Params().At(0).Type()), "net/http", "Request") {
		return false
	}
	if _, ok := types.Unalias(sig.Params().At(2).Type()).(*types.Pointer); !ok {
		return false
	}
	return types.Identical(sig.Results().At(0).Type(), typex.ErrorType)
}

// irisMVCVerbs are the prefixes of the controller methods iris mvc routes.
var irisMVCVerbs = []string{"Get", "Post", "Put", "Delete", "Patch", "Head", "Options", "Connect", "Trace", "Any"}

// irisControllerMethod reports whether fn is an iris mvc route: an
// exported method named for an HTTP method (Get, GetDevices, PostBy) of a
// struct type that has an iris context field or is named <X>Controller,
// returning an error last.
func irisControllerMethod(fn *types.Func, sig *types.Signature) bool {
	if sig.Recv() == nil || !fn.Exported() || sig.Results().Len() == 0 ||
		!types.Identical(sig.Results().At(sig.Results().Len()-1).Type(), typex.ErrorType) {
		return false
	}
	verb := false
	for _, v := range irisMVCVerbs {
		if rest, ok := strings.CutPrefix(fn.Name(), v); ok && (rest == "" || rest[0] >= 'A' && rest[0] <= 'Z') {
			verb = true
		}
	}
	n := recvNamed(sig.Recv().Type())
	if !verb || n == nil {
		return false
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	if strings.HasSuffix(n.Obj().Name(), "Controller") {
		return true
	}
	for i := 0; i < st.NumFields(); i++ {
		if typex.IsNamed(typex.Deref(st.Field(i).Type()), irisCtx, "Context") {
			return true
		}
	}
	return false
}

// grpcUnknownError is the fix's error for gRPC methods and interceptors:
// status.Error(codes.Unknown, <safe>), the status the client got.
func grpcUnknownError(fs *fstate, _ *types.Signature, pos token.Pos, safe string, taken map[string]bool) (string, []imp, bool) {
	if fs.imports[grpcStatus] == nil || fs.imports[grpcCodes] == nil {
		return "", nil, false
	}
	st, im, ok := fs.importNameAvoid(grpcStatus, pos, []string{"status", "grpcstatus"}, taken)
	if !ok {
		return "", nil, false
	}
	taken[st] = true
	gc, im2, ok := fs.importNameAvoid(grpcCodes, pos, []string{"codes", "grpccodes"}, taken)
	return st + ".Error(" + gc + ".Unknown, " + safe + ")", append(im, im2...), ok
}

// grpcKeptError is the guard form's error for gRPC methods and
// interceptors: status.Error(status.Code(err), <safe>), the status err
// carries (codes.Unknown for a plain error, as grpc-go would send).
func grpcKeptError(fs *fstate, pos token.Pos, err, safe string, taken map[string]bool) (string, []imp, bool) {
	if fs.imports[grpcStatus] == nil {
		return "", nil, false
	}
	st, im, ok := fs.importNameAvoid(grpcStatus, pos, []string{"status", "grpcstatus"}, taken)
	return st + ".Error(" + st + ".Code(" + err + "), " + safe + ")", im, ok
}

// grpcInterceptorSig reports whether sig is a grpc-go server interceptor's:
// func(ctx, req any, *grpc.UnaryServerInfo, grpc.UnaryHandler) (any,
// error) or func(srv any, grpc.ServerStream, *grpc.StreamServerInfo,
// grpc.StreamHandler) error.
func grpcInterceptorSig(sig *types.Signature) bool {
	if sig.Params().Len() != 4 || !returnsError(sig) {
		return false
	}
	p, ok := types.Unalias(sig.Params().At(2).Type()).(*types.Pointer)
	return ok && (typex.IsNamed(p.Elem(), grpcRoot, "UnaryServerInfo") || typex.IsNamed(p.Elem(), grpcRoot, "StreamServerInfo"))
}

// stdErrorsNew is the fix's error for frameworks that send a plain error's
// text: errors.New(<safe>).
func stdErrorsNew(fs *fstate, _ *types.Signature, pos token.Pos, safe string, taken map[string]bool) (string, []imp, bool) {
	en, im, ok := fs.importNameAvoid("errors", pos, []string{"errors", "stderrors"}, taken)
	return en + ".New(" + safe + ")", im, ok
}

// importsShape reports whether the package imports a framework of a shape.
func (fs *fstate) importsShape() bool {
	for _, h := range handlerShapes {
		if fs.shapeImported(h) {
			return true
		}
	}
	return false
}

// importsHelperShape is importsShape for the shapes with the helper rule.
func (fs *fstate) importsHelperShape() bool {
	for _, h := range handlerShapes {
		for _, p := range h.pkgs {
			if h.helper && fs.imports[p] != nil {
				return true
			}
		}
	}
	return false
}

func (fs *fstate) shapeImported(h *handlerShape) bool {
	if h.pkgs == nil {
		return h.active != nil && h.active(fs)
	}
	for _, p := range h.pkgs {
		if fs.imports[p] != nil {
			return true
		}
	}
	return false
}

// funcShape returns the shape of declared function fn, nil when it is no
// handler.
func (fs *fstate) funcShape(fn *types.Func, sig *types.Signature) *handlerShape {
	for _, h := range handlerShapes {
		if h.isFunc == nil || !fs.shapeImported(h) || !h.isFunc(fs, fn, sig) {
			continue
		}
		if h.helper && fs.called[fn] {
			return nil
		}
		return h
	}
	return nil
}

// litShape returns the shape of function literal lit, nil when it is no
// handler.
func (fs *fstate) litShape(lit *ast.FuncLit, sig *types.Signature) *handlerShape {
	for _, h := range handlerShapes {
		if h.isLit != nil && fs.shapeImported(h) && h.isLit(fs, lit, sig) {
			return h
		}
	}
	return nil
}

// bodyTaint is what a returned response e carries: the raw values flowing
// into it and, for a value that is not a literal, the response fields its
// type encodes. Composite literals are judged by their elements, so a
// response type merely declaring an errorMessage field is not raw when it
// is built from constants. A body wrapper (connect.NewResponse(msg)) is
// its argument.
func (fs *fstate) bodyTaint(e ast.Expr, depth int) taint {
	info := fs.pass.TypesInfo
	e = ast.Unparen(e)
	if depth > 4 {
		return fs.eval(e)
	}
	switch x := e.(type) {
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return fs.bodyTaint(x.X, depth+1)
		}
	case *ast.CompositeLit:
		t := taint{}
		object := fs.gophersObject(x)
		for i, elt := range x.Elts {
			if fs.hiddenField(x, i, elt) || fs.litSinkField(x, i, elt) {
				continue // json:"-", unexported (exposed.go), a field sink (a go-kit Failer's error: kitfailer.go)
			}
			if f := fs.litField(x, i, elt); object && f != nil && !f.Exported() && !fs.handlers.gophGets[f.Origin()] {
				continue // graphql-go serves an object's methods, each a resolver checked itself
			}
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			t = join(t, fs.bodyTaint(elt, depth+1))
		}
		return t
	case *ast.CallExpr:
		if fn, _ := typeutil.Callee(info, x).(*types.Func); fn != nil && bodyWrappers[funcKey(fn)] && len(x.Args) == 1 {
			return fs.bodyTaint(x.Args[0], depth+1)
		}
	}
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		return taint{}
	}
	return fs.sinkArg(e)
}

// gophersObject reports whether lit builds a graphql-go object type
// (gophersResolvers): graphql-go sends what its methods (resolvers, checked
// on their own) and, with UseFieldResolvers, its exported fields return,
// so an unexported field their methods read is not sent as such: the
// payload &resendPayload{res: res} holding the vendor's whole response is
// not the finding, its Message() picking res.ErrorMsg out is. An
// unexported field a resolver returns as is (func (d *driver)
// TokenProblem() *string { return d.token }) is the field's value, sent:
// reported where the object is returned (gophersGetter keeps the getter
// quiet).
func (fs *fstate) gophersObject(lit *ast.CompositeLit) bool {
	if fs.handlers == nil || len(fs.handlers.gophTypes) == 0 {
		return false
	}
	named, _ := types.Unalias(typex.Deref(fs.pass.TypesInfo.TypeOf(lit))).(*types.Named)
	return named != nil && fs.handlers.gophTypes[named.Origin()]
}

// gophersGetter reports whether e, returned by graphql-go resolver method
// sig, is an unexported field of its receiver returned as is (return
// d.token, &d.msg, *d.msg): what is stored in it is reported where the
// object is returned.
func (fs *fstate) gophersGetter(e ast.Expr, sig *types.Signature) bool {
	if sig == nil || sig.Recv() == nil {
		return false
	}
	f := receiverField(fs.pass.TypesInfo, e, sig.Recv())
	return f != nil && !f.Exported()
}

// receiverField returns the field of recv that e reads as is (recv.f,
// &recv.f, *recv.f), or nil.
func receiverField(info *types.Info, e ast.Expr, recv *types.Var) *types.Var {
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			e = ast.Unparen(x.X)
		}
	case *ast.StarExpr:
		e = ast.Unparen(x.X)
	}
	sel, ok := e.(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok || info.Uses[id] != recv {
		return nil
	}
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return nil
	}
	f, _ := s.Obj().(*types.Var)
	return f
}

// bodyWrappers wrap a response message: what they return is their argument.
var bodyWrappers = map[string]bool{
	connectPkg + ".NewResponse": true,
}

// connectHandlerSig reports whether sig is a connect handler's:
// func(context.Context, *connect.Request[T]) (*connect.Response[U], error)
// and the streaming forms (a *connect.ClientStream, ServerStream or
// BidiStream parameter, an error last).
func connectHandlerSig(sig *types.Signature) bool {
	n := sig.Results().Len()
	if sig.Params().Len() < 2 || n == 0 || !types.Identical(sig.Results().At(n-1).Type(), typex.ErrorType) {
		return false
	}
	if !typex.IsNamed(sig.Params().At(0).Type(), "context", "Context") {
		return false
	}
	for i := 1; i < sig.Params().Len(); i++ {
		p, ok := types.Unalias(sig.Params().At(i).Type()).(*types.Pointer)
		if !ok {
			continue
		}
		for _, name := range []string{"Request", "ClientStream", "ServerStream", "BidiStream"} {
			if typex.IsNamed(p.Elem(), connectPkg, name) {
				return true
			}
		}
	}
	return false
}

// kitEndpointSig reports whether sig is go-kit's endpoint.Endpoint:
// func(ctx context.Context, request interface{}) (interface{}, error).
func kitEndpointSig(sig *types.Signature) bool {
	if sig.Recv() != nil || sig.Params().Len() != 2 || sig.Results().Len() != 2 {
		return false
	}
	return typex.IsNamed(sig.Params().At(0).Type(), "context", "Context") &&
		isEmptyInterface(sig.Params().At(1).Type()) && isEmptyInterface(sig.Results().At(0).Type()) &&
		types.Identical(sig.Results().At(1).Type(), typex.ErrorType)
}

// serviceMethod reports whether fn is a method, named in a generated
// service interface, of a type implementing it: an interface <S><suffix>
// (connect: <S>Handler; twirp: <S> with suffix "Server" naming the
// constructor) that is the first parameter of a generated New<S><suffix>
// constructor in the package or a package it imports that imports fw.
func (fs *fstate) serviceMethod(fn *types.Func, fw, suffix string) bool {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil || !fn.Exported() {
		return false
	}
	r := recvNamed(sig.Recv().Type())
	if r == nil {
		return false
	}
	for _, ifc := range fs.handlerIndex().services[fw+" "+suffix] {
		if ifc.NumMethods() == 0 {
			continue
		}
		if types.Implements(types.NewPointer(r), ifc) || types.Implements(r, ifc) {
			for i := 0; i < ifc.NumMethods(); i++ {
				if ifc.Method(i).Name() == fn.Name() {
					return true
				}
			}
		}
	}
	return false
}

// handlerIndex is what the package's handler shapes need, scanned once.
type handlerIndex struct {
	services  map[string][]*types.Interface // "fw suffix": generated service interfaces
	resolvers []*types.Interface            // gqlgen's generated <X>Resolver interfaces
	gqlApps   []gqlApp                      // gqlgen servers built in the package
	gophers   map[*types.Func]bool          // graphql-go resolver methods
	gophTypes map[*types.Named]bool         // graphql-go object types: the roots and the types their resolvers return
	gophGets  map[*types.Var]bool           // their unexported fields a resolver returns as is (return d.token)
	rpcTypes  map[*types.Named]bool         // types the package registers with net/rpc or gorilla/rpc
	humaFuncs map[*types.Func]bool          // functions registered as huma handlers
	humaLits  map[*ast.FuncLit]bool         // literals registered as huma handlers
	lambdaFns map[*types.Func]bool          // functions the package starts as Lambda handlers
	lambdaLit map[*ast.FuncLit]bool         // literals the package starts as Lambda handlers
	kitSends  *bool                         // go-kit: do endpoint errors reach the client?
	kitServed map[any][]bool                // go-kit endpoint (func or literal) -> sends, per server
	apps      *webApps                      // fiberapps.go, nil until scanned
	humaSends *bool                         // huma: is a plain error's text sent?
	bunSends  *bool                         // bunrouter: does a middleware write returned errors?
}

// gqlApp is one gqlgen server: the root resolver type of its schema (nil
// when unknown) and whether its error presenter hides an error's text.
type gqlApp struct {
	root        *types.Named
	hides       bool
	hiddenTypes []*types.Named // error types its presenters hide, passing others on (gqlcarrier.go)
}

func (fs *fstate) handlerIndex() *handlerIndex {
	if fs.handlers != nil {
		return fs.handlers
	}
	hi := &handlerIndex{
		services:  map[string][]*types.Interface{},
		gophers:   map[*types.Func]bool{},
		gophTypes: map[*types.Named]bool{},
		rpcTypes:  map[*types.Named]bool{},
		humaFuncs: map[*types.Func]bool{},
		humaLits:  map[*ast.FuncLit]bool{},
		lambdaFns: map[*types.Func]bool{},
		lambdaLit: map[*ast.FuncLit]bool{},
	}
	fs.handlers = hi
	pkgs := []*types.Package{fs.pass.Pkg}
	for _, p := range fs.imports {
		if p != fs.pass.Pkg {
			pkgs = append(pkgs, p)
		}
	}
	for _, p := range pkgs {
		imps := map[string]bool{}
		for _, ip := range p.Imports() {
			imps[ip.Path()] = true
		}
		for _, svc := range []struct{ fw, suffix string }{{connectPkg, "Handler"}, {twirpPkg, "Server"}} {
			if imps[svc.fw] {
				hi.services[svc.fw+" "+svc.suffix] = append(hi.services[svc.fw+" "+svc.suffix], generatedServices(p, svc.suffix)...)
			}
		}
		if imps[gqlgenPkg] {
			for _, name := range p.Scope().Names() {
				tn, ok := p.Scope().Lookup(name).(*types.TypeName)
				if !ok || !strings.HasSuffix(name, "Resolver") || name == "ResolverRoot" {
					continue
				}
				if ifc, ok := tn.Type().Underlying().(*types.Interface); ok && ifc.NumMethods() > 0 {
					hi.resolvers = append(hi.resolvers, ifc)
				}
			}
		}
	}
	fs.scanRegistrations(hi)
	return hi
}

// generatedServices returns the interfaces that are the first parameter
// of a New<S><suffix> function of p.
func generatedServices(p *types.Package, suffix string) []*types.Interface {
	var out []*types.Interface
	for _, name := range p.Scope().Names() {
		fn, ok := p.Scope().Lookup(name).(*types.Func)
		if !ok || !strings.HasPrefix(name, "New") || !strings.HasSuffix(name, suffix) {
			continue
		}
		sig := fn.Type().(*types.Signature)
		if sig.Params().Len() == 0 {
			continue
		}
		pt, ok := types.Unalias(sig.Params().At(0).Type()).(*types.Named)
		if !ok || pt.Obj().Pkg() != p {
			continue
		}
		if ifc, ok := pt.Underlying().(*types.Interface); ok {
			out = append(out, ifc)
		}
	}
	return out
}

// scanRegistrations walks the package once for huma registrations,
// graphql-go schemas and gqlgen servers.
func (fs *fstate) scanRegistrations(hi *handlerIndex) {
	info := fs.pass.TypesInfo
	var gophersRoots []*types.Named
	var humaArgs []ast.Expr         // handler arguments of huma registrations
	servers := map[*types.Var]int{} // gqlgen server variable -> index in hi.gqlApps
	presenters := map[*types.Var][]bool{}
	hiddenTypes := map[*types.Var][][]*types.Named{} // gqlcarrier.go
	for _, file := range fs.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i := range n.Lhs {
						fs.noteGQLServer(hi, servers, n.Lhs[i], n.Rhs[i])
					}
				}
			case *ast.ValueSpec:
				if len(n.Names) == len(n.Values) {
					for i := range n.Names {
						fs.noteGQLServer(hi, servers, n.Names[i], n.Values[i])
					}
				}
			case *ast.CallExpr:
				fn, _ := typeutil.Callee(info, n).(*types.Func)
				if fn == nil {
					return true
				}
				fn = fn.Origin()
				switch pkgPath(fn) {
				case humaPkg:
					sig := fn.Type().(*types.Signature)
					for i := 0; i < sig.Params().Len() && i < len(n.Args); i++ {
						if sig.Params().At(i).Name() == "handler" {
							noteHandlerArg(info, hi.humaFuncs, hi.humaLits, n.Args[i])
							humaArgs = append(humaArgs, n.Args[i])
						}
					}
				case lambdaPkg:
					if slices.Contains(lambdaStarts, fn.Name()) && len(n.Args) > 0 {
						noteHandlerArg(info, hi.lambdaFns, hi.lambdaLit, n.Args[0])
					}
				case gophersPkg:
					if (fn.Name() == "ParseSchema" || fn.Name() == "MustParseSchema") && len(n.Args) >= 2 {
						if r := recvNamed(info.TypeOf(n.Args[1])); r != nil && r.Obj().Pkg() == fs.pass.Pkg {
							gophersRoots = append(gophersRoots, r)
						}
					}
				case netRPC:
					// rpc.Register(rcvr), rpc.RegisterName(name, rcvr), and
					// the same methods of a *rpc.Server.
					if (fn.Name() == "Register" || fn.Name() == "RegisterName") && len(n.Args) > 0 {
						if t := info.TypeOf(n.Args[len(n.Args)-1]); t != nil && recvNamed(t) != nil && recvNamed(t).Obj().Pkg() == fs.pass.Pkg {
							r := recvNamed(t)
							hi.rpcTypes[r] = true
						}
					}
				case gorillaRPC, gorillaRPC2:
					// s.RegisterService(receiver, name) of a gorilla *rpc.Server.
					if fn.Name() == "RegisterService" && len(n.Args) == 2 {
						if r := recvNamed(info.TypeOf(n.Args[0])); r != nil && r.Obj().Pkg() == fs.pass.Pkg {
							hi.rpcTypes[r] = true
						}
					}
				case gqlgenServer:
					if fn.Name() == "SetErrorPresenter" && len(n.Args) == 1 {
						if id, ok := ast.Unparen(recvOf(n)).(*ast.Ident); ok {
							if v, ok := info.Uses[id].(*types.Var); ok {
								presenters[v] = append(presenters[v], !fs.presenterSends(file, n.Args[0]))
								hiddenTypes[v] = append(hiddenTypes[v], fs.presenterHidden(file, n.Args[0]))
							}
						}
					}
				}
			}
			return true
		})
	}
	for v, i := range servers {
		ps := presenters[v]
		hides := len(ps) > 0
		for _, h := range ps {
			hides = hides && h
		}
		hi.gqlApps[i].hides = hides
		if hts := hiddenTypes[v]; len(hts) > 0 {
			ht := hts[0]
			for _, h := range hts[1:] {
				ht = intersect(ht, h)
			}
			hi.gqlApps[i].hiddenTypes = ht
		}
	}
	if len(gophersRoots) == 0 {
		gophersRoots = fs.gophersLayoutRoots() // gopherslayout.go
	}
	fs.gophersResolvers(hi, gophersRoots)
	fs.humaRelays(hi, humaArgs)
}

// humaRelays registers as huma handlers what the package passes to its own
// registration helpers: a function or method whose parameter of function
// type it hands to huma as the handler (func route[I, O any](api huma.API,
// op huma.Operation, h func(context.Context, *I) (*O, error)) { ...;
// huma.Register(api, op, h) }), directly or through another such helper.
// args are the handler arguments of the package's huma registrations.
func (fs *fstate) humaRelays(hi *handlerIndex, args []ast.Expr) {
	info := fs.pass.TypesInfo
	type relay struct {
		fn *types.Func
		i  int
	}
	params := map[*types.Var]relay{} // function-typed parameters of the package's functions
	for _, file := range fs.pass.Files {
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			fn, _ := info.Defs[fd.Name].(*types.Func)
			if fn == nil {
				continue
			}
			sig := fn.Type().(*types.Signature)
			for i := 0; i < sig.Params().Len(); i++ {
				if _, ok := sig.Params().At(i).Type().Underlying().(*types.Signature); ok {
					params[sig.Params().At(i)] = relay{fn, i}
				}
			}
		}
	}
	if len(params) == 0 {
		return
	}
	seen := map[relay]bool{}
	for len(args) > 0 {
		id, ok := ast.Unparen(args[0]).(*ast.Ident)
		args = args[1:]
		if !ok {
			continue
		}
		v, _ := info.Uses[id].(*types.Var)
		r, ok := params[v]
		if !ok || seen[r] {
			continue
		}
		seen[r] = true
		for _, file := range fs.pass.Files {
			ast.Inspect(file, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || call.Ellipsis.IsValid() || r.i >= len(call.Args) {
					return true
				}
				if fn, _ := typeutil.Callee(info, call).(*types.Func); fn != nil && fn.Origin() == r.fn {
					noteHandlerArg(info, hi.humaFuncs, hi.humaLits, call.Args[r.i])
					args = append(args, call.Args[r.i])
				}
				return true
			})
		}
	}
}

// humaSendsErrors reports whether huma sends the text of a plain error a
// handler returns: huma passes it as the errs of NewErrorWithContext, whose
// default calls NewError, whose default sends each error's text. An
// application may replace either (package variables, ctorhooks.go):
// assigned in the package a literal or a function of the package, the one
// huma calls sends when its result depends on its errs parameter or errs
// reaches a sink in it (the saved original called with them, err.Error()
// copied into an ErrorDetail); assigned anything else, it is assumed to
// send.
func (fs *fstate) humaSendsErrors() bool {
	hi := fs.handlerIndex()
	if hi.humaSends != nil {
		return *hi.humaSends
	}
	repl := fs.hookIdx().repl
	judge := func(vals []fileExpr, errsParam int) bool {
		for _, fe := range vals {
			var sum *summary
			switch e := ast.Unparen(fe.e).(type) {
			case *ast.FuncLit:
				tmp := fs.state.newFstate(unit{file: fe.file, node: e}, nil, false)
				sum = tmp.litSummary(e)
			case *ast.Ident, *ast.SelectorExpr:
				var id *ast.Ident
				if sel, ok := e.(*ast.SelectorExpr); ok {
					id = sel.Sel
				} else {
					id = e.(*ast.Ident)
				}
				fn, _ := fs.pass.TypesInfo.Uses[id].(*types.Func)
				fd := (*ast.FuncDecl)(nil)
				if fn != nil && fn.Pkg() == fs.pass.Pkg {
					fd = fs.declOf(fn) // gqlcarrier.go
				}
				if fd == nil {
					return true
				}
				// Solved on its own: the package's summaries may not be
				// final yet.
				tmp := fs.state.newFstate(unit{file: fileOf(fs.pass.Files, fd), node: fd.Body, fn: fn}, fn.Type().(*types.Signature), false)
				tmp.solve()
				sum = tmp.sum
			default:
				return true
			}
			if sum == nil || len(sum.results) == 0 || sum.results[0].params&(1<<errsParam) != 0 {
				return true
			}
			if _, ok := sum.sinks[errsParam]; ok {
				return true
			}
		}
		return false
	}
	v := true
	switch {
	case len(repl[humaPkg+".NewErrorWithContext"]) > 0:
		v = judge(repl[humaPkg+".NewErrorWithContext"], 3)
	case len(repl[humaPkg+".NewError"]) > 0:
		v = judge(repl[humaPkg+".NewError"], 2)
	}
	hi.humaSends = &v
	return v
}

// noteHandlerArg records the handler argument of a registration (huma's,
// lambda.Start's): a literal in lits, a function or method value in fns.
func noteHandlerArg(info *types.Info, fns map[*types.Func]bool, lits map[*ast.FuncLit]bool, arg ast.Expr) {
	switch a := ast.Unparen(arg).(type) {
	case *ast.FuncLit:
		lits[a] = true
	case *ast.Ident:
		if fn, ok := info.Uses[a].(*types.Func); ok {
			fns[fn.Origin()] = true
		}
	case *ast.SelectorExpr:
		if fn, ok := info.Uses[a.Sel].(*types.Func); ok {
			fns[fn.Origin()] = true
		}
	}
}

// noteGQLServer records a gqlgen server built by rhs (handler.New or
// NewDefaultServer) and stored in lhs; its root resolver type is the type
// of the Resolvers field of a Config literal in its arguments.
func (fs *fstate) noteGQLServer(hi *handlerIndex, servers map[*types.Var]int, lhs, rhs ast.Expr) {
	info := fs.pass.TypesInfo
	call, ok := ast.Unparen(rhs).(*ast.CallExpr)
	if !ok {
		return
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || pkgPath(fn) != gqlgenServer || (fn.Name() != "New" && fn.Name() != "NewDefaultServer") {
		return
	}
	var root *types.Named
	ast.Inspect(call, func(n ast.Node) bool {
		kv, ok := n.(*ast.KeyValueExpr)
		if !ok || root != nil {
			return root == nil
		}
		if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Resolvers" {
			if r := recvNamed(info.TypeOf(kv.Value)); r != nil && !types.IsInterface(r) {
				root = r
			}
		}
		return true
	})
	hi.gqlApps = append(hi.gqlApps, gqlApp{root: root})
	if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
		if v, ok := info.ObjectOf(id).(*types.Var); ok {
			servers[v] = len(hi.gqlApps) - 1
		}
	}
}

// presenterSends reports whether the gqlgen error presenter p (declared in
// file) may send its error's text: its result depends on the error
// parameter, or it calls a function that wraps the error's text
// (graphql.DefaultErrorPresenter, gqlerror.Wrap, ...) without setting a
// Message; a presenter the check cannot see sends.
func (fs *fstate) presenterSends(file *ast.File, p ast.Expr) bool {
	info := fs.pass.TypesInfo
	var body ast.Node
	var sum *summary
	switch p := ast.Unparen(p).(type) {
	case *ast.FuncLit:
		tmp := fs.state.newFstate(unit{file: file, node: p}, nil, false)
		sum, body = tmp.litSummary(p), p.Body
	case *ast.Ident, *ast.SelectorExpr:
		id, _ := p.(*ast.Ident)
		if sel, ok := p.(*ast.SelectorExpr); ok {
			id = sel.Sel
		}
		fn, _ := info.Uses[id].(*types.Func)
		if fn == nil {
			return true
		}
		if funcKey(fn) == gqlgenPkg+".DefaultErrorPresenter" {
			return true
		}
		if fn.Pkg() != fs.pass.Pkg {
			return true
		}
		sum = fs.summaryOf(fn)
		for _, f := range fs.pass.Files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && info.Defs[fd.Name] == fn {
					body = fd.Body
				}
			}
		}
	case *ast.CallExpr:
		// A factory: presentError(logger) returning a literal.
		return fs.anyReturned(p, func(f fileExpr) bool { return fs.presenterSends(f.file, f.e) })
	default:
		return true
	}
	if body == nil {
		return true
	}
	if sum != nil && len(sum.results) > 0 && sum.results[0].params&(1<<1) != 0 {
		return true
	}
	// The error parameter, for gqlerror.Errorf("...: %v", err) and the like.
	var errVar types.Object
	if sig, ok := info.TypeOf(p).(*types.Signature); ok && sig.Params().Len() == 2 {
		errVar = sig.Params().At(1)
	}
	if errVar != nil && errVar.Name() == "" || errVar != nil && errVar.Name() == "_" {
		errVar = nil
	}
	wraps, setsMessage := false, false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(info, n).(*types.Func)
			switch {
			case fn == nil:
			case presenterWrappers[funcKey(fn)]:
				wraps = true
			case pkgPath(fn) == gqlerrorPkg && errVar != nil && fs.mentions(n.Args, errVar):
				wraps = true
			}
		}
		return true
	})
	// A Message set on every path: a statement of the body itself, not of
	// a branch (case errors.As(err, &apiErr): gerr.Message = "..." leaves
	// the other errors' text; gqlcarrier.go judges that branch).
	if b, ok := body.(*ast.BlockStmt); ok {
		for _, st := range b.List {
			if as, ok := st.(*ast.AssignStmt); ok {
				for _, l := range as.Lhs {
					if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && sel.Sel.Name == "Message" {
						setsMessage = true
					}
				}
			}
		}
	}
	return wraps && !setsMessage
}

// hiddenByPresenter reports whether sink s is a GraphQL error of gqlgen
// (gqlerror.Errorf, graphql.AddError, ...) called in a gqlgen resolver whose
// servers all have a presenter hiding the text: every error a resolver
// returns or adds goes through the presenter.
func (fs *fstate) hiddenByPresenter(s sink) bool {
	// Only in the report pass: the presenters are judged on final summaries.
	if !fs.report || s.Pkg != gqlerrorPkg && s.Pkg != gqlgenPkg || fs.u.fn == nil || fs.imports[gqlgenPkg] == nil {
		return false
	}
	return fs.gqlgenResolver(fs.u.fn) && !fs.gqlgenSends(fs.u.fn)
}

// mentions reports whether one of exprs refers to obj.
func (fs *fstate) mentions(exprs []ast.Expr, obj types.Object) bool {
	found := false
	for _, e := range exprs {
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && fs.pass.TypesInfo.Uses[id] == obj {
				found = true
			}
			return !found
		})
	}
	return found
}

// presenterWrappers put an error's text in the *gqlerror.Error they return.
var presenterWrappers = map[string]bool{
	gqlgenPkg + ".DefaultErrorPresenter": true,
	gqlgenPkg + ".ErrorOnPath":           true,
	gqlerrorPkg + ".Wrap":                true,
	gqlerrorPkg + ".WrapPath":            true,
	gqlerrorPkg + ".WrapIfUnwrapped":     true,
}

// gqlgenResolver reports whether fn is a method named in one of gqlgen's
// generated <X>Resolver interfaces, of a type implementing it.
func (fs *fstate) gqlgenResolver(fn *types.Func) bool {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil || !fn.Exported() {
		return false
	}
	r := recvNamed(sig.Recv().Type())
	if r == nil {
		return false
	}
	described := false
	for _, ifc := range fs.handlerIndex().resolvers {
		if !types.Implements(types.NewPointer(r), ifc) && !types.Implements(r, ifc) {
			continue
		}
		described = true
		for i := 0; i < ifc.NumMethods(); i++ {
			if ifc.Method(i).Name() == fn.Name() {
				return true
			}
		}
	}
	return !described && fs.gqlgenLayout(fn, sig, r) // gqlcarrier.go
}

// gqlgenSends reports whether the errors resolver method fn returns reach
// the client, judged per server: a server built in the package serves fn
// when its root resolver type is fn's receiver type or one it embeds
// (gqlgen's generated `type queryResolver struct{ *Resolver }`), or when
// its root is unknown. Errors are sent unless every server serving fn has
// a presenter that hides the text; with no server in the package, the
// server is built elsewhere and assumed to use the default presenter.
func (fs *fstate) gqlgenSends(fn *types.Func) bool {
	if fn == nil {
		return true
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return true
	}
	roots := map[*types.Named]bool{}
	r := recvNamed(sig.Recv().Type())
	if r == nil {
		return true
	}
	roots[r] = true
	if s, ok := r.Underlying().(*types.Struct); ok {
		for i := 0; i < s.NumFields(); i++ {
			if f := s.Field(i); f.Embedded() {
				if n := recvNamed(f.Type()); n != nil {
					roots[n] = true
				}
			}
		}
	}
	serving := 0
	for _, app := range fs.handlerIndex().gqlApps {
		if app.root != nil && !roots[app.root] {
			continue
		}
		serving++
		if !app.hides {
			return true
		}
	}
	return serving == 0
}

// gophersResolvers records the resolver methods of graphql-go schemas: the
// exported methods of each root type passed to ParseSchema or
// MustParseSchema, and of the package's types their results return
// (nested resolvers), transitively.
func (fs *fstate) gophersResolvers(hi *handlerIndex, roots []*types.Named) {
	seen := map[*types.Named]bool{}
	for len(roots) > 0 {
		r := roots[0]
		roots = roots[1:]
		if seen[r] {
			continue
		}
		seen[r] = true
		hi.gophTypes[r.Origin()] = true
		ms := typeutil.IntuitiveMethodSet(r, nil)
		for _, sel := range ms {
			fn, ok := sel.Obj().(*types.Func)
			if !ok || !fn.Exported() || fn.Pkg() != fs.pass.Pkg {
				continue
			}
			hi.gophers[fn.Origin()] = true
			fs.noteGophersGets(hi, fn)
			res := fn.Type().(*types.Signature).Results()
			for i := 0; i < res.Len(); i++ {
				t := res.At(i).Type()
				for {
					switch u := types.Unalias(t).(type) {
					case *types.Pointer:
						t = u.Elem()
						continue
					case *types.Slice:
						t = u.Elem()
						continue
					}
					break
				}
				if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() == fs.pass.Pkg && !types.IsInterface(n) {
					roots = append(roots, n)
				}
			}
		}
	}
}

// noteGophersGets records the unexported fields of its receiver that
// resolver method fn returns as is.
func (fs *fstate) noteGophersGets(hi *handlerIndex, fn *types.Func) {
	sig, _ := fn.Type().(*types.Signature)
	fd := fs.declOf(fn)
	if sig == nil || sig.Recv() == nil || fd == nil || fd.Body == nil {
		return
	}
	if hi.gophGets == nil {
		hi.gophGets = map[*types.Var]bool{}
	}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				if f := receiverField(fs.pass.TypesInfo, r, sig.Recv()); f != nil && !f.Exported() {
					hi.gophGets[f.Origin()] = true
				}
			}
		}
		return true
	})
}

// kitEndpointSends reports whether the errors endpoint h returns reach the
// client. Judged per server: an endpoint a server of the package serves
// (httptransport.NewServer(e, ...), e a literal, a function, or a call of
// a function of the package returning endpoint literals, possibly wrapped
// in middleware calls) is reported when one of its servers sends the text;
// an endpoint served by no server of the package falls back to the package
// rule (kitSendsErrors).
func (fs *fstate) kitEndpointSends(h handlerRef) bool {
	fs.kitSendsErrors()
	hi := fs.handlerIndex()
	var key any
	switch {
	case h.lit != nil:
		key = h.lit
	case h.fn != nil:
		key = h.fn.Origin()
	}
	if on := hi.kitServed[key]; key != nil && len(on) > 0 {
		for _, sends := range on {
			if sends {
				return true
			}
		}
		return false
	}
	return *hi.kitSends
}

// kitSendsErrors reports whether go-kit endpoints' errors reach the
// client: true unless the package builds HTTP servers
// (httptransport.NewServer) and every one has a ServerErrorEncoder whose
// error parameter reaches no sink. Servers built in another package are
// not seen: the default encoder is assumed. It records, too, the endpoints
// each server serves (kitServed).
func (fs *fstate) kitSendsErrors() bool {
	hi := fs.handlerIndex()
	if hi.kitSends != nil {
		return *hi.kitSends
	}
	hi.kitServed = map[any][]bool{}
	info := fs.pass.TypesInfo
	servers, sends := 0, false
	for _, file := range fs.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn, _ := typeutil.Callee(info, call).(*types.Func)
			if fn == nil || pkgPath(fn) != kitHTTP || fn.Name() != "NewServer" {
				return true
			}
			servers++
			custom, this := false, false
			for _, a := range fs.kitOptions(file, call) {
				opt, ok := ast.Unparen(a).(*ast.CallExpr)
				if !ok {
					this = true // options built elsewhere: not seen
					continue
				}
				ofn, _ := typeutil.Callee(info, opt).(*types.Func)
				if ofn != nil && pkgPath(ofn) == kitHTTP && ofn.Name() == "ServerErrorEncoder" && len(opt.Args) == 1 {
					custom = true
					this = this || fs.handlerSendsError(file, opt.Args[0])
				}
			}
			this = this || !custom
			sends = sends || this
			if len(call.Args) > 0 {
				for _, key := range fs.kitEndpointsIn(call.Args[0]) {
					hi.kitServed[key] = append(hi.kitServed[key], this)
				}
			}
			return true
		})
	}
	v := servers == 0 || sends
	hi.kitSends = &v
	return v
}

// kitOptions returns the option arguments of a NewServer call: those
// written in the call, or, for opts..., the elements of the slice literal
// a local opts is given once and never assigned again (opts :=
// []httptransport.ServerOption{httptransport.ServerErrorEncoder(enc)}).
// An option it cannot see stays as is (judged as built elsewhere).
func (fs *fstate) kitOptions(file *ast.File, call *ast.CallExpr) []ast.Expr {
	args := call.Args[min(3, len(call.Args)):]
	if !call.Ellipsis.IsValid() || len(args) != 1 {
		return args
	}
	id, ok := ast.Unparen(args[0]).(*ast.Ident)
	if !ok {
		return args
	}
	v, _ := fs.pass.TypesInfo.Uses[id].(*types.Var)
	if v == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return args
	}
	var lit *ast.CompositeLit
	assigned := 0
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if lid, ok := l.(*ast.Ident); ok && fs.pass.TypesInfo.ObjectOf(lid) == v {
					assigned++
					if len(n.Rhs) == len(n.Lhs) {
						lit, _ = ast.Unparen(n.Rhs[i]).(*ast.CompositeLit)
					}
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if fs.pass.TypesInfo.Defs[name] == v {
					assigned++
					if i < len(n.Values) {
						lit, _ = ast.Unparen(n.Values[i]).(*ast.CompositeLit)
					}
				}
			}
		case *ast.UnaryExpr:
			if x, ok := n.X.(*ast.Ident); ok && n.Op == token.AND && fs.pass.TypesInfo.Uses[x] == v {
				assigned += 2 // its address escapes: not seen
			}
		}
		return true
	})
	if assigned != 1 || lit == nil {
		return args
	}
	return lit.Elts
}

// kitEndpointsIn returns the endpoints expression e (a server's endpoint
// argument) may serve: literals in it, functions it names, and the
// literals returned by functions of the package it calls.
func (fs *fstate) kitEndpointsIn(e ast.Expr) []any {
	info := fs.pass.TypesInfo
	var out []any
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			out = append(out, n)
			return false
		case *ast.Ident:
			if fn, ok := info.Uses[n].(*types.Func); ok {
				out = append(out, fn.Origin())
			}
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(info, n).(*types.Func)
			if fn == nil || fn.Pkg() != fs.pass.Pkg {
				return true
			}
			for _, f := range fs.pass.Files {
				for _, d := range f.Decls {
					fd, ok := d.(*ast.FuncDecl)
					if !ok || fd.Body == nil || info.Defs[fd.Name] != fn {
						continue
					}
					ast.Inspect(fd.Body, func(m ast.Node) bool {
						if ret, ok := m.(*ast.ReturnStmt); ok {
							for _, r := range ret.Results {
								if lit, ok := ast.Unparen(r).(*ast.FuncLit); ok {
									out = append(out, lit)
								}
							}
						}
						_, isLit := m.(*ast.FuncLit)
						return !isLit
					})
				}
			}
		}
		return true
	})
	return out
}
