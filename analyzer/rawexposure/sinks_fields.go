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

	// Envoy's external authorization (go-control-plane's auth v3): the
	// body of a DeniedHttpResponse is what Envoy answers the downstream
	// client. (Its headers are HeaderValueOption values, as are an
	// OkHttpResponse's, which go upstream: not rows.)
	envoyAuthPkg = "github.com/envoyproxy/go-control-plane/envoy/service/auth/v3"
	envoyDenied  = "the Envoy ext_authz denial body sent to the client"
)

// fieldSinks are the field rows.
var fieldSinks = []fieldSink{
	{Pkg: envoyAuthPkg, Type: "DeniedHttpResponse", Field: "Body", What: envoyDenied},

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

	// beego v2: the controller's data (see above).
	{Pkg: beegoWeb, Type: "Controller", Field: "Data", What: beegoData},

	// gorilla/sessions: a value stored under a shown key (sinks_sessions.go).
	{Pkg: sessionsPkg, Type: "Session", Field: "Values", What: sessionWhat, Keyed: true},
}
