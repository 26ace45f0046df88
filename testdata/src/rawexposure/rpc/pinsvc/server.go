// Package pinsvc serves the pin.v1 connect service of the warehouse kiosks // want package:"pinv1.VerifyPinResponse.Detail raw errorMessage .*pinv1.VerifyPinResponse.Outcome raw return code .*pinv1.VerifyPinResponse.VendorCode raw return code"
// and a JSON status page, backed by SurePassID: the kiosks show the vendor
// code to the floor supervisor.
package pinsvc

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strconv"

	"connectrpc.com/connect"
	"github.com/surepasslint/surepasslint/codes"

	"rawexposure/rpc/pinsvc/pinv1"
	"rawexposure/rpc/pinsvc/spcodes"
	"rawexposure/rpc/spauth"
)

var errUnavailable = errors.New("sign-in is unavailable, try again shortly")

type pinService struct {
	sp     *spcodes.Client
	legacy *spauth.Client
	log    *slog.Logger
}

// VerifyPin hands the kiosk the vendor code, widened to the proto's int32.
func (s *pinService) VerifyPin(ctx context.Context, req *connect.Request[pinv1.VerifyPinRequest]) (*connect.Response[pinv1.VerifyPinResponse], error) {
	ans, err := s.sp.CheckPIN(ctx, req.Msg.Badge, req.Msg.Pin)
	if err != nil {
		return nil, connect.NewError(connect.CodeUnavailable, errUnavailable)
	}
	if ans.Failed() {
		return connect.NewResponse(&pinv1.VerifyPinResponse{Accepted: false, VendorCode: int32(ans.ErrorCode)}), nil // want `raw SurePassID return code .*returned from a connect handler as the response`
	}
	return connect.NewResponse(&pinv1.VerifyPinResponse{Accepted: true}), nil
}

// verifyOutcome mirrors the code in the proto enum and the message beside
// it: both are replaced.
func (s *pinService) verifyOutcome(ctx context.Context, req *connect.Request[pinv1.VerifyPinRequest]) (*connect.Response[pinv1.VerifyPinResponse], error) {
	ans, err := s.sp.CheckPIN(ctx, req.Msg.Badge, req.Msg.Pin)
	if err != nil {
		return nil, connect.NewError(connect.CodeUnavailable, errUnavailable)
	}
	return connect.NewResponse(&pinv1.VerifyPinResponse{ // want `raw SurePassID errorMessage .*returned from a connect handler as the response`
		Accepted: !ans.Failed(),
		Outcome:  pinv1.Outcome(ans.ErrorCode),
		Detail:   ans.ErrorMessage,
	}), nil
}

// verifyLegacy goes through the older client, whose code is a plain int.
func (s *pinService) verifyLegacy(ctx context.Context, req *connect.Request[pinv1.VerifyPinRequest]) (*connect.Response[pinv1.VerifyPinResponse], error) {
	resp, err := s.legacy.ValidateOTP(ctx, req.Msg.Badge, req.Msg.Pin)
	if err != nil {
		return nil, connect.NewError(connect.CodeUnavailable, errUnavailable)
	}
	vendor := int32(resp.ErrorCode)
	if resp.ErrorCode != 0 {
		return connect.NewResponse(&pinv1.VerifyPinResponse{VendorCode: vendor}), nil // want `raw SurePassID return code .*returned from a connect handler as the response`
	}
	return connect.NewResponse(&pinv1.VerifyPinResponse{Accepted: true}), nil
}

// pinStatus is the kiosk's JSON status: the code as a JSON number and as
// text for the supervisor's screen.
type pinStatus struct {
	Code   json.Number `json:"code"`
	Label  string      `json:"label"`
	Status int         `json:"status"`
}

func (s *pinService) status(w http.ResponseWriter, r *http.Request) {
	ans, err := s.sp.CheckPIN(r.Context(), r.FormValue("badge"), r.FormValue("pin"))
	if err != nil {
		http.Error(w, errUnavailable.Error(), http.StatusBadGateway)
		return
	}
	code := int(ans.ErrorCode)
	_ = json.NewEncoder(w).Encode(pinStatus{Code: json.Number(strconv.Itoa(code)), Label: "vendor " + strconv.Itoa(code), Status: http.StatusOK}) // want `raw SurePassID return code .*HTTP response`
}

// Quiet: the code a user may see, the code only logged, our own status.
func (s *pinService) verifyQuiet(ctx context.Context, req *connect.Request[pinv1.VerifyPinRequest]) (*connect.Response[pinv1.VerifyPinResponse], error) {
	ans, err := s.sp.CheckPIN(ctx, req.Msg.Badge, req.Msg.Pin)
	if err != nil {
		return nil, connect.NewError(connect.CodeUnavailable, errUnavailable)
	}
	s.log.InfoContext(ctx, "pin check", "badge", req.Msg.Badge, "code", int32(ans.ErrorCode), "msg", ans.ErrorMessage)
	if ans.Failed() {
		return connect.NewResponse(&pinv1.VerifyPinResponse{
			Outcome:    pinv1.Outcome(codes.UserCode(ans.ErrorCode)),
			VendorCode: int32(codes.UserCode(ans.ErrorCode)),
			Detail:     codes.UserMessage(ans.ErrorCode),
			HttpStatus: http.StatusUnauthorized,
		}), nil
	}
	return connect.NewResponse(&pinv1.VerifyPinResponse{Accepted: true, Outcome: pinv1.Outcome_OUTCOME_OK, HttpStatus: int32(http.StatusOK)}), nil
}
