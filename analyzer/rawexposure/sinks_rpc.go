package rawexposure

// RPC, GraphQL and API-framework sinks: connect-go, twirp, gqlgen (with
// gqlparser's gqlerror), graph-gophers/graphql-go, huma v2 and go-kit's
// HTTP transport. Where a framework builds its error response from an
// error value or a message (connect.NewError, twirp.NewError, gqlerror,
// huma's Error4xx(msg, errs...)), that text is what the client reads, so
// the message and the errors are the sinks; codes and statuses are not.
//
// What a framework sends by itself when a handler returns an error or a
// response message is not a call: returns.go's handler shapes report it.

const (
	connectPkg   = "connectrpc.com/connect"
	twirpPkg     = "github.com/twitchtv/twirp"
	gqlgenPkg    = "github.com/99designs/gqlgen/graphql"
	gqlgenServer = "github.com/99designs/gqlgen/graphql/handler"
	gqlerrorPkg  = "github.com/vektah/gqlparser/v2/gqlerror"
	gophersPkg   = "github.com/graph-gophers/graphql-go"
	gophersErrs  = "github.com/graph-gophers/graphql-go/errors"
	humaPkg      = "github.com/danielgtaylor/huma/v2"
	humaSSE      = "github.com/danielgtaylor/huma/v2/sse"
	kitHTTP      = "github.com/go-kit/kit/transport/http"
	kitEndpoint  = "github.com/go-kit/kit/endpoint"
	graphqlGo    = "github.com/graphql-go/graphql"
	netRPC       = "net/rpc"
	gorillaRPC   = "github.com/gorilla/rpc"
	gorillaRPC2  = "github.com/gorilla/rpc/v2"
)

const (
	connectError = "a connect error message sent to the client"
	connectBody  = "a connect response message sent to the client"
	twirpError   = "a twirp error sent to the client"
	gqlError     = "a GraphQL error message sent to the client"
	humaError    = "the huma error response (its detail and errors[].message)"
	humaHeader   = "a huma response header"
	humaEvent    = "a server-sent event sent to the client"
	kitBody      = "the go-kit HTTP response body"
	connectDtl   = "a connect error detail sent to the client"
	grpcDetail   = "a gRPC status detail sent to the client"
)

// humaErrorHelpers are huma v2's Error<status><Name>(msg string, errs
// ...error) helpers: msg is the problem's detail, each error's text an
// errors[].message.
var humaErrorHelpers = []string{
	"Error400BadRequest", "Error401Unauthorized", "Error402PaymentRequired", "Error403Forbidden",
	"Error404NotFound", "Error405MethodNotAllowed", "Error406NotAcceptable", "Error407ProxyAuthRequired",
	"Error408RequestTimeout", "Error409Conflict", "Error410Gone", "Error411LengthRequired",
	"Error412PreconditionFailed", "Error413RequestEntityTooLarge", "Error414RequestURITooLong",
	"Error415UnsupportedMediaType", "Error416RequestedRangeNotSatisfiable", "Error417ExpectationFailed",
	"Error418Teapot", "Error421MisdirectedRequest", "Error422UnprocessableEntity", "Error423Locked",
	"Error424FailedDependency", "Error425TooEarly", "Error426UpgradeRequired", "Error428PreconditionRequired",
	"Error429TooManyRequests", "Error431RequestHeaderFieldsTooLarge", "Error451UnavailableForLegalReasons",
	"Error500InternalServerError", "Error501NotImplemented", "Error502BadGateway",
	"Error503ServiceUnavailable", "Error504GatewayTimeout", "Error505HTTPVersionNotSupported",
	"Error506VariantAlsoNegotiates", "Error507InsufficientStorage", "Error508LoopDetected",
	"Error510NotExtended", "Error511NetworkAuthenticationRequired",
}

// rpcSinks are the rows for these frameworks. huma.NewError and
// NewErrorWithContext are package variables of function type (an
// application may replace them); calls through them match like functions.
var rpcSinks = append([]sink{
	// connect-go: an *Error's message is its underlying error's text.
	{Pkg: connectPkg, Name: "NewError", Args: []int{1}, Writer: -1, What: connectError},
	{Pkg: connectPkg, Name: "NewWireError", Args: []int{1}, Writer: -1, What: connectError},
	{Pkg: connectPkg, Recv: "ErrorWriter", Name: "Write", Args: []int{2}, Writer: -1, What: connectError},
	{Pkg: connectPkg, Recv: "ServerStream", Name: "Send", Args: []int{0}, Writer: -1, What: connectBody},
	{Pkg: connectPkg, Recv: "BidiStream", Name: "Send", Args: []int{0}, Writer: -1, What: connectBody},

	// Error details: protobuf messages sent with the error (connect's
	// details, gRPC's grpc-status-details-bin trailer), which clients
	// decode and show (errdetails.ErrorInfo's reason and metadata,
	// LocalizedMessage, a wrapped string). A detail is reported where the
	// message enters it: connect.NewErrorDetail(msg) (AddDetail takes
	// what it built), status.WithDetails(details...). The constructors of
	// the well-known types carry their arguments (propagators).
	{Pkg: connectPkg, Name: "NewErrorDetail", Args: []int{0}, Writer: -1, What: connectDtl},
	{Pkg: grpcStatus, Recv: "Status", Name: "WithDetails", Args: []int{0}, Variadic: true, Writer: -1, What: grpcDetail},

	// twirp: msg, formatted messages, an argument's name and meta values
	// are sent; InternalErrorWith sends err.Error().
	{Pkg: twirpPkg, Name: "NewError", Args: []int{1}, Writer: -1, What: twirpError},
	{Pkg: twirpPkg, Name: "NewErrorf", Args: []int{1}, Variadic: true, Writer: -1, What: twirpError},
	{Pkg: twirpPkg, Name: "NotFoundError", Args: []int{0}, Writer: -1, What: twirpError},
	{Pkg: twirpPkg, Name: "InvalidArgumentError", Args: []int{0, 1}, Writer: -1, What: twirpError},
	{Pkg: twirpPkg, Name: "RequiredArgumentError", Args: []int{0}, Writer: -1, What: twirpError},
	{Pkg: twirpPkg, Name: "InternalError", Args: []int{0}, Writer: -1, What: twirpError},
	{Pkg: twirpPkg, Name: "InternalErrorf", Args: []int{0}, Variadic: true, Writer: -1, What: twirpError},
	{Pkg: twirpPkg, Name: "InternalErrorWith", Args: []int{0}, Writer: -1, What: twirpError},
	{Pkg: twirpPkg, Name: "WriteError", Args: []int{1}, Writer: -1, What: twirpError},
	{Pkg: twirpPkg, Recv: "ErrorCode", Name: "Error", Args: []int{0}, Writer: -1, What: twirpError},
	{Pkg: twirpPkg, Recv: "ErrorCode", Name: "Errorf", Args: []int{0}, Variadic: true, Writer: -1, What: twirpError},
	{Pkg: twirpPkg, Recv: "Error", Name: "WithMeta", Args: []int{1}, Writer: -1, What: twirpError},

	// gqlgen and gqlparser: errors[].message.
	{Pkg: gqlerrorPkg, Name: "Errorf", Args: []int{0}, Variadic: true, Writer: -1, What: gqlError},
	{Pkg: gqlerrorPkg, Name: "ErrorPathf", Args: []int{1}, Variadic: true, Writer: -1, What: gqlError},
	{Pkg: gqlerrorPkg, Name: "Wrap", Args: []int{0}, Writer: -1, What: gqlError},
	{Pkg: gqlerrorPkg, Name: "WrapPath", Args: []int{1}, Writer: -1, What: gqlError},
	{Pkg: gqlerrorPkg, Name: "WrapIfUnwrapped", Args: []int{0}, Writer: -1, What: gqlError},
	{Pkg: gqlgenPkg, Name: "AddError", Args: []int{1}, Writer: -1, What: gqlError},
	{Pkg: gqlgenPkg, Name: "AddErrorf", Args: []int{1}, Variadic: true, Writer: -1, What: gqlError},

	// graph-gophers/graphql-go.
	{Pkg: gophersErrs, Name: "Errorf", Args: []int{0}, Variadic: true, Writer: -1, What: gqlError},

	// huma v2: the detail and the errors' text.
	{Pkg: humaPkg, Name: "NewError", Args: []int{1}, Variadic: true, Writer: -1, What: humaError},
	{Pkg: humaPkg, Name: "NewErrorWithContext", Args: []int{2}, Variadic: true, Writer: -1, What: humaError},
	{Pkg: humaPkg, Name: "WriteErr", Args: []int{3}, Variadic: true, Writer: -1, What: humaError},
	{Pkg: humaPkg, Recv: "ErrorModel", Name: "Add", Args: []int{0}, Writer: -1, What: humaError},
	// huma.Context, as a middleware or a streaming body (Body
	// func(huma.Context)) writes the response; its BodyWriter is in
	// clientWriterResults.
	{Pkg: humaPkg, Recv: "Context", Name: "SetHeader", Args: []int{0, 1}, Writer: -1, What: humaHeader},
	{Pkg: humaPkg, Recv: "Context", Name: "AppendHeader", Args: []int{0, 1}, Writer: -1, What: humaHeader},
	// huma's sse: each message's Data is an event's data; send(msg) calls
	// the Sender itself (a row named for the function type).
	{Pkg: humaSSE, Recv: "Sender", Name: "Data", Args: []int{0}, Writer: -1, What: humaEvent},
	{Pkg: humaSSE, Name: "Sender", Args: []int{0}, Writer: -1, What: humaEvent},

	// go-kit: the default error encoder writes err.Error() as the body;
	// EncodeJSONResponse encodes the response.
	{Pkg: kitHTTP, Name: "DefaultErrorEncoder", Args: []int{1}, Writer: -1, What: kitBody},
	{Pkg: kitHTTP, Name: "EncodeJSONResponse", Args: []int{2}, Writer: -1, What: kitBody},
}, humaHelperSinks()...)

func humaHelperSinks() []sink {
	out := make([]sink, 0, len(humaErrorHelpers))
	for _, name := range humaErrorHelpers {
		out = append(out, sink{Pkg: humaPkg, Name: name, Args: []int{0}, Variadic: true, Writer: -1, What: humaError})
	}
	return out
}

// responseHeaders are the methods whose http.Header result is sent to the
// client with a response, whatever the receiver (isResponse): connect's
// Response.Header and Trailer, the handler streams' ResponseHeader and
// ResponseTrailer, and Error.Meta (sent as headers or trailers with the
// error). The client-side streams' methods of the same names read what a
// server sent and are not here.
var responseHeaders = map[string]bool{
	connectPkg + ".Response.Header":              true,
	connectPkg + ".Response.Trailer":             true,
	connectPkg + ".ServerStream.ResponseHeader":  true,
	connectPkg + ".ServerStream.ResponseTrailer": true,
	connectPkg + ".BidiStream.ResponseHeader":    true,
	connectPkg + ".BidiStream.ResponseTrailer":   true,
	connectPkg + ".Error.Meta":                   true,
}
