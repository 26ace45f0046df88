package humaapi

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"strconv"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/sse"

	"example.com/frameworks/spclient"
)

type statusOutput struct {
	Body struct {
		Verified bool   `json:"verified"`
		Hint     string `json:"hint,omitempty"`
	}
}

type pushEvent struct {
	State  string `json:"state"`
	Reason string `json:"reason,omitempty"`
}

// Stream registers huma's other ways to the client: a middleware
// answering with WriteErr and SetHeader, an error with headers, a
// server-sent event stream (sse.Sender, its Data method), an output built
// field by field in a branch that returns early.
func Stream(api huma.API, sp *spclient.Client) {
	// WriteErr writes NewErrorWithContext(ctx, status, msg, errs...): msg
	// is the problem's detail. SetHeader and AppendHeader set response
	// headers.
	api.UseMiddleware(func(ctx huma.Context, next func(huma.Context)) {
		resp, err := sp.ValidateOTP(ctx.Context(), "device", "")
		if err != nil {
			huma.WriteErr(api, ctx, http.StatusServiceUnavailable, "try again later")
			return
		}
		if resp.ErrorCode != 0 {
			ctx.SetHeader("X-Auth-Code", strconv.Itoa(resp.ErrorCode))          // want "raw SurePassID return code"
			huma.WriteErr(api, ctx, http.StatusUnauthorized, resp.ErrorMessage) // want "raw SurePassID errorMessage"
			return
		}
		next(ctx)
	})

	// ErrorWithHeaders returns err with headers: the handler's error is
	// still err, sent as errors[].message.
	huma.Post(api, "/otp/throttled", func(ctx context.Context, in *verifyInput) (*statusOutput, error) {
		if err := sp.Verify(ctx, in.Body.User, in.Body.OTP); err != nil {
			return nil, huma.ErrorWithHeaders(err, http.Header{"Retry-After": {"30"}}) // want "raw SurePassID errorMessage"
		}
		out := &statusOutput{}
		out.Body.Verified = true
		return out, nil
	})

	// The hint is set only on the branch that returns at once: huma sends
	// the output's Body, and the other return's has no hint.
	huma.Post(api, "/otp/status", func(ctx context.Context, in *verifyInput) (*statusOutput, error) {
		out := &statusOutput{}
		resp, err := sp.ValidateOTP(ctx, in.Body.User, in.Body.OTP)
		if err != nil {
			log.Printf("surepass: %v", err)
			return nil, huma.Error502BadGateway("try again later")
		}
		if resp.ErrorCode != 0 {
			out.Body.Hint = resp.ErrorMessage
			return out, nil // want "raw SurePassID errorMessage"
		}
		out.Body.Verified = true
		return out, nil
	})

	// sse: a Sender's Data, or the Sender called with a Message, writes
	// an event whose data is the marshaled value.
	sse.Register(api, huma.Operation{OperationID: "push-events", Method: http.MethodGet, Path: "/push/events"},
		map[string]any{"push": pushEvent{}},
		func(ctx context.Context, in *struct{}, send sse.Sender) {
			resp, err := sp.ValidateOTP(ctx, "device", "")
			if err != nil {
				send.Data(pushEvent{State: "unavailable"})
				return
			}
			if resp.ErrorCode != 0 {
				send.Data(pushEvent{State: "denied", Reason: resp.ErrorMessage})         // want "raw SurePassID errorMessage"
				send(sse.Message{Data: fmt.Sprintf("surepass code %d", resp.ErrorCode)}) // want "raw SurePassID return code"
				return
			}
			send(sse.Message{Data: pushEvent{State: "approved"}})
		})
}
