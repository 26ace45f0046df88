package codeswitch

import (
	"go/types"
	"strings"
)

// An error renderer is a framework's error encoder or error handler: the
// framework calls it only with a failure, to write it to the client.
//
//	func encodeError(_ context.Context, err error, w http.ResponseWriter) {
//		switch {
//		case errors.Is(err, spclient.ErrLockedOut):
//			w.WriteHeader(http.StatusTooManyRequests)
//			...
//		}
//		w.WriteHeader(sc.StatusCode()) // whatever status the error carries
//	}
//
// A dispatch in one picks how to word the failure and grants nothing, so
// it is not judged. A function (declared, a method or a literal) is one by
// its signature, that of a framework's error-handler type whose parameters
// are in an order of its own (the error before the writer or context), so
// that a handler's reply helper, respond(w, r, err), is not taken for one.

// errorRenderers are the signatures of the frameworks' error-handler
// types, parameter types written with their package paths.
var errorRenderers = map[string]bool{
	"func(context.Context, error, net/http.ResponseWriter)": true, // go-kit's transport/http.ErrorEncoder
	"func(error, github.com/labstack/echo/v4.Context)":      true, // echo's HTTPErrorHandler
	"func(context.Context, *github.com/grpc-ecosystem/grpc-gateway/v2/runtime.ServeMux, github.com/grpc-ecosystem/grpc-gateway/v2/runtime.Marshaler, net/http.ResponseWriter, *net/http.Request, error)": true, // grpc-gateway's runtime.ErrorHandlerFunc
}

// inErrorRenderer reports whether sig, the signature of the function
// holding a dispatch, is a framework's error handler's (errorRenderers).
func inErrorRenderer(sig *types.Signature) bool {
	return sig != nil && errorRenderers[sigKey(sig)]
}

// sigKey is sig written without names or receiver: func(T1, T2) R.
func sigKey(sig *types.Signature) string {
	var b strings.Builder
	tuple := func(t *types.Tuple) {
		for i := range t.Len() {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(types.TypeString(t.At(i).Type(), nil))
		}
	}
	b.WriteString("func(")
	tuple(sig.Params())
	b.WriteString(")")
	switch sig.Results().Len() {
	case 0:
	case 1:
		b.WriteString(" ")
		tuple(sig.Results())
	default:
		b.WriteString(" (")
		tuple(sig.Results())
		b.WriteString(")")
	}
	return b.String()
}
