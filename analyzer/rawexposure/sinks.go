package rawexposure

// sink is a function or method whose arguments reach the end user. Sinks are
// data: the tables below (and -rawexposure.sinks) are the whole model.
type sink struct {
	Pkg  string // import path declaring the function, or the receiver's named type
	Recv string // receiver's named type without '*' ("" for package-level functions); interface types too
	Name string // function or method name
	// Args are the 0-based indexes (receiver excluded) of the arguments
	// that reach the user. When Variadic is set, every argument from the
	// last listed index on does.
	Args     []int
	Variadic bool
	// Writer is the index of an io.Writer argument that must be an HTTP
	// response (for fmt.Fprintf, io.WriteString, template Execute, ...),
	// or -1 when the sink reaches the user whatever its arguments.
	Writer int
	// What the user sees, for the message: "the HTTP response body",
	// "a redirect URL", "a gRPC status sent to the client", ...
	What string
	// Keyed rows are session stores (scs Put, gin-contrib Set): the value
	// reaches the user only under a key naming a message a later page
	// shows (shownKey, sessions.go); Key is the key argument's index.
	Keyed bool
	Key   int
	// Reply rows publish on argument 0's subject: they reach the user
	// only when it is a request's reply subject (replySubject,
	// sinks_messaging.go).
	Reply bool
	// ToURL rows post to the URL in argument URL: they reach the user only
	// when it is a chat command's response URL (responseURL,
	// sinks_bots.go).
	ToURL bool
	URL   int
	// Attr rows add an attribute to a packet: they reach the user only
	// when argument 0 is this constant attribute type (RADIUS's
	// Reply-Message, sinks_radius.go).
	Attr int64
	// Sets rows send their first argument to a person only when it sets
	// one of these fields (SNS's Publish to a PhoneNumber or a device's
	// TargetArn, not to a topic: setsField, personal.go).
	Sets []string
}

// frameworkSinks (gin, echo, fiber, gRPC) is in sinks_frameworks.go, rpcSinks
// (connect-go, twirp, gqlgen, graphql-go, huma, go-kit) in sinks_rpc.go.

// fieldSink is a struct field whose value reaches the end user: a
// framework reads what the user sees from it, not from a call's argument.
// A value is stored in it by a composite literal's key (or position), an
// assignment to the field, or, for a map or slice field, an assignment to
// one of its elements (c.Data["json"] = v). fieldSinks is in
// sinks_fields.go; the matching and reporting in fields.go.
type fieldSink struct {
	Pkg   string // import path declaring Type
	Type  string // the struct type's name
	Field string // the field's name
	What  string // what the user sees, as for sink
	// Keyed: only an element stored under a shown key (shownKey) reaches
	// the user (gorilla/sessions' Session.Values["flash"] = v).
	Keyed bool
	// Response: the struct is a response a handler returns (the Lambda
	// HTTP responses, sinks_serverless.go). A literal's finding is at the
	// literal when it is returned directly (return events.X{...}, the
	// return line), else at its first raw field, where the key is.
	Response bool
}
