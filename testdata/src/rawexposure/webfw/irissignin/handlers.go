// Package irissignin is the iris front end of package signin.
package irissignin

import (
	"github.com/kataras/iris/v12"

	"rawexposure/webfw/signin"
)

type handlers struct {
	svc *signin.Service
}

// verify hands the error to iris, which writes only its text: fixed.
func (h *handlers) verify(ctx iris.Context) {
	if err := h.svc.Check(ctx.Request().Context(), ctx.FormValue("user"), ctx.FormValue("otp")); err != nil {
		ctx.StopWithError(401, err)
		return
	}
	ctx.StatusCode(204)
}

// verifyWrapped does the same through a wrapped error, and sets it as the
// error the default handler writes.
func (h *handlers) verifyWrapped(ctx iris.Context) {
	if err := h.svc.CheckWrapped(ctx.Request().Context(), ctx.FormValue("user"), ctx.FormValue("otp")); err != nil {
		ctx.SetErr(err)
		_ = ctx.StopWithJSON(401, iris.Map{"error": err.Error()})
		return
	}
	ctx.StatusCode(204)
}

// verifyEncoded encodes the error value itself: its exported fields, the
// code among them, are written.
func (h *handlers) verifyEncoded(ctx iris.Context) {
	if err := h.svc.Check(ctx.Request().Context(), ctx.FormValue("user"), ctx.FormValue("otp")); err != nil {
		_ = ctx.StopWithJSON(401, err) // want `raw SurePassID return code \(from signin.Check\) written to the iris response body`
		return
	}
	ctx.StatusCode(204)
}

// explain hands iris an error whose text is the provider's.
func (h *handlers) explain(ctx iris.Context) {
	if err := h.svc.Explain(ctx.Request().Context(), ctx.FormValue("user"), ctx.FormValue("otp")); err != nil {
		ctx.StopWithError(401, err) // want `raw SurePassID errorMessage \(from signin.Explain\) written to the iris response body`
		return
	}
	ctx.StatusCode(204)
}
