// Package rpcerr builds the connect errors the team's services return: a
// generic message with the reason as an error detail. It knows nothing of
// SurePassID.
package rpcerr

import (
	"errors"

	"connectrpc.com/connect"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/protobuf/types/known/wrapperspb"
)

// WithReason returns an error whose detail carries reason.
func WithReason(code connect.Code, reason string) *connect.Error { // want WithReason:"param 1 reaches a connect error detail"
	cerr := connect.NewError(code, errors.New("request failed"))
	if d, err := connect.NewErrorDetail(&errdetails.ErrorInfo{Reason: "FAILED", Metadata: map[string]string{"reason": reason}}); err == nil {
		cerr.AddDetail(d)
	}
	return cerr
}

// Note adds a plain string detail.
func Note(cerr *connect.Error, note string) { // want Note:"param 1 reaches a connect error detail"
	if d, err := connect.NewErrorDetail(wrapperspb.String(note)); err == nil {
		cerr.AddDetail(d)
	}
}

// Coded adds the team's own reason: nothing the caller passes reaches the
// detail.
func Coded(cerr *connect.Error, reason int) {
	text := "UNKNOWN"
	if reason == 1 {
		text = "RETRY"
	}
	if d, err := connect.NewErrorDetail(&errdetails.ErrorInfo{Reason: text}); err == nil {
		cerr.AddDetail(d)
	}
}
