// Package web serves the token self-service pages.
package web

import (
	"encoding/json"
	"net/http"

	"rawexposure/guardfill/enroll"
)

// Pages holds the enrollment service.
type Pages struct{ Svc *enroll.Service }

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (p *Pages) replace(w http.ResponseWriter, r *http.Request) {
	e, err := p.Svc.Replace(r.Context(), r.FormValue("user"), r.FormValue("psn"))
	if err != nil {
		http.Error(w, "enrollment unavailable", http.StatusServiceUnavailable)
		return
	}
	if e.State != enroll.Enrolled {
		writeJSON(w, http.StatusConflict, e) // want `raw SurePassID errorMessage`
		return
	}
	writeJSON(w, http.StatusOK, e)
}

func (p *Pages) explain(w http.ResponseWriter, r *http.Request) {
	e, err := p.Svc.Explain(r.Context(), r.FormValue("user"), r.FormValue("psn"))
	if err != nil {
		http.Error(w, "enrollment unavailable", http.StatusServiceUnavailable)
		return
	}
	switch e.State {
	case enroll.Enrolled:
		writeJSON(w, http.StatusOK, e)
	default:
		writeJSON(w, http.StatusConflict, e) // want `raw SurePassID errorMessage`
	}
}

func (p *Pages) replaceByCode(w http.ResponseWriter, r *http.Request) {
	e, err := p.Svc.ReplaceByCode(r.Context(), r.FormValue("user"), r.FormValue("psn"))
	if err != nil {
		http.Error(w, "enrollment unavailable", http.StatusServiceUnavailable)
		return
	}
	if e.State != enroll.Enrolled {
		writeJSON(w, http.StatusConflict, map[string]string{"state": string(e.State)})
		return
	}
	writeJSON(w, http.StatusOK, e) // want `raw SurePassID errorMessage`
}

func (p *Pages) replaceReset(w http.ResponseWriter, r *http.Request) {
	e, err := p.Svc.ReplaceReset(r.Context(), r.FormValue("user"), r.FormValue("psn"))
	if err != nil {
		http.Error(w, "enrollment unavailable", http.StatusServiceUnavailable)
		return
	}
	if e.State != enroll.Enrolled {
		writeJSON(w, http.StatusConflict, map[string]string{"state": string(e.State)})
		return
	}
	writeJSON(w, http.StatusOK, e) // want `raw SurePassID errorMessage`
}

func (p *Pages) lookup(w http.ResponseWriter, r *http.Request) {
	e, err := p.Svc.Lookup(r.Context(), r.FormValue("user"), r.FormValue("psn"))
	if err != nil {
		http.Error(w, "enrollment unavailable", http.StatusServiceUnavailable)
		return
	}
	if e.State != enroll.Enrolled {
		http.Error(w, e.Detail, http.StatusConflict) // want `raw SurePassID errorMessage`
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"serial": e.Serial, "note": e.Detail})
}

func (p *Pages) lookupAudited(w http.ResponseWriter, r *http.Request) {
	e, err := p.Svc.LookupAudited(r.Context(), r.FormValue("user"), r.FormValue("psn"))
	if err != nil || e == nil {
		http.Error(w, "enrollment unavailable", http.StatusServiceUnavailable)
		return
	}
	if e.State != enroll.Enrolled {
		http.Error(w, "This token could not be enrolled.", http.StatusConflict)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"serial": e.Serial, "note": e.Detail}) // want `raw SurePassID errorMessage`
}

func (p *Pages) rebind(w http.ResponseWriter, r *http.Request) {
	e, err := p.Svc.Rebind(r.Context(), r.FormValue("user"), r.FormValue("psn"))
	if err != nil {
		http.Error(w, "enrollment unavailable", http.StatusServiceUnavailable)
		return
	}
	if e.State == enroll.Enrolled {
		writeJSON(w, http.StatusOK, e)
		return
	}
	writeJSON(w, http.StatusConflict, e) // want `raw SurePassID errorMessage`
}

func (p *Pages) rebindRetried(w http.ResponseWriter, r *http.Request) {
	e, err := p.Svc.RebindRetried(r.Context(), r.FormValue("user"), r.FormValue("psn"))
	if err != nil {
		http.Error(w, "enrollment unavailable", http.StatusServiceUnavailable)
		return
	}
	if e.State == enroll.Enrolled {
		writeJSON(w, http.StatusOK, e) // want `raw SurePassID errorMessage`
		return
	}
	writeJSON(w, http.StatusConflict, map[string]string{"state": string(e.State)})
}
