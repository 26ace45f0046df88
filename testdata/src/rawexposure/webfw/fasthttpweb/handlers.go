// Package fasthttpweb is a valyala/fasthttp front end for SurePassID OTP
// sign-in.
package fasthttpweb

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/url"
	"strings"

	"github.com/valyala/fasthttp"

	"rawexposure/webfw/spauth"
)

type server struct {
	sp *spauth.Client
}

func (s *server) serve() error {
	return fasthttp.ListenAndServe(":8080", s.handle)
}

func (s *server) handle(ctx *fasthttp.RequestCtx) {
	switch string(ctx.QueryArgs().Peek("op")) {
	case "verify":
		s.verify(ctx)
	case "catalog":
		s.catalog(ctx)
	default:
		s.validate(ctx)
	}
}

func (s *server) validate(ctx *fasthttp.RequestCtx) {
	res, err := s.sp.ValidateOTP(context.Background(), string(ctx.FormValue("user")), string(ctx.FormValue("otp")))
	if err != nil {
		log.Printf("surepass: %v", err)
		ctx.Error("sign-in is unavailable", fasthttp.StatusBadGateway)
		return
	}
	if res.ErrorCode != 0 {
		ctx.Error(res.ErrorMessage, fasthttp.StatusUnauthorized) // want `raw SurePassID errorMessage .*fasthttp response body`
		return
	}
	ctx.SetStatusCode(fasthttp.StatusOK)
	ctx.SetContentType("application/json")
	_ = json.NewEncoder(ctx).Encode(map[string]bool{"ok": true})
}

// verify goes through the client's wrapper.
func (s *server) verify(ctx *fasthttp.RequestCtx) {
	if err := s.sp.Verify(context.Background(), string(ctx.FormValue("user")), string(ctx.FormValue("otp"))); err != nil {
		ctx.SetStatusCode(fasthttp.StatusUnauthorized)
		fmt.Fprintf(ctx, "sign-in failed: %v", err) // want `raw SurePassID errorMessage .*HTTP response`
		return
	}
	ctx.SuccessString("text/plain", "welcome")
}

// catalog sends the raw message through every other fasthttp writer.
func (s *server) catalog(ctx *fasthttp.RequestCtx) {
	res, err := s.sp.ValidateOTP(context.Background(), string(ctx.FormValue("user")), string(ctx.FormValue("otp")))
	if err != nil || res.ErrorCode == 0 {
		return
	}
	msg := res.ErrorMessage
	ctx.Response.Header.Set("X-Auth-Error", msg)  // want `raw SurePassID errorMessage .*fasthttp response header`
	ctx.Response.Header.Add("X-Auth-Detail", msg) // want `raw SurePassID errorMessage .*fasthttp response header`
	cookie := fasthttp.AcquireCookie()
	cookie.SetKey("otp_error")
	cookie.SetValue(msg)
	cookie.SetValueBytes([]byte(msg))
	ctx.Response.Header.SetCookie(cookie) // want `raw SurePassID errorMessage .*fasthttp response cookie`
	ctx.SetStatusCode(fasthttp.StatusUnauthorized)
	switch string(ctx.QueryArgs().Peek("format")) {
	case "write":
		_, _ = ctx.Write([]byte(msg)) // want `raw SurePassID errorMessage .*fasthttp response body`
	case "writestring":
		_, _ = ctx.WriteString(msg) // want `raw SurePassID errorMessage .*fasthttp response body`
	case "body":
		ctx.SetBody([]byte(msg)) // want `raw SurePassID errorMessage .*fasthttp response body`
	case "bodystring":
		ctx.SetBodyString(msg) // want `raw SurePassID errorMessage .*fasthttp response body`
	case "stream":
		ctx.SetBodyStream(strings.NewReader(msg), -1) // want `raw SurePassID errorMessage .*fasthttp response body`
	case "success":
		ctx.Success("text/plain", []byte(msg)) // want `raw SurePassID errorMessage .*fasthttp response body`
	case "successstring":
		ctx.SuccessString("text/plain", msg) // want `raw SurePassID errorMessage .*fasthttp response body`
	case "respbody":
		ctx.Response.SetBody([]byte(msg)) // want `raw SurePassID errorMessage .*fasthttp response body`
	case "respstring":
		ctx.Response.SetBodyString(msg) // want `raw SurePassID errorMessage .*fasthttp response body`
	case "append":
		ctx.Response.AppendBody([]byte(msg)) // want `raw SurePassID errorMessage .*fasthttp response body`
	case "appendstring":
		ctx.Response.AppendBodyString(msg) // want `raw SurePassID errorMessage .*fasthttp response body`
	case "bodywriter":
		_, _ = ctx.Response.BodyWriter().Write([]byte(msg)) // want `raw SurePassID errorMessage .*writer to the client`
	case "redirectbytes":
		ctx.RedirectBytes([]byte("/login?error="+url.QueryEscape(msg)), fasthttp.StatusSeeOther) // want `raw SurePassID errorMessage .*fasthttp redirect URL`
	default:
		ctx.Redirect("/login?error="+url.QueryEscape(msg), fasthttp.StatusSeeOther) // want `raw SurePassID errorMessage .*fasthttp redirect URL`
	}
}

// safe: the code chooses the status, the body is a constant, the raw
// message goes to the log.
func (s *server) safe(ctx *fasthttp.RequestCtx) {
	res, err := s.sp.ValidateOTP(context.Background(), string(ctx.FormValue("user")), string(ctx.FormValue("otp")))
	if err != nil {
		ctx.Error("sign-in is unavailable", fasthttp.StatusBadGateway)
		return
	}
	if res.ErrorCode != 0 {
		log.Printf("otp rejected: %d %s", res.ErrorCode, res.ErrorMessage)
		status := fasthttp.StatusUnauthorized
		if res.ErrorCode == 9030 {
			status = 403
		}
		ctx.Error("sign-in failed", status)
		return
	}
	ctx.SuccessString("text/plain", "welcome")
}

// flashCookie fills the flash cookie the next page shows.
func flashCookie(text string) *fasthttp.Cookie {
	c := fasthttp.AcquireCookie()
	c.SetKey("flash")
	c.SetValue(url.QueryEscape(text))
	c.SetPath("/")
	c.SetMaxAge(60)
	return c
}

// enroll hands the raw message to the browser in a cookie a helper
// fills: reported where the cookie is set on the response, once.
func (s *server) enroll(ctx *fasthttp.RequestCtx) {
	res, err := s.sp.ValidateOTP(context.Background(), string(ctx.FormValue("user")), string(ctx.FormValue("otp")))
	if err != nil || res.ErrorCode == 0 {
		return
	}
	c := flashCookie(res.ErrorMessage)
	defer fasthttp.ReleaseCookie(c)
	ctx.Response.Header.SetCookie(c) // want `raw SurePassID errorMessage .*fasthttp response cookie`
	ctx.Redirect("/", fasthttp.StatusSeeOther)
}

// enrollQuiet sets a flash cookie of generic text; the raw message fills a
// cookie that is never sent (kept for the log line) and goes to the log.
func (s *server) enrollQuiet(ctx *fasthttp.RequestCtx) {
	res, err := s.sp.ValidateOTP(context.Background(), string(ctx.FormValue("user")), string(ctx.FormValue("otp")))
	if err != nil || res.ErrorCode == 0 {
		return
	}
	audit := fasthttp.AcquireCookie()
	audit.SetKey("otp_error")
	audit.SetValue(res.ErrorMessage)
	log.Printf("otp rejected for %s: %s", ctx.FormValue("user"), res.ErrorMessage)
	fasthttp.ReleaseCookie(audit)
	c := flashCookie("That code did not work. Please try again.")
	defer fasthttp.ReleaseCookie(c)
	ctx.Response.Header.SetCookie(c)
	ctx.Redirect("/", fasthttp.StatusSeeOther)
}
