// Package chiweb relays SurePassID answers through chi and go-chi/render.
package chiweb

import (
	"log"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"

	"example.com/frameworks/spclient"
)

var sp = &spclient.Client{HTTP: http.DefaultClient}

// Router builds the chi router.
func Router() http.Handler {
	r := chi.NewRouter()
	r.Post("/otp/{user}", verify)
	r.Post("/otp/{user}/raw", verifyRaw)
	r.Post("/otp/{user}/safe", verifySafe)
	return r
}

// ErrResponse is go-chi/render's documented error renderer: its fields are
// encoded as the JSON body.
type ErrResponse struct {
	Err            error  `json:"-"`
	HTTPStatusCode int    `json:"-"`
	StatusText     string `json:"status"`
	ErrorText      string `json:"error,omitempty"`
}

// Render sets the status before the body is encoded.
func (e *ErrResponse) Render(w http.ResponseWriter, r *http.Request) error {
	render.Status(r, e.HTTPStatusCode)
	return nil
}

// ErrUnauthorized wraps err the way the go-chi/render example does.
func ErrUnauthorized(err error) render.Renderer {
	return &ErrResponse{Err: err, HTTPStatusCode: http.StatusUnauthorized, StatusText: "Unauthorized", ErrorText: err.Error()}
}

func verify(w http.ResponseWriter, r *http.Request) {
	if err := sp.Verify(r.Context(), chi.URLParam(r, "user"), r.FormValue("otp")); err != nil {
		_ = render.Render(w, r, ErrUnauthorized(err)) // want "raw SurePassID errorMessage"
		return
	}
	render.NoContent(w, r)
}

func verifyRaw(w http.ResponseWriter, r *http.Request) {
	resp, err := sp.ValidateOTP(r.Context(), chi.URLParam(r, "user"), r.FormValue("otp"))
	if err != nil {
		render.Status(r, http.StatusBadGateway)
		render.PlainText(w, r, http.StatusText(http.StatusBadGateway))
		return
	}
	if resp.ErrorCode != 0 {
		render.Status(r, http.StatusUnauthorized)
		switch r.URL.Query().Get("format") {
		case "text":
			render.PlainText(w, r, resp.ErrorMessage) // want "raw SurePassID errorMessage"
		case "html":
			render.HTML(w, r, "<p>"+resp.ErrorMessage+"</p>") // want "raw SurePassID errorMessage"
		default:
			render.JSON(w, r, map[string]string{"error": resp.ErrorMessage}) // want "raw SurePassID errorMessage"
		}
		return
	}
	render.NoContent(w, r)
}

// verifySafe: render.Status sets only the status; the body is fixed.
func verifySafe(w http.ResponseWriter, r *http.Request) {
	if err := sp.Verify(r.Context(), chi.URLParam(r, "user"), r.FormValue("otp")); err != nil {
		log.Printf("verify: %v", err)
		render.Status(r, http.StatusUnauthorized)
		render.JSON(w, r, map[string]string{"error": spclient.SafeMessage})
		return
	}
	render.NoContent(w, r)
}
