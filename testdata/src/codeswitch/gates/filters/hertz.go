package filters

import (
	"context"
	"net/http"

	"github.com/cloudwego/hertz/pkg/app"

	"codeswitch/gates/ssoauth"
)

// TowelDesk is a Hertz middleware: the chain goes on unless it aborts,
// and the codes the chain does not list return without aborting.
// Reported.
func TowelDesk(sp ssoauth.Client) app.HandlerFunc {
	return func(c context.Context, ctx *app.RequestContext) {
		ans, err := sp.CheckSession(c, string(ctx.GetHeader("Authorization")))
		if err != nil {
			ctx.AbortWithStatus(http.StatusBadGateway)
			return
		}
		if ans.ErrorCode == ssoauth.StatusMaxFailedOtpRequests { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
			ctx.Abort()
		} else if ans.ErrorCode == ssoauth.StatusSessionTokenInvalid {
			ctx.Abort()
		}
	}
}

// Lockers aborts every code but Success. Not reported.
func Lockers(sp ssoauth.Client) app.HandlerFunc {
	return func(c context.Context, ctx *app.RequestContext) {
		ans, err := sp.CheckSession(c, string(ctx.GetHeader("Authorization")))
		if err != nil || ans.ErrorCode != ssoauth.StatusSuccess {
			ctx.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		ctx.Next(c)
	}
}
