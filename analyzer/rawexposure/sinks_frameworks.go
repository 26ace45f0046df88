package rawexposure

// Framework sinks: what gin, echo, fiber and gRPC send to the client.
//
// Only the arguments that reach the user are listed: never a status code,
// a template name, a content type or a cookie's name. What a framework
// does NOT send by default is not a sink, on purpose:
//   - gin's (*Context).AbortWithError and Error write the status only; the
//     error goes to c.Errors, which gin's own middleware logs and never
//     renders.
//   - echo's HTTPError.Internal (SetInternal, WithInternal) is tagged
//     json:"-" and sent only when Echo.Debug is set.
//   - returning a plain error from an echo handler yields "Internal Server
//     Error".
//
// What a framework sends that is not a call, and so no row can describe:
// fiber's DefaultErrorHandler sends err.Error() of ANY error a handler
// returns, and a gRPC server sends err.Error() of a non-status error as the
// Unknown status's message; both leak a raw message through `return err`,
// which the handler shapes (handlers.go) report. Composite literals such as
// &echo.HTTPError{Message: m} and assignments to their fields are the field
// rows (sinks_fields.go).

const (
	ginPkg     = "github.com/gin-gonic/gin"
	echoPkg    = "github.com/labstack/echo/v4"
	echo5Pkg   = "github.com/labstack/echo/v5"
	fiberPkg   = "github.com/gofiber/fiber/v2"
	fiber3Pkg  = "github.com/gofiber/fiber/v3"
	grpcStatus = "google.golang.org/grpc/status"
	grpcRoot   = "google.golang.org/grpc"
)

// What the user sees, per family; messages read "... written to <What>".
const (
	ginBody     = "the gin response body"
	ginHeader   = "a gin response header"
	ginCookie   = "a gin response cookie"
	ginRedirect = "a gin redirect URL"
	echoBody    = "the echo response body"
	echoError   = "the echo error response (its default handler sends the message)"
	echoCookie  = "an echo response cookie"
	echoRedir   = "an echo redirect URL"
	fiberBody   = "the fiber response body"
	fiberError  = "the fiber error response (its default handler sends the message)"
	fiberHeader = "a fiber response header"
	fiberCookie = "a fiber response cookie"
	fiberRedir  = "a fiber redirect URL"
	grpcWhat    = "the gRPC status message sent to the client"
	grpcMeta    = "gRPC response metadata (a header or trailer the client reads)"
	grpcStream  = "a gRPC stream message sent to the client"
)

// frameworkSinks are the web-framework and RPC sinks: gin, echo, fiber, gRPC.
var frameworkSinks = []sink{
	// gin v1.10+: (*gin.Context) methods.
	{Pkg: ginPkg, Recv: "Context", Name: "JSON", Args: []int{1}, Writer: -1, What: ginBody},
	{Pkg: ginPkg, Recv: "Context", Name: "IndentedJSON", Args: []int{1}, Writer: -1, What: ginBody},
	{Pkg: ginPkg, Recv: "Context", Name: "SecureJSON", Args: []int{1}, Writer: -1, What: ginBody},
	{Pkg: ginPkg, Recv: "Context", Name: "JSONP", Args: []int{1}, Writer: -1, What: ginBody},
	{Pkg: ginPkg, Recv: "Context", Name: "AsciiJSON", Args: []int{1}, Writer: -1, What: ginBody},
	{Pkg: ginPkg, Recv: "Context", Name: "PureJSON", Args: []int{1}, Writer: -1, What: ginBody},
	{Pkg: ginPkg, Recv: "Context", Name: "AbortWithStatusJSON", Args: []int{1}, Writer: -1, What: ginBody},
	{Pkg: ginPkg, Recv: "Context", Name: "AbortWithStatusPureJSON", Args: []int{1}, Writer: -1, What: ginBody},
	{Pkg: ginPkg, Recv: "Context", Name: "XML", Args: []int{1}, Writer: -1, What: ginBody},
	{Pkg: ginPkg, Recv: "Context", Name: "YAML", Args: []int{1}, Writer: -1, What: ginBody},
	{Pkg: ginPkg, Recv: "Context", Name: "TOML", Args: []int{1}, Writer: -1, What: ginBody},
	{Pkg: ginPkg, Recv: "Context", Name: "ProtoBuf", Args: []int{1}, Writer: -1, What: ginBody},
	{Pkg: ginPkg, Recv: "Context", Name: "BSON", Args: []int{1}, Writer: -1, What: ginBody},
	{Pkg: ginPkg, Recv: "Context", Name: "HTML", Args: []int{2}, Writer: -1, What: ginBody},
	{Pkg: ginPkg, Recv: "Context", Name: "String", Args: []int{1}, Variadic: true, Writer: -1, What: ginBody},
	{Pkg: ginPkg, Recv: "Context", Name: "Data", Args: []int{2}, Writer: -1, What: ginBody},
	{Pkg: ginPkg, Recv: "Context", Name: "DataFromReader", Args: []int{3}, Writer: -1, What: ginBody},
	{Pkg: ginPkg, Recv: "Context", Name: "Negotiate", Args: []int{1}, Writer: -1, What: ginBody},
	{Pkg: ginPkg, Recv: "Context", Name: "SSEvent", Args: []int{1}, Writer: -1, What: ginBody},
	{Pkg: ginPkg, Recv: "Context", Name: "Redirect", Args: []int{1}, Writer: -1, What: ginRedirect},
	{Pkg: ginPkg, Recv: "Context", Name: "Header", Args: []int{1}, Writer: -1, What: ginHeader},
	{Pkg: ginPkg, Recv: "Context", Name: "SetCookie", Args: []int{1}, Writer: -1, What: ginCookie},
	{Pkg: ginPkg, Recv: "Context", Name: "SetCookieData", Args: []int{0}, Writer: -1, What: ginCookie},
	// c.Writer: Write is the net/http row (gin.ResponseWriter embeds
	// http.ResponseWriter); WriteString is gin's own.
	{Pkg: ginPkg, Recv: "ResponseWriter", Name: "WriteString", Args: []int{0}, Writer: -1, What: ginBody},

	// echo v4: the echo.Context interface, and NewHTTPError, whose message
	// the default HTTPErrorHandler sends as {"message": ...}.
	{Pkg: echoPkg, Recv: "Context", Name: "JSON", Args: []int{1}, Writer: -1, What: echoBody},
	{Pkg: echoPkg, Recv: "Context", Name: "JSONPretty", Args: []int{1}, Writer: -1, What: echoBody},
	{Pkg: echoPkg, Recv: "Context", Name: "JSONBlob", Args: []int{1}, Writer: -1, What: echoBody},
	{Pkg: echoPkg, Recv: "Context", Name: "JSONP", Args: []int{2}, Writer: -1, What: echoBody},
	{Pkg: echoPkg, Recv: "Context", Name: "JSONPBlob", Args: []int{2}, Writer: -1, What: echoBody},
	{Pkg: echoPkg, Recv: "Context", Name: "XML", Args: []int{1}, Writer: -1, What: echoBody},
	{Pkg: echoPkg, Recv: "Context", Name: "XMLPretty", Args: []int{1}, Writer: -1, What: echoBody},
	{Pkg: echoPkg, Recv: "Context", Name: "XMLBlob", Args: []int{1}, Writer: -1, What: echoBody},
	{Pkg: echoPkg, Recv: "Context", Name: "HTML", Args: []int{1}, Writer: -1, What: echoBody},
	{Pkg: echoPkg, Recv: "Context", Name: "HTMLBlob", Args: []int{1}, Writer: -1, What: echoBody},
	{Pkg: echoPkg, Recv: "Context", Name: "String", Args: []int{1}, Writer: -1, What: echoBody},
	{Pkg: echoPkg, Recv: "Context", Name: "Blob", Args: []int{2}, Writer: -1, What: echoBody},
	{Pkg: echoPkg, Recv: "Context", Name: "Stream", Args: []int{2}, Writer: -1, What: echoBody},
	{Pkg: echoPkg, Recv: "Context", Name: "Render", Args: []int{2}, Writer: -1, What: echoBody},
	{Pkg: echoPkg, Recv: "Context", Name: "Redirect", Args: []int{1}, Writer: -1, What: echoRedir},
	{Pkg: echoPkg, Recv: "Context", Name: "SetCookie", Args: []int{0}, Writer: -1, What: echoCookie},
	{Pkg: echoPkg, Name: "NewHTTPError", Args: []int{1}, Variadic: true, Writer: -1, What: echoError},

	// echo v5: *echo.Context is a struct; NewHTTPError takes one message.
	{Pkg: echo5Pkg, Recv: "Context", Name: "JSON", Args: []int{1}, Writer: -1, What: echoBody},
	{Pkg: echo5Pkg, Recv: "Context", Name: "JSONPretty", Args: []int{1}, Writer: -1, What: echoBody},
	{Pkg: echo5Pkg, Recv: "Context", Name: "JSONBlob", Args: []int{1}, Writer: -1, What: echoBody},
	{Pkg: echo5Pkg, Recv: "Context", Name: "JSONP", Args: []int{2}, Writer: -1, What: echoBody},
	{Pkg: echo5Pkg, Recv: "Context", Name: "JSONPBlob", Args: []int{2}, Writer: -1, What: echoBody},
	{Pkg: echo5Pkg, Recv: "Context", Name: "XML", Args: []int{1}, Writer: -1, What: echoBody},
	{Pkg: echo5Pkg, Recv: "Context", Name: "XMLPretty", Args: []int{1}, Writer: -1, What: echoBody},
	{Pkg: echo5Pkg, Recv: "Context", Name: "XMLBlob", Args: []int{1}, Writer: -1, What: echoBody},
	{Pkg: echo5Pkg, Recv: "Context", Name: "HTML", Args: []int{1}, Writer: -1, What: echoBody},
	{Pkg: echo5Pkg, Recv: "Context", Name: "HTMLBlob", Args: []int{1}, Writer: -1, What: echoBody},
	{Pkg: echo5Pkg, Recv: "Context", Name: "String", Args: []int{1}, Writer: -1, What: echoBody},
	{Pkg: echo5Pkg, Recv: "Context", Name: "Blob", Args: []int{2}, Writer: -1, What: echoBody},
	{Pkg: echo5Pkg, Recv: "Context", Name: "Stream", Args: []int{2}, Writer: -1, What: echoBody},
	{Pkg: echo5Pkg, Recv: "Context", Name: "Render", Args: []int{2}, Writer: -1, What: echoBody},
	{Pkg: echo5Pkg, Recv: "Context", Name: "Redirect", Args: []int{1}, Writer: -1, What: echoRedir},
	{Pkg: echo5Pkg, Recv: "Context", Name: "SetCookie", Args: []int{0}, Writer: -1, What: echoCookie},
	{Pkg: echo5Pkg, Name: "NewHTTPError", Args: []int{1}, Writer: -1, What: echoError},

	// fiber v2: (*fiber.Ctx) methods, and NewError, whose message the
	// default ErrorHandler sends as the body.
	{Pkg: fiberPkg, Recv: "Ctx", Name: "SendString", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiberPkg, Recv: "Ctx", Name: "Send", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiberPkg, Recv: "Ctx", Name: "SendStream", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiberPkg, Recv: "Ctx", Name: "JSON", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiberPkg, Recv: "Ctx", Name: "JSONP", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiberPkg, Recv: "Ctx", Name: "XML", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiberPkg, Recv: "Ctx", Name: "Format", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiberPkg, Recv: "Ctx", Name: "Render", Args: []int{1}, Writer: -1, What: fiberBody},
	{Pkg: fiberPkg, Recv: "Ctx", Name: "Bind", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiberPkg, Recv: "Ctx", Name: "Write", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiberPkg, Recv: "Ctx", Name: "WriteString", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiberPkg, Recv: "Ctx", Name: "Writef", Args: []int{0}, Variadic: true, Writer: -1, What: fiberBody},
	{Pkg: fiberPkg, Recv: "Ctx", Name: "Redirect", Args: []int{0}, Writer: -1, What: fiberRedir},
	{Pkg: fiberPkg, Recv: "Ctx", Name: "Location", Args: []int{0}, Writer: -1, What: fiberRedir},
	{Pkg: fiberPkg, Recv: "Ctx", Name: "Set", Args: []int{1}, Writer: -1, What: fiberHeader},
	{Pkg: fiberPkg, Recv: "Ctx", Name: "Append", Args: []int{1}, Variadic: true, Writer: -1, What: fiberHeader},
	{Pkg: fiberPkg, Recv: "Ctx", Name: "Cookie", Args: []int{0}, Writer: -1, What: fiberCookie},
	{Pkg: fiberPkg, Name: "NewError", Args: []int{1}, Variadic: true, Writer: -1, What: fiberError},

	// fiber v3: the fiber.Ctx and fiber.Res interfaces, Redirect, NewError
	// and NewErrorf.
	{Pkg: fiber3Pkg, Recv: "Ctx", Name: "SendString", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Ctx", Name: "Send", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Ctx", Name: "SendStream", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Ctx", Name: "JSON", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Ctx", Name: "JSONP", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Ctx", Name: "XML", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Ctx", Name: "CBOR", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Ctx", Name: "MsgPack", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Ctx", Name: "AutoFormat", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Ctx", Name: "Render", Args: []int{1}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Ctx", Name: "Write", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Ctx", Name: "WriteString", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Ctx", Name: "Writef", Args: []int{0}, Variadic: true, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Ctx", Name: "Set", Args: []int{1}, Writer: -1, What: fiberHeader},
	{Pkg: fiber3Pkg, Recv: "Ctx", Name: "Append", Args: []int{1}, Variadic: true, Writer: -1, What: fiberHeader},
	{Pkg: fiber3Pkg, Recv: "Ctx", Name: "Cookie", Args: []int{0}, Writer: -1, What: fiberCookie},
	{Pkg: fiber3Pkg, Recv: "Ctx", Name: "Location", Args: []int{0}, Writer: -1, What: fiberRedir},
	{Pkg: fiber3Pkg, Recv: "Ctx", Name: "ViewBind", Args: []int{0}, Writer: -1, What: fiberBody},
	// c.Res(), the Res interface, has the same response methods.
	{Pkg: fiber3Pkg, Recv: "Res", Name: "SendString", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Res", Name: "Send", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Res", Name: "SendStream", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Res", Name: "JSON", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Res", Name: "JSONP", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Res", Name: "XML", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Res", Name: "CBOR", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Res", Name: "MsgPack", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Res", Name: "AutoFormat", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Res", Name: "Render", Args: []int{1}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Res", Name: "ViewBind", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Res", Name: "Write", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Res", Name: "WriteString", Args: []int{0}, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Res", Name: "Writef", Args: []int{0}, Variadic: true, Writer: -1, What: fiberBody},
	{Pkg: fiber3Pkg, Recv: "Res", Name: "Set", Args: []int{1}, Writer: -1, What: fiberHeader},
	{Pkg: fiber3Pkg, Recv: "Res", Name: "Append", Args: []int{1}, Variadic: true, Writer: -1, What: fiberHeader},
	{Pkg: fiber3Pkg, Recv: "Res", Name: "Cookie", Args: []int{0}, Writer: -1, What: fiberCookie},
	{Pkg: fiber3Pkg, Recv: "Res", Name: "Location", Args: []int{0}, Writer: -1, What: fiberRedir},
	{Pkg: fiber3Pkg, Recv: "Redirect", Name: "To", Args: []int{0}, Writer: -1, What: fiberRedir},
	{Pkg: fiber3Pkg, Recv: "Redirect", Name: "Back", Args: []int{0}, Variadic: true, Writer: -1, What: fiberRedir},
	{Pkg: fiber3Pkg, Recv: "Redirect", Name: "With", Args: []int{1}, Writer: -1, What: fiberCookie},
	{Pkg: fiber3Pkg, Name: "NewError", Args: []int{1}, Variadic: true, Writer: -1, What: fiberError},
	{Pkg: fiber3Pkg, Name: "NewErrorf", Args: []int{1}, Variadic: true, Writer: -1, What: fiberError},

	// gRPC: the status message is sent to the client. status.New's msg is
	// the sink: its Err() is what a server method returns.
	{Pkg: grpcStatus, Name: "Error", Args: []int{1}, Writer: -1, What: grpcWhat},
	{Pkg: grpcStatus, Name: "Errorf", Args: []int{1}, Variadic: true, Writer: -1, What: grpcWhat},
	{Pkg: grpcStatus, Name: "New", Args: []int{1}, Writer: -1, What: grpcWhat},
	{Pkg: grpcStatus, Name: "Newf", Args: []int{1}, Variadic: true, Writer: -1, What: grpcWhat},
	// gRPC response metadata: headers and trailers reach the client like
	// HTTP headers (metadata.Pairs and MD.Set carry their values, see
	// propagators and sinkWriters).
	{Pkg: grpcRoot, Name: "SetHeader", Args: []int{1}, Writer: -1, What: grpcMeta},
	{Pkg: grpcRoot, Name: "SendHeader", Args: []int{1}, Writer: -1, What: grpcMeta},
	{Pkg: grpcRoot, Name: "SetTrailer", Args: []int{1}, Writer: -1, What: grpcMeta},
	{Pkg: grpcRoot, Recv: "ServerStream", Name: "SetHeader", Args: []int{0}, Writer: -1, What: grpcMeta},
	{Pkg: grpcRoot, Recv: "ServerStream", Name: "SendHeader", Args: []int{0}, Writer: -1, What: grpcMeta},
	{Pkg: grpcRoot, Recv: "ServerStream", Name: "SetTrailer", Args: []int{0}, Writer: -1, What: grpcMeta},
	// gRPC server streams: a message a server stream sends is a response
	// body. SendMsg matches by name on any type implementing ServerStream;
	// the typed Send and SendAndClose of the generic stream interfaces
	// (what protoc-gen-go-grpc 1.4+ aliases <S>_<M>Server to) match
	// exactly. A client stream's SendMsg goes to the server called.
	{Pkg: grpcRoot, Recv: "ServerStream", Name: "SendMsg", Args: []int{0}, Writer: -1, What: grpcStream},
	{Pkg: grpcRoot, Recv: "ServerStreamingServer", Name: "Send", Args: []int{0}, Writer: -1, What: grpcStream},
	{Pkg: grpcRoot, Recv: "BidiStreamingServer", Name: "Send", Args: []int{0}, Writer: -1, What: grpcStream},
	{Pkg: grpcRoot, Recv: "ClientStreamingServer", Name: "SendAndClose", Args: []int{0}, Writer: -1, What: grpcStream},
}
