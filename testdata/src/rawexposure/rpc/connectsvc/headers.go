package connectsvc // want package:"authv1.Event.Text raw errorMessage from authv1.Event.Text; .*authv1.LoginResponse.Message raw errorMessage"

import (
	"context"
	"errors"

	"connectrpc.com/connect"

	"rawexposure/rpc/connectsvc/authv1"
	"rawexposure/rpc/spauth"
)

// headerService puts the raw message in the headers and trailers connect
// sends to the client.
type headerService struct {
	sp *spauth.Client
}

// login sets a response header and trailer.
func (h *headerService) login(ctx context.Context, req *connect.Request[authv1.LoginRequest]) (*connect.Response[authv1.LoginResponse], error) {
	resp, err := h.sp.ValidateOTP(ctx, req.Msg.User, req.Msg.Otp)
	if err != nil {
		return nil, connect.NewError(connect.CodeUnavailable, errRejected)
	}
	res := connect.NewResponse(&authv1.LoginResponse{Ok: resp.ErrorCode == 0})
	if resp.ErrorCode != 0 {
		res.Header().Set("X-Auth-Error", resp.ErrorMessage)   // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a response header`
		res.Trailer().Add("X-Auth-Detail", resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a response header`
	}
	return res, nil
}

// watch sets the stream's response header and trailer.
func (h *headerService) watch(ctx context.Context, req *connect.Request[authv1.WatchRequest], stream *connect.ServerStream[authv1.Event]) error {
	resp, err := h.sp.ValidateOTP(ctx, req.Msg.User, "")
	if err != nil || resp.ErrorCode == 0 {
		return nil
	}
	stream.ResponseHeader().Set("X-Auth-Error", resp.ErrorMessage)  // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a response header`
	stream.ResponseTrailer().Set("X-Auth-Error", resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a response header`
	return connect.NewError(connect.CodePermissionDenied, errRejected)
}

// chat sets the bidi stream's trailer, and an error's metadata.
func (h *headerService) chat(ctx context.Context, stream *connect.BidiStream[authv1.WatchRequest, authv1.Event]) error {
	resp, err := h.sp.ValidateOTP(ctx, "", "")
	if err != nil || resp.ErrorCode == 0 {
		return nil
	}
	stream.ResponseTrailer().Set("X-Auth-Error", resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a response header`
	cerr := connect.NewError(connect.CodePermissionDenied, errors.New("the code was not accepted"))
	cerr.Meta().Set("X-Auth-Error", resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a response header`
	return cerr
}

// call is a client: the headers of its request go to the server, not to
// a user, and the response's headers it reads are not written. Quiet.
func (h *headerService) call(ctx context.Context, res *connect.Response[authv1.LoginResponse]) string {
	resp, err := h.sp.ValidateOTP(ctx, "", "")
	if err != nil {
		return ""
	}
	req := connect.NewRequest(&authv1.LoginRequest{User: "kiosk"})
	req.Header().Set("X-Upstream-Error", resp.ErrorMessage)
	return res.Header().Get("X-Auth-Error")
}
