package signin

import (
	"encoding/json"
	"html/template"
	"net/http"
	"time"
)

var otpPage = template.Must(template.New("otp").Parse(`<form method="post">{{if .Error}}<p class="error">{{.Error}}</p>{{end}}<input name="otp"><input type="hidden" name="next" value="{{.Next}}"></form>`))

type otpView struct {
	Next  string
	Error string
}

// The view's Error field is set before each render: the renders before the
// raw store show fixed texts (not reported), the one after it the server's
// message.
func (h *Handler) OTPForm(w http.ResponseWriter, r *http.Request) {
	view := otpView{Next: r.FormValue("next")}
	resp, err := h.SP.Validate(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		h.Log.Error("validate", "err", err)
		view.Error = "We could not check your code. Please try again."
		w.WriteHeader(http.StatusServiceUnavailable)
		_ = otpPage.Execute(w, view)
		return
	}
	if resp.ErrorCode == 9002 {
		view.Error = "That code was already used."
		w.WriteHeader(http.StatusUnauthorized)
		_ = otpPage.Execute(w, view)
		return
	}
	if resp.ErrorCode != 0 {
		view.Error = resp.ErrorMessage
		w.WriteHeader(http.StatusUnauthorized)
		_ = otpPage.Execute(w, view) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
		return
	}
	http.Redirect(w, r, "/home", http.StatusSeeOther)
}

type problem struct {
	Status    int       `json:"status"`
	Detail    string    `json:"detail"`
	Instance  string    `json:"instance"`
	Timestamp time.Time `json:"timestamp"`
}

// writeProblem fills in the request's fields and writes p: its detail
// reaches the response whatever the fields set here.
func writeProblem(w http.ResponseWriter, r *http.Request, p problem) {
	if p.Status == 0 {
		p.Status = http.StatusInternalServerError
	}
	p.Instance = r.URL.Path
	p.Timestamp = time.Now()
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(p.Status)
	_ = json.NewEncoder(w).Encode(p)
}

// The detail passed to writeProblem is the server's message.
func (h *Handler) OTPProblem(w http.ResponseWriter, r *http.Request) {
	resp, err := h.SP.Validate(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		writeProblem(w, r, problem{Status: http.StatusBadGateway, Detail: "Verification unavailable."})
		return
	}
	if resp.ErrorCode != 0 {
		writeProblem(w, r, problem{Status: http.StatusUnauthorized, Detail: resp.ErrorMessage}) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response by signin.writeProblem`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
