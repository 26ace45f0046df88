package rawexposure

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// API framework sinks: go-fuego/fuego, emicklei/go-restful v3,
// olahol/melody, go-kratos/kratos v2 and uptrace/bunrouter.
//
// Only the arguments that reach the user are listed. Not sinks, on
// purpose:
//   - fuego's HTTPError.Err (and the Err of the error types declared as
//     HTTPError: BadRequestError, ...): tagged json:"-", the developer's
//     error, logged by fuego's ErrorHandler;
//   - kratos' (*errors.Error).WithCause: the cause stays server side;
//     kratos' transport Context.Header() is the request's header;
//   - melody's Session.Set: kept server side.
//
// What is not a call: a fuego handler's returned response and error
// (fuegoShape, handlers.go), fuego's error types' Title and Detail and
// go-restful's ServiceError.Message (apiFields),
// and the error a bunrouter handler returns, which bunrouter drops unless
// a middleware the app installs writes it (bunrouterSends).

const (
	fuegoPkg     = "github.com/go-fuego/fuego"
	restfulPkg   = "github.com/emicklei/go-restful/v3"
	melodyPkg    = "github.com/olahol/melody"
	kratosErrors = "github.com/go-kratos/kratos/v2/errors"
	kratosHTTP   = "github.com/go-kratos/kratos/v2/transport/http"
	bunrouterPkg = "github.com/uptrace/bunrouter"
)

// What the user sees; messages read "... written to <What>".
const (
	fuegoHeader   = "a fuego response header"
	fuegoCookie   = "a fuego response cookie"
	fuegoRedirect = "a fuego redirect URL"
	fuegoError    = "the fuego error response (it serializes the error's Title and Detail)"
	restfulBody   = "the go-restful response body"
	restfulHeader = "a go-restful response header"
	restfulError  = "the go-restful error response (WriteServiceError sends its Message)"
	kratosError   = "the kratos error response (its encoder sends the reason, message and metadata)"
	kratosBody    = "the kratos response body"
	bunrouterBody = "the bunrouter response body"
)

// apiSinks are the rows of the frameworks above.
var apiSinks = []sink{
	// fuego: the handler's context, Context[B, P] since v0.19 (ContextWithBody,
	// ContextNoBody and ContextWithParams are generic aliases of it).
	{Pkg: fuegoPkg, Recv: "Context", Name: "SetHeader", Args: []int{1}, Writer: -1, What: fuegoHeader},
	{Pkg: fuegoPkg, Recv: "Context", Name: "SetCookie", Args: []int{0}, Writer: -1, What: fuegoCookie},
	{Pkg: fuegoPkg, Recv: "Context", Name: "Redirect", Args: []int{1}, Writer: -1, What: fuegoRedirect},

	// go-restful v3: (*restful.Response) writers; Write and Header() are
	// the net/http rows (Response embeds http.ResponseWriter). WriteError
	// writes err.Error().
	{Pkg: restfulPkg, Recv: "Response", Name: "WriteEntity", Args: []int{0}, Writer: -1, What: restfulBody},
	{Pkg: restfulPkg, Recv: "Response", Name: "WriteHeaderAndEntity", Args: []int{1}, Writer: -1, What: restfulBody},
	{Pkg: restfulPkg, Recv: "Response", Name: "WriteAsJson", Args: []int{0}, Writer: -1, What: restfulBody},
	{Pkg: restfulPkg, Recv: "Response", Name: "WriteHeaderAndJson", Args: []int{1}, Writer: -1, What: restfulBody},
	{Pkg: restfulPkg, Recv: "Response", Name: "WriteAsXml", Args: []int{0}, Writer: -1, What: restfulBody},
	{Pkg: restfulPkg, Recv: "Response", Name: "WriteHeaderAndXml", Args: []int{1}, Writer: -1, What: restfulBody},
	{Pkg: restfulPkg, Recv: "Response", Name: "WriteError", Args: []int{1}, Writer: -1, What: restfulBody},
	{Pkg: restfulPkg, Recv: "Response", Name: "WriteErrorString", Args: []int{1}, Writer: -1, What: restfulBody},
	{Pkg: restfulPkg, Recv: "Response", Name: "AddHeader", Args: []int{1}, Writer: -1, What: restfulHeader},
	{Pkg: restfulPkg, Name: "NewError", Args: []int{1}, Writer: -1, What: restfulError},

	// melody: a session's messages and close payload, and the hub's
	// broadcasts.
	{Pkg: melodyPkg, Recv: "Session", Name: "Write", Args: []int{0}, Writer: -1, What: wsMessage},
	{Pkg: melodyPkg, Recv: "Session", Name: "WriteBinary", Args: []int{0}, Writer: -1, What: wsMessage},
	{Pkg: melodyPkg, Recv: "Session", Name: "CloseWithMsg", Args: []int{0}, Writer: -1, What: wsClose},
	{Pkg: melodyPkg, Recv: "Melody", Name: "Broadcast", Args: []int{0}, Writer: -1, What: wsMessage},
	{Pkg: melodyPkg, Recv: "Melody", Name: "BroadcastFilter", Args: []int{0}, Writer: -1, What: wsMessage},
	{Pkg: melodyPkg, Recv: "Melody", Name: "BroadcastOthers", Args: []int{0}, Writer: -1, What: wsMessage},
	{Pkg: melodyPkg, Recv: "Melody", Name: "BroadcastMultiple", Args: []int{0}, Writer: -1, What: wsMessage},
	{Pkg: melodyPkg, Recv: "Melody", Name: "BroadcastBinary", Args: []int{0}, Writer: -1, What: wsMessage},
	{Pkg: melodyPkg, Recv: "Melody", Name: "BroadcastBinaryFilter", Args: []int{0}, Writer: -1, What: wsMessage},
	{Pkg: melodyPkg, Recv: "Melody", Name: "BroadcastBinaryOthers", Args: []int{0}, Writer: -1, What: wsMessage},
	{Pkg: melodyPkg, Recv: "Melody", Name: "CloseWithMsg", Args: []int{0}, Writer: -1, What: wsClose},

	// kratos v2: an errors.Error's reason, message and metadata are what
	// its transports send (a plain error becomes UNKNOWN with its text:
	// the gRPC method shape covers kratos services generated for gRPC).
	{Pkg: kratosErrors, Name: "New", Args: []int{1, 2}, Writer: -1, What: kratosError},
	{Pkg: kratosErrors, Name: "Newf", Args: []int{1}, Variadic: true, Writer: -1, What: kratosError},
	{Pkg: kratosErrors, Name: "Errorf", Args: []int{1}, Variadic: true, Writer: -1, What: kratosError},
	{Pkg: kratosErrors, Name: "BadRequest", Args: []int{0, 1}, Writer: -1, What: kratosError},
	{Pkg: kratosErrors, Name: "Unauthorized", Args: []int{0, 1}, Writer: -1, What: kratosError},
	{Pkg: kratosErrors, Name: "Forbidden", Args: []int{0, 1}, Writer: -1, What: kratosError},
	{Pkg: kratosErrors, Name: "NotFound", Args: []int{0, 1}, Writer: -1, What: kratosError},
	{Pkg: kratosErrors, Name: "Conflict", Args: []int{0, 1}, Writer: -1, What: kratosError},
	{Pkg: kratosErrors, Name: "InternalServer", Args: []int{0, 1}, Writer: -1, What: kratosError},
	{Pkg: kratosErrors, Name: "ServiceUnavailable", Args: []int{0, 1}, Writer: -1, What: kratosError},
	{Pkg: kratosErrors, Name: "GatewayTimeout", Args: []int{0, 1}, Writer: -1, What: kratosError},
	{Pkg: kratosErrors, Recv: "Error", Name: "WithMetadata", Args: []int{0}, Writer: -1, What: kratosError},
	// kratos transport/http: the Context interface's writers.
	{Pkg: kratosHTTP, Recv: "Context", Name: "JSON", Args: []int{1}, Writer: -1, What: kratosBody},
	{Pkg: kratosHTTP, Recv: "Context", Name: "XML", Args: []int{1}, Writer: -1, What: kratosBody},
	{Pkg: kratosHTTP, Recv: "Context", Name: "String", Args: []int{1}, Writer: -1, What: kratosBody},
	{Pkg: kratosHTTP, Recv: "Context", Name: "Blob", Args: []int{2}, Writer: -1, What: kratosBody},
	{Pkg: kratosHTTP, Recv: "Context", Name: "Stream", Args: []int{2}, Writer: -1, What: kratosBody},
	{Pkg: kratosHTTP, Recv: "Context", Name: "Result", Args: []int{1}, Writer: -1, What: kratosBody},
	{Pkg: kratosHTTP, Recv: "Context", Name: "Returns", Args: []int{0, 1}, Writer: -1, What: kratosBody},

	// bunrouter: JSON encodes value into w.
	{Pkg: bunrouterPkg, Name: "JSON", Args: []int{1}, Writer: -1, What: bunrouterBody},
}

// fuegoErrorTypes are fuego's error types: HTTPError and the types
// declared as it, which fuego serializes as an RFC 9457 problem. They share
// HTTPError's struct, so its field rows are theirs too.
var fuegoErrorTypes = []string{
	"HTTPError", "BadRequestError", "UnauthorizedError", "ForbiddenError", "NotFoundError",
	"ConflictError", "NotAcceptableError", "InternalServerError",
}

// apiFields are the field rows of the frameworks above: the text fields
// of fuego's HTTPError (and so of BadRequestError, ...; not Err, the
// developer's error) and go-restful's ServiceError.Message.
var apiFields = []fieldSink{
	{Pkg: fuegoPkg, Type: "HTTPError", Field: "Title", What: fuegoError},
	{Pkg: fuegoPkg, Type: "HTTPError", Field: "Detail", What: fuegoError},
	{Pkg: fuegoPkg, Type: "ErrorItem", Field: "Reason", What: fuegoError},
	{Pkg: restfulPkg, Type: "ServiceError", Field: "Message", What: restfulError},
}

// frameworkErrorType reports whether the static type of e is an error type
// whose text a framework sends through its fields, reported where they are
// stored (a fuego HTTPError's Title and Detail): returning one is no
// second finding, and what its Err wraps is not sent.
func (fs *fstate) frameworkErrorType(e ast.Expr) bool {
	if e == nil {
		return false
	}
	t := typex.Deref(fs.pass.TypesInfo.TypeOf(ast.Unparen(e)))
	for _, name := range fuegoErrorTypes {
		if typex.IsNamed(t, fuegoPkg, name) {
			return true
		}
	}
	return false
}

// fuegoHandlerSig reports whether sig is a fuego controller's:
// func(fuego.Context[B, P]) (T, error) since v0.19, whose ContextWithBody,
// ContextNoBody and ContextWithParams are aliases of it, and
// func(fuego.ContextWithBody[B]) (T, error) before, when that was the
// interface.
func fuegoHandlerSig(sig *types.Signature) bool {
	if sig.Params().Len() != 1 || sig.Results().Len() != 2 || !types.Identical(sig.Results().At(1).Type(), typex.ErrorType) {
		return false
	}
	pt := sig.Params().At(0).Type()
	return typex.IsNamed(pt, fuegoPkg, "Context") || typex.IsNamed(pt, fuegoPkg, "ContextWithBody")
}

// bunrouterHandlerSig reports whether sig is a bunrouter handler's:
// func(http.ResponseWriter, bunrouter.Request) error.
func bunrouterHandlerSig(sig *types.Signature) bool {
	return sig.Params().Len() == 2 && sig.Results().Len() == 1 &&
		types.Identical(sig.Results().At(0).Type(), typex.ErrorType) &&
		typex.IsNamed(sig.Params().At(0).Type(), "net/http", "ResponseWriter") &&
		typex.IsNamed(sig.Params().At(1).Type(), bunrouterPkg, "Request")
}

// bunrouterSends reports whether the package installs a bunrouter
// middleware that writes the error the handler it wraps returns: a
// function of the package given to bunrouter.Use or WithMiddleware (the
// router options, or a group's methods) whose next parameter's returned
// errors reach a sink (its summary). bunrouter itself drops the error
// (ServeHTTP ignores what ServeHTTPError returns). Judged per package.
func (fs *fstate) bunrouterSends() bool {
	hi := fs.handlerIndex()
	if hi.bunSends != nil {
		return *hi.bunSends
	}
	sends := false
	info := fs.pass.TypesInfo
	for _, file := range fs.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || sends {
				return !sends
			}
			fn, _ := typeutil.Callee(info, call).(*types.Func)
			if fn == nil || pkgPath(fn) != bunrouterPkg || (fn.Name() != "Use" && fn.Name() != "WithMiddleware") {
				return true
			}
			for _, a := range call.Args {
				var mw *types.Func
				switch a := ast.Unparen(a).(type) {
				case *ast.Ident:
					mw, _ = info.Uses[a].(*types.Func)
				case *ast.SelectorExpr:
					mw, _ = info.Uses[a.Sel].(*types.Func)
				}
				if mw == nil {
					continue
				}
				if sum := fs.summaryOf(mw); sum != nil {
					if _, ok := sum.sinks[0]; ok {
						sends = true
					}
				}
			}
			return true
		})
	}
	hi.bunSends = &sends
	return sends
}
