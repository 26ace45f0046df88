package rawexposure

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Web sinks: go-chi/render, gorilla/sessions flashes, the websocket
// libraries (gorilla and its fasthttp fork, coder and nhooyr,
// golang.org/x/net, gobwas/ws, lxzan/gws), beego v2, iris
// v12, hertz, fasthttp and go-zero's rest/httpx. chi and gorilla/mux route plain net/http
// handlers, so the net/http rows cover them.
//
// Only the arguments that reach the user are listed: a body, a header or
// cookie value, a redirect URL, a websocket message or close reason, a
// flash message shown on the next page. Not sinks, on purpose:
//   - status codes, content types, template and cookie names, a websocket
//     message type or close code, a flash's key;
//   - gorilla/sessions' Session.Values: a store keeps them server side or
//     in a signed (optionally encrypted) cookie the application reads
//     back itself; they reach a page only when a handler renders them
//     (docs/framework-sinks.md has the caveat of a CookieStore without an
//     encryption key);
//   - beego's Context.Abort(status, body): the body is a panic value that
//     beego's recovery logs, and renders only in dev mode with
//     EnableErrorsRender;
//   - iris' SetErrPrivate and an ErrPrivate error: the default error
//     handler writes the status text instead;
//   - hertz's AbortWithError and Error: like gin's, they fill c.Errors,
//     which hertz never renders;
//
// What is not a call cannot be a row here: beego's c.Data["json"] = v
// followed by c.ServeJSON() is a field row (sinks_fields.go).

const (
	chiRender    = "github.com/go-chi/render"
	sessionsPkg  = "github.com/gorilla/sessions"
	gorillaWS    = "github.com/gorilla/websocket"
	fasthttpWS   = "github.com/fasthttp/websocket"
	gobwasWSUtil = "github.com/gobwas/ws/wsutil"
	gwsPkg       = "github.com/lxzan/gws"
	coderWS      = "github.com/coder/websocket"
	coderWSJSON  = "github.com/coder/websocket/wsjson"
	nhooyrWS     = "nhooyr.io/websocket"
	nhooyrWSJSON = "nhooyr.io/websocket/wsjson"
	xnetWS       = "golang.org/x/net/websocket"
	beegoWeb     = "github.com/beego/beego/v2/server/web"
	beegoCtx     = "github.com/beego/beego/v2/server/web/context"
	irisCtx      = "github.com/kataras/iris/v12/context"
	irisMVC      = "github.com/kataras/iris/v12/mvc"
	hertzApp     = "github.com/cloudwego/hertz/pkg/app"
	hertzProto   = "github.com/cloudwego/hertz/pkg/protocol"
	fasthttpPkg  = "github.com/valyala/fasthttp"
	goZeroHttpx  = "github.com/zeromicro/go-zero/rest/httpx"
)

// What the user sees; messages read "... written to <What>".
const (
	renderBody    = "the chi render response body"
	flashWhat     = "a flash message shown on the next page"
	wsMessage     = "a websocket message sent to the client"
	wsClose       = "a websocket close reason sent to the client"
	beegoBody     = "the beego response body"
	beegoHeader   = "a beego response header"
	beegoCookie   = "a beego response cookie"
	beegoRedirect = "a beego redirect URL"
	irisBody      = "the iris response body"
	irisError     = "the iris error response (its default error handler writes the error's text)"
	irisHeader    = "an iris response header"
	irisCookie    = "an iris response cookie"
	irisRedirect  = "an iris redirect URL"
	hertzBody     = "the hertz response body"
	hertzHeader   = "a hertz response header"
	hertzCookie   = "a hertz response cookie"
	hertzRedirect = "a hertz redirect URL"
	fastBody      = "the fasthttp response body"
	fastHeader    = "a fasthttp response header"
	fastCookie    = "a fasthttp response cookie"
	fastRedirect  = "a fasthttp redirect URL"
	goZeroBody    = "the go-zero response body"
	writerWhat    = "a writer to the client"
)

// webSinks are the rows of the libraries above.
var webSinks = []sink{
	// go-chi/render: every responder writes its v. Respond is a variable
	// holding DefaultResponder (see sinkVars); Render and RenderList
	// encode the Renderer after calling its Render method.
	{Pkg: chiRender, Name: "JSON", Args: []int{2}, Writer: -1, What: renderBody},
	{Pkg: chiRender, Name: "XML", Args: []int{2}, Writer: -1, What: renderBody},
	{Pkg: chiRender, Name: "PlainText", Args: []int{2}, Writer: -1, What: renderBody},
	{Pkg: chiRender, Name: "HTML", Args: []int{2}, Writer: -1, What: renderBody},
	{Pkg: chiRender, Name: "Data", Args: []int{2}, Writer: -1, What: renderBody},
	{Pkg: chiRender, Name: "DefaultResponder", Args: []int{2}, Writer: -1, What: renderBody},
	{Pkg: chiRender, Name: "Render", Args: []int{2}, Writer: -1, What: renderBody},
	{Pkg: chiRender, Name: "RenderList", Args: []int{2}, Writer: -1, What: renderBody},

	// gorilla/sessions: a flash is read back and shown on the next page;
	// NewCookie's value is the cookie sent.
	{Pkg: sessionsPkg, Recv: "Session", Name: "AddFlash", Args: []int{0}, Writer: -1, What: flashWhat},
	{Pkg: sessionsPkg, Name: "NewCookie", Args: []int{1}, Writer: -1, What: "a response cookie"},

	// gorilla/websocket: messages, control frames (a close frame's reason is
	// the text FormatCloseMessage encodes into its data, see
	// propagatorFuncs) and a prepared message's data.
	{Pkg: gorillaWS, Recv: "Conn", Name: "WriteMessage", Args: []int{1}, Writer: -1, What: wsMessage},
	{Pkg: gorillaWS, Recv: "Conn", Name: "WriteJSON", Args: []int{0}, Writer: -1, What: wsMessage},
	{Pkg: gorillaWS, Recv: "Conn", Name: "WriteControl", Args: []int{1}, Writer: -1, What: wsMessage},
	{Pkg: gorillaWS, Name: "WriteJSON", Args: []int{1}, Writer: -1, What: wsMessage},
	{Pkg: gorillaWS, Name: "NewPreparedMessage", Args: []int{1}, Writer: -1, What: wsMessage},

	// fasthttp/websocket: gorilla's fork for fasthttp, with the same API
	// (gofiber/contrib/websocket's Conn embeds its *Conn).
	{Pkg: fasthttpWS, Recv: "Conn", Name: "WriteMessage", Args: []int{1}, Writer: -1, What: wsMessage},
	{Pkg: fasthttpWS, Recv: "Conn", Name: "WriteJSON", Args: []int{0}, Writer: -1, What: wsMessage},
	{Pkg: fasthttpWS, Recv: "Conn", Name: "WriteControl", Args: []int{1}, Writer: -1, What: wsMessage},
	{Pkg: fasthttpWS, Name: "WriteJSON", Args: []int{1}, Writer: -1, What: wsMessage},
	{Pkg: fasthttpWS, Name: "NewPreparedMessage", Args: []int{1}, Writer: -1, What: wsMessage},

	// gobwas/ws: the server-side writers of wsutil (the connection is a
	// net.Conn; wsutil.NewWriter is a clientWriterResults).
	{Pkg: gobwasWSUtil, Name: "WriteServerMessage", Args: []int{2}, Writer: -1, What: wsMessage},
	{Pkg: gobwasWSUtil, Name: "WriteServerText", Args: []int{1}, Writer: -1, What: wsMessage},
	{Pkg: gobwasWSUtil, Name: "WriteServerBinary", Args: []int{1}, Writer: -1, What: wsMessage},
	{Pkg: gobwasWSUtil, Name: "WriteMessage", Args: []int{3}, Writer: -1, What: wsMessage},

	// lxzan/gws: a connection's messages and close reason, a broadcast's
	// payload.
	{Pkg: gwsPkg, Recv: "Conn", Name: "WriteMessage", Args: []int{1}, Writer: -1, What: wsMessage},
	{Pkg: gwsPkg, Recv: "Conn", Name: "WriteString", Args: []int{0}, Writer: -1, What: wsMessage},
	{Pkg: gwsPkg, Recv: "Conn", Name: "WriteAsync", Args: []int{1}, Writer: -1, What: wsMessage},
	{Pkg: gwsPkg, Recv: "Conn", Name: "WriteClose", Args: []int{1}, Writer: -1, What: wsClose},
	{Pkg: gwsPkg, Name: "NewBroadcaster", Args: []int{1}, Writer: -1, What: wsMessage},

	// coder/websocket and its former import path nhooyr.io/websocket.
	{Pkg: coderWS, Recv: "Conn", Name: "Write", Args: []int{2}, Writer: -1, What: wsMessage},
	{Pkg: coderWS, Recv: "Conn", Name: "Close", Args: []int{1}, Writer: -1, What: wsClose},
	{Pkg: coderWSJSON, Name: "Write", Args: []int{2}, Writer: -1, What: wsMessage},
	{Pkg: nhooyrWS, Recv: "Conn", Name: "Write", Args: []int{2}, Writer: -1, What: wsMessage},
	{Pkg: nhooyrWS, Recv: "Conn", Name: "Close", Args: []int{1}, Writer: -1, What: wsClose},
	{Pkg: nhooyrWSJSON, Name: "Write", Args: []int{2}, Writer: -1, What: wsMessage},

	// golang.org/x/net/websocket: websocket.Message.Send(ws, v) and
	// websocket.JSON.Send(ws, v) are Codec.Send.
	{Pkg: xnetWS, Recv: "Codec", Name: "Send", Args: []int{1}, Writer: -1, What: wsMessage},
	{Pkg: xnetWS, Recv: "Conn", Name: "Write", Args: []int{0}, Writer: -1, What: wsMessage},

	// beego v2: web.Controller (embedded in the application's
	// controllers), its Ctx (*context.Context), Ctx.Output and flashes.
	{Pkg: beegoWeb, Recv: "Controller", Name: "SetData", Args: []int{0}, Writer: -1, What: beegoBody},
	{Pkg: beegoWeb, Recv: "Controller", Name: "JSONResp", Args: []int{0}, Writer: -1, What: beegoBody},
	{Pkg: beegoWeb, Recv: "Controller", Name: "XMLResp", Args: []int{0}, Writer: -1, What: beegoBody},
	{Pkg: beegoWeb, Recv: "Controller", Name: "YamlResp", Args: []int{0}, Writer: -1, What: beegoBody},
	{Pkg: beegoWeb, Recv: "Controller", Name: "Resp", Args: []int{0}, Writer: -1, What: beegoBody},
	// Abort(code) writes code as the body when no error handler is
	// registered under that name.
	{Pkg: beegoWeb, Recv: "Controller", Name: "Abort", Args: []int{0}, Writer: -1, What: beegoBody},
	{Pkg: beegoWeb, Recv: "Controller", Name: "CustomAbort", Args: []int{1}, Writer: -1, What: beegoBody},
	{Pkg: beegoWeb, Recv: "Controller", Name: "Redirect", Args: []int{0}, Writer: -1, What: beegoRedirect},
	{Pkg: beegoWeb, Recv: "Controller", Name: "SetSecureCookie", Args: []int{2}, Writer: -1, What: beegoCookie},
	{Pkg: beegoWeb, Recv: "FlashData", Name: "Set", Args: []int{1}, Variadic: true, Writer: -1, What: flashWhat},
	{Pkg: beegoWeb, Recv: "FlashData", Name: "Success", Args: []int{0}, Variadic: true, Writer: -1, What: flashWhat},
	{Pkg: beegoWeb, Recv: "FlashData", Name: "Notice", Args: []int{0}, Variadic: true, Writer: -1, What: flashWhat},
	{Pkg: beegoWeb, Recv: "FlashData", Name: "Warning", Args: []int{0}, Variadic: true, Writer: -1, What: flashWhat},
	{Pkg: beegoWeb, Recv: "FlashData", Name: "Error", Args: []int{0}, Variadic: true, Writer: -1, What: flashWhat},
	{Pkg: beegoCtx, Recv: "Context", Name: "WriteString", Args: []int{0}, Writer: -1, What: beegoBody},
	{Pkg: beegoCtx, Recv: "Context", Name: "Resp", Args: []int{0}, Writer: -1, What: beegoBody},
	{Pkg: beegoCtx, Recv: "Context", Name: "JSONResp", Args: []int{0}, Writer: -1, What: beegoBody},
	{Pkg: beegoCtx, Recv: "Context", Name: "XMLResp", Args: []int{0}, Writer: -1, What: beegoBody},
	{Pkg: beegoCtx, Recv: "Context", Name: "YamlResp", Args: []int{0}, Writer: -1, What: beegoBody},
	{Pkg: beegoCtx, Recv: "Context", Name: "Redirect", Args: []int{1}, Writer: -1, What: beegoRedirect},
	{Pkg: beegoCtx, Recv: "Context", Name: "SetCookie", Args: []int{1}, Writer: -1, What: beegoCookie},
	{Pkg: beegoCtx, Recv: "Context", Name: "SetSecureCookie", Args: []int{2}, Writer: -1, What: beegoCookie},
	{Pkg: beegoCtx, Recv: "BeegoOutput", Name: "Body", Args: []int{0}, Writer: -1, What: beegoBody},
	{Pkg: beegoCtx, Recv: "BeegoOutput", Name: "JSON", Args: []int{0}, Writer: -1, What: beegoBody},
	{Pkg: beegoCtx, Recv: "BeegoOutput", Name: "JSONP", Args: []int{0}, Writer: -1, What: beegoBody},
	{Pkg: beegoCtx, Recv: "BeegoOutput", Name: "XML", Args: []int{0}, Writer: -1, What: beegoBody},
	{Pkg: beegoCtx, Recv: "BeegoOutput", Name: "YAML", Args: []int{0}, Writer: -1, What: beegoBody},
	{Pkg: beegoCtx, Recv: "BeegoOutput", Name: "ServeFormatted", Args: []int{0}, Writer: -1, What: beegoBody},
	{Pkg: beegoCtx, Recv: "BeegoOutput", Name: "Header", Args: []int{1}, Writer: -1, What: beegoHeader},
	{Pkg: beegoCtx, Recv: "BeegoOutput", Name: "Cookie", Args: []int{1}, Writer: -1, What: beegoCookie},

	// iris v12: iris.Context is an alias of *context.Context. The default
	// error handler writes the text of an error set by SetErr,
	// StopWithError or StopWithPlainError on a failure status.
	{Pkg: irisCtx, Recv: "Context", Name: "Write", Args: []int{0}, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "WriteString", Args: []int{0}, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "Writef", Args: []int{0}, Variadic: true, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "WriteWithExpiration", Args: []int{0}, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "Binary", Args: []int{0}, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "Text", Args: []int{0}, Variadic: true, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "HTML", Args: []int{0}, Variadic: true, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "JSON", Args: []int{0}, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "JSONP", Args: []int{0}, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "XML", Args: []int{0}, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "YAML", Args: []int{0}, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "TextYAML", Args: []int{0}, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "Markdown", Args: []int{0}, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "MsgPack", Args: []int{0}, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "Problem", Args: []int{0}, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "Negotiate", Args: []int{0}, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "Render", Args: []int{1}, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "ServeContent", Args: []int{0}, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "View", Args: []int{1}, Variadic: true, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "ViewData", Args: []int{1}, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "StopWithText", Args: []int{1}, Variadic: true, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "StopWithJSON", Args: []int{1}, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "StopWithProblem", Args: []int{1}, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "StopWithError", Args: []int{1}, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Context", Name: "StopWithPlainError", Args: []int{1}, Writer: -1, What: irisError},
	{Pkg: irisCtx, Recv: "Context", Name: "SetErr", Args: []int{0}, Writer: -1, What: irisError},
	{Pkg: irisCtx, Recv: "Context", Name: "Redirect", Args: []int{0}, Writer: -1, What: irisRedirect},
	{Pkg: irisCtx, Recv: "Context", Name: "Header", Args: []int{1}, Writer: -1, What: irisHeader},
	{Pkg: irisCtx, Recv: "Context", Name: "SetCookieKV", Args: []int{1}, Writer: -1, What: irisCookie},
	{Pkg: irisCtx, Recv: "Context", Name: "SetCookie", Args: []int{0}, Writer: -1, What: irisCookie},
	{Pkg: irisCtx, Recv: "Context", Name: "UpsertCookie", Args: []int{0}, Writer: -1, What: irisCookie},
	// A Problem (iris.NewProblem()) is built to be sent.
	{Pkg: irisCtx, Recv: "Problem", Name: "Title", Args: []int{0}, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Problem", Name: "Detail", Args: []int{0}, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Problem", Name: "DetailErr", Args: []int{0}, Writer: -1, What: irisBody},
	{Pkg: irisCtx, Recv: "Problem", Name: "Key", Args: []int{1}, Writer: -1, What: irisBody},

	// hertz: (*app.RequestContext) methods, c.Response and its Header.
	{Pkg: hertzApp, Recv: "RequestContext", Name: "String", Args: []int{1}, Variadic: true, Writer: -1, What: hertzBody},
	{Pkg: hertzApp, Recv: "RequestContext", Name: "JSON", Args: []int{1}, Writer: -1, What: hertzBody},
	{Pkg: hertzApp, Recv: "RequestContext", Name: "PureJSON", Args: []int{1}, Writer: -1, What: hertzBody},
	{Pkg: hertzApp, Recv: "RequestContext", Name: "IndentedJSON", Args: []int{1}, Writer: -1, What: hertzBody},
	{Pkg: hertzApp, Recv: "RequestContext", Name: "XML", Args: []int{1}, Writer: -1, What: hertzBody},
	{Pkg: hertzApp, Recv: "RequestContext", Name: "ProtoBuf", Args: []int{1}, Writer: -1, What: hertzBody},
	{Pkg: hertzApp, Recv: "RequestContext", Name: "HTML", Args: []int{2}, Writer: -1, What: hertzBody},
	{Pkg: hertzApp, Recv: "RequestContext", Name: "Data", Args: []int{2}, Writer: -1, What: hertzBody},
	{Pkg: hertzApp, Recv: "RequestContext", Name: "Render", Args: []int{1}, Writer: -1, What: hertzBody},
	{Pkg: hertzApp, Recv: "RequestContext", Name: "AbortWithMsg", Args: []int{0}, Writer: -1, What: hertzBody},
	{Pkg: hertzApp, Recv: "RequestContext", Name: "AbortWithStatusJSON", Args: []int{1}, Writer: -1, What: hertzBody},
	{Pkg: hertzApp, Recv: "RequestContext", Name: "Write", Args: []int{0}, Writer: -1, What: hertzBody},
	{Pkg: hertzApp, Recv: "RequestContext", Name: "WriteString", Args: []int{0}, Writer: -1, What: hertzBody},
	{Pkg: hertzApp, Recv: "RequestContext", Name: "SetBodyString", Args: []int{0}, Writer: -1, What: hertzBody},
	{Pkg: hertzApp, Recv: "RequestContext", Name: "SetBodyStream", Args: []int{0}, Writer: -1, What: hertzBody},
	{Pkg: hertzApp, Recv: "RequestContext", Name: "Redirect", Args: []int{1}, Writer: -1, What: hertzRedirect},
	{Pkg: hertzApp, Recv: "RequestContext", Name: "Header", Args: []int{1}, Writer: -1, What: hertzHeader},
	{Pkg: hertzApp, Recv: "RequestContext", Name: "SetCookie", Args: []int{1}, Writer: -1, What: hertzCookie},
	{Pkg: hertzApp, Recv: "RequestContext", Name: "SetPartitionedCookie", Args: []int{1}, Writer: -1, What: hertzCookie},
	{Pkg: hertzProto, Recv: "Response", Name: "SetBody", Args: []int{0}, Writer: -1, What: hertzBody},
	{Pkg: hertzProto, Recv: "Response", Name: "SetBodyString", Args: []int{0}, Writer: -1, What: hertzBody},
	{Pkg: hertzProto, Recv: "Response", Name: "AppendBody", Args: []int{0}, Writer: -1, What: hertzBody},
	{Pkg: hertzProto, Recv: "Response", Name: "AppendBodyString", Args: []int{0}, Writer: -1, What: hertzBody},
	{Pkg: hertzProto, Recv: "ResponseHeader", Name: "Set", Args: []int{1}, Writer: -1, What: hertzHeader},
	{Pkg: hertzProto, Recv: "ResponseHeader", Name: "Add", Args: []int{1}, Writer: -1, What: hertzHeader},
	{Pkg: hertzProto, Recv: "ResponseHeader", Name: "SetCookie", Args: []int{0}, Writer: -1, What: hertzCookie},

	// fasthttp: (*fasthttp.RequestCtx) methods, ctx.Response and its
	// Header.
	{Pkg: fasthttpPkg, Recv: "RequestCtx", Name: "Write", Args: []int{0}, Writer: -1, What: fastBody},
	{Pkg: fasthttpPkg, Recv: "RequestCtx", Name: "WriteString", Args: []int{0}, Writer: -1, What: fastBody},
	{Pkg: fasthttpPkg, Recv: "RequestCtx", Name: "SetBody", Args: []int{0}, Writer: -1, What: fastBody},
	{Pkg: fasthttpPkg, Recv: "RequestCtx", Name: "SetBodyString", Args: []int{0}, Writer: -1, What: fastBody},
	{Pkg: fasthttpPkg, Recv: "RequestCtx", Name: "SetBodyStream", Args: []int{0}, Writer: -1, What: fastBody},
	{Pkg: fasthttpPkg, Recv: "RequestCtx", Name: "Success", Args: []int{1}, Writer: -1, What: fastBody},
	{Pkg: fasthttpPkg, Recv: "RequestCtx", Name: "SuccessString", Args: []int{1}, Writer: -1, What: fastBody},
	{Pkg: fasthttpPkg, Recv: "RequestCtx", Name: "Error", Args: []int{0}, Writer: -1, What: fastBody},
	{Pkg: fasthttpPkg, Recv: "RequestCtx", Name: "Redirect", Args: []int{0}, Writer: -1, What: fastRedirect},
	{Pkg: fasthttpPkg, Recv: "RequestCtx", Name: "RedirectBytes", Args: []int{0}, Writer: -1, What: fastRedirect},
	{Pkg: fasthttpPkg, Recv: "Response", Name: "SetBody", Args: []int{0}, Writer: -1, What: fastBody},
	{Pkg: fasthttpPkg, Recv: "Response", Name: "SetBodyString", Args: []int{0}, Writer: -1, What: fastBody},
	{Pkg: fasthttpPkg, Recv: "Response", Name: "AppendBody", Args: []int{0}, Writer: -1, What: fastBody},
	{Pkg: fasthttpPkg, Recv: "Response", Name: "AppendBodyString", Args: []int{0}, Writer: -1, What: fastBody},
	{Pkg: fasthttpPkg, Recv: "ResponseHeader", Name: "Set", Args: []int{1}, Writer: -1, What: fastHeader},
	{Pkg: fasthttpPkg, Recv: "ResponseHeader", Name: "Add", Args: []int{1}, Writer: -1, What: fastHeader},
	// A *fasthttp.Cookie has no exported fields: SetValue fills it
	// (cookieSetters) and the response's Header.SetCookie sends it, where
	// it is reported (a cookie filled and never set is not).
	{Pkg: fasthttpPkg, Recv: "ResponseHeader", Name: "SetCookie", Args: []int{0}, Writer: -1, What: fastCookie},

	// go-zero rest/httpx: the JSON writers encode v as the body; Error
	// and ErrorCtx write err.Error() (http.Error) unless the application
	// set an error handler, which then decides (go-zero's source gives the
	// same through its facts; the rows hold without it).
	{Pkg: goZeroHttpx, Name: "OkJson", Args: []int{1}, Writer: -1, What: goZeroBody},
	{Pkg: goZeroHttpx, Name: "OkJsonCtx", Args: []int{2}, Writer: -1, What: goZeroBody},
	{Pkg: goZeroHttpx, Name: "WriteJson", Args: []int{2}, Writer: -1, What: goZeroBody},
	{Pkg: goZeroHttpx, Name: "WriteJsonCtx", Args: []int{3}, Writer: -1, What: goZeroBody},
	{Pkg: goZeroHttpx, Name: "Error", Args: []int{1}, Writer: -1, What: goZeroBody},
	{Pkg: goZeroHttpx, Name: "ErrorCtx", Args: []int{2}, Writer: -1, What: goZeroBody},
}

// writerSinks: io.Writer's Write on a writer to the client (the writer of
// a websocket message, fasthttp's BodyWriter), which the net/http row
// does not cover. Listed apart so that the stub test, which wants Writer
// -1, checks webSinks only.
var writerSinks = []sink{
	{Pkg: "io", Recv: "Writer", Name: "Write", Args: []int{0}, Writer: writerRecv, What: writerWhat},
}

// cookieSetters fill a cookie that has no exported fields: what they are
// given is in the cookie (as in an &http.Cookie{Value: msg}), sent and
// reported where the cookie is handed to the response (fasthttp's and
// hertz's ResponseHeader.SetCookie).
var cookieSetters = []string{
	fasthttpPkg + ".Cookie.SetValue",
	fasthttpPkg + ".Cookie.SetValueBytes",
	hertzProto + ".Cookie.SetValue",
	hertzProto + ".Cookie.SetValueBytes",
}

func init() {
	for _, k := range cookieSetters {
		recvSetters[k] = true
	}
}

// sinkVars are package variables holding a sink function: a call through
// one is checked as a call of the function (render.Respond(w, r, v) as
// render.DefaultResponder(w, r, v)), the function it holds by default.
var sinkVars = map[string]string{
	chiRender + ".Respond": "DefaultResponder",
}

// clientWriterTypes are named types whose values, used as an io.Writer
// (fmt.Fprintf(ctx, ...), io.WriteString(ws, msg)), write to the client.
var clientWriterTypes = map[string]bool{
	xnetWS + ".Conn":             true,
	fasthttpPkg + ".RequestCtx":  true,
	hertzApp + ".RequestContext": true,
	irisCtx + ".Context":         true,
}

// clientWriterResults are the functions whose first result writes to the
// client: a websocket message writer, a response body writer.
var clientWriterResults = map[string]bool{
	gorillaWS + ".Conn.NextWriter":       true,
	fasthttpWS + ".Conn.NextWriter":      true,
	gobwasWSUtil + ".NewWriter":          true,
	coderWS + ".Conn.Writer":             true,
	coderWS + ".NetConn":                 true,
	nhooyrWS + ".Conn.Writer":            true,
	nhooyrWS + ".NetConn":                true,
	fasthttpPkg + ".Response.BodyWriter": true,
	hertzProto + ".Response.BodyWriter":  true,
	humaPkg + ".Context.BodyWriter":      true,
}

// clientWriter reports whether e writes to the client although it is no
// http.ResponseWriter: a value of one of clientWriterTypes, or the result
// of one of clientWriterResults.
func (fs *fstate) clientWriter(e ast.Expr) bool {
	info := fs.pass.TypesInfo
	if n := recvNamed(info.TypeOf(e)); n != nil && n.Obj().Pkg() != nil && clientWriterTypes[n.Obj().Pkg().Path()+"."+n.Obj().Name()] {
		return true
	}
	if call, ok := e.(*ast.CallExpr); ok {
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		return fn != nil && clientWriterResults[funcKey(fn)]
	}
	return false
}

// checkSinkVar checks a call through a package variable of sinkVars; it
// reports whether the call was one.
func (fs *fstate) checkSinkVar(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v, ok := fs.pass.TypesInfo.Uses[sel.Sel].(*types.Var)
	if !ok || v.Pkg() == nil || v.IsField() || v.Parent() != v.Pkg().Scope() {
		return false
	}
	name, ok := sinkVars[v.Pkg().Path()+"."+v.Name()]
	if !ok {
		return false
	}
	fn, ok := v.Pkg().Scope().Lookup(name).(*types.Func)
	if !ok || !types.Identical(fn.Type(), v.Type()) {
		return false
	}
	fs.checkCallee(call, fn, nil)
	return true
}
