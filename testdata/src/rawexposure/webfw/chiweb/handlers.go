// Package chiweb is a chi front end for SurePassID OTP sign-in answering
// through go-chi/render, and a gorilla/mux one answering through net/http.
package chiweb

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
	"github.com/gorilla/mux"

	"rawexposure/webfw/spauth"
)

type api struct {
	sp *spauth.Client
}

// ErrResponse is the renderer the chi examples use for errors.
type ErrResponse struct {
	Err            error  `json:"-"` // want Err:`rawexposure\(raw errorMessage from chiweb.ErrResponse.Err\)`
	HTTPStatusCode int    `json:"-"`
	StatusText     string `json:"status"`
	ErrorText      string `json:"error,omitempty"` // want ErrorText:`rawexposure\(raw errorMessage from chiweb.ErrResponse.ErrorText\)`
}

// Render sets the status before render.Render encodes e.
func (e *ErrResponse) Render(w http.ResponseWriter, r *http.Request) error {
	render.Status(r, e.HTTPStatusCode)
	return nil
}

func (a *api) routes() http.Handler {
	r := chi.NewRouter()
	r.Post("/otp", a.validate)
	r.Post("/otp/verify", a.verify)
	r.Post("/otp/check", a.verifyQuiet)
	r.Post("/otp/{format}", a.catalog)
	m := mux.NewRouter()
	m.HandleFunc("/legacy/otp", a.legacy).Methods(http.MethodPost)
	return r
}

func (a *api) validate(w http.ResponseWriter, r *http.Request) {
	res, err := a.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		render.Status(r, http.StatusBadGateway)
		render.JSON(w, r, render.M{"error": "sign-in is unavailable"})
		return
	}
	if res.ErrorCode != 0 {
		render.Status(r, http.StatusUnauthorized)
		render.JSON(w, r, render.M{"error": res.ErrorMessage}) // want `raw SurePassID errorMessage .*chi render`
		return
	}
	render.NoContent(w, r)
}

// verify uses the ErrResponse renderer of the chi examples.
func (a *api) verify(w http.ResponseWriter, r *http.Request) {
	if err := a.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		_ = render.Render(w, r, &ErrResponse{Err: err, HTTPStatusCode: http.StatusUnauthorized, StatusText: "Unauthorized", ErrorText: err.Error()}) // want `raw SurePassID errorMessage .*chi render`
		return
	}
	render.NoContent(w, r)
}

// verifyQuiet keeps the error for the logs in Err, which the JSON encoder
// skips (json:"-"): only the fixed status text is sent.
func (a *api) verifyQuiet(w http.ResponseWriter, r *http.Request) {
	if err := a.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		_ = render.Render(w, r, &ErrResponse{Err: err, HTTPStatusCode: http.StatusUnauthorized, StatusText: "Unauthorized"})
		return
	}
	render.NoContent(w, r)
}

// catalog answers through every other responder.
func (a *api) catalog(w http.ResponseWriter, r *http.Request) {
	res, err := a.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil || res.ErrorCode == 0 {
		render.NoContent(w, r)
		return
	}
	render.Status(r, http.StatusUnauthorized)
	switch chi.URLParam(r, "format") {
	case "xml":
		render.XML(w, r, render.M{"error": res.ErrorMessage}) // want `raw SurePassID errorMessage .*chi render`
	case "text":
		render.PlainText(w, r, "sign-in failed: "+res.ErrorMessage) // want `raw SurePassID errorMessage .*chi render`
	case "html":
		render.HTML(w, r, "<p>"+res.ErrorMessage+"</p>") // want `raw SurePassID errorMessage .*chi render`
	case "data":
		render.Data(w, r, []byte(res.ErrorMessage)) // want `raw SurePassID errorMessage .*chi render`
	case "default":
		render.DefaultResponder(w, r, render.M{"error": res.ErrorMessage}) // want `raw SurePassID errorMessage .*chi render`
	case "list":
		_ = render.RenderList(w, r, []render.Renderer{&ErrResponse{HTTPStatusCode: http.StatusUnauthorized, ErrorText: res.ErrorMessage}}) // want `raw SurePassID errorMessage .*chi render`
	default:
		render.Respond(w, r, res) // want `raw SurePassID errorMessage .*chi render`
	}
}

// legacy is a gorilla/mux handler: mux routes plain net/http handlers, so
// the net/http sinks apply.
func (a *api) legacy(w http.ResponseWriter, r *http.Request) {
	user := mux.Vars(r)["user"]
	res, err := a.sp.ValidateOTP(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, http.StatusText(http.StatusBadGateway), http.StatusBadGateway)
		return
	}
	if res.ErrorCode != 0 {
		http.Error(w, res.ErrorMessage, http.StatusUnauthorized) // want `raw SurePassID errorMessage .*HTTP response`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
