// Package portal is the chi web portal in front of the mfa client.
package portal

import (
	"log"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"

	"rawexposure/loose/twostage/mfa"
)

type portal struct {
	mfa *mfa.Client
}

func (p *portal) routes() http.Handler {
	r := chi.NewRouter()
	r.Post("/verify", p.verify)
	r.Post("/check", p.check)
	r.Post("/send", p.send)
	r.Get("/status", p.status)
	r.Post("/enroll", p.enroll)
	r.Post("/verify/quiet", p.verifyQuiet)
	r.Post("/unlock", p.unlock)
	r.Post("/lock", p.lock)
	r.Post("/relay", p.relay)
	return r
}

func (p *portal) verify(w http.ResponseWriter, r *http.Request) {
	if err := p.mfa.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized) // want `raw SurePassID errorMessage`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (p *portal) check(w http.ResponseWriter, r *http.Request) {
	code, msg, err := p.mfa.Check(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	if code != mfa.SP_SUCCESS {
		render.JSON(w, r, map[string]any{"ok": false, "reason": msg}) // want `raw SurePassID errorMessage`
		return
	}
	render.JSON(w, r, map[string]any{"ok": true})
}

func (p *portal) send(w http.ResponseWriter, r *http.Request) {
	if err := p.mfa.Send(r.Context(), r.FormValue("user")); err != nil {
		render.PlainText(w, r, err.Error()) // want `raw SurePassID errorMessage`
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func (p *portal) status(w http.ResponseWriter, r *http.Request) {
	res, err := p.mfa.Status(r.Context(), r.URL.Query().Get("user"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	w.Header().Set("X-MFA-Code", res.Code) // want `raw SurePassID return code`
	_, _ = w.Write([]byte(res.Message))    // want `raw SurePassID errorMessage`
}

func (p *portal) enroll(w http.ResponseWriter, r *http.Request) {
	if err := p.mfa.Enroll(r.Context(), r.FormValue("user")); err != nil {
		http.Error(w, "enrollment failed: "+err.Error(), http.StatusConflict) // want `raw SurePassID errorMessage`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// verifyQuiet is the fail-closed twin: the raw answer is logged, the user
// sees a fixed text.
func (p *portal) verifyQuiet(w http.ResponseWriter, r *http.Request) {
	if err := p.mfa.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		log.Printf("mfa verify: %v", err)
		http.Error(w, "invalid code", http.StatusUnauthorized)
		return
	}
	kind, err := p.mfa.Kind(r.Context(), r.FormValue("user"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	_, _ = w.Write([]byte(kind))
}

func (p *portal) unlock(w http.ResponseWriter, r *http.Request) {
	if err := p.mfa.Unlock(r.Context(), r.FormValue("user")); err != nil {
		render.JSON(w, r, map[string]string{"error": err.Error()}) // want `raw SurePassID errorMessage`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// relay passes the raw member on as JSON.
func (p *portal) relay(w http.ResponseWriter, r *http.Request) {
	env, err := p.mfa.Raw(r.Context(), "find_user", r.FormValue("user"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(env.ErrorMessage) // want `raw SurePassID errorMessage`
}

func (p *portal) lock(w http.ResponseWriter, r *http.Request) {
	if err := p.mfa.Lock(r.Context(), r.FormValue("user")); err != nil {
		http.Error(w, err.Error(), http.StatusConflict) // want `raw SurePassID errorMessage`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
