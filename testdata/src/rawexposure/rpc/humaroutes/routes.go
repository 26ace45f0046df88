// Package humaroutes is a loyalty-points API that registers its huma
// operations through its own helpers (route adds the operation ID and
// tags, secured adds the security scheme): the functions passed to them
// are huma handlers like those passed to huma.Register.
package humaroutes

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"strings"

	"github.com/danielgtaylor/huma/v2"

	"rawexposure/rpc/spauth"
)

type RedeemInput struct {
	Member string `path:"member"`
	Body   struct {
		Points int    `json:"points"`
		OTP    string `json:"otp"`
	}
}

type RedeemOutput struct {
	Body struct {
		Balance int `json:"balance"`
	}
}

type Points struct {
	API huma.API
	SP  *spauth.Client
}

// route registers h with an operation ID derived from the path.
func route[I, O any](api huma.API, method, path string, h func(context.Context, *I) (*O, error)) {
	op := huma.Operation{
		OperationID: strings.ToLower(method) + strings.ReplaceAll(path, "/", "-"),
		Method:      method,
		Path:        path,
	}
	huma.Register(api, op, h)
}

// secured registers h behind the member scheme.
func secured[I, O any](p *Points, method, path string, h func(context.Context, *I) (*O, error)) {
	route(p.API, method, path, h)
}

// later runs a job of a handler's shape in the background: not a
// registration, its error is only logged.
func later[I, O any](ctx context.Context, in *I, job func(context.Context, *I) (*O, error)) {
	go func() {
		if _, err := job(ctx, in); err != nil {
			log.Printf("background job: %v", err)
		}
	}()
}

func (p *Points) Register() {
	route(p.API, http.MethodPost, "/members/{member}/redeem", p.redeem)
	secured(p, http.MethodPost, "/members/{member}/transfer", p.transfer)
	route(p.API, http.MethodGet, "/members/{member}/resync", func(ctx context.Context, in *RedeemInput) (*RedeemOutput, error) {
		later(ctx, in, p.resync)
		return &RedeemOutput{}, nil
	})
}

func (p *Points) redeem(ctx context.Context, in *RedeemInput) (*RedeemOutput, error) {
	if err := p.SP.Verify(ctx, in.Member, in.Body.OTP); err != nil {
		return nil, err // want `raw SurePassID errorMessage \(from spauth.Verify\) returned from a huma handler`
	}
	return &RedeemOutput{}, nil
}

func (p *Points) transfer(ctx context.Context, in *RedeemInput) (*RedeemOutput, error) {
	resp, err := p.SP.ValidateOTP(ctx, in.Member, in.Body.OTP)
	if err != nil {
		return nil, huma.Error503ServiceUnavailable("points service unavailable")
	}
	if resp.ErrorCode != 0 {
		return nil, fmt.Errorf("transfer refused: %s", resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) returned from a huma handler`
	}
	return &RedeemOutput{}, nil
}

// resync is never registered: it runs through later, which logs its error.
func (p *Points) resync(ctx context.Context, in *RedeemInput) (*RedeemOutput, error) {
	if err := p.SP.Verify(ctx, in.Member, in.Body.OTP); err != nil {
		return nil, err
	}
	return &RedeemOutput{}, nil
}
