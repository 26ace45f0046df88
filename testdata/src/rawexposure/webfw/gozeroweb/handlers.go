// Package gozeroweb is a go-zero REST service for SurePassID sign-in,
// answering through rest/httpx: the JSON writers encode their value as the
// body, Error and ErrorCtx write the error's text.
package gozeroweb

import (
	"errors"
	"log"
	"net/http"

	"github.com/zeromicro/go-zero/rest/httpx"

	"rawexposure/webfw/spauth"
)

var errDenied = errors.New("sign-in denied")

type signinReq struct {
	User string `json:"user"`
	OTP  string `json:"otp"`
}

// statusView is the body of the status endpoint; Note is filled only when
// SurePassID refuses.
type statusView struct {
	User string `json:"user"`
	OK   bool   `json:"ok"`
	Note string `json:"note,omitempty"`
}

type logic struct {
	sp *spauth.Client
}

func (l *logic) status(w http.ResponseWriter, r *http.Request) {
	var req signinReq
	if err := httpx.Parse(r, &req); err != nil {
		httpx.ErrorCtx(r.Context(), w, err)
		return
	}
	res, err := l.sp.ValidateOTP(r.Context(), req.User, req.OTP)
	if err != nil {
		httpx.WriteJsonCtx(r.Context(), w, http.StatusBadGateway, statusView{User: req.User})
		return
	}
	view := statusView{User: req.User, OK: res.ErrorCode == 0}
	if res.ErrorCode != 0 {
		view.Note = res.ErrorMessage
	}
	httpx.OkJsonCtx(r.Context(), w, view) // want `raw SurePassID errorMessage .*go-zero response body`
}

func (l *logic) legacyStatus(w http.ResponseWriter, r *http.Request) {
	res, err := l.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		httpx.Error(w, errDenied)
		return
	}
	if res.ErrorCode != 0 {
		httpx.WriteJson(w, http.StatusUnauthorized, map[string]string{"error": res.ErrorMessage}) // want `raw SurePassID errorMessage .*go-zero response body`
		return
	}
	httpx.OkJson(w, statusView{OK: true})
}

func (l *logic) rawBody(w http.ResponseWriter, r *http.Request) {
	res, err := l.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		return
	}
	if res.ErrorCode != 0 && r.FormValue("v") == "1" {
		httpx.WriteJsonCtx(r.Context(), w, http.StatusUnauthorized, statusView{Note: res.ErrorMessage}) // want `raw SurePassID errorMessage .*go-zero response body`
		return
	}
	if res.ErrorCode != 0 {
		httpx.OkJson(w, res) // want `raw SurePassID errorMessage .*go-zero response body`
		return
	}
	httpx.WriteJsonCtx(r.Context(), w, http.StatusOK, statusView{OK: true})
}

func (l *logic) verify(w http.ResponseWriter, r *http.Request) {
	if err := l.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		if r.FormValue("v") == "1" {
			httpx.Error(w, err) // want `raw SurePassID errorMessage .*go-zero response body`
			return
		}
		httpx.ErrorCtx(r.Context(), w, err) // want `raw SurePassID errorMessage .*go-zero response body`
		return
	}
	httpx.Ok(w)
}

// quiet logs the vendor's text and answers with fixed ones.
func (l *logic) quiet(w http.ResponseWriter, r *http.Request) {
	res, err := l.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		httpx.ErrorCtx(r.Context(), w, errDenied)
		return
	}
	if res.ErrorCode != 0 {
		log.Printf("surepass %d: %s", res.ErrorCode, res.ErrorMessage)
		httpx.WriteJsonCtx(r.Context(), w, http.StatusUnauthorized, statusView{Note: "sign-in failed"})
		return
	}
	httpx.OkJsonCtx(r.Context(), w, statusView{OK: res.ErrorCode == 0})
}
