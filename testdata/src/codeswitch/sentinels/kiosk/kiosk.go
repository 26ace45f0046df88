// Package kiosk is the self-service kiosk API: go-kit endpoints over the
// payments gateway, an echo admin app and a fiber status app. go-kit and
// echo call their error encoders and error handlers only with a failure,
// so a dispatch there picks how to word the failure and grants nothing,
// even where the status it writes comes from the error; the same dispatch
// in a handler still decides who gets in.
package kiosk

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	kithttp "github.com/go-kit/kit/transport/http"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"

	"codeswitch/sentinels/spgate"
)

type errorBody struct {
	Error string `json:"error"`
}

// statusCoder is go-kit's convention for errors that know their status.
type statusCoder interface{ StatusCode() int }

// encodeError is the go-kit ServerErrorEncoder: a locked-out card holder
// gets 429, an unavailable gateway 503, and errors that know their status
// get it. It only ever runs on an error: not reported.
func encodeError(_ context.Context, err error, w http.ResponseWriter) {
	w.Header().Set("Content-Type", "application/json")
	switch {
	case errors.Is(err, spgate.ErrLockedOut):
		w.WriteHeader(http.StatusTooManyRequests)
		_ = json.NewEncoder(w).Encode(errorBody{Error: "too many attempts"})
		return
	case errors.Is(err, spgate.ErrUpstream):
		w.WriteHeader(http.StatusServiceUnavailable)
		_ = json.NewEncoder(w).Encode(errorBody{Error: "service unavailable"})
		return
	}
	if sc, ok := err.(statusCoder); ok {
		w.WriteHeader(sc.StatusCode())
		_ = json.NewEncoder(w).Encode(errorBody{Error: "request failed"})
		return
	}
	w.WriteHeader(http.StatusInternalServerError)
}

// NewServer serves the pay endpoint with the encoder above.
func NewServer(pay func(ctx context.Context, req any) (any, error)) *kithttp.Server {
	return kithttp.NewServer(pay, nil, nil, kithttp.ServerErrorEncoder(encodeError))
}

// writeProblem is a reply helper of the shape (w, r, err), no framework's
// own; it answers every error with a failure: not reported.
func writeProblem(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, spgate.ErrBadOTP) || errors.Is(err, spgate.ErrOTPReplayed) {
		http.Error(w, "code not accepted", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusBadGateway)
}

// NewAdmin is the echo admin app; its HTTPErrorHandler is a function
// literal: not reported.
func NewAdmin() *echo.Echo {
	e := echo.New()
	e.HTTPErrorHandler = func(err error, c echo.Context) {
		if errors.Is(err, spgate.ErrUserDisabled) {
			_ = c.JSON(http.StatusForbidden, errorBody{Error: "account disabled"})
			return
		}
		if sc, ok := err.(statusCoder); ok {
			_ = c.JSON(sc.StatusCode(), errorBody{Error: "request failed"})
			return
		}
		_ = c.JSON(http.StatusInternalServerError, errorBody{Error: "request failed"})
	}
	return e
}

// statusErrors is the fiber status app's ErrorHandler; it answers every
// error with a failure status: not reported.
func statusErrors(c *fiber.Ctx, err error) error {
	switch {
	case errors.Is(err, spgate.ErrDeliveryPending):
		return c.Status(http.StatusAccepted).JSON(errorBody{Error: "code on its way"})
	case errors.Is(err, spgate.ErrBadOTP):
		return c.Status(http.StatusUnauthorized).JSON(errorBody{Error: "code not accepted"})
	}
	if sc, ok := err.(statusCoder); ok {
		return c.Status(sc.StatusCode()).JSON(errorBody{Error: "request failed"})
	}
	return c.Status(fiber.StatusInternalServerError).JSON(errorBody{Error: "request failed"})
}

// NewStatusApp uses statusErrors.
func NewStatusApp() *fiber.App {
	return fiber.New(fiber.Config{ErrorHandler: statusErrors})
}

// Kiosk is the card-top-up handler set.
type Kiosk struct {
	Gate   *spgate.Client
	Credit func(ctx context.Context, card string) error
}

// finish takes the verification's error too, but it is no framework's
// error handler: a nil error reaches it, and everything but a bad code
// credits the card: reported.
func (k *Kiosk) finish(w http.ResponseWriter, r *http.Request, err error, card string) {
	if errors.Is(err, spgate.ErrBadOTP) { // want `fail-open errors.Is chain over SurePassID return codes`
		http.Error(w, "code not accepted", http.StatusUnauthorized)
		return
	}
	_ = k.Credit(r.Context(), card)
	w.WriteHeader(http.StatusNoContent)
}

// TopUp verifies the card holder's code and credits the card.
func (k *Kiosk) TopUp(w http.ResponseWriter, r *http.Request) {
	err := k.Gate.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	k.finish(w, r, err, r.FormValue("card"))
}
