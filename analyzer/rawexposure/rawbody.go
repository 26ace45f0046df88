package rawexposure

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Raw bodies: the bytes of a SurePassID answer carry its errorMessage and
// errorCode whole. A local (or parameter) of a byte-slice or string type
// is such a body when the function decodes it into a recognized response:
// json.Unmarshal(body, &out) with out a struct with an errorMessage or
// errorCode field an encoder would fill (encodedRole), or a map the
// function reads by such a key (m["errorMessage"]); through a decoder over
// it (json.NewDecoder(bytes.NewReader(body)).Decode(&out)) or a decoding
// helper of the package (an openapi-generator client's a.client.decode(&v,
// localVarBody, contentType), whose parameter b reaches json.Unmarshal(b,
// v) with v its parameter too). The body is then raw wherever the function
// reads it (string(body), c.Data(502, ct, body)), and fields and accessors
// holding it carry it as any raw value (GenericOpenAPIError{body: body},
// func (e GenericOpenAPIError) Body() []byte). So are the bytes a function
// reads from its own response to a request to the endpoint (resp.Body,
// io.ReadAll(resp.Body) after http.Post(spURL, ...)) and the body of a
// client library's response decoded into a response (resty's
// c.R().SetResult(&out).Post(url), then resp.Body()).

// decodeSummary is what a function of the package decodes of its
// parameters: those decoded into a SurePassID response (body), and those
// decoded into what another parameter points to (into: src -> dst).
type decodeSummary struct {
	bodies map[*types.Var]bool // the unit's raw bodies, parameters included
	resps  map[*types.Var]bool // the unit's responses of calls to the endpoint
	client map[*types.Var]bool // the unit's HTTP client library responses of SurePassID's (resty)
	body   map[int]bool
	into   map[int]int
}

// rawBody is the raw value a read of local v at carries when v holds the
// body of a SurePassID answer.
func (fs *fstate) rawBody(v *types.Var, at ast.Expr) taint {
	if !bodyType(v.Type()) {
		return taint{}
	}
	if fs.bodies == nil {
		fs.bodies = map[*types.Var]bool{}
		if s := fs.unitBodies(fs.u.node, fs.sig); s != nil {
			fs.bodies = s.bodies
		}
	}
	if !fs.bodies[v] {
		return taint{}
	}
	return taint{kind: kMessage, from: exprString(at), pos: at.Pos()}
}

// bodyType reports whether t can hold a body: a byte slice or a string
// (json.RawMessage too).
func bodyType(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && (b.Kind() == types.Byte || b.Kind() == types.Uint8)
	}
	return false
}

// unitBodies is the decode summary of the unit rooted at node (a
// function's body of signature sig, nil for a var declaration), scanned
// once; nil while it is being scanned (a recursive helper).
func (st *state) unitBodies(node ast.Node, sig *types.Signature) *decodeSummary {
	if st.rawBodies == nil {
		st.rawBodies = map[ast.Node]*decodeSummary{}
	}
	if s, ok := st.rawBodies[node]; ok {
		return s
	}
	st.rawBodies[node] = nil
	s := st.scanBodies(node, sig)
	st.rawBodies[node] = s
	return s
}

// funcDecodes is the decode summary of fn, a function of this package;
// nil when it has none or is being scanned.
func (st *state) funcDecodes(fn *types.Func) *decodeSummary {
	fn = fn.Origin()
	if fn.Pkg() != st.pass.Pkg {
		return nil
	}
	d := st.declOf(fn)
	if d == nil {
		return nil
	}
	sig, _ := fn.Type().(*types.Signature)
	return st.unitBodies(d.Body, sig)
}

// scanBodies finds the unit's raw bodies and its parameters' decoding.
func (st *state) scanBodies(node ast.Node, sig *types.Signature) *decodeSummary {
	info := st.pass.TypesInfo
	s := &decodeSummary{bodies: map[*types.Var]bool{}}
	params := map[*types.Var]int{}
	if sig != nil {
		for i := 0; i < sig.Params().Len(); i++ {
			params[sig.Params().At(i)] = i
		}
	}
	var calls []*ast.CallExpr
	looseMaps := map[*types.Var]bool{}      // maps read by a SurePassID key
	requests := map[*types.Var]bool{}       // bytes read from the request being served
	streams := map[*types.Var]ast.Expr{}    // decoders over a reader: what they read
	requestsTo := map[*types.Var]bool{}     // requests to the endpoint
	resps := map[*types.Var]bool{}          // their responses
	readFrom := map[*types.Var]*types.Var{} // bytes read from a response's Body
	sends := map[*types.Var]ast.Expr{}      // responses of an HTTP client library
	ast.Inspect(node, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Rhs) == 1 && len(n.Lhs) > 0 {
				if id, ok := n.Lhs[0].(*ast.Ident); ok {
					if v, ok := info.ObjectOf(id).(*types.Var); ok {
						if st.readsRequest(n.Rhs[0]) {
							requests[v] = true
						}
						if src := st.streamSource(n.Rhs[0]); src != nil {
							streams[v] = src // dec := json.NewDecoder(bytes.NewReader(body))
						}
						if u := st.requestURL(n.Rhs[0]); u != nil && st.endpointURL(u, 0) {
							requestsTo[v] = true // req, err := http.NewRequest(m, spURL, body)
						}
						if st.endpointCall(n.Rhs[0], requestsTo) {
							resps[v] = true // resp, err := http.Post(spURL, ...)
						}
						if x := st.readBody(n.Rhs[0]); x != nil {
							readFrom[v] = x // body, err := io.ReadAll(resp.Body)
						}
						if st.clientSend(n.Rhs[0]) != nil {
							sends[v] = n.Rhs[0] // resp, err := c.R().SetResult(&out).Post(url)
						}
					}
				}
			}
		case *ast.CallExpr:
			calls = append(calls, n)
		case *ast.IndexExpr:
			if st.spid.LooseRole(info, n) != spid.RoleNone {
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
					if v, ok := info.Uses[id].(*types.Var); ok {
						looseMaps[v] = true
					}
				}
			}
		}
		return true
	})
	for v, r := range readFrom {
		if resps[r] {
			s.bodies[v] = true
		}
	}
	if len(resps) > 0 {
		s.resps = resps
	}
	probe := &fstate{state: st}
	target := func(dst ast.Expr) bool {
		dst = ast.Unparen(dst)
		if u, ok := dst.(*ast.UnaryExpr); ok && u.Op == token.AND {
			if id, ok := ast.Unparen(u.X).(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok && looseMaps[v] {
					return true
				}
			}
		}
		p, ok := types.Unalias(info.TypeOf(dst)).(*types.Pointer)
		return ok && probe.encodedRole(p.Elem(), nil) != kNone
	}
	for v, e := range sends {
		if st.clientDecodes(e, target) {
			if s.client == nil {
				s.client = map[*types.Var]bool{}
			}
			s.client[v] = true
		}
	}
	for _, call := range calls {
		for _, pr := range st.decodePairs(call, streams) {
			src := st.bodyVar(pr.src)
			if src == nil || requests[src] {
				continue
			}
			switch {
			case pr.dst == nil || target(pr.dst):
				s.bodies[src] = true
				if i, ok := params[src]; ok {
					if s.body == nil {
						s.body = map[int]bool{}
					}
					s.body[i] = true
				}
			default:
				si, ok1 := params[src]
				id, _ := ast.Unparen(pr.dst).(*ast.Ident)
				if id == nil {
					continue
				}
				dv, _ := info.Uses[id].(*types.Var)
				di, ok2 := params[dv]
				if ok1 && ok2 {
					if s.into == nil {
						s.into = map[int]int{}
					}
					s.into[si] = di
				}
			}
		}
	}
	return s
}

// decodePair is one decoding a call does: src into what dst points to;
// dst nil when the callee itself decodes src into a SurePassID response.
type decodePair struct{ src, dst ast.Expr }

// decodePairs lists what call decodes; streams are the unit's locals
// holding a decoder over a reader, with the reader's expression.
func (st *state) decodePairs(call *ast.CallExpr, streams map[*types.Var]ast.Expr) []decodePair {
	info := st.pass.TypesInfo
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return nil
	}
	if src, dst, ok := spid.UnmarshalArgs(fn); ok && len(call.Args) > max(src, dst) {
		return []decodePair{{call.Args[src], call.Args[dst]}}
	}
	if fn.Name() == "Decode" && isMethod(fn) && len(call.Args) == 1 {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if src := st.streamSource(sel.X); src != nil {
				return []decodePair{{src, call.Args[0]}}
			}
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok && streams[v] != nil {
					return []decodePair{{streams[v], call.Args[0]}}
				}
			}
		}
		return nil
	}
	if fn.Pkg() != st.pass.Pkg {
		return nil
	}
	ds := st.funcDecodes(fn)
	if ds == nil {
		return nil
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return nil
	}
	var out []decodePair
	for i, a := range call.Args {
		p := paramIndex(sig, i)
		if p < 0 || sig.Variadic() && p == sig.Params().Len()-1 {
			continue
		}
		if ds.body[p] {
			out = append(out, decodePair{a, nil})
		}
		if d, ok := ds.into[p]; ok && d < len(call.Args) {
			out = append(out, decodePair{a, call.Args[d]})
		}
	}
	return out
}

// streamSource is the reader a stream decoder e is created over
// (json.NewDecoder(bytes.NewReader(body))), nil when e is none.
func (st *state) streamSource(e ast.Expr) ast.Expr {
	ctor, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(ctor.Args) != 1 {
		return nil
	}
	if cf, _ := typeutil.Callee(st.pass.TypesInfo, ctor).(*types.Func); cf != nil && spid.DecoderOver(cf) {
		return ctor.Args[0]
	}
	return nil
}

// bodyVar is the variable whose bytes e is: body, string(body),
// []byte(s), bytes.NewReader(body), strings.NewReader(s); nil for anything
// else (a field, a call's result) and for a package-level variable.
func (st *state) bodyVar(e ast.Expr) *types.Var {
	info := st.pass.TypesInfo
	for {
		e = ast.Unparen(e)
		call, ok := e.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			break
		}
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
			e = call.Args[0] // a conversion
			continue
		}
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if fn == nil || !spid.ReaderOver(fn) {
			return nil
		}
		e = call.Args[0]
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := info.Uses[id].(*types.Var)
	if v == nil || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() || !bodyType(v.Type()) {
		return nil
	}
	return v
}

// readsRequest reports whether e reads the body of the request being
// served (io.ReadAll(r.Body) with r an *http.Request): what the user sent,
// echoed back, exposes nothing of SurePassID's.
func (st *state) readsRequest(e ast.Expr) bool {
	info := st.pass.TypesInfo
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Name() != "ReadAll" || (pkgPath(fn) != "io" && pkgPath(fn) != "io/ioutil") {
		return false
	}
	sel, ok := ast.Unparen(call.Args[0]).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Body" && typex.IsNamed(typex.Deref(info.TypeOf(sel.X)), "net/http", "Request")
}

// boxedResponse is what a decoded response stored whole in field f of
// type any carries (newErr.model = v in an openapi-generator client): an
// encoder given the field's value later (c.JSON(502, upstream.Model()))
// writes its errorMessage and errorCode, which no longer show in the
// value's type. A response kept under its own type is judged by its type
// where it is encoded.
func (fs *fstate) boxedResponse(f *types.Var, rhs ast.Expr) taint {
	if rhs == nil || !isEmptyInterface(f.Type()) {
		return taint{}
	}
	rhs = ast.Unparen(rhs)
	if _, ok := rhs.(*ast.CompositeLit); ok {
		return taint{} // a literal holds only what it sets (eval)
	}
	if u, ok := rhs.(*ast.UnaryExpr); ok && u.Op == token.AND {
		if _, ok := ast.Unparen(u.X).(*ast.CompositeLit); ok {
			return taint{}
		}
	}
	t := fs.pass.TypesInfo.TypeOf(rhs)
	if t == nil || types.IsInterface(t) {
		return taint{}
	}
	k := fs.encodedRole(t, nil)
	if k == kNone {
		return taint{}
	}
	return taint{kind: k, from: exprString(rhs), pos: rhs.Pos()}
}

// httpCalls are the net/http calls sending a request, with the index of
// the argument holding its URL (-1: a request).
var httpCalls = map[string]int{
	"net/http.Get":             0,
	"net/http.Post":            0,
	"net/http.PostForm":        0,
	"net/http.Head":            0,
	"net/http.Client.Get":      0,
	"net/http.Client.Post":     0,
	"net/http.Client.PostForm": 0,
	"net/http.Client.Head":     0,
	"net/http.Client.Do":       -1,
}

// requestURL is the URL argument of http.NewRequest(method, url, body) or
// NewRequestWithContext; nil for any other expression.
func (st *state) requestURL(e ast.Expr) ast.Expr {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn, _ := typeutil.Callee(st.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return nil
	}
	switch funcKey(fn) {
	case "net/http.NewRequest":
		if len(call.Args) == 3 {
			return call.Args[1]
		}
	case "net/http.NewRequestWithContext":
		if len(call.Args) == 4 {
			return call.Args[2]
		}
	}
	return nil
}

// endpointCall reports whether e sends a request to SurePassID's endpoint:
// http.Post(spURL, ...), client.Do(req) with req a request to it.
func (st *state) endpointCall(e ast.Expr, requestsTo map[*types.Var]bool) bool {
	info := st.pass.TypesInfo
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return false
	}
	i, ok := httpCalls[funcKey(fn)]
	if !ok || len(call.Args) == 0 {
		return false
	}
	if i >= 0 {
		return st.endpointURL(call.Args[i], 0)
	}
	if u := st.requestURL(call.Args[0]); u != nil {
		return st.endpointURL(u, 0)
	}
	id, ok := ast.Unparen(call.Args[0]).(*ast.Ident)
	if !ok {
		return false
	}
	v, _ := info.Uses[id].(*types.Var)
	return requestsTo[v]
}

// endpointURL reports whether e, a URL, names SurePassID's endpoint or
// host: a constant holding one (spURL, "https://cloud.surepassid.com/"+
// path), a concatenation or a fmt.Sprintf or url.JoinPath with one such
// part (base + "/AuthServer/REST/U2F/U2FServer.aspx").
func (st *state) endpointURL(e ast.Expr, depth int) bool {
	info := st.pass.TypesInfo
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		return tv.Value.Kind() == constant.String && spid.EndpointMark(constant.StringVal(tv.Value))
	}
	if depth > 8 {
		return false
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		return e.Op == token.ADD && (st.endpointURL(e.X, depth+1) || st.endpointURL(e.Y, depth+1))
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, e).(*types.Func)
		if fn == nil || !urlBuilders[funcKey(fn)] {
			return false
		}
		for _, a := range e.Args {
			if st.endpointURL(a, depth+1) {
				return true
			}
		}
	}
	return false
}

// urlBuilders build a URL from their arguments.
var urlBuilders = map[string]bool{
	"fmt.Sprintf":      true,
	"net/url.JoinPath": true,
	"path.Join":        true,
	"strings.Join":     true,
}

// readBody is the response variable whose Body e reads whole
// (io.ReadAll(resp.Body)), nil for anything else.
func (st *state) readBody(e ast.Expr) *types.Var {
	info := st.pass.TypesInfo
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return nil
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Name() != "ReadAll" || (pkgPath(fn) != "io" && pkgPath(fn) != "io/ioutil") {
		return nil
	}
	return st.responseBodyOf(call.Args[0])
}

// responseBodyOf is the local whose Body e is (resp.Body, resp an
// *http.Response), nil for anything else.
func (st *state) responseBodyOf(e ast.Expr) *types.Var {
	info := st.pass.TypesInfo
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Body" || !typex.IsNamed(typex.Deref(info.TypeOf(sel.X)), "net/http", "Response") {
		return nil
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := info.Uses[id].(*types.Var)
	return v
}

// rawResponseBody is what resp.Body carries: the raw answer when resp is
// the unit's response of a call to the endpoint (io.Copy(w, resp.Body)).
func (fs *fstate) rawResponseBody(e *ast.SelectorExpr) taint {
	v := fs.responseBodyOf(e)
	if v == nil {
		return taint{}
	}
	s := fs.unitBodies(fs.u.node, fs.sig)
	if s == nil || !s.resps[v] {
		return taint{}
	}
	return taint{kind: kMessage, from: exprString(e), pos: e.Pos()}
}

// clientLibs are HTTP client libraries whose response keeps the body it
// decoded: the request methods sending it (the URL their last argument),
// the request methods decoding the answer into their argument, and the
// response methods returning the body.
var clientLibs = map[string]struct {
	send, decode, body map[string]bool
}{
	"github.com/go-resty/resty/v2": {
		send:   map[string]bool{"Get": true, "Post": true, "Put": true, "Patch": true, "Delete": true, "Execute": true},
		decode: map[string]bool{"SetResult": true, "SetError": true},
		body:   map[string]bool{"Body": true, "String": true},
	},
	"resty.dev/v3": {
		send:   map[string]bool{"Get": true, "Post": true, "Put": true, "Patch": true, "Delete": true, "Execute": true, "Send": true},
		decode: map[string]bool{"SetResult": true, "SetError": true},
		body:   map[string]bool{"Bytes": true, "String": true},
	},
}

// clientSend returns the call e when it sends a request with a client
// library (c.R().SetResult(&out).Post(url)), nil otherwise.
func (st *state) clientSend(e ast.Expr) *ast.CallExpr {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn, _ := typeutil.Callee(st.pass.TypesInfo, call).(*types.Func)
	if fn == nil || !isMethod(fn) {
		return nil
	}
	lib, ok := clientLibs[pkgPath(fn)]
	if !ok || !lib.send[fn.Name()] {
		return nil
	}
	return call
}

// clientDecodes reports whether the request e sends is SurePassID's: its
// chain decodes the answer into a response (SetResult(&out), target), or
// its URL names the endpoint.
func (st *state) clientDecodes(e ast.Expr, target func(ast.Expr) bool) bool {
	info := st.pass.TypesInfo
	call := st.clientSend(e)
	if call == nil {
		return false
	}
	if n := len(call.Args); n > 0 && st.endpointURL(call.Args[n-1], 0) {
		return true
	}
	lib := clientLibs[pkgPath(typeutil.Callee(info, call).(*types.Func))]
	for x := ast.Expr(call); ; {
		c, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			return false
		}
		sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		if lib.decode[sel.Sel.Name] && len(c.Args) == 1 && target(c.Args[0]) {
			return true
		}
		x = sel.X
	}
}

// clientBody is what resp.Body() (resp.String()) carries: the raw answer
// when resp is the unit's response of a client library request decoded
// into a SurePassID response or sent to the endpoint.
func (fs *fstate) clientBody(call *ast.CallExpr, fn *types.Func) taint {
	lib, ok := clientLibs[pkgPath(fn)]
	if !ok || !lib.body[fn.Name()] || !isMethod(fn) || len(call.Args) != 0 {
		return taint{}
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return taint{}
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return taint{}
	}
	v, _ := fs.pass.TypesInfo.Uses[id].(*types.Var)
	s := fs.unitBodies(fs.u.node, fs.sig)
	if v == nil || s == nil || !s.client[v] {
		return taint{}
	}
	return taint{kind: kMessage, from: exprString(call), pos: call.Pos()}
}
