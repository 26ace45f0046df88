// Package connectdetails serves the admin service over connect and
// explains failures in error details, which connect clients decode.
package connectdetails

import (
	"context"
	"errors"
	"log"

	"connectrpc.com/connect"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/protobuf/types/known/structpb"
	"google.golang.org/protobuf/types/known/wrapperspb"

	"rawexposure/rpc/connectsvc/authv1"
	"rawexposure/rpc/connectsvc/authv1connect"
	"rawexposure/rpc/rpcerr"
	"rawexposure/rpc/spauth"
)

type admin struct {
	sp *spauth.Client
}

var _ authv1connect.AdminServiceHandler = (*admin)(nil)

// Unlock explains a refusal in the details.
func (a *admin) Unlock(ctx context.Context, req *authv1.UnlockRequest) (*authv1.UnlockResponse, error) {
	resp, err := a.sp.ValidateOTP(ctx, req.User, "")
	if err != nil {
		return nil, connect.NewError(connect.CodeUnavailable, errors.New("authentication service unavailable"))
	}
	if resp.ErrorCode == 0 {
		return &authv1.UnlockResponse{Done: true}, nil
	}
	cerr := connect.NewError(connect.CodePermissionDenied, errors.New("unlock refused"))
	switch req.User {
	case "info":
		if d, err := connect.NewErrorDetail(&errdetails.ErrorInfo{Reason: resp.ErrorMessage, Domain: "auth.example.com"}); err == nil { // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a connect error detail sent to the client`
			cerr.AddDetail(d)
		}
	case "wrapper":
		d, err := connect.NewErrorDetail(wrapperspb.String(resp.ErrorMessage)) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a connect error detail`
		if err == nil {
			cerr.AddDetail(d)
		}
	case "struct":
		s, _ := structpb.NewStruct(map[string]any{"error": resp.ErrorMessage, "retry": false})
		if d, err := connect.NewErrorDetail(s); err == nil { // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a connect error detail`
			cerr.AddDetail(d)
		}
	case "helper":
		return nil, rpcerr.WithReason(connect.CodePermissionDenied, resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a connect error detail`
	case "note":
		rpcerr.Note(cerr, resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a connect error detail`
	default:
		log.Printf("unlock %s: %d %s", req.User, resp.ErrorCode, resp.ErrorMessage)
		rpcerr.Coded(cerr, resp.ErrorCode)
		if d, err := connect.NewErrorDetail(&errdetails.LocalizedMessage{Locale: "en-US", Message: "Unlock refused. Please contact support."}); err == nil {
			cerr.AddDetail(d)
		}
	}
	return nil, cerr
}
