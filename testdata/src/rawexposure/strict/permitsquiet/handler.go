// Package permitsquiet implements the same ogen API the way it should be:
// fixed and mapped texts in the responses, and a NewError that logs the
// error and answers with a generic text.
package permitsquiet

import (
	"context"
	"log"
	"net/http"

	"github.com/surepasslint/surepasslint/codes"

	errspclient "rawexposure/errtype/spclient"
	"rawexposure/frameworks/spclient"
	"rawexposure/strict/permitsoas"
)

// Handler implements permitsoas.Handler.
type Handler struct {
	SP  *spclient.Client
	OTP *errspclient.Client
}

var _ permitsoas.Handler = (*Handler)(nil)

// UnlockPermit answers a failure with the mapped message only.
func (h *Handler) UnlockPermit(ctx context.Context, req *permitsoas.UnlockRequest) (permitsoas.UnlockPermitRes, error) {
	resp, err := h.SP.ValidateOTP(ctx, req.Driver, req.Otp)
	if err != nil {
		return nil, err
	}
	if resp.ErrorCode != 0 {
		log.Printf("validate_oath_otp %d: %s", resp.ErrorCode, resp.ErrorMessage)
		p := &permitsoas.UnlockPermitForbidden{Title: "denied"}
		p.Detail.SetTo(codes.UserMessage(codes.ReturnCode(resp.ErrorCode)))
		return p, nil
	}
	return &permitsoas.Permit{ID: req.Permit}, nil
}

// RenewPermit returns the client's raw error: NewError hides it.
func (h *Handler) RenewPermit(ctx context.Context, req *permitsoas.RenewRequest) (permitsoas.RenewPermitRes, error) { // want RenewPermit:`rawexposure\(result 1 raw errorMessage from spclient.VerifyOTP\)`
	if err := h.OTP.VerifyOTP(ctx, req.Driver, req.Otp); err != nil {
		return nil, err
	}
	return &permitsoas.Permit{ID: req.Permit, Expires: "2027-01-01"}, nil
}

// NewError logs the error and sends a generic text.
func (h *Handler) NewError(ctx context.Context, err error) *permitsoas.ErrorStatusCode {
	log.Printf("permits: %v", err)
	return &permitsoas.ErrorStatusCode{StatusCode: http.StatusInternalServerError, Response: permitsoas.Problem{Title: "internal error", Detail: permitsoas.NewOptString("Something went wrong; try again later.")}}
}
