package rawexposure

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// writerRecv as a sink's Writer means: the receiver must have been created on
// an HTTP response (json.NewEncoder(w).Encode, w.Header().Set).
const writerRecv = -2

// httpSinks are the net/http sinks. Messages read "... written to <What>".
var httpSinks = []sink{
	{Pkg: "net/http", Recv: "ResponseWriter", Name: "Write", Args: []int{0}, Writer: -1, What: "the HTTP response"},
	{Pkg: "net/http", Name: "Error", Args: []int{1}, Writer: -1, What: "the HTTP response"},
	{Pkg: "net/http", Name: "Redirect", Args: []int{2}, Writer: -1, What: "a redirect URL"},
	{Pkg: "net/http", Name: "SetCookie", Args: []int{1}, Writer: -1, What: "a response cookie"},
	{Pkg: "net/http", Recv: "Header", Name: "Set", Args: []int{0, 1}, Writer: writerRecv, What: "a response header"},
	{Pkg: "net/http", Recv: "Header", Name: "Add", Args: []int{0, 1}, Writer: writerRecv, What: "a response header"},
	{Pkg: "fmt", Name: "Fprint", Args: []int{1}, Variadic: true, Writer: 0, What: "the HTTP response"},
	{Pkg: "fmt", Name: "Fprintf", Args: []int{1}, Variadic: true, Writer: 0, What: "the HTTP response"},
	{Pkg: "fmt", Name: "Fprintln", Args: []int{1}, Variadic: true, Writer: 0, What: "the HTTP response"},
	{Pkg: "io", Name: "WriteString", Args: []int{1}, Writer: 0, What: "the HTTP response"},
	{Pkg: "io", Name: "Copy", Args: []int{1}, Writer: 0, What: "the HTTP response"},
	{Pkg: "io", Name: "CopyN", Args: []int{1}, Writer: 0, What: "the HTTP response"},
	{Pkg: "io", Name: "CopyBuffer", Args: []int{1}, Writer: 0, What: "the HTTP response"},
	{Pkg: "net/http", Name: "ServeContent", Args: []int{4}, Writer: 0, What: "the HTTP response"},
	{Pkg: "encoding/json", Recv: "Encoder", Name: "Encode", Args: []int{0}, Writer: writerRecv, What: "the HTTP response"},
	{Pkg: "encoding/xml", Recv: "Encoder", Name: "Encode", Args: []int{0}, Writer: writerRecv, What: "the HTTP response"},
	{Pkg: "encoding/csv", Recv: "Writer", Name: "Write", Args: []int{0}, Writer: writerRecv, What: "the HTTP response"},
	{Pkg: "encoding/csv", Recv: "Writer", Name: "WriteAll", Args: []int{0}, Writer: writerRecv, What: "the HTTP response"},
	{Pkg: "html/template", Recv: "Template", Name: "Execute", Args: []int{1}, Writer: 0, What: "the HTTP response"},
	{Pkg: "html/template", Recv: "Template", Name: "ExecuteTemplate", Args: []int{2}, Writer: 0, What: "the HTTP response"},
	{Pkg: "text/template", Recv: "Template", Name: "Execute", Args: []int{1}, Writer: 0, What: "the HTTP response"},
	{Pkg: "text/template", Recv: "Template", Name: "ExecuteTemplate", Args: []int{2}, Writer: 0, What: "the HTTP response"},
}

// exchangePkgs declare the types of the HTTP exchange itself (a cookie, a
// request, a URL), whose fields hold what the request or the response
// carries. A raw value stored in one is followed as a value
// (&http.Cookie{Value: msg} reaching http.SetCookie), never through the
// field: a cookie built for the response does not make the Value of every
// cookie the request brings raw.
var exchangePkgs = map[string]bool{
	"net/http":       true,
	"net/url":        true,
	"net/textproto":  true,
	"mime/multipart": true,
}

// wrappers turn a writer into another writer: when their first argument is
// an HTTP response, so is their result (enc := json.NewEncoder(w)).
var wrappers = map[string]bool{
	"encoding/json.NewEncoder": true,
	"encoding/xml.NewEncoder":  true,
	"bufio.NewWriter":          true,
	"bufio.NewWriterSize":      true,
	"compress/gzip.NewWriter":  true,
	"encoding/csv.NewWriter":   true,
}

// streamEncoderCtor reports whether fn builds a streaming encoder over its
// first argument, whatever its package: a function or method named
// NewEncoder taking an io.Writer (json-iterator's jsoniter.NewEncoder(w)
// and API.NewEncoder(w) of a frozen config, sonic's, goccy/go-json's,
// segmentio's, yaml's, gob's). When that argument is an HTTP response, so
// is the encoder (wrappers lists the standard library's by name).
func streamEncoderCtor(fn *types.Func) bool {
	if fn.Name() != "NewEncoder" {
		return false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Params().Len() == 0 || sig.Results().Len() != 1 {
		return false
	}
	t := sig.Params().At(0).Type()
	return types.IsInterface(t) && hasWrite(t)
}

// streamEncodeSink returns the sink a streaming encoder's Encode method is
// (streamEncoderCtor): Encode(v any) error writes v to where the encoder
// was built over, the HTTP response when that is one (writerRecv).
func streamEncodeSink(fn *types.Func) (sink, bool) {
	sig, _ := fn.Type().(*types.Signature)
	if fn.Name() != "Encode" || sig == nil || sig.Recv() == nil || fn.Pkg() == nil ||
		sig.Params().Len() != 1 || !types.IsInterface(sig.Params().At(0).Type()) ||
		sig.Results().Len() != 1 || !typex.IsError(sig.Results().At(0).Type()) {
		return sink{}, false
	}
	n := recvNamed(sig.Recv().Type())
	if n == nil {
		return sink{}, false
	}
	return sink{Pkg: fn.Pkg().Path(), Recv: n.Obj().Name(), Name: "Encode", Args: []int{0}, Writer: writerRecv, What: "the HTTP response"}, true
}

// propagators are the packages whose functions and methods pass the data of
// their arguments (and receiver) on to their results: formatting, string
// and byte transformations, error construction, encoding. A result of a
// numeric or boolean type (strings.Contains, len, strconv.Atoi) carries
// nothing.
var propagators = map[string]bool{
	"fmt":                             true,
	"strings":                         true,
	"bytes":                           true,
	"errors":                          true,
	"strconv":                         true,
	"net/url":                         true,
	"html":                            true,
	"html/template":                   true,
	"text/template":                   true,
	"encoding/json":                   true,
	"encoding/xml":                    true,
	"encoding/base64":                 true,
	"encoding/hex":                    true,
	"unicode/utf8":                    true,
	"path":                            true,
	"slices":                          true,
	"github.com/pkg/errors":           true,
	"golang.org/x/xerrors":            true,
	"github.com/cockroachdb/errors":   true,
	"google.golang.org/grpc/metadata": true,
	// protobuf's well-known types: error details (sinks_rpc.go)
	"google.golang.org/protobuf/types/known/wrapperspb": true,
	"google.golang.org/protobuf/types/known/structpb":   true,
	"google.golang.org/protobuf/types/known/anypb":      true,
	// error aggregates (aggregates.go)
	"github.com/hashicorp/go-multierror": true,
	"go.uber.org/multierr":               true,
}

// propagatorFuncs are single functions of other packages that pass the data
// of their arguments on to their results: FormatCloseMessage encodes a close
// frame's reason, which reaches the client where the frame is written
// (Conn.WriteControl, the sink); huma's ErrorWithHeaders returns its error
// with headers, both sent when a handler returns it.
var propagatorFuncs = map[string]bool{
	"github.com/gorilla/websocket.FormatCloseMessage": true,
	fasthttpWS + ".FormatCloseMessage":                true,
	humaPkg + ".ErrorWithHeaders":                     true,
	grpcStatus + ".Status.Err":                        true,
	// a local http.Header the handler assembles (headerWriters)
	"net/http.Header.Get":    true,
	"net/http.Header.Values": true,
	"net/http.Header.Clone":  true,
}

// headerWriters store their arguments into the header they are called on,
// when it is a local of the handler that is not the response's own (hdr :=
// http.Header{}; hdr.Set("X-Otp", code), copied onto the response later): a
// request's or response's header field is left alone, the package's other
// values of the type share no raw text through it.
var headerWriters = map[string]bool{
	"net/http.Header.Set": true,
	"net/http.Header.Add": true,
}

// marshaler reports whether fn encodes a value and returns the encoding:
// a function or method named Marshal... taking the value as an interface
// (any, proto.Message) and returning ([]byte, error) or (string, error),
// whatever its package: grpc-gateway's runtime.Marshaler, protojson,
// jsoniter's API, yaml, sonic. Its result carries what the value carries.
func marshaler(fn *types.Func, sig *types.Signature) bool {
	if !strings.HasPrefix(fn.Name(), "Marshal") || sig.Params().Len() == 0 || sig.Results().Len() != 2 {
		return false
	}
	if !types.IsInterface(sig.Params().At(0).Type()) || !types.Identical(sig.Results().At(1).Type(), typex.ErrorType) {
		return false
	}
	switch r := sig.Results().At(0).Type().Underlying().(type) {
	case *types.Basic:
		return r.Kind() == types.String
	case *types.Slice:
		b, ok := r.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// sanitizers return text that is safe whatever their arguments.
var sanitizers = map[string]bool{
	"github.com/surepasslint/surepasslint/codes.UserMessage":          true,
	"github.com/surepasslint/surepasslint/codes.UserCode":             true,
	"github.com/surepasslint/surepasslint/codes.Envelope.UserMessage": true,
	"net/http.StatusText": true,
}

// sinkWriters are the methods through which a local builder, buffer or
// map of a propagator package collects data: sb.WriteString(msg) taints
// sb, md.Set("x-reason", msg) taints md (gRPC metadata), q.Set("e", msg)
// taints q (url.Values).
var sinkWriters = map[string]bool{
	"Write": true, "WriteString": true, "WriteByte": true, "WriteRune": true,
	"Set": true, "Add": true, "Append": true,
}

// carriers are methods that, on any type, return what their receiver holds:
// the error and Stringer contracts.
var carriers = map[string]bool{"Error": true, "String": true, "Unwrap": true}

// writerHelperParam returns the parameter a function of this package wraps
// a writer or encoder around and returns (func begin(w
// http.ResponseWriter) *xml.Encoder { w.Header().Set(...); return
// xml.NewEncoder(w) }): its result writes where that argument does. -1
// when fn is no such helper: every return must wrap the same parameter.
func (st *state) writerHelperParam(fn *types.Func) int {
	if fn.Pkg() != st.pass.Pkg || fn.Signature().Results().Len() != 1 {
		return -1
	}
	if p, ok := st.writerHelpers[fn]; ok {
		return p
	}
	if st.writerHelpers == nil {
		st.writerHelpers = map[*types.Func]int{}
	}
	st.writerHelpers[fn] = -1
	info := st.pass.TypesInfo
	var decl *ast.FuncDecl
	for _, f := range st.pass.Files {
		if f.Pos() > fn.Pos() || fn.Pos() >= f.End() {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && info.Defs[fd.Name] == fn {
				decl = fd
			}
		}
	}
	if decl == nil || decl.Body == nil {
		return -1
	}
	params := fn.Signature().Params()
	param := -1
	ok := true
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit || !ok {
			return false
		}
		ret, isRet := n.(*ast.ReturnStmt)
		if !isRet {
			return true
		}
		p := -1
		if len(ret.Results) == 1 {
			if call, isCall := ast.Unparen(ret.Results[0]).(*ast.CallExpr); isCall && len(call.Args) > 0 {
				if w, _ := typeutil.Callee(info, call).(*types.Func); w != nil && (wrappers[funcKey(w)] || streamEncoderCtor(w)) {
					if id, isID := ast.Unparen(call.Args[0]).(*ast.Ident); isID {
						for i := 0; i < params.Len(); i++ {
							if info.Uses[id] == params.At(i) {
								p = i
							}
						}
					}
				}
			}
		}
		if p < 0 || param >= 0 && p != param {
			ok = false
		}
		param = p
		return false
	})
	if ok && param >= 0 {
		st.writerHelpers[fn] = param
	}
	return st.writerHelpers[fn]
}

// copiers copy what one side holds into the other, io.Copy spelled as a
// method: buf.WriteTo(w) after a template was executed into buf (a page
// rendered into a buffer first, so a template error leaves no half page),
// bw.ReadFrom(&buf) on a writer wrapped around the response. Src and Dst
// are -1 for the receiver, else the argument's index.
var copiers = map[string]struct{ Src, Dst int }{
	"bytes.Buffer.WriteTo":   {Src: -1, Dst: 0},
	"bytes.Reader.WriteTo":   {Src: -1, Dst: 0},
	"strings.Reader.WriteTo": {Src: -1, Dst: 0},
	"bufio.Reader.WriteTo":   {Src: -1, Dst: 0},
	"bufio.Writer.ReadFrom":  {Src: 0, Dst: -1},
}

// copyEnds returns the source and destination of call when fn is one of
// copiers called on recv; nil, nil otherwise.
func copyEnds(fn *types.Func, call *ast.CallExpr, recv ast.Expr) (src, dst ast.Expr) {
	if recv == nil || len(call.Args) != 1 || fn.Name() != "WriteTo" && fn.Name() != "ReadFrom" {
		return nil, nil
	}
	c, ok := copiers[funcKey(fn)]
	if !ok {
		return nil, nil
	}
	end := func(i int) ast.Expr {
		if i < 0 {
			return recv
		}
		return call.Args[i]
	}
	return end(c.Src), end(c.Dst)
}

// checkCopy checks a copier's call as io.Copy(dst, src): a sink for src
// when dst is the response.
func (fs *fstate) checkCopy(call *ast.CallExpr, fn *types.Func, src, dst ast.Expr) {
	if !fs.isResponse(dst) {
		return
	}
	const what = "the HTTP response"
	t := fs.sinkArg(src)
	fs.noteParams(t, what, shortName(fn))
	if t.kind != kNone {
		fs.reportHits(call, []found{{arg: src, slot: fs.pass.TypesInfo.TypeOf(src), t: t}}, what, "")
	}
}
