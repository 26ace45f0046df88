// Package humarefill is the pharmacy's huma API. Its handlers build their
// output the way huma's documentation does, out := &XOutput{} then
// out.Body.F = v, often in a branch that returns early: only a return
// that such a store reaches sends it.
package humarefill

import (
	"context"
	"errors"
	"log"
	"net/http"
	"strconv"

	"github.com/danielgtaylor/huma/v2"

	"rawexposure/rpc/refills"
	"rawexposure/rpc/spauth"
)

type RefillInput struct {
	Rx   string `path:"rx"`
	Body struct {
		Patient string `json:"patient"`
		OTP     string `json:"otp"`
	}
}

type RefillBody struct {
	Approved  bool   `json:"approved"`
	Remaining int    `json:"remaining"`
	Hold      string `json:"hold,omitempty"`
	HoldCode  string `json:"holdCode,omitempty"` // want HoldCode:"raw return code"
	Support   string `json:"support,omitempty"`  // want Support:"raw errorMessage"
}

type RefillOutput struct {
	Body RefillBody // want Body:"raw errorMessage"
}

type Handlers struct {
	Refills *refills.Service
	SP      *spauth.Client
}

func (h *Handlers) Register(api huma.API) {
	huma.Register(api, huma.Operation{OperationID: "approve-refill", Method: http.MethodPost, Path: "/rx/{rx}/refill"}, h.approve)
	huma.Post(api, "/rx/{rx}/hold", h.hold)
	huma.Post(api, "/rx/{rx}/preview", h.preview)
	huma.Post(api, "/rx/{rx}/retry", h.retry)
	huma.Post(api, "/rx/{rx}/audited", h.audited)
}

// approve fills the hold branch of a pointer output and returns early: the
// approval at the end sends no code.
func (h *Handlers) approve(ctx context.Context, in *RefillInput) (*RefillOutput, error) {
	out := &RefillOutput{}
	left, err := h.Refills.Approve(ctx, in.Body.Patient, in.Rx, in.Body.OTP)
	var held *refills.HoldError
	if errors.As(err, &held) {
		out.Body.Hold = held.Reason
		out.Body.HoldCode = strconv.Itoa(held.Code)
		return out, nil // want `raw SurePassID return code \(from held.Code\) returned from a huma handler as the response`
	}
	if errors.Is(err, refills.ErrNoRefillsLeft) {
		return nil, huma.Error409Conflict(err.Error())
	}
	if err != nil {
		return nil, huma.Error503ServiceUnavailable("pharmacy service unavailable")
	}
	out.Body.Approved = true
	out.Body.Remaining = left
	return out, nil
}

// hold declares a value output and returns its address, huma's other
// idiom; new(T) is the third.
func (h *Handlers) hold(ctx context.Context, in *RefillInput) (*RefillOutput, error) {
	var out RefillOutput
	resp, err := h.SP.ValidateOTP(ctx, in.Body.Patient, in.Body.OTP)
	if err != nil {
		return nil, huma.Error503ServiceUnavailable("try again later")
	}
	if resp.ErrorCode != 0 {
		out.Body.Support = resp.ErrorMessage
		return &out, nil // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) returned from a huma handler as the response`
	}
	out.Body.Approved = true
	return &out, nil
}

func (h *Handlers) preview(ctx context.Context, in *RefillInput) (*RefillOutput, error) {
	out := new(RefillOutput)
	out.Body.Remaining = 1
	resp, err := h.SP.ValidateOTP(ctx, in.Body.Patient, in.Body.OTP)
	if err == nil && resp.ErrorCode != 0 {
		out.Body.Support = resp.ErrorMessage
	}
	// The store above reaches this return on the path where it ran.
	return out, nil // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) returned from a huma handler as the response`
}

// retry stores the message on every pass of a loop before the return.
func (h *Handlers) retry(ctx context.Context, in *RefillInput) (*RefillOutput, error) {
	out := &RefillOutput{}
	for i := 0; i < 2; i++ {
		resp, err := h.SP.ValidateOTP(ctx, in.Body.Patient, in.Body.OTP)
		if err != nil {
			continue
		}
		if resp.ErrorCode == 0 {
			out.Body.Approved = true
			break
		}
		out.Body.Support = resp.ErrorMessage
	}
	return out, nil // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) returned from a huma handler as the response`
}

// audited hands the output to the audit log, which may keep it: every
// store into it counts at every return.
func (h *Handlers) audited(ctx context.Context, in *RefillInput) (*RefillOutput, error) {
	out := &RefillOutput{}
	defer h.audit(out)
	resp, err := h.SP.ValidateOTP(ctx, in.Body.Patient, in.Body.OTP)
	if err != nil {
		return nil, huma.Error503ServiceUnavailable("try again later")
	}
	if resp.ErrorCode != 0 {
		out.Body.Support = resp.ErrorMessage
		return out, nil // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) returned from a huma handler as the response`
	}
	out.Body.Approved = true
	return out, nil // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) returned from a huma handler as the response`
}

func (h *Handlers) audit(out *RefillOutput) {
	log.Printf("refill approved=%v", out.Body.Approved)
}
