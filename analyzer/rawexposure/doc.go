// Package rawexposure reports raw SurePassID messages and return codes reaching
// end users.
//
// SurePassID's errorMessage echoes usernames, token serials and the OTP typed,
// and distinct return codes let an attacker tell "no such user" from "wrong
// OTP" from "locked". Log them; show users codes.UserMessage(code) (and
// codes.UserCode(code) where a response carries a code).
//
// # Sources
//
//   - the errorMessage field of a SurePassID response (codes.Envelope's
//     ErrorMessage, a json:"errorMessage" or ErrorMsg field of a recognized
//     response, a -messagefields field: the recognition of package spid);
//   - a return code (a recognized errorCode field, a value of a return-code
//     type) once it is formatted or encoded: fmt, strconv, String(), a struct
//     or map literal that is encoded;
//   - the results of functions that return one of these, in this package or
//     another (object facts on functions), and the fields raw values are
//     stored in (facts on fields: the message field of an error type);
//   - a value of a struct type whose Error() method returns a raw value (a
//     decoded response returned as its own error);
//   - a response struct (one with an errorMessage or errorCode field) handed
//     to an encoder whole; a composite literal only through the fields and
//     elements it sets to a non-constant value (reply{Sent: false} is not
//     raw, whatever other literals of its type hold), and, returned as a
//     handler's response or handed to a JSON or XML encoder, not through a
//     field tagged json:"-" nor an unexported field no method of its type
//     reads (encoders write exported fields only); such a value, raw only
//     in those unexported fields (entry{Result: "failed", vendorText:
//     msg}, or e.vendorText = msg), stays so kept in a slice, a map, a
//     pointer, another struct's field or a field of the receiver, and
//     handed to a template (html/template and text/template Execute,
//     gin's c.HTML, echo's and fiber's Render) or an encoder (encoding/json
//     and encoding/xml, the frameworks' JSON, XML and YAML,
//     json.Marshal and the other Marshal functions of an interface value),
//     directly or through a helper whose parameter reaches only these,
//     sends nothing raw; fmt's verbs (%v, %+v print unexported fields) and a method
//     reading the field ({{.Detail}}, String(), MarshalJSON) still do;
//   - a loosely typed read spid recognizes: m["errorMessage"] of a decoded
//     map (or m[k] over for _, k := range []string{"errorMessage",
//     "ErrorMsg"}) and its type assertions, gjson's GetBytes(raw,
//     "errorMessage").String(), a json.Number code, any read by key of a
//     JSON document (jsonparser.GetString(body, "errorMessage"), also as
//     the first value of msg, err := ..., fastjson's
//     v.GetStringBytes("errorMessage"), a team's getString(body,
//     "errorMessage")) and a member walk's value in the branch its key
//     names (case "errorMessage": in a jsonparser.ObjectEach callback,
//     through a conversion or parse: string(value), ParseInt(value)), what
//     such a branch stores when the walk holds no value variable (a
//     json.Decoder token loop's case "errorMessage": o.text, _ =
//     v.(string), a per-key setter's; the private field and its accessors
//     then carry it, see spid's Loosely typed answers), and
//     a raw member of a two-stage decode (env["errorMessage"] of a
//     map[string]json.RawMessage, a json.RawMessage field tagged
//     errorMessage);
//   - the bytes of an answer (rawbody.go): a local or parameter of a byte slice
//     or string type that its function decodes into a response whose
//     errorMessage or errorCode an encoder fills, or into a map it reads by
//     such a key (json.Unmarshal(body, &out), xml's, a json.Decoder over it,
//     dec := json.NewDecoder(bytes.NewReader(body)), or a helper of the package
//     decoding a parameter into a response or into what another parameter
//     points to: an openapi-generator client's a.client.decode(&v,
//     localVarBody, contentType), parseReply(body)), or that it reads whole
//     from the Body of its response to a request to the endpoint (resp from
//     http.Post(url, ...), client.Do(req) with req from
//     http.NewRequest[WithContext], url a constant naming the surepassid host
//     or U2FServer.aspx, or a concatenation, fmt.Sprintf or url.JoinPath with
//     one: p.Base + "/AuthServer/REST/U2F/U2FServer.aspx"; body, err :=
//     io.ReadAll(resp.Body), and resp.Body itself: io.Copy(w, resp.Body)); so
//     is what resty's response returns of its body (resp.Body(), resp.String();
//     Bytes() in v3) when the request decodes the answer into a response
//     (c.R().SetResult(&out).Post(url), SetError) or goes to the endpoint; raw
//     wherever that function reads it (http.Error(w, string(body), 502),
//     io.Copy(w, bytes.NewReader(body))); a field it is stored in
//     (&GenericOpenAPIError{body: localVarBody}, &APIError{Raw: string(body)})
//     and an accessor returning it (func (e GenericOpenAPIError) Body() []byte)
//     carry it, in importers too (c.Data( 502, ct, upstream.Body()) after
//     errors.As). The bytes of the request being served (io.ReadAll(r.Body)),
//     bytes decoded only into another vendor's struct, the body we marshal for
//     the request, len(body) and a decoder's error (which names a type or a
//     character, not the text) carry nothing. A decoded response stored whole
//     in a field of type any (newErr.model = v) makes the field raw
//     (upstream.Model() handed to c.JSON).
//
// # Flow
//
// Within a function: assignments to locals, globals, fields and elements,
// a decode among them (json.Unmarshal(env["errorMessage"], &se.Detail), a
// Decoder's Decode over bytes.NewReader(raw), the decoder kept in a
// variable too (dec.UseNumber(); dec.Decode(&code)): the destination holds what
// the document held, a number only a code; the decode's error holds
// nothing of it); concatenation; fmt.Sprintf, fmt.Errorf, errors.New, errors.Join,
// errors.Unwrap, errors.As; error aggregates (hashicorp/go-multierror,
// go.uber.org/multierr, AppendInto(&err, e), channel sends and receives,
// errgroup's and go-multierror's Group (g.Wait() returns what the
// functions given to g.Go return),
// and a team's collector by its shape: a named []error, or a struct of an
// []error beside only locks, counts, errors and formatters, whose pointer
// methods given errors store them in it and whose methods with no
// parameters return what it holds: errs.Add(err); errs.Err()); the
// strings, bytes, strconv, net/url, html and encoding packages; struct and map literals; err.Error() and String();
// the text of a message catalog formatted with the data it is given
// (go-i18n's Localize, MustLocalize, LocalizeMessage and LocalizeWithTag
// with a raw value in TemplateData, x/text's Printer.Sprintf, gotext's
// Get, kataras/i18n's Tr; the text result only, not Localize's error); type
// switches and assertions; strings.Builder and bytes.Buffer writes. A sink's
// own results (Encode's or Fprintf's error, a byte count) carry nothing of
// what it wrote: return json.NewEncoder(w).Encode(body) is reported at
// Encode only. errors.As into a struct error type of the package (an
// adapter's own *apiError) gives the target only what the package stores
// in that type's fields: an adapter writing only its *apiError, a fixed
// text for every other error, exposes what handlers put in an *apiError,
// not a wrapped client error they return. Across
// functions and packages, facts: "result i carries a raw value (from where)",
// "result i carries parameter j", "parameter j reaches a sink". A package
// with no SurePassID evidence has the last two for its error helpers
// (httperr.WithStatus(502, err)) and reply builders (reply.Problem(code,
// msg) returning a struct with a string field tagged for an encoder, also
// in a field of another struct of the package: a generic envelope
// envelope.Fail[T](code, msg) returning Result[T]{Error: &ErrBody{Message:
// msg}}; or a map; or a chat SDK's message, view, block or option, in a
// package of any kind: slackx.Notice(title, text) slack.ModalViewRequest,
// slackx.Failure(text) slack.MsgOption, whose callers send it), and
// builders of what a field row is built of (an Envoy
// header option: edge.Header(k, v)): a fix keeps the call and replaces its
// raw arguments.
// A method of such a reply type whose receiver reaches a sink (a renderer:
// r.V2(status) marshalling r into a Lambda response's Body) is a sink for
// its receiver at its calls, envelope.Fail[T]("DENIED", msg).V2(401) or
// res.Proxy(502): the fact rawexposure(param recv reaches ...).
// A helper like writeError(w, msg) is thus a sink at its call sites. A call
// through a local variable bound to a method value (send := c.JSON), a
// function (send := httpx.Respond) or a function literal (fail :=
// func(msg string) { http.Error(w, msg, 401) }) is checked as the call it
// stands for; a literal is summarized like a function. A call of a method
// of one of the module's own interfaces is a sink for an argument when a
// method of a module type implementing the interface passes that parameter
// to a sink (in this package, or by its fact), and its result carries a raw
// value when such a method's result does (err from h.otp.VerifyOTP, where
// the client's VerifyOTP returns fmt.Errorf("surepass: %s", msg)). The
// methods of an exported interface carry a fact with what its package's
// implementations by unexported types do, so that such an implementation
// (out.Reason() of an Outcome whose only implementation is the client's
// unexported outcome struct) counts in importers too. With no
// implementation in view (main wires the client in from a package the
// consumer does not import), a call of an interface method or a func-typed
// field that spid recognizes as a SurePassID operation (its
// OperationResults: named as a published operation, documented as
// SurePassID's, or its code compared with constants mirroring the enum;
// see spid's "Interfaces and function values") hands out the raw code and
// message in the results spid names: code, msg, err :=
// h.auth.SessionTokenValid(ctx, tok) makes msg the raw errorMessage, and
// what the package builds from it (&RejectedError{Reason: msg},
// Decision{Reason: msg}) carries it to its importers. Calls
// that carry nothing are listed under Known limits.
//
// A function of the package storing a parameter in a field of one of the
// package's struct types (a constructor, func newResult(op string, code
// ReturnCode, msg string) Result { return Result{Op: op, Code: code, msg:
// msg} }; a setter, r.setMessage(m); a functional option, WithMessage(m)
// returning func(r *Result) { r.msg = m }) stores there what any call in
// the package passes for it: newResult(op, e.ErrorCode, e.ErrorMessage)
// makes the field raw, and with it an accessor returning it (func (r
// Result) Reason() string { return r.msg }), whose fact carries it to
// importers. Another vendor's message passed so stays quiet, as its
// fields do.
//
// A field is raw for every instance of its type, except in an instance of
// the function's own (instfields.go): a local the function declares as a
// new value of a struct type of the package (var vm page, vm :=
// page{...}, &page{...}, new(page), p := newPage(title) of a constructor
// of the package returning only &page{...}) and never lets go of (no
// reassignment, no read in a closure, its address or pointer only
// selected, returned or given to a function outside the module: c.Render,
// json.Marshal). A read of its field carries what the function put in that
// field of it (vm.Notices = append(vm.Notices, res.Message); a field it
// never writes is its zero value); a method of the package filling its
// receiver's fields (p.add(format, args...) appending to p.lines) called on
// it stores the arguments in that local, and a method of that type reading
// those fields called on it (p.pdf(), s.bytes() calling s.text()) returns
// what the local holds, not what other instances were given (b.Title()
// reading b.title returns nothing b.fail(err) collected): a claim letter of
// fixed lines is no raw letter
// because a mailer's current page (m.cur.add("%s", a.ErrorMessage), stored
// in a field: raw for every page read through a field) quoted the server.
//
// Nor is a field raw in a value whose origin the check follows whole
// (resultfields.go): a local every definition of which is a result of a
// call of a function (of the package, or of any package once the package
// declaring the type said the field is raw), a composite literal or the
// zero value, and that nothing else may store into (no store into its
// fields, no &out, a pointer only read through or compared with nil). Its
// field carries what the local carries: out, err := e.Enroll(ctx, user,
// psn) followed by out.Detail is clean when Enroll never returns the
// server's text, though EnrollWithDetail returns Outcome{Detail: msg};
// out of EnrollWithDetail, of a local that may hold either, or of a
// pointer given to a method filling the field stays raw. A call with a raw
// argument or receiver, a field tagged json:"-" (a literal's value leaves
// it out) and a framework's field sink keep the type's taint.
//
// A result raw only on some returns, each a struct literal setting a field
// to a constant (discr.go: return Outcome{Status: StatusRejected, Detail:
// msg} beside return Outcome{Status: StatusEnrolled, Serial: psn}), is
// clean, as a whole and in its fields, in a local defined once by the call
// where a test shows that field holding another constant: after if
// out.Status != devices.StatusEnrolled { ...; return }, in the body of if
// out.Status == devices.StatusEnrolled, in case StatusEnrolled of a switch
// on out.Status (with no fallthrough into it), or where every constant the
// raw returns set is ruled out: after if out.Status == StatusRejected {
// ...; return }, in the body of if out.Status != StatusRejected, in the
// default of a switch listing StatusRejected; the field counts when a
// clean return sets it to another constant. Importers know the
// constants by the fact rawexposure(result 0 raw only with Status in
// "REJECTED"), exported only where it can matter: the result's type has a
// field its package says is raw, and the field telling the returns apart
// is of a defined type over a basic one or a bool (a status or a flag,
// not a message; a flag is tested as out.Approved or !out.Approved, in
// an if's conjunct or a disjunct of an if that returns, and the else of
// an if holds where each disjunct of its condition fails; after a switch
// with no tag, switch { case err != nil: ...; return; case !res.Approved:
// ...; return }, the cases that return, up to the first that does not
// (nor after a break), are false). The error
// returned beside the result counts as one more such field, (error): nil,
// or non-nil for a sentinel, errors.New, fmt.Errorf or a literal; the
// caller's if err != nil { ...; return } after the call, with err not
// assigned again before the read, rules non-nil out (rawexposure(result
// 0 raw only with (error) in non-nil): out.Comment = msg; return out,
// ErrRefused beside a clean return out, nil). A function that
// builds its result first and fills it on the way (pathfills.go) tells
// its returns apart the same way by what each path leaves in the local it
// returns: the literal's constants (or zero values) changed by the stores
// run before the return, a store in a branch that returns first or in
// another branch not reaching it, one that may or may not have run leaving
// the field unknown, a constant stored over the raw text clearing it:
//
//	res := &Result{Kind: KindReset}
//	if o.Code() == spcodes.DeviceNotFound {
//		res.Detail = o.Message()
//		return res, nil
//	}
//	res.Approved = true
//	res.Detail = "Your old token was removed."
//	return res, nil
//
// gives rawexposure(result 0 raw only with Approved in false), and the
// caller's if err != nil || !res.Approved { ...; return } (in a block or a
// case clause) leaves res.Detail clean after it; a caller not ruling
// Approved out, a raw store reaching the clean return too (one under an if
// that goes on, the text kept on success), a status set from the code
// rather than to a constant, and a return reached through a loop or a
// fallthrough stay raw. A pointer given whole to a function is let go of
// and keeps its fields' taint. Otherwise a function filling the raw field
// after building its result (out.Detail = msg; return out) has none,
// unless every store of a raw
// value into the local it returns runs under a test of a field of that
// local nothing writes after its clean literal (e := Enrollment{State:
// stateFor(code)}; if e.State != Enrolled { e.Detail = msg }; return e,
// or &Enrollment{...} only selected through, returned or compared with
// nil; or a test of the local st the literal stored, State: st, defined
// once and never assigned again): the test says which results carry the
// text, rawexposure(result 0 raw only with State not in "enrolled") (or
// in, for ==), and the caller's if e.State != Enrolled { ...; return }
// leaves e clean after it. A store guarded by the code instead, one in an
// else branch or a switch, a local whose address is taken, given to a
// pointer method or (a pointer) to a function, assigned again or read in
// a closure, and a status changed after the store say nothing.
//
// Error(), String() and Unwrap() of the module's own struct type carry
// what the fields they read hold when they read their receiver only
// through fields: an error keeping the provider's error for logs in one
// field beside a fixed reason (&DenyError{Reason: ErrRejected, upstream:
// err}, func (e *DenyError) Error() string { return e.Reason.Error() })
// exposes it through e.Upstream() or a read of that field, not through
// e.Error(), though the literal is raw as a whole. An Error() that also
// reads the raw field, or passes its receiver on (t.describe(), a %v of
// *e), carries it. Importers know such a method by the fact
// rawexposure(reads fields Reason), exported when its type holds a raw
// value in a field the method does not read. Such a literal keeps that
// knowledge once it is an error value (returned as error, wrapped with %w,
// through facts: "result 0 raw return code from auth.Check (not in its
// text)"): err.Error() of it carries nothing, nor does a sink parameter of
// type error, which the framework writes by its text (iris'
// StopWithError(status, err), SetErr); an encoder given the value (a
// parameter of type any) still writes its fields (errtext.go).
//
// Callbacks: a helper returning what its func-typed parameter returns (a
// retry or backoff wrapper, withTimeout(ctx, fn), a generic do[T](fn func()
// (T, error)) (T, error)), in this package or another (the fact's "result
// i from result j of param p"), gives each result at a call the role of the
// result of the function passed for p that it returns: code, msg, err :=
// withRetry(ctx, 3, func(ctx context.Context) (int32, string, error) {
// return sp.SendOTP(ctx, user, "sms") }) makes msg the raw errorMessage and
// code the return code; a literal, a function or method value, a local
// bound to one, or the caller's own func-typed parameter is followed.
// errors.As(err, &apiErr) into an error type of another package
// (*sp.APIError) gives apiErr, beside what err carries, the raw values of
// the errors of that type the package's functions return: an error mapper
// called from a gRPC interceptor (toStatus(err) returning
// status.Error(codes.Aborted, apiErr.Error())) writes the methods' raw
// errors there, and is reported there, where the fix belongs.
//
// Locals are flow-sensitive: a read sees only the assignments that reach it
// on some path of the function's control-flow graph, so msg = "Sign-in
// failed." before the sink makes it safe there, an assignment in one branch
// only or in debug mode (if debug { msg = resp.ErrorMessage }) still
// reaches it, and an inner msg := ... is a variable of its own. A store
// into a field of a local struct, or of a struct the function allocates
// and only selects fields of and returns (out := &Output{}; out.Body.Hint =
// msg; return out, nil), adds to the local's value from there on; return
// &v, nil does not take v's address. A local
// whose address is taken (&v, a pointer method such as sb.WriteString),
// that is stored into partly otherwise (v[i] = x, p.f = x through a pointer
// passed on), a range variable, a named
// result, one assigned inside a closure, and any read inside a closure of a
// variable declared outside it are flow-insensitive: they see every
// assignment. Globals, fields and elements are flow-insensitive too.
//
// Except that such a local's mutations (q.Set("code", c) on url.Values,
// hdr.Set on a local http.Header, sb.WriteString, m[k] = x, u.RawQuery = x
// or page.Notice = x through a pointer, errors.As(err, &t)) reach only the
// reads that may run after them, by a structural test (branches.go): not a
// read in another clause of the same switch, type switch or select (none
// with fallthrough), nor in the other arm of the if; not a read that runs
// before the mutation and takes a snapshot (q.Encode(), u.String(), a
// call's argument it cannot keep, a return), nor one after a statement list
// the mutation is in that ends in a return or panic (if refused {
// data["reason"] = msg; log(data); return }). A loop around both, a
// closure, defer or go statement between them, or a goto in the function
// keeps the mutation reaching; so does one before the switch or in the
// sink's own clause, and any into a local whose object may outlive the
// call (given to a defer, go statement or closure; a map or pointer the
// function did not make, such as a parameter or reply := s.lastReply).
//
// Summaries are computed to a fixed point, without a cap on rounds: a
// worklist analyzes the package's functions callees first and analyzes again
// the readers of a summary, field or global that rises (so a chain of
// wrappers of any length, declared in any order, is followed).
//
// Facts are exported only where another package can use them: on exported
// functions and methods that return a raw value, pass an interface-typed
// parameter (an error) on to a result, or any parameter on to an error
// result (an error constructor, taking no context: sp.AsError(op, code,
// msg) returning &APIError{Message: msg}), return what a func-typed parameter returns,
// or pass a parameter to a sink, and on
// exported fields of exported types that hold a raw value; a package storing
// a raw value in an exported field of another package's exported type (an
// adapter filling the domain's result) lists those fields in a package fact,
// which the packages depending on it read. A package with no SurePassID
// signal and no imported fact that can carry a raw value (a module's shared
// httpx or respond package) gets only the "parameter reaches a sink" facts,
// for its exported functions with a parameter a message can be passed in (a
// string, an error, a struct, ...; not a number, a context or the
// framework's own request or writer type), outside test files, and the
// "result follows a parameter" facts of its exported error helpers
// (httperr.WithStatus(502, err), apperr.New(msg)). They print as
// rawexposure(result 1 raw errorMessage from surepass.ValidateOTP),
// rawexposure(result 0 from params 1), rawexposure(param 2 reaches the HTTP
// response via json.Encoder.Encode), rawexposure(raw errorMessage from
// surepass.APIError.Msg) and rawexposure(fields example.com/app/domain.Check.Reason
// raw errorMessage from domain.Check.Reason).
//
// # Sinks
//
// The net/http response: ResponseWriter.Write (and Write of any type
// implementing http.ResponseWriter), http.Error, fmt.Fprint*, io.WriteString,
// io.Copy, io.CopyBuffer and http.ServeContent into a response, a buffer copied
// into one by its own method (buf.WriteTo(w), after a template was executed
// into buf so that a template error leaves no half page; bytes.Reader,
// strings.Reader and bufio.Reader WriteTo, bufio.Writer ReadFrom), json and
// xml encoders created on one (also by
// a helper of the package returning one over its parameter: enc :=
// begin(w), where begin sets the headers and returns xml.NewEncoder(w)),
// and any library's streaming encoder by its shape: a function or method
// named NewEncoder taking an io.Writer, over a response, and its
// Encode(v any) error (json-iterator's jsoniter.NewEncoder(w) and
// json.NewEncoder(w) of var json = jsoniter.ConfigCompatibleWithStandardLibrary,
// goccy/go-json's, sonic's, segmentio's; an encoder over os.Stderr or a
// buffer is none),
// html/template and text/template Execute and ExecuteTemplate into one,
// http.Redirect URLs, http.SetCookie, w.Header().Set and Add. The gin, echo,
// fiber and gRPC sinks; go-chi/render's responders (chi and gorilla/mux
// route plain net/http handlers), session flashes (shown on the next
// page: gorilla/sessions' and gin-contrib/sessions' AddFlash, iris'
// SetFlash) and session stores under a key naming a shown message (scs
// Put(ctx, "flash", v), gin-contrib, fiber and iris Set, beego SetSession,
// gorilla's Session.Values["error"] = v; a constant key one of whose
// words is flash, message, msg, notice, alert, toast, notification,
// banner, error, err, warning, success, danger or feedback), websocket messages and close reasons (gorilla and its
// fasthttp/websocket fork, which fiber's contrib websocket embeds, coder,
// nhooyr, golang.org/x/net, gobwas/ws's wsutil writers, lxzan/gws' Conn
// writers and NewBroadcaster), go-zero's rest/httpx writers, and the beego v2, iris v12, hertz and fasthttp
// responses, including fmt.Fprintf and io.WriteString into a websocket
// message writer (NextWriter, gobwas' wsutil.NewWriter) or a fasthttp,
// hertz or iris context; a cookie is
// reported where it is handed to the response (http.SetCookie(w, c) after
// c.Value = msg, echo's c.SetCookie(ck), fasthttp's and hertz's
// Header.SetCookie(ck) after ck.SetValue(msg), a setter that fills the
// cookie: recvSetters), a cookie filled and never set is not. Returned errors, reported at the return: the error a
// fiber handler returns (a function or literal of type func(*fiber.Ctx) error
// or func(fiber.Ctx) error that the package does not call itself), which
// fiber's default error handler sends as the body: judged per app for a
// handler registered on apps the package builds (app.Post(path, h), on the
// app or a group), else per package, unless it configures its apps with
// fiber.Config{ErrorHandler: h}, every such h's error parameter reaching no
// sink (a Config without ErrorHandler, or fiber.New(), is the default); the
// error an echo handler (func(echo.Context) error, v5 func(*echo.Context)
// error) returns, judged per app: reported only when an app it is
// registered on (or, on none, an app of the package) has an
// HTTPErrorHandler whose error parameter reaches a sink, Debug set, or v5's
// DefaultHTTPErrorHandler(true); the error an in-house handler returns: a
// function converted to, or passed where the parameter is, a module's own
// handler type whose adapter writes the error's text (type HandlerFunc
// func(w, r) error with a ServeHTTP calling f and writing err.Error(),
// possibly in a package with no SurePassID evidence: its adapter's summary
// is a fact), or passed to a function whose parameter's returned errors
// reach a sink (func Wrap(h func(w, r) error) http.Handler). An adapter
// that narrows, showing only the errors errors.As (std, pkg/errors,
// xerrors, cockroachdb/errors) finds a concrete type in (var pe
// *problem.PublicError; if errors.As(err, &pe) { detail = pe.Error() })
// and the hints cockroachdb/errors' GetAllHints collects, has that in its
// fact ("only its hint, pkg.PublicError"): a handler returning to it is
// reported only when the raw value is in a value of that type
// (problem.Public(502, err), &PublicError{...}, wrapped or not) or in a
// hint (errors.WithHint(err, msg)); a raw fmt.Errorf, a wrapped client
// error, or a detail (errors.WithDetail, not in the error's text) is not
// shown there. A hint's fix makes the hint safe and keeps the error; and the error a gRPC service method returns (a method of the
// generated <S>Server interface, on a type embedding Unimplemented<S>Server or
// Unsafe<S>Server or passed to Register<S>Server; or of a hand-written
// service: implementing the HandlerType interface of a grpc.ServiceDesc
// literal of its package, passed with that interface to a function taking
// a *grpc.Server or ServiceRegistrar, or passed to s.RegisterService(&desc,
// impl), a desc of another package standing for impl's methods of a unary
// handler's shape), which grpc-go sends as codes.Unknown with its text;
// the error a grpc-go server interceptor returns (a function or literal of
// the shape of grpc.UnaryServerInterceptor or StreamServerInterceptor that
// the package does not call itself), sent alike; the error its handler
// returns is the method's, judged at the method;
// NATS replies (sinks_messaging.go), the requester being the user-facing
// edge: a *nats.Msg's Respond(data) and RespondMsg(m), a Publish of a
// *nats.Conn or *nats.EncodedConn on the request's reply subject (m.Reply,
// or a local written only with it; a publish on another subject is the
// team's own stream), and nats.go/micro's Request Respond, RespondJSON and
// Error's description and data (not its code slot);
// the centrifuge real-time server's messages to its websocket clients
// (sinks_messaging.go, field rows in sinks_fields.go): Node.Publish's data
// (to the channel's subscribers), Client.Send, Node.Subscribe's
// WithSubscribeData and WithChannelInfo, and, wherever the value is built
// (a handler's callback, a returned error, Client.Disconnect), an Error's
// Message, a Disconnect's or Unsubscribe's Reason, an RPCReply's or
// ConnectReply's Data and a SubscribeOptions' Data and ChannelInfo; not
// Node.Notify or Survey (to the other nodes) nor the codes;
// and a gRPC server stream's messages (SendMsg on any type implementing
// grpc.ServerStream, Send or SendAndClose of the generic
// ServerStreamingServer, BidiStreamingServer and ClientStreamingServer
// that generated <S>_<M>Server names alias), not a ClientStream's. The connect-go, twirp, gqlgen (gqlerror),
// graphql-go, huma v2 and go-kit sinks: an error's message or text where the
// framework builds its error response from one (connect.NewError,
// twirp.NewError, gqlerror.Errorf, huma.Error401Unauthorized(msg, errs...),
// huma.WriteErr, ErrorModel.Add; huma.Context's headers and BodyWriter and
// huma/sse's events, send.Data(v) or send(sse.Message{Data: v})). Error
// details, which clients decode and show, reported where the message
// enters the detail: connect.NewErrorDetail(msg) and gRPC's
// status.WithDetails(details...) (&errdetails.ErrorInfo{Reason: m,
// Metadata: ...}, LocalizedMessage, wrapperspb.String(m); protobuf's
// wrapperspb, structpb and anypb constructors carry their arguments), also
// through a helper of the module taking the text.
// A status builder (builders.go: a function that is no handler, gRPC
// method or interceptor, returning an error, a *status.Status, a
// *connect.Error or a twirp.Error) sends nothing itself: a raw value it
// reads through a parameter (status.New(c, te.Text), st.WithDetails(
// &errdetails.ErrorInfo{Metadata: {"code": strconv.Itoa(te.Code)}}),
// connect.NewError(code, fmt.Errorf("%s", r.Reason)), twirp.NewError(code,
// r.Reason).WithMeta(k, code)) is carried by the status or error it builds,
// and reported, with the fix, where a method returns it (return nil,
// vendorStatus(codes.Unauthenticated, te).Err()); one it reads from its own
// source (a call, a local errors.As fills) is reported in the builder.
// A detail added inline in a handler whose returned error is sent (ds, _ :=
// st.WithDetails(&errdetails.ErrorInfo{Metadata: {"code":
// strconv.Itoa(int(e.Code))}}) in a gRPC method) is reported at the first
// return after it whose error reads the status it is declared in or a
// variable assigned from it (return nil, ds.Err(); st = ds ... return nil,
// st.Err()), with the fix at the detail; a detail added in place (st, _ =
// st.WithDetails(d)) or to a status no return sends is reported where it
// is added.
// go-swagger servers (go-openapi/runtime, swagger.go): middleware.Error's
// data and NotImplemented's message, a Producer's Produce(rw, v) into the
// response (a ResponderFunc's body), and the payload of a generated
// responder a handler (a function or literal returning a
// middleware.Responder) returns, reported at the return:
// op.NewLoginUnauthorized().WithPayload(body) (SetPayload too, through a
// local built once from a literal) or &op.LoginUnauthorized{Payload: body}.
// Values read with pointer helpers keep their role (spid's derefs.go:
// swag.StringValue(p.ErrorMessage), aws.String(msg)).
// Self-writing responses (strict.go): a function returning (R, error),
// not called by its package, where R writes itself (a method Visit*,
// Write*, Render*, Respond*, Send* or Encode* taking an
// http.ResponseWriter or a gin, echo, fiber or iris context and returning
// an error: oapi-codegen's strict handlers for any backend, a team's
// Reply.Render(c)) sends R as the body, reported at the return; its
// error, and what the literal a strict middleware (func(f F, operationID
// string) F) returns, go to the ResponseErrorHandlerFunc the package
// configures (judged like fiber's ErrorHandler), or, none configured, to
// the generated default (http.Error(w, err.Error(), 500)) when R's
// package declares NewStrictHandler. A text field of the module's error
// type that such a handler writes after errors.As (ae.Public, in a call's
// argument or as a value: status, public = ae.Status, ae.Public before
// c.JSON(status, body{Error: public})) is a field sink: reported where a
// raw value is stored in it (a middleware's &apiError{Public:
// se.Error()}), not at the handler's write; so is one the app's error
// handler writes (echo's HTTPErrorHandler, e.HTTPErrorHandler =
// errorHandler(log) and the literals that factory returns, fiber's
// Config.ErrorHandler): each handler returning &apperr.Error{Public:
// res.Reason()} is a finding where it chose the text, as a returned
// echo.NewHTTPError's message is, and so is a raw argument of another
// package's constructor of that type whose result follows it, when the
// type has one field of the parameter's type (apperr.New(401,
// res.Reason(), nil)). A field of another package's type the
// package stores nothing in (the client's *APIError whose Message the
// handler writes) stays reported at the write.
// R also writes itself when its package's generated code encodes it: a
// function of that package taking R, or a non-empty interface R
// implements, then an http.ResponseWriter, returning an error (ogen's
// encodeLoginResponse(response LoginRes, w, span); importers know R by
// the fact rawexposure(encoded to the response by its package)). ogen's
// handler type declares NewError(ctx, err error) R: its err holds what
// the type's strict handlers return as errors (which are not reported
// at their returns), and the R it returns is the body, reported at its
// return. An optional wrapper of another package (a struct of one value
// beside bools: OptString{Value, Set}) carries its value: NewOptString(
// msg), o.SetTo(msg).
// Their handlers' returns too (handler shapes, docs/framework-sinks.md): a
// plain error returned from a connect handler, a twirp method, a gqlgen
// resolver under the default presenter (judged per server value: the one
// built on the resolver's root, with its SetErrorPresenter; one setting
// the Message of gqlgen's default answer hides every error only when it
// sets it outside any branch; a presenter
// hiding only the errors errors.As finds of one type (the branch of if
// errors.As(err, &apiErr), of if apiErr, ok := errors.AsType[*APIError](
// err); ok, or of case errors.As(err, &apiErr): in a tagless
// switch returning without err and apiErr, or setting a Message to a
// constant text; a log line may read them, and so may the other fields of
// the error presented, gerr.Extensions, checked where they are set) hides
// a returned error
// every non-nil value of which is or wraps that type, by the function
// fact's carrier across packages, counting only the errors that carry a
// raw value (a client's transport failures beside its *APIError leave
// *APIError its carrier; so do the package-level sentinels it returns,
// ErrRetry, and fmt.Errorf("...: %w", err) of an err carrying nothing
// raw) and, for a call of a method of one of the
// module's interfaces, the carrier common to the implementations in view
// whose error is raw (err from r.Verifier.SendOTP, *Client's returning
// &APIError{...} or a transport error, a stand-in's nothing raw); a
// resolver is a method of a generated
// <X>Resolver interface or, none in view, of gqlgen's layout: an exported
// (ctx, ...) (T, error) method of a type <x>Resolver embedding the
// package's <X>Resolver root), a graphql-go
// resolver (a method of a root type the package passes to ParseSchema or
// MustParseSchema or, when it imports graphql-go and registers none, of a
// type whose exported methods all have graphql-go's resolver shape
// ([ctx context.Context] [args struct]) (T[, error]), one taking a context
// or args, as main registers it after the package is analyzed; and of
// the types these return, recursively: a field resolver with no error,
// func (p *payload) Message() *string, is checked too, and is where a raw
// value it picks out of the vendor's response the payload holds
// (&payload{res: res}) is reported, not the root's return; a field
// returned as is (return d.token) is reported where the object carrying
// it is returned), a registered huma handler (also through the package's own
// registration helpers), a go-kit endpoint served with the
// default error encoder (a ServerErrorEncoder given in the call, or in a
// local option slice passed as opts..., built by a factory returning a
// literal, is judged by that literal) or a graphql-go/graphql resolver (a function or
// literal of type func(graphql.ResolveParams) (interface{}, error) that the
// package does not call itself); the error an exported method func(args,
// reply *R) error returns, of a type the package registers with net/rpc
// (rpc.Register, RegisterName, on the default or an *rpc.Server), which
// net/rpc sends as the response's error (its jsonrpc codec too), or of a
// service registered in another package (main's srv.RegisterName("Agent",
// svc)) known by its shape: two exported methods or more, every one of
// that form with argument and reply structs of the package, named <X>Args
// and <X>Reply or with the type's or package's doc naming net/rpc or
// JSON-RPC (a store's Load(q *Query, out *Record) error is none), whose
// reply structs' fields are reported where a raw value is stored in them
// (reply.Detail = msg: the codec sends the reply as the result); the error
// an exported method func(r *http.Request, args *A, reply *R) error
// returns, of a type the package registers with gorilla/rpc's
// RegisterService (v1 and v2; the json and json2 codecs send its text, a
// *json2.Error its Message); the error an iris mvc controller method
// returns (an exported method named for an HTTP method, Get, PostVerify,
// of a struct with an iris.Context field or named <X>Controller), which
// iris writes as the body, its other results being the response; and for these and gRPC, a raw value in the returned
// response message, which is the body. Fields the framework sends, reported
// where the raw value is stored (a composite literal, an assignment to the
// field or to an element of it): echo's HTTPError.Message (v4, v5), fiber's
// Error.Message (v2, v3), gqlerror.Error's Message and Extensions, huma's
// ErrorModel (Type, Title, Detail, Instance) and ErrorDetail (Message,
// Location, Value), iris mvc's Response (Text, Content, Object, Err) and
// View (Data, Err) results, and beego's Controller.Data (c.Data["json"] = v, the
// view's data); not echo's Internal, gqlerror's Err, nor a status code.
// The package's replacement of huma.NewError or NewErrorWithContext (a
// literal, a function of the package, or what a factory of the package
// returns: huma.NewError = withCode(huma.NewError)) builds the body huma
// sends for every error: every field of a struct type of the package it
// returns (problem{huma.ErrorModel; VendorCode uint16}) is a field sink,
// so a code copied there from a fault found among its errs is reported
// where it is stored. A variable the package assigns huma's original
// constructor (base := huma.NewError, a package variable, a field, a
// factory's parameter given it) is called like it, a sink call
// (ctorhooks.go). Such a replacement sends a plain error a handler
// returns when its result depends on its errs or errs reach a sink in it
// (the saved original called with them, ErrorModel.Add, err.Error()
// copied into an ErrorDetail): one building its body from status and msg
// alone, or calling the original without errs, hides it.
// And the error field a go-kit Failer response type of the package
// returns from Failed() error, which go-kit hands to the server's error
// encoder: reported where an endpoint stores a raw error in it, judged by
// the endpoint's servers like a returned error, and carried no further (an
// EncodeResponse reading f.Failed() is not a second finding). The
// messages of fiber.NewError and echo.NewHTTPError, sent by the app's error
// handler, are judged per app like returned errors: quiet in a handler
// whose apps' error handlers all hide the text. An error handler that
// shows only the framework's own error (errors.As(err, &fe), a type
// assertion or switch on *fiber.Error or *echo.HTTPError, then fe.Message
// written, or fiber's fe.Error(), which is its Message (v2 and v3, whose
// error handler is a func(fiber.Ctx, error) error, often a method value
// such as s.handleError); in any package, by the fact rawexposure(param framework error
// message reaches ...)) sends these messages and hides a plain error. The headers and trailers of
// a connect response, stream or Error (Response.Header, Trailer,
// ResponseHeader, ResponseTrailer, Meta) are response headers.
//
// Handlers of another package (registered.go): the package building the
// app (main) sees its error handler and the handlers; a handler of another
// package whose error result carries a raw value (its fact) is reported
// where it is registered, without a fix, when an echo app's
// HTTPErrorHandler sends the error's text (e.HTTPErrorHandler = h), or
// when it is passed to an adapter of the package that writes it
// (wrap(h.Login), func wrap(h func(w, r) error) http.HandlerFunc). A fiber
// handler's package reports its returns already (the default handler
// sends them). An error handler showing a method's text of an error found
// with errors.As (pe.Public() of the module's own interface, implemented
// by a client's *APIError returning its raw field) is reported at that
// write.
//
// One bug, one report (reported.go): what a handler's return is reported
// for (its raw error, or the raw response a framework sends) does not reach
// its callers as raw: a hand-written gqlgen executor dispatching to the
// resolvers and handing their errors to graphql.AddError, an HTTP bridge
// or a gateway of another package calling a net/rpc method, a method
// returning another's error, are not reported again. Only a result whose every raw return is reported
// at the handler is held back (a raw return the handler's own check lets
// through, under a guard, still reaches its callers); a gqlgen resolver's
// error that every presenter of its servers hides counts as judged there
// too, since an executor handing it to graphql.AddError goes through the
// same presenter (onereport/gqlhidden); the function fact says the result is raw as before, and marks
// it reported, for what else reads it (an interceptor mapping an error type
// the methods return). A plain helper, and a handler-shaped function the
// package calls itself (which the helper rule makes no handler), is no
// reported handler: its callers report what it returns.
//
// Request-scoped values (scoped.go): a value stored under a key (fiber's
// c.Locals(k, v), gin's and echo's c.Set(k, v), context.WithValue(ctx, k,
// v), and gin's and hertz's c.Error(err) and AbortWithError(code, err),
// read in c.Errors) is what is read under the same key (c.Locals(k),
// c.Get, c.GetString, c.MustGet, ctx.Value(k), c.Errors.Last(),
// c.Errors.Errors(), e.Err of a range over c.Errors, ...),
// flow-insensitively, like a global: a raw value read back and written is
// reported at the write. A key is a constant
// string, a value of a named type built in place (errKey{}, ctxKey("x")) or
// a package-level variable. Across packages, a package fact lists the raw
// values stored under keys another package can name (a string, an exported
// type or variable, gin's or hertz's errors) and the keys whose values the
// package writes to a sink: the reads of the first carry the raw value in its
// importers, and a raw value stored under the second's key in its
// importers is reported at the store (c.Locals(flash.FlashKey, msg) when
// flash's layout renders it). They print as rawexposure(scoped "flash"
// raw errorMessage from mfa.Message; scoped "flash" reaches the fiber
// response body via fiber.Ctx.Render). Values under other keys (a request
// ID, the session's user) and values only logged are not reported.
//
// a-h/templ (templ.go): a call returning a templ.Component (a generated
// component or a hand-written templ.ComponentFunc) carries all its
// arguments; it is a sink where it is rendered into a response:
// c.Render(ctx, w), templ.Handler(c).ServeHTTP(w, r) (or ServeHTTPStreamed,
// ...); a helper rendering its parameter (pagekit.Fail(w, r, 403, detail))
// is a sink at its calls, also in a package with no SurePassID signal. OAuth2 errors (sinks_oauth.go), which the relying party receives
// and shows: Ory Hydra's reject body (RejectOAuth2Request(body) of the
// login and consent reject builders; a body carries its fields set with
// hydra.PtrString(msg) or SetErrorDescription(msg)), fosite's WithHint,
// WithHintf and WithDescription, zitadel/oidc's WithDescription.
//
// AWS Lambda (aws-lambda-go/events, sinks_serverless.go): the fields of the
// responses API Gateway (REST and HTTP APIs), a Function URL or an ALB turn
// into the HTTP response (Body, Headers, MultiValueHeaders, Cookies, the
// ALB's StatusDescription; streamed responses too) are field rows, wherever
// the struct is built, so a helper building one (apigw.Error(status, msg))
// has a fact like any sink's; a literal returned directly is reported at the
// return, one built earlier at its first raw field. A local bytes.Buffer or
// strings.Builder whose text becomes such a Body (directly or through a
// helper's parameter) is a response: a template executed into it (or an
// encoder, fmt.Fprintf) is the sink and the buffer carries nothing after.
// Cognito: a CreateAuthChallenge response's PublicChallengeParameters (not
// the private ones nor ChallengeMetadata) and a CustomMessage response's
// SMS and email text; and the error a user pool trigger returns (a function
// or literal taking one of the synchronous trigger events, cognitoTriggers),
// which Cognito relays to the app. An API Gateway handler's error (a
// generic 502) and an SQS or other event handler's reach no user. An HTTP
// API (payload 2.0) or Function URL handler the package starts
// (lambda.Start(handler), StartWithOptions, NewHandler, ...) returning its
// own value (func(ctx, events.APIGatewayV2HTTPRequest) (Reply, error)) has
// it sent as the body, with no statusCode in it: its results are the
// response, reported at the return; a function of that signature the
// package does not start is a helper, and a REST API or ALB handler's own
// value is rejected (502).
//
// API frameworks (sinks_apis.go): a fuego controller (func(fuego.
// Context[B, P]) (T, error) since v0.19, whose ContextWithBody,
// ContextNoBody and ContextWithParams are generic aliases of it, and
// func(fuego.ContextWithBody[B]) (T, error) before, when that was the
// interface; one the package does not call itself) returns its response, which fuego serializes, and
// an error whose text fuego sends to a text/html client; the Title and
// Detail of fuego's HTTPError, and so of BadRequestError, ForbiddenError
// and the other types declared as it, and an ErrorItem's Reason are field
// rows (returning such an error is no second finding, and its Err, tagged
// json:"-", is never sent); the context's SetHeader, SetCookie and
// Redirect. go-restful v3's Response writers (WriteEntity,
// WriteHeaderAndEntity, WriteAsJson/Xml, WriteHeaderAndJson/Xml,
// WriteError's error, WriteErrorString, AddHeader) and ServiceError's
// Message (NewError). melody's Session.Write, WriteBinary and CloseWithMsg
// and the hub's Broadcast family. kratos v2's errors constructors (New,
// Newf, Errorf, BadRequest, Unauthorized, ...: reason and message) and
// WithMetadata, not WithCause; its transport/http Context writers, and
// the plain error a route's HandlerFunc returns (the error encoder sends
// errors.FromError(err), whose message is err.Error()).
// Envoy's external authorization (go-control-plane auth v3): the Body and
// Headers of a DeniedHttpResponse, which Envoy answers the client, and an
// OkHttpResponse's ResponseHeadersToAdd, added to the client's answer (not
// its Headers and HeadersToRemove, which change the request sent upstream,
// nor dynamic metadata); an external processor's (ext_proc v3)
// ImmediateResponse, its Body and Headers (not its Details, for Envoy's
// logs, nor a CommonResponse's HeaderMutation). A header reaches the
// field through the HeaderValueOption literals that nest it, the slice
// holding them (a literal, append, a variadic parameter: deny(401, body,
// header("x-stepup-reason", strconv.Itoa(code)))) and small helpers of the
// package or of a platform package with no SurePassID evidence (its
// edge.Header(k, v) and edge.Headers(m) returning such options are
// builders like reply.Problem, and its edge.Deny(status, body, hs...) a
// sink at its calls).
// bunrouter's JSON, and the error a bunrouter handler (func(http.
// ResponseWriter, bunrouter.Request) error) returns, which bunrouter drops:
// reported only when the package installs (bunrouter.Use, WithMiddleware,
// a group's Use) a middleware of its own whose next handler's returned
// errors reach a sink, judged per package.
//
// Documents the user downloads (pdfdocs.go): the text put into a PDF by
// fpdf (codeberg.org/go-pdf/fpdf, github.com/go-pdf/fpdf, jung-kurt/gofpdf:
// Cell, Cellf, CellFormat, MultiCell, Write, Writef, WriteAligned,
// WriteLinkString, WriteLinkID, Text, an HTMLBasicType's Write, on an
// *Fpdf or the Pdf interface) or signintech/gopdf (Cell, CellWithOption,
// MultiCell, MultiCellWithOption, Text), and into its properties
// (SetTitle, SetSubject, SetKeywords, SetAuthor, SetCreator, gopdf's
// SetInfo: every viewer shows them, so the metadata counts), when the
// function hands the document out: it writes it to a writer (Output(w),
// Output(&buf) for c.Data, gopdf's Write or WriteTo), or never outputs it
// (a builder returning it); not when every output goes to a file
// (OutputFileAndClose(path), WritePdf(path), Output(f) of an *os.File:
// the archive or ops copy). A helper writing a letter it is given
// (statements.RenderTokenLetter(w, l) reading l.Note, directly or through
// a local defined once from it) is a sink for the letter, reported at its
// call where the caller stored the raw text in the letter; handed an
// *os.File for its writer it writes a file, and is quiet. An XLSX export
// with excelize is judged alike: the values of its cells (SetCellValue,
// SetCellStr, SetCellDefault, SetSheetRow), unless every output goes to a
// file (SaveAs, Save). A CSV export is the response's: encoding/csv's
// NewWriter(w) over one, its Write and WriteAll.
//
// Messages to a person (personal.go): net/smtp's SendMail, the subject and
// bodies of wneessen/go-mail's Msg and gomail.v2's Message (go-mail's
// template bodies too: the data given to SetBodyTextTemplate,
// SetBodyHTMLTemplate, AddAlternativeTextTemplate and
// AddAlternativeHTMLTemplate, judged as a template's data: a struct
// literal by the exported fields it sets, whatever their names; a
// variable by what was stored in it, not by what other values of its
// type hold), the messaging SDKs' sends of a parameter object, reported
// once, at the send, whether the object is a literal or a local filled by
// its setters first (msgSetters: a setter's argument is in the object, and
// a chain of setters returning their receiver fills the first one):
// Twilio's Api.CreateMessage(params) after params.SetBody(msg) (or
// SetContentVariables), ConversationsV1.CreateConversationMessage and
// CreateServiceConversationMessage after SetBody or SetSubject,
// VerifyV2.CreateVerification after SetCustomMessage; SendGrid's
// client.Send(m) and SendWithContext after m.AddContent(mail.NewContent(
// ...)), a personalization's SetDynamicTemplateData or SetSubstitution
// and AddPersonalizations, or of NewSingleEmail or NewV3MailInit
// (msgBuilders: their result holds what they are given); AWS SDK v2's
// SES v2 SendEmail and an SNS Publish whose input sets a PhoneNumber (an
// SMS) or a TargetArn (a push to one device; a publish to a topic, the
// team's own subscribers, is not: a Sets row). An object filled and never sent is not reported (a recipient's
// setter, SetTo, is no text), and the fix replaces what a setter or a
// builder was given; the Title and Body of Firebase Cloud Messaging's
// notifications (Notification, AndroidNotification, WebpushNotification,
// ApsAlert, reported where stored), and a team's
// own sender by its signature: a function or method whose name says it sends
// (Send, Notify, Text, SMS, Mail, Email, Deliver, Message, Push: SendText,
// Sendf, NotifyUser), with a text parameter naming the person it goes to
// (to, phone, mobile, msisdn, email, recipient, ...; a token in a push
// client's package: fcm.Sender.Send(ctx, token, title, body)) and text
// parameters naming what they hold (text, body, msg, message, content,
// subject, title, format and the arguments after it): those are sinks, on an interface
// method too (notify.Mailer.Send(ctx, to, subject, body) over an SMTP or
// an SMS gateway's HTTP API). Post and Enqueue are senders' verbs too, and
// so is a verb filing a message where the person's app shows it (Add,
// Append, Put, Store, Save, Insert, Create, File, Drop) on a package or a
// receiver named as an inbox (inbox, mailbox, notification(s), notice(s),
// notifier, inapp, messagecenter: notifications.Store.Create(ctx,
// &Item{UserID: id, Text: t}); a help desk's tickets.Desk.Create is none). The
// person and the text may be fields of a struct parameter instead
// (inbox.Post(ctx, notify.Notification{UserID: id, Title: t, Body: b}),
// q.Enqueue(ctx, &Push{DeviceToken: d, Text: t}), a []*Notification): a
// struct, a pointer to one or a slice of either, with a field naming the
// person (a contact field, or userID, customerID, deviceToken, a person's
// noun alone or before an id: PlayerID, GamerID, MemberIDs, Recipient; a
// device's push token: FCMToken, RegistrationIDs, APNsToken, or a plain
// Token or Device in a push message, a struct of a package named as a push
// client, push, fcm, apns, pushclient, webpush, or of a type so named,
// PushMessage) and a
// text field (title, body, text, message, subject, summary, detail, ...),
// is a sink, whether the sender sends it or only stores it for the app to
// show (a game's inbox.Send(ctx, inbox.Message{PlayerID: id, Body: b}));
// so is such a struct without the person when a parameter beside
// it names the user the application knows (userID, customerID, patientID,
// deviceToken: a push or in-app notifier's Send(ctx, userID,
// notify.Message{Title: t, Body: b}), on the module's own interface too, the struct declared
// in the sender's package); of a literal only its text fields are, of any other value
// (a variable filled field by field) all it holds. Records no person reads
// are not messages: an error type, a struct type whose name ends in a
// record's word (Event, Entry, Record, Log, Metric, Task, Job, ...) or of a
// package named as one (audit, events, metrics, telemetry, analytics).
// A sender naming no person (Pager.Page(ctx, team, text), PostMessage(ctx,
// channel, text), alerts.Notify(ctx, Alert{Team: t, Summary: s})) is an
// operators' channel, as a log is, and not a sink.
// A notifier of the module that knows nothing of SurePassID, whatever its
// names, is a sink for the parameters it sends: notify.(*Notifier).
// ActivationFailed(ctx, to, serverMessage) formatting serverMessage into
// the body it hands its Mailer interface (fmt.Sprintf, a template
// executed into a buffer, a Letter struct it queues, a printf-style
// ...any, an unexported helper between), by its fact, reported at the
// call of the package that passes it the raw text (not in the notifier,
// which has none): s.mail.ActivationFailed(ctx, email, resp.ErrorMessage).
// So is an interface's method implemented by such a method (the caller's
// own interface over the notifier, or the notifier package's exported
// interface over its unexported type). A notifier method that only logs
// its parameter, pages the on-call team with it, or sends fixed text
// chosen by it, is none.
//
// Chat bots (sinks_bots.go): what a bot sends is read by the member it
// answers. discordgo's Session senders (ChannelMessageSend, SendTTS,
// SendReply, SendComplex, SendEmbed, SendEmbeds, SendEmbedReply,
// SendEmbedsReply, ChannelMessageEdit, EditComplex, EditEmbed,
// EditEmbeds: the content, embeds or message struct; InteractionRespond,
// InteractionResponseEdit, FollowupMessageCreate, FollowupMessageEdit,
// WebhookExecute, WebhookThreadExecute, WebhookMessageEdit: the response
// or webhook data); slack-go's Client
// PostMessage, PostEphemeral, UpdateMessage, ScheduleMessage (and their
// Context variants), SendMessage and SendMessageContext (the MsgOption
// values), OpenView, PushView, UpdateView (a modal shown to the member who
// clicked or typed the command) and PublishView (their App Home), with
// their Context variants (the view), PostWebhook and its
// Context and CustomHTTP variants (an incoming webhook, a slash command's
// response_url), socketmode's Client.Ack and AckCtx (the payload, shown as
// the answer to a slash command or a modal), a reply posted by hand to a
// command's response URL (Slack's and Mattermost's response_url:
// http.Post, Client.Post, NewRequest and NewRequestWithContext whose URL
// is cmd.ResponseURL, a parameter or local so named, or
// r.FormValue("response_url"); the body: bytes.NewReader(reply(kind,
// err.Error())), and a fix keeps the module's encoding helper); a post to
// any other URL (the operators' alerts webhook, SurePassID itself) is
// none; telegram-bot-api v5's
// BotAPI.Send and Request (the Chattable). The SDKs' builders carry what
// they are given: slack.MsgOptionText, MsgOptionBlocks,
// MsgOptionAttachments, NewTextBlockObject, NewSectionBlock, the other
// block builders that take text (NewHeaderBlock, NewContextBlock,
// NewMarkdownBlock, NewInputBlock, NewRichText..., NewButtonBlockElement,
// NewActionBlock, NewBlockMessage), NewErrorsViewSubmissionResponse and
// NewUpdateViewSubmissionResponse and NewPushViewSubmissionResponse (the
// view a submission's answer replaces the modal with, or pushes:
// json.Marshal(slack.NewUpdateViewSubmissionResponse(&view)) written to
// the response); tgbotapi.NewMessage,
// NewMessageToChannel, NewEditMessageText, NewCallback and
// NewCallbackWithAlert; discordgo's MessageEdit.SetContent, SetEmbed and
// SetEmbeds. A message built in a local (reply := tgbotapi.NewMessage(id,
// ""); reply.Text = err.Error(); bot.Send(reply)) carries what its fields
// are given, and so does one a helper of the package builds from its text
// (infoModal(title, text) slack.ModalViewRequest, ephemeral(text)
// *discordgo.InteractionResponse): its fix replaces the raw text the
// helper is given and keeps the helper. A slash command answered in the HTTP response
// (json.NewEncoder(w).Encode(&slack.Msg{Text: msg})) is the net/http
// rows'. Not sinks: reading a channel (ChannelMessages), logging.
// A message posted to a channel, chat or webhook named for operations
// (opschannels.go) is an ops record, not an answer: the argument naming
// where a sender posts (ChannelMessageSend's channelID, WebhookExecute's
// webhookID, PostMessage's channel, PostWebhook's URL, tgbotapi.NewMessage's
// chatID) holding a word of a table (audit, ops, alerts, log, security,
// oncall, incident, monitoring, admin, ...) in an identifier or a string
// constant of it (b.cfg.AuditChannelID, cfg.AlertsWebhookURL,
// os.Getenv("SECURITY_CHANNEL_ID"), a local declared once from one) makes
// the call no sink, and a helper posting there (b.audit(format, args...))
// none for its callers. The interaction's channel (i.ChannelID), a DM and
// any other channel are still the member's; a helper taking the channel
// as a parameter is a sink at every call, whatever channel it is given.
//
// SSH servers (sinks_ssh.go): the engineer at the other end reads what a
// session shows. A gliderlabs/ssh Session and an x/crypto/ssh Channel are
// writers to the client (fmt.Fprintf(sess, ...), io.WriteString(ch, ...),
// sess.Write), and so is their Stderr(); a golang.org/x/term Terminal
// over one (term.NewTerminal(sess, prompt)) too, with its prompts
// (NewTerminal's, SetPrompt, ReadPassword). The name, instruction and
// questions a KeyboardInteractiveChallenge is called with (the challenge
// gliderlabs' KeyboardInteractiveHandler and x/crypto's
// KeyboardInteractiveCallback are given), the message of
// NewChannel.Reject, a BannerError's Message and gliderlabs'
// Server.Banner are shown; so is what a banner callback returns (a
// function or literal the package hands to a gliderlabs BannerHandler,
// BannerHandler: g.banner, or to ServerConfig.BannerCallback), reported
// at its return. Not sinks: Session.Exit's status, Permissions, an auth
// callback's error (logged by the server), a Request's Reply payload, and
// a writer that is no session (a logger's, os.Stderr, a file).
//
// RADIUS servers (sinks_radius.go, layeh.com/radius): the network access
// server shows an Access-Accept's, -Reject's or -Challenge's Reply-Message
// on the user's device (a captive portal's guest, a VPN client). Sinks:
// rfc2865's ReplyMessage_Set, _SetString, _Add and _AddString, and the
// packet's Add and Set with the Reply-Message type (resp.Add(
// rfc2865.ReplyMessage_Type, attr), attr from radius.NewString(msg) or
// NewBytes, which carry their argument). Not sinks: the other attributes
// (Class, which goes to accounting, Filter-Id, State), Add and Set under
// another type, and the log.
//
// A writer parameter (writerparams.go): an interface-typed parameter with
// a Write method (w io.Writer) of an unexported function of the package
// writes to the client when every call of the function in the package
// passes a writer to the client for it (an http.ResponseWriter, a
// session, sess.Stderr(), the caller's own such parameter): a helper
// func fail(w io.Writer, err error) writing err to w is reported at
// fail(sess, err). One called with another writer too (os.Stderr), used
// as a value, or exported, is not followed.
//
// Extra sinks with -rawexposure.sinks, a
// comma-separated list of import/path.Func:N or import/path.Type.Method:N, N
// the 0-based index of the argument that reaches the user (receiver excluded),
// N... for it and every later argument; a malformed entry is an error.
// Or, read alike by every driver, a directive on the helper itself:
// //surepasslint:sink 1 (or 0 2, or 1...) in the doc comment of a function,
// method or interface method, seen by every package calling it. A function
// named in -rawexposure.sinks takes the flag's indexes, not its directive's.
// A team's own sender to end users whose signature does not say so (see
// "Messages to a person": Deliver(ctx, n Notice), Emit(ctx, userID,
// payload)) is a sink only so configured: name the interface method and the
// types a caller may hold (notify.Outbox.Emit:2) or put the directive on
// the interface method.
// The recognition directives //surepasslint:codetype, codefield and
// messagefield are package spid's. This check reports every bad directive
// (category directive) at its position, except require and ignore, which are
// codeswitch's. A finding is in category message when the raw value is the
// errorMessage and code when it is a return code; editors show the category
// beside the check's name (rawexposure(message) in VS Code's Problems panel).
// A sink call's finding is at the call, or, for a method called on a
// receiver chain that ends on a later line (twirp.NewError(...). then
// WithMeta(k, code) below it), at the method's name: where the value enters
// what is sent, as for a constructor called on its own.
//
// # Not reported
//
// Logging (log, log/slog and other loggers are not sinks), status codes
// (WriteHeader, the status argument), constants, http.StatusText,
// codes.UserMessage, codes.UserCode (under conversions and formatting), lookups in a code-to-message table (the element comes from
// the table, not from the key), booleans (comparisons, Failed()), the type
// field and other fields of a response, other vendors' errorCode and
// errorMessage fields (no SurePassID signal), code in generated files (which
// is still summarized for its callers), a plain error returned from an echo
// handler of an app with the default error handler (echo answers "Internal
// Server Error"), a returned error or error constructor under an error
// handler or adapter that logs it and writes a fixed text, echo's SetInternal and
// gin's and hertz's c.Error (never rendered), a status error returned from
// a gRPC method (its message argument is the sink), a session value under
// another key or a key that is not a constant ("mfa_state", "user_id":
// kept for the application, not shown), beego's
// Context.Abort body (logged; shown only in dev mode), iris' SetErrPrivate.
//
// A code quoted where its own parse failed is no code: in the branch taken
// when x.Int64() or x.Float64(), strconv.Atoi(x), ParseInt, ParseUint or
// ParseFloat, or json.Unmarshal(x, &n) into a number returned an error (if
// err != nil right after the parse or with it in its init, a condition
// err != nil && ..., a case err != nil: of a tagless switch; x through
// string(x), []byte(x), String() and strings.TrimSpace; neither err nor
// x's variable assigned in the branch), x carries no code (fmt.Errorf(
// "errorCode %q: %w", env.ErrorCode, err)), nor does that parse's error
// anywhere. A message stays raw there, and the code elsewhere (after a
// successful parse, or another response's code).
//
// A raw value written under a guard that proves the code is not
// security-relevant is allowed, as the vendor only requires
// security-relevant errors to be generic. A condition proves it when its
// outcome implies the code is a published failure code that is not
// security-relevant: code == C with such a C (code != C when false),
// !code.SecurityRelevant(), a predicate of the module (a function returning
// a bool that is true, or false, only for such codes: sp.Delivery(code)
// returning code == SMSSendError || code == EmailSendError; exported ones
// carry the fact rawexposure(true implies param 0 is not
// security-relevant)), and &&, || and ! of those (errors.As(err, &apiErr) &&
// apiErr.Code == SMSSendError).
//
// Guarded places: a switch case over a code listing only such codes (case
// codes.SMSSendError:), a case of a tagless switch whose conditions all
// prove it, the then-branch of an if whose condition proves it, and any call
// that every path from the function's entry reaches through the outcome of
// such a condition with none of its locals assigned since: the early return
// if code.SecurityRelevant() { ...; return }, the else branch of that
// condition, the default of a tagless switch one of whose cases is that
// condition; these cover only the message of the response whose code the
// condition reads (resp.ErrorMessage after
// resp.ErrorCode.SecurityRelevant(), or after code := resp.ErrorCode and a
// condition on code), not a raw error or another response.
//
// A case body or then-branch does not cover a value read from a response
// variable after the branch assigned that variable again (case SMSSendError:
// resp, err = sp.SendOTP(ctx, user, "email"), a fallback whose answer the
// case proved nothing about); a value read before (smsCode :=
// resp.ErrorCode) stays covered.
//
// A condition stored in a local first (ok := sp.Delivery(code); if ok {)
// counts when that is the local's only assignment and none of the locals the
// condition reads is assigned in between (nor in a closure, nor in a
// function with goto). The default of a switch over a code, the else branch
// of code == SMSSendError and an early return on one path only are not
// guards.
//
// A store is guarded like a call: a raw value stored where a guard holds
// (out.Notice = resp.ErrorMessage inside if code == SMSSendError) stores
// nothing raw. And a local given the message and overwritten with a safe
// text unless a delivery code holds (msg := resp.ErrorMessage; if code !=
// SMSSendError { msg = "..." }) is safe at a later sink: a definition of a
// flow-sensitive local counts as guarded when a guard about the response
// the message was read from holds on every path from the definition to the
// sink along which the local keeps that value, and that response's variable
// is not assigned after its declaration.
//
// Sentinel guards: where err == ErrX holds, an error variable err is the
// package-level sentinel ErrX, so writing err's text there writes ErrX's,
// whatever else the function that returned err may return (a raw code in
// an error of its own); so where errors.Is(err, ErrX) holds (errors',
// github.com/pkg/errors' or golang.org/x/xerrors' Is), unless ErrX may be
// wrapped beside non-constant text (fmt.Errorf("%w: %s", ErrX, msg),
// errors.Join, errors.WithMessage, a composite literal: of an error type
// whose Error() reads only fields, beside a field it reads; an operand stands
// for the sentinels it may hold: a table read byCode[code], a local
// assigned one, a call of a function of the package returning one), named
// in an Is or Unwrap method (whose receiver then matches it), is itself a
// value with an Is method, or is an alias of such a sentinel (var ErrDenied
// = spclient.ErrRejected), in this package, in its own (which exports the
// fact rawexposure(wrapped sentinel), also with no SurePassID signal, but
// not in the standard library, whose sentinels such as io.EOF are not
// what a SurePassID error is narrowed to) or
// in a package this one depends on (whose package fact lists it:
// rawexposure(wraps sentinels example.com/app/spcore.ErrUpstream)).
// fmt.Errorf("%w", err) or errors.Wrap(err, "op") wraps only what err
// matches already. Text that is the team's own is no other text:
// fmt.Errorf("%w: %s", ErrDenied, reason) with reason a constant, a read of
// an unexported package table of constants nothing stores into (reason, ok :=
// denials[code]), a local assigned only such values, a call of the
// package's function returning only such values, or a concatenation of
// those, leaves ErrDenied's text the team's (wrap.go). err == nil holds err too (nil
// carries nothing). A condition holds err on the edge it takes: !, && and
// || of those (errors.Is(err, A) || errors.Is(err, B) when true,
// !errors.Is(err, A) or err != nil && !errors.Is(err, A) when false), a
// condition stored in a local first, and a case value of switch err {
// case ErrA, ErrB: }. It holds at every place that every path from the
// function's entry reaches through such an edge with err not assigned
// since: the then-branch, the else of a negated test, a case whose every
// condition holds it, past an early exit (if !errors.Is(err, ErrLocked) {
// ...; return }). There err carries nothing: a sink's argument, a returned
// error (return err from a connect or gRPC handler under the guard), a
// store (msg = err.Error()) and a function's result (a helper returning
// err.Error() for its sentinels only) are judged so.
//
// Nil results: in the then-branch of if r == nil right after r, err :=
// call(...) (or in that if's init), err holds only what the callee returns
// beside a first result that may be nil (return nil, err; not return &r,
// newError(msg), whose first result is an address, a composite literal or
// new(T)): a client returning the raw text only beside its decoded answer
// returns a transport error there. The callee's fact says so when it
// differs: rawexposure(result 1 raw errorMessage from sp.ValidateOTP;
// result 1 beside nil: nothing). Not when err is assigned in the branch.
//
// # Fix
//
// Each diagnostic has one suggested fix (none in a file that does not parse:
// -fix never edits code being typed) replacing the raw argument by
// codes.UserMessage(<code>) when a code of the same response is in scope
// (codes.UserMessage(codes.ReturnCode(x)) for an int or mirror code), and by
// codes.GenericMessage otherwise, adding the import; when the package cannot
// import codes (it does not depend on it), a string literal with the same
// generic text. A raw value whose address is taken (Hint: &resp.ErrorMessage
// in a proto3 optional field) is replaced with a pointer to the safe text:
// new(string(...)) in a file of Go 1.26 or later, a function literal
// returning the address of a copy before (so is a local's address,
// Content: &msg in discordgo's WebhookEdit). When no safe value fits the
// sink's argument, a local struct (a Telegram MessageConfig, a discordgo
// MessageEdit), the raw value is replaced where it is read in the
// function (resp.ErrorMessage) or else where it is stored into the
// local's fields before the sink (reply.Text = err.Error()); a raw
// element of a []*T{{...}} literal is replaced inside it. A returned error becomes an error with that text and the
// status the client got: fiber.NewError(fiber.StatusInternalServerError,
// ...), status.Error(codes.Unknown, ...), connect.NewError(connect.
// CodeUnknown, errors.New(...)), twirp.InternalError(...),
// huma.Error500InternalServerError(...) or errors.New(...), in place where the error cannot
// be nil (err under if err != nil, fmt.Errorf); otherwise a nil error stays
// nil and a call keeps its effect: if err != nil { return <that error> } (or
// if err := call; err != nil {) before the return, and nil in it; there a
// gRPC or connect error keeps the status err carries (status.Error(status.
// Code(err), ...), connect.NewError(connect.CodeOf(err), ...)).
// Before:
//
//	resp, err := client.ValidateOTP(ctx, user, otp)
//	if err != nil {
//		http.Error(w, err.Error(), http.StatusUnauthorized)
//		return
//	}
//	if resp.Failed() {
//		fmt.Fprintf(w, "sign-in failed: %s", resp.ErrorMessage)
//	}
//
// After:
//
//	resp, err := client.ValidateOTP(ctx, user, otp)
//	if err != nil {
//		http.Error(w, codes.GenericMessage, http.StatusUnauthorized)
//		return
//	}
//	if resp.Failed() {
//		fmt.Fprintf(w, "sign-in failed: %s", codes.UserMessage(resp.ErrorCode))
//	}
//
// A raw code that is a number where it is read (an int, int32 or int64
// field, a protobuf enum, a codes.ReturnCode, a mirror code) stays a number
// of the same type: it becomes the code a user may see, codes.UserCode,
// which is the code itself for the codes that are not security-relevant and
// the one codes.GenericCode (-1) for the others and for unpublished codes.
// So VendorCode: int32(resp.ErrorCode) becomes VendorCode:
// int32(codes.UserCode(codes.ReturnCode(resp.ErrorCode))), Outcome:
// pb.Outcome(ans.ErrorCode) becomes pb.Outcome(codes.UserCode(ans.
// ErrorCode)), and the text of a code keeps its formatting: json.Number(
// strconv.Itoa(code)) becomes json.Number(strconv.Itoa(int(codes.UserCode(
// codes.ReturnCode(code))))), fmt.Sprintf("error %d", code) keeps its %d.
// When the package cannot import codes the number is the literal -1
// (no fix for an unsigned slot, where -1 does not compile). A message and a
// code in one response (Outcome: code, Detail: msg; a connect.NewResponse's
// message) are both replaced. codes.UserCode's result, under conversions
// and formatting, is not raw.
//
// In a printf-style call the verb must take a string (go vet's printf check
// holds after the fix): a formatting call in the argument whose raw value a
// verb such as %d formatted, when it is replaced by text (a code that is
// not a number there: resp.ErrorCode.String()), is replaced whole; a sink
// that formats (fmt.Fprintf, status.Errorf, gin's c.String) gets the format
// "%s" when that value was all it formatted, %s for that verb otherwise,
// and "%s" before a replaced format argument.
//
// In a package with no SurePassID signal and no imported fact that can
// carry a raw value, the analysis returns at once unless the package
// imports a package a sink is declared in, or it or a package of its module
// it imports declares a team's sender (by signature, as above), and it
// refers to a sink or a sender (one pass over the type checker's resolved
// identifiers); then it summarizes only the functions that refer to one,
// their callers (through the package's interfaces to its methods
// implementing them too) and their helpers.
//
// # Known limits
//
//   - Globals, fields, elements and the locals listed under Flow (address
//     taken, stored into partly, assigned in a closure, ...) are
//     flow-insensitive: once raw, raw everywhere.
//   - Inside a case or a then-branch, a guard need not name the code of the
//     very response whose message is written (if a.ErrorCode == SMSSendError
//     { http.Error(w, b.ErrorMessage, 502) } is not reported); a guard does
//     not follow a code changed through a pointer or an alias.
//   - Unknown functions, function values from fields or package variables
//     (from parameters only as the Callbacks paragraph says), and results
//     through interfaces from outside the module
//     other than Error, String and Unwrap carry nothing; interface calls are
//     followed only into the module's own interfaces.
//   - In a package with no SurePassID signal, only parameters reaching a sink
//     are summarized: a result carrying a parameter (httpx.Format(msg)
//     string) is not followed into other packages, nor is a receiver or a
//     parameter of the framework's own types; helpers in test files get no
//     facts. Such a package importing net/http or a framework and declaring
//     an error-returning func type with methods (or a function taking one)
//     also gets its adapters' facts (a func-typed receiver or parameter whose
//     returned error reaches a sink).
//   - Across packages a result follows only interface-typed parameters (Wrap(op
//     string, err error) error), and, for an error constructor's error
//     result (no context parameter), every parameter;
//     a string result follows a string parameter only inside a package
//     (a chat SDK's message built from text follows it in importers too). A
//     field of a struct parameter is not followed to the result
//     (policy.Decide(res) returning Decision{Reason: res.Detail}).
//   - A fiber or echo app configured in another package (its ErrorHandler or
//     HTTPErrorHandler) is not seen by the handlers' package: they are judged
//     against the default error handler there (a fiber handler's return is
//     reported even when main's ErrorHandler hides the text), and main
//     reports only the echo handlers and adapted functions it registers
//     itself. A raw value stored and read under a key in two packages
//     neither of which imports the other is not followed. A handler held in a variable or field of an in-house
//     adapter type is not taken for a handler. A
//     handler-shaped literal passed to a project wrapper that maps errors
//     itself is still treated as a handler. A gRPC interceptor that rewrites
//     errors is not seen by the methods it serves (they are judged against
//     grpc-go's default), nor are connect or twirp interceptors, a gqlgen
//     server built in another package (its resolvers are judged against the
//     default presenter: the resolvers' package is analyzed before the
//     package building the server and does not import the presenter's, so
//     a resolver returning only an error type that presenter hides is
//     still reported), nor a presenter declared in another package
//     (srv.SetErrorPresenter(gqlerr.Presenter(log)) is taken to send every
//     error's text), a huma.NewError replaced in another package (nor
//     are the fields of its body's type sinks outside that package), or
//     go-kit servers built in another package, nor a net/rpc service
//     registered in another package without the shape above; a raw value stored in a net/rpc
//     method's reply (sent when it returns nil) is reported only for a
//     service known by that shape, not for one the package registers.
//     return s.inner.Login(ctx, req), one call supplying both results, is
//     reported without a fix.
//   - A fuego server's own error handler (WithErrorHandler) and
//     serializer are not seen: a controller is judged against fuego's
//     defaults. A bunrouter error middleware written as a literal is not
//     seen (the handlers' errors stay quiet), and middlewares are judged
//     per package, not per router a handler is registered on.
//   - A go-kit Failer response type of another package is not a field
//     sink (its Failed body is not in view); a gqlgen root resolver not
//     named <X>Resolver is not recognized without the generated interfaces;
//     a local holding a struct literal is judged whole by an encoder
//     (unexported fields included); an error's carrier is not followed
//     through errors.Join, nor past fmt.Errorf("%w: %v", ErrDown, err)
//     formatted in the function a resolver calls (a helper returning
//     it is followed by its summary).
//   - A sentinel guard knows which sentinels the package and its
//     dependencies wrap, not which the error tested was built from: one
//     fmt.Errorf("%w: %s", ErrX, msg) anywhere keeps errors.Is(err, ErrX)
//     raw for every err. errors.As(err, &t) narrows err to nothing (t
//     itself follows what the package stores in its type).
//   - Error(), String() or Unwrap() reading its fields through another
//     method of its receiver (return e.reason()), or of a type whose other
//     package stores the raw value (the type's own package saw none), carries
//     the receiver's whole value.
//   - The fix replaces a raw value inside a local struct variable handed to an
//     encoder or template whole (the response shape changes).
//   - An answer's bytes are raw only in the function that decodes them or
//     reads them from its own call to the endpoint: an *http.Response
//     returned by a client (an openapi-generator Execute's second result,
//     whose Body the client refilled with the bytes) is not followed into
//     its callers, nor is a URL held in a field or a variable, nor bytes
//     decoded through a decoder held in a field or a helper of another
//     package.
package rawexposure
