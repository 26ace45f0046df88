// Package humastream is a parcel-locker API on huma: a middleware that
// checks the courier's OTP before every operation, a server-sent event
// stream of pickup progress, and a streamed receipt. Each writes to the
// client through huma's own API rather than a handler's return.
package humastream

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"strconv"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/sse"

	"rawexposure/rpc/spauth"
)

// Lockers serves the locker operations.
type Lockers struct {
	API huma.API
	SP  *spauth.Client
}

// CourierOTP is an API middleware: it answers the request itself when the
// courier's OTP fails.
func (l *Lockers) CourierOTP(ctx huma.Context, next func(huma.Context)) {
	resp, err := l.SP.ValidateOTP(ctx.Context(), "courier", "")
	if err != nil {
		log.Printf("courier otp: %v", err)
		huma.WriteErr(l.API, ctx, http.StatusServiceUnavailable, "locker service unavailable")
		return
	}
	if resp.ErrorCode != 0 {
		ctx.SetHeader("X-Locker-Denied", strconv.Itoa(resp.ErrorCode)) // want `raw SurePassID return code \(from resp.ErrorCode\) written to a huma response header`
		ctx.AppendHeader("Cache-Control", "no-store")
		ctx.AppendHeader("Warning", `199 - "`+resp.ErrorMessage+`"`)          // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a huma response header`
		huma.WriteErr(l.API, ctx, http.StatusUnauthorized, resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the huma error response`
		return
	}
	next(ctx)
}

// Rejected builds the problem for a refused pickup, with the client's
// error among its details.
func (l *Lockers) Rejected(ctx context.Context, courier, otp string) error {
	err := l.SP.Verify(ctx, courier, otp)
	if err == nil {
		return nil
	}
	problem := &huma.ErrorModel{Status: http.StatusForbidden, Title: "Pickup refused"}
	problem.Add(err) // want `raw SurePassID errorMessage \(from spauth.Verify\) written to the huma error response`
	problem.Add(errors.New("the locker stays closed"))
	return problem
}

type PickupInput struct {
	Locker string `path:"locker"`
}

type PickupOutput struct {
	Body struct {
		Open bool `json:"open"`
	}
}

// pickup returns the client's error with a Retry-After header: huma sends
// both.
func (l *Lockers) pickup(ctx context.Context, in *PickupInput) (*PickupOutput, error) {
	hdr := http.Header{}
	hdr.Set("Retry-After", "30")
	if err := l.SP.Verify(ctx, in.Locker, ""); err != nil {
		if in.Locker == "" {
			return nil, huma.ErrorWithHeaders(huma.Error429TooManyRequests("too many attempts"), hdr)
		}
		return nil, huma.ErrorWithHeaders(err, hdr) // want `raw SurePassID errorMessage \(from spauth.Verify\) returned from a huma handler`
	}
	out := &PickupOutput{}
	out.Body.Open = true
	return out, nil
}

type Progress struct {
	Step   string `json:"step"`
	Detail string `json:"detail,omitempty"` // want Detail:"raw errorMessage"
}

type ReceiptOutput struct {
	Body func(ctx huma.Context)
}

// Register registers the operations and the pickup event stream.
func (l *Lockers) Register() {
	huma.Post(l.API, "/lockers/{locker}/pickup", l.pickup)

	sse.Register(l.API, huma.Operation{OperationID: "pickup-events", Method: http.MethodGet, Path: "/lockers/{locker}/events"},
		map[string]any{"progress": Progress{}},
		func(ctx context.Context, in *PickupInput, send sse.Sender) {
			send.Data(Progress{Step: "verifying"})
			resp, err := l.SP.ValidateOTP(ctx, in.Locker, "")
			if err != nil {
				send.Data(Progress{Step: "failed", Detail: "verification unavailable"})
				return
			}
			if resp.ErrorCode != 0 {
				send.Data(Progress{Step: "failed", Detail: resp.ErrorMessage})         // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a server-sent event`
				send(sse.Message{ID: 2, Data: fmt.Sprintf("code %d", resp.ErrorCode)}) // want `raw SurePassID return code \(from resp.ErrorCode\) written to a server-sent event`
				return
			}
			send(sse.Message{ID: 2, Data: Progress{Step: "open"}})
		})

	huma.Get(l.API, "/lockers/{locker}/receipt", func(ctx context.Context, in *PickupInput) (*ReceiptOutput, error) {
		resp, err := l.SP.ValidateOTP(ctx, in.Locker, "")
		return &ReceiptOutput{Body: func(hctx huma.Context) {
			hctx.SetHeader("Content-Type", "text/plain")
			if err != nil || resp.ErrorCode == 0 {
				fmt.Fprintln(hctx.BodyWriter(), "receipt: no verification failure")
				return
			}
			fmt.Fprintf(hctx.BodyWriter(), "verification failed: %s\n", resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to`
		}}, nil
	})
}
