// Package muxweb relays SurePassID answers through gorilla/mux routes and
// gorilla/sessions flash messages.
package muxweb

import (
	"fmt"
	"html/template"
	"log"
	"net/http"

	"github.com/gorilla/mux"
	"github.com/gorilla/sessions"

	"example.com/frameworks/spclient"
)

var (
	sp    = &spclient.Client{HTTP: http.DefaultClient}
	store = sessions.NewCookieStore([]byte("hash-key-0123456789abcdef0123456"))
	page  = template.Must(template.New("login").Parse(`{{range .}}<p class="flash">{{.}}</p>{{end}}<form method="post">...</form>`))
)

// Router builds the gorilla/mux router.
func Router() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/login", loginPage).Methods(http.MethodGet)
	r.HandleFunc("/otp/{user}", verify).Methods(http.MethodPost)
	r.HandleFunc("/otp/{user}/flash", verifyFlash).Methods(http.MethodPost)
	r.HandleFunc("/otp/{user}/safe", verifySafe).Methods(http.MethodPost)
	return r
}

func verify(w http.ResponseWriter, r *http.Request) {
	if err := sp.Verify(r.Context(), mux.Vars(r)["user"], r.FormValue("otp")); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprintf(w, "sign-in failed: %v", err) // want "raw SurePassID errorMessage"
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// verifyFlash stores the raw message as a flash; loginPage shows it on the
// next page.
func verifyFlash(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "flash")
	resp, err := sp.ValidateOTP(r.Context(), mux.Vars(r)["user"], r.FormValue("otp"))
	if err != nil {
		http.Error(w, http.StatusText(http.StatusBadGateway), http.StatusBadGateway)
		return
	}
	if resp.ErrorCode != 0 {
		session.AddFlash(resp.ErrorMessage) // want "raw SurePassID errorMessage"
		_ = session.Save(r, w)
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func loginPage(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "flash")
	flashes := session.Flashes()
	_ = session.Save(r, w)
	_ = page.Execute(w, flashes)
}

// verifySafe: the flash is a fixed text, the raw message goes to the log
// and the session's server-side values are not shown.
func verifySafe(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "flash")
	if err := sp.Verify(r.Context(), mux.Vars(r)["user"], r.FormValue("otp")); err != nil {
		log.Printf("verify: %v", err)
		session.AddFlash(spclient.SafeMessage)
		_ = session.Save(r, w)
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
