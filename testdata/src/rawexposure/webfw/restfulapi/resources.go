// Package restfulapi is a go-restful v3 web service for SurePassID
// sign-in.
package restfulapi

import (
	"errors"
	"log"
	"net/http"

	restful "github.com/emicklei/go-restful/v3"

	"rawexposure/webfw/spauth"
	"rawexposure/webfw/spresult"
)

var (
	sp = &spauth.Client{}
	rc = &spresult.Client{}
)

// Failure is the entity sent on a failure.
type Failure struct {
	Code    uint16 `json:"code"`    // want Code:"raw return code"
	Message string `json:"message"` // want Message:"raw errorMessage"
}

// Resource serves /auth.
type Resource struct{}

// WebService builds the service.
func (r Resource) WebService() *restful.WebService {
	ws := new(restful.WebService)
	ws.Path("/auth")
	ws.Route(ws.POST("/otp").To(r.otp))
	ws.Route(ws.POST("/verify").To(r.verify))
	ws.Route(ws.GET("/check").To(r.check))
	ws.Route(ws.GET("/safe").To(r.safe))
	return ws
}

func (r Resource) otp(req *restful.Request, resp *restful.Response) {
	res, err := sp.ValidateOTP(req.Request.Context(), req.QueryParameter("user"), req.QueryParameter("otp"))
	if err != nil {
		_ = resp.WriteErrorString(http.StatusBadGateway, "sign-in is unavailable")
		return
	}
	if res.ErrorCode != 0 {
		switch req.QueryParameter("format") {
		case "text":
			_ = resp.WriteErrorString(http.StatusUnauthorized, res.ErrorMessage) // want `raw SurePassID errorMessage .*go-restful (error )?response`
		case "xml":
			_ = resp.WriteAsXml(Failure{Message: res.ErrorMessage}) // want `raw SurePassID errorMessage .*go-restful (error )?response`
		case "xmlstatus":
			_ = resp.WriteHeaderAndXml(401, Failure{Message: res.ErrorMessage}, "application/xml") // want `raw SurePassID errorMessage .*go-restful (error )?response`
		case "json":
			_ = resp.WriteAsJson(map[string]string{"error": res.ErrorMessage}) // want `raw SurePassID errorMessage .*go-restful (error )?response`
		case "jsonstatus":
			_ = resp.WriteHeaderAndJson(401, Failure{Message: res.ErrorMessage}, "application/json") // want `raw SurePassID errorMessage .*go-restful (error )?response`
		case "service":
			_ = resp.WriteServiceError(401, restful.NewError(401, res.ErrorMessage)) // want `raw SurePassID errorMessage .*go-restful (error )?response`
		case "literal":
			_ = resp.WriteServiceError(401, restful.ServiceError{Code: 401, Message: res.ErrorMessage}) // want `raw SurePassID errorMessage .*go-restful (error )?response`
		default:
			_ = resp.WriteEntity(Failure{Message: res.ErrorMessage}) // want `raw SurePassID errorMessage .*go-restful (error )?response`
		}
		return
	}
	_ = resp.WriteEntity(map[string]bool{"ok": true})
}

func (r Resource) verify(req *restful.Request, resp *restful.Response) {
	err := rc.Verify(req.Request.Context(), req.QueryParameter("user"), req.QueryParameter("otp"))
	if err == nil {
		_ = resp.WriteEntity(map[string]bool{"ok": true})
		return
	}
	var se *spresult.Error
	if errors.As(err, &se) {
		_ = resp.WriteHeaderAndEntity(http.StatusUnauthorized, Failure{Code: uint16(se.Code)}) // want `raw SurePassID return code .*go-restful (error )?response`
		return
	}
	_ = resp.WriteError(http.StatusUnauthorized, err) // want `raw SurePassID errorMessage .*go-restful (error )?response`
}

func (r Resource) check(req *restful.Request, resp *restful.Response) {
	res, err := rc.Validate(req.Request.Context(), req.QueryParameter("user"), req.QueryParameter("otp"))
	if err != nil || res.OK() {
		return
	}
	resp.AddHeader("X-Auth-Error", res.Reason()) // want `raw SurePassID errorMessage .*go-restful response header`
	resp.WriteHeader(http.StatusUnauthorized)
}

// safe logs the raw answer and sends fixed text and the status.
func (r Resource) safe(req *restful.Request, resp *restful.Response) {
	err := rc.Verify(req.Request.Context(), req.QueryParameter("user"), req.QueryParameter("otp"))
	var se *spresult.Error
	if errors.As(err, &se) {
		log.Printf("surepass %d: %s", se.Code, se.Message)
		resp.AddHeader("X-Auth-Error", "sign-in failed")
		_ = resp.WriteHeaderAndEntity(http.StatusUnauthorized, Failure{Message: "sign-in failed"})
		return
	}
	if err != nil {
		_ = resp.WriteError(http.StatusBadGateway, errors.New("sign-in is unavailable"))
	}
}
