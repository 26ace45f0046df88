// Package fasthttpweb relays SurePassID answers through valyala/fasthttp.
package fasthttpweb

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"

	"github.com/valyala/fasthttp"

	"example.com/frameworks/spclient"
)

var sp = &spclient.Client{HTTP: http.DefaultClient}

// Handler dispatches on the path.
func Handler(ctx *fasthttp.RequestCtx) {
	switch string(ctx.Path()) {
	case "/otp":
		verify(ctx)
	case "/otp/raw":
		verifyRaw(ctx)
	case "/otp/safe":
		verifySafe(ctx)
	default:
		ctx.Error(fasthttp.StatusMessage(fasthttp.StatusNotFound), fasthttp.StatusNotFound)
	}
}

func verify(ctx *fasthttp.RequestCtx) {
	user, otp := string(ctx.FormValue("user")), string(ctx.FormValue("otp"))
	if err := sp.Verify(ctx, user, otp); err != nil {
		ctx.Error(err.Error(), fasthttp.StatusUnauthorized) // want "raw SurePassID errorMessage"
		return
	}
	ctx.SetBodyString("welcome")
}

func verifyRaw(ctx *fasthttp.RequestCtx) {
	resp, err := sp.ValidateOTP(ctx, string(ctx.FormValue("user")), string(ctx.FormValue("otp")))
	if err != nil {
		ctx.SetStatusCode(fasthttp.StatusBadGateway)
		return
	}
	if resp.ErrorCode != 0 {
		ctx.SetStatusCode(fasthttp.StatusUnauthorized)
		switch string(ctx.QueryArgs().Peek("via")) {
		case "header":
			ctx.Response.Header.Set("X-Auth-Error", resp.ErrorMessage) // want "raw SurePassID errorMessage"
		case "redirect":
			ctx.Redirect("/login?error="+resp.ErrorMessage, fasthttp.StatusSeeOther) // want "raw SurePassID errorMessage"
		case "json":
			ctx.SetContentType("application/json")
			_ = json.NewEncoder(ctx).Encode(map[string]string{"error": resp.ErrorMessage}) // want "raw SurePassID errorMessage"
		case "printf":
			fmt.Fprintf(ctx, "sign-in failed: %s", resp.ErrorMessage) // want "raw SurePassID errorMessage"
		default:
			ctx.SetBodyString(resp.ErrorMessage) // want "raw SurePassID errorMessage"
		}
		return
	}
	ctx.SetBodyString("welcome")
}

func verifySafe(ctx *fasthttp.RequestCtx) {
	if err := sp.Verify(ctx, string(ctx.FormValue("user")), string(ctx.FormValue("otp"))); err != nil {
		log.Printf("verify: %v", err)
		ctx.Error(spclient.SafeMessage, fasthttp.StatusUnauthorized)
		return
	}
	ctx.SetBodyString("welcome")
}
