// Package hertzweb is a cloudwego/hertz front end for SurePassID OTP // want package:`scoped hertz errors raw errorMessage from spauth.Verify`
// sign-in.
package hertzweb

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/app/server/render"
	"github.com/cloudwego/hertz/pkg/protocol"

	"rawexposure/webfw/spauth"
)

type handler struct {
	sp *spauth.Client
}

type failure struct {
	Error string `json:"error"`
}

func (h *handler) validate(ctx context.Context, c *app.RequestContext) {
	res, err := h.sp.ValidateOTP(ctx, c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		_ = c.AbortWithError(http.StatusBadGateway, err) // kept in c.Errors, not rendered
		return
	}
	if res.ErrorCode != 0 {
		c.AbortWithStatusJSON(http.StatusUnauthorized, failure{Error: res.ErrorMessage}) // want `raw SurePassID errorMessage .*hertz response body`
		return
	}
	c.JSON(http.StatusOK, map[string]bool{"ok": true})
}

// verify goes through the client's wrapper.
func (h *handler) verify(ctx context.Context, c *app.RequestContext) {
	if err := h.sp.Verify(ctx, c.PostForm("user"), c.PostForm("otp")); err != nil {
		_ = c.Error(err)
		c.AbortWithMsg("sign-in failed: "+err.Error(), http.StatusUnauthorized) // want `raw SurePassID errorMessage .*hertz response body`
		return
	}
	c.String(http.StatusOK, "welcome %s", c.PostForm("user"))
}

// catalog sends the raw message through every other hertz writer.
func (h *handler) catalog(ctx context.Context, c *app.RequestContext) {
	res, err := h.sp.ValidateOTP(ctx, c.PostForm("user"), c.PostForm("otp"))
	if err != nil || res.ErrorCode == 0 {
		return
	}
	msg := res.ErrorMessage
	c.Header("X-Auth-Error", msg)                                                                     // want `raw SurePassID errorMessage .*hertz response header`
	c.Response.Header.Set("X-Auth-Detail", msg)                                                       // want `raw SurePassID errorMessage .*hertz response header`
	c.Response.Header.Add("X-Auth-Trace", msg)                                                        // want `raw SurePassID errorMessage .*hertz response header`
	c.SetCookie("otp_error", msg, 60, "/", "", protocol.CookieSameSiteLaxMode, true, true)            // want `raw SurePassID errorMessage .*hertz response cookie`
	c.SetPartitionedCookie("otp_error", msg, 60, "/", "", protocol.CookieSameSiteLaxMode, true, true) // want `raw SurePassID errorMessage .*hertz response cookie`
	switch c.Query("format") {
	case "string":
		c.String(http.StatusUnauthorized, "sign-in failed: %s", msg) // want `raw SurePassID errorMessage .*hertz response body`
	case "pure":
		c.PureJSON(http.StatusUnauthorized, failure{Error: msg}) // want `raw SurePassID errorMessage .*hertz response body`
	case "indented":
		c.IndentedJSON(http.StatusUnauthorized, failure{Error: msg}) // want `raw SurePassID errorMessage .*hertz response body`
	case "json":
		c.JSON(http.StatusUnauthorized, failure{Error: msg}) // want `raw SurePassID errorMessage .*hertz response body`
	case "xml":
		c.XML(http.StatusUnauthorized, failure{Error: msg}) // want `raw SurePassID errorMessage .*hertz response body`
	case "proto":
		c.ProtoBuf(http.StatusUnauthorized, &failure{Error: msg}) // want `raw SurePassID errorMessage .*hertz response body`
	case "html":
		c.HTML(http.StatusUnauthorized, "login.tmpl", map[string]string{"error": msg}) // want `raw SurePassID errorMessage .*hertz response body`
	case "data":
		c.Data(http.StatusUnauthorized, "text/plain", []byte(msg)) // want `raw SurePassID errorMessage .*hertz response body`
	case "render":
		c.Render(http.StatusUnauthorized, render.Data{ContentType: "text/plain", Data: []byte(msg)}) // want `raw SurePassID errorMessage .*hertz response body`
	case "write":
		_, _ = c.Write([]byte(msg)) // want `raw SurePassID errorMessage .*hertz response body`
	case "writestring":
		_, _ = c.WriteString(msg) // want `raw SurePassID errorMessage .*hertz response body`
	case "fprintf":
		fmt.Fprintf(c, "sign-in failed: %s", msg) // want `raw SurePassID errorMessage .*HTTP response`
	case "body":
		c.SetBodyString(msg) // want `raw SurePassID errorMessage .*hertz response body`
	case "stream":
		c.SetBodyStream(strings.NewReader(msg), -1) // want `raw SurePassID errorMessage .*hertz response body`
	case "respbody":
		c.Response.SetBody([]byte(msg)) // want `raw SurePassID errorMessage .*hertz response body`
	case "respstring":
		c.Response.SetBodyString(msg) // want `raw SurePassID errorMessage .*hertz response body`
	case "append":
		c.Response.AppendBody([]byte(msg)) // want `raw SurePassID errorMessage .*hertz response body`
	case "appendstring":
		c.Response.AppendBodyString(msg) // want `raw SurePassID errorMessage .*hertz response body`
	case "bodywriter":
		fmt.Fprint(c.Response.BodyWriter(), msg) // want `raw SurePassID errorMessage .*HTTP response`
	default:
		c.Redirect(http.StatusSeeOther, []byte("/login?error="+url.QueryEscape(msg))) // want `raw SurePassID errorMessage .*hertz redirect URL`
	}
}

// safe answers with the status chosen by the code and a constant.
func (h *handler) safe(ctx context.Context, c *app.RequestContext) {
	res, err := h.sp.ValidateOTP(ctx, c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	if res.ErrorCode != 0 {
		status := http.StatusUnauthorized
		if res.ErrorCode == 9030 {
			status = http.StatusForbidden
		}
		c.AbortWithMsg(http.StatusText(status), status)
		return
	}
	c.SetStatusCode(http.StatusNoContent)
}

// flash keeps the outcome for the next page in a cookie built by hand:
// reported where the response gets it.
func (h *handler) flash(ctx context.Context, c *app.RequestContext) {
	ck := protocol.AcquireCookie()
	defer protocol.ReleaseCookie(ck)
	ck.SetKey("flash")
	ck.SetPath("/")
	if err := h.sp.Verify(ctx, c.PostForm("user"), c.PostForm("otp")); err != nil {
		ck.SetValueBytes([]byte(url.QueryEscape(err.Error())))
		c.Response.Header.SetCookie(ck) // want `raw SurePassID errorMessage .*hertz response cookie`
		c.Redirect(http.StatusSeeOther, []byte("/"))
		return
	}
	ok := protocol.AcquireCookie()
	defer protocol.ReleaseCookie(ok)
	ok.SetKey("flash")
	ok.SetValue("signed-in")
	c.Response.Header.SetCookie(ok)
	c.Redirect(http.StatusSeeOther, []byte("/"))
}
