package rawexposure

// Field sinks: struct fields a framework sends to the client. The error
// types below are what the frameworks' error constructors build (the call
// rows NewHTTPError, NewError, gqlerror.Errorf, huma.NewError), so a field
// row follows its constructor's rule: reported wherever the value is
// stored, whoever handles the error later.
//
// Deliberately not rows:
//   - echo's HTTPError.Internal (json:"-", sent only with Echo.Debug) and
//     Code (the status), fiber's Error.Code (the status).
//   - gqlerror.Error's Err and Rule (json:"-"), Path and Locations.
//   - huma's ErrorModel.Status and Errors (its elements are ErrorDetail
//     values, whose fields are rows).
//   - connect.Error (unexported fields: only connect.NewError builds one),
//     twirp.Error (an interface) and iris' Problem (a map, sent by the
//     Context.Problem rows): no field to store into.
//
// beego v2's web.Controller.Data is the controller's view data: ServeJSON,
// ServeJSONP, ServeXML and ServeYAML send Data["json"], ["jsonp"], ["xml"]
// and ["yaml"], ServeFormatted the key the request asks for, and Render
// executes TplName (and Layout) with the whole map; so every store into
// it is user-facing.

const (
	beegoData = "beego controller data (the view's data, or the body ServeJSON/ServeXML send)"
	humaField = "the huma error response (an RFC 9457 problem sent to the client)"

	// Envoy's external authorization (go-control-plane's auth v3): a
	// DeniedHttpResponse (its body and its headers) is what Envoy answers
	// the downstream client, and an OkHttpResponse's ResponseHeadersToAdd
	// are added to the answer the client gets. An OkHttpResponse's Headers
	// and HeadersToRemove change the request sent upstream, and dynamic
	// metadata stays in Envoy: not rows. An external processor's (ext_proc
	// v3) ImmediateResponse is sent to the client, its headers and body;
	// its Details only go to Envoy's logs, and a HeaderMutation elsewhere
	// (a CommonResponse's) changes the request or response passing
	// through. Headers are slices of HeaderValueOption literals, usually
	// built by small helpers: what the slice holds is what its elements'
	// nested literals were given.
	envoyAuthPkg    = "github.com/envoyproxy/go-control-plane/envoy/service/auth/v3"
	envoyExtProcPkg = "github.com/envoyproxy/go-control-plane/envoy/service/ext_proc/v3"
	envoyCorePkg    = "github.com/envoyproxy/go-control-plane/envoy/config/core/v3"
	envoyDenied     = "the Envoy ext_authz denial body sent to the client"
	envoyDeniedHdrs = "the headers of the Envoy ext_authz denial sent to the client"
	envoyAdded      = "the headers Envoy adds to the response sent to the client (ext_authz ResponseHeadersToAdd)"
	envoyImmediate  = "the Envoy ext_proc immediate response sent to the client"
)

// fieldPart is a message type a field row's value is built of.
type fieldPart struct{ Pkg, Type string }

// fieldParts are the messages the values of field rows are built of, by
// the helpers of packages with no SurePassID evidence (partBuilder): an
// Envoy header option, and ext_proc's header mutation.
var fieldParts = []fieldPart{
	{envoyCorePkg, "HeaderValueOption"},
	{envoyCorePkg, "HeaderValue"},
	{envoyExtProcPkg, "HeaderMutation"},
}

// fieldSinks are the field rows.
var fieldSinks = []fieldSink{
	{Pkg: envoyAuthPkg, Type: "DeniedHttpResponse", Field: "Body", What: envoyDenied},
	{Pkg: envoyAuthPkg, Type: "DeniedHttpResponse", Field: "Headers", What: envoyDeniedHdrs},
	{Pkg: envoyAuthPkg, Type: "OkHttpResponse", Field: "ResponseHeadersToAdd", What: envoyAdded},
	{Pkg: envoyExtProcPkg, Type: "ImmediateResponse", Field: "Body", What: envoyImmediate},
	{Pkg: envoyExtProcPkg, Type: "ImmediateResponse", Field: "Headers", What: envoyImmediate},

	// echo v4 (Message any) and v5 (Message string): the default
	// HTTPErrorHandler sends {"message": Message}.
	{Pkg: echoPkg, Type: "HTTPError", Field: "Message", What: echoError},
	{Pkg: echo5Pkg, Type: "HTTPError", Field: "Message", What: echoError},

	// fiber v2 and v3: the default ErrorHandler sends Message as the body.
	{Pkg: fiberPkg, Type: "Error", Field: "Message", What: fiberError},
	{Pkg: fiber3Pkg, Type: "Error", Field: "Message", What: fiberError},

	// gqlparser's gqlerror.Error: errors[].message and errors[].extensions.
	{Pkg: gqlerrorPkg, Type: "Error", Field: "Message", What: gqlError},
	{Pkg: gqlerrorPkg, Type: "Error", Field: "Extensions", What: gqlError},

	// huma v2: the problem's text fields and each error detail's.
	{Pkg: humaPkg, Type: "ErrorModel", Field: "Type", What: humaField},
	{Pkg: humaPkg, Type: "ErrorModel", Field: "Title", What: humaField},
	{Pkg: humaPkg, Type: "ErrorModel", Field: "Detail", What: humaField},
	{Pkg: humaPkg, Type: "ErrorModel", Field: "Instance", What: humaField},
	{Pkg: humaPkg, Type: "ErrorDetail", Field: "Message", What: humaField},
	{Pkg: humaPkg, Type: "ErrorDetail", Field: "Location", What: humaField},
	{Pkg: humaPkg, Type: "ErrorDetail", Field: "Value", What: humaField},

	// iris mvc: a controller method's mvc.Result is dispatched as the
	// response: Response's Text, Content and Object are the body, its Err
	// the error text iris writes; View's Data is the template's data.
	{Pkg: irisMVC, Type: "Response", Field: "Text", What: irisBody},
	{Pkg: irisMVC, Type: "Response", Field: "Content", What: irisBody},
	{Pkg: irisMVC, Type: "Response", Field: "Object", What: irisBody},
	{Pkg: irisMVC, Type: "Response", Field: "Err", What: irisBody},
	{Pkg: irisMVC, Type: "View", Field: "Data", What: irisBody},
	{Pkg: irisMVC, Type: "View", Field: "Err", What: irisBody},

	// centrifuge: what a handler's callback or a disconnect sends the
	// client (sinks_messaging.go).
	{Pkg: centrifugePkg, Type: "Error", Field: "Message", What: centrifugeSent},
	{Pkg: centrifugePkg, Type: "Disconnect", Field: "Reason", What: centrifugeSent},
	{Pkg: centrifugePkg, Type: "Unsubscribe", Field: "Reason", What: centrifugeSent},
	{Pkg: centrifugePkg, Type: "RPCReply", Field: "Data", What: centrifugeSent},
	{Pkg: centrifugePkg, Type: "ConnectReply", Field: "Data", What: centrifugeSent},
	{Pkg: centrifugePkg, Type: "SubscribeOptions", Field: "Data", What: centrifugeSent},
	{Pkg: centrifugePkg, Type: "SubscribeOptions", Field: "ChannelInfo", What: centrifugeSent},

	// beego v2: the controller's data (see above).
	{Pkg: beegoWeb, Type: "Controller", Field: "Data", What: beegoData},

	// gorilla/sessions: a value stored under a shown key (sinks_sessions.go).
	{Pkg: sessionsPkg, Type: "Session", Field: "Values", What: sessionWhat, Keyed: true},
}
