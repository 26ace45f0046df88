// Package sessionsweb signs users in with SurePassID and reports failures
// as gorilla/sessions flashes, which the login page shows.
package sessionsweb

import (
	"html/template"
	"log"
	"net/http"

	"github.com/gorilla/sessions"

	"rawexposure/webfw/spauth"
)

var store = sessions.NewCookieStore([]byte("0123456789abcdef0123456789abcdef"))

var loginPage = template.Must(template.New("login").Parse(`{{range .}}<p class="flash">{{.}}</p>{{end}}<form method="post">...</form>`))

type app struct {
	sp *spauth.Client
}

// login shows the flashes of the previous attempt.
func (a *app) login(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "auth")
	flashes := session.Flashes()
	if err := session.Save(r, w); err != nil {
		log.Print(err)
	}
	_ = loginPage.Execute(w, flashes)
}

// submit keeps SurePassID's message for the next page.
func (a *app) submit(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "auth")
	res, err := a.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	switch {
	case err != nil:
		log.Printf("surepass: %v", err)
		session.AddFlash("Sign-in is unavailable, please try again later.")
	case res.ErrorCode != 0:
		session.AddFlash(res.ErrorMessage) // want `raw SurePassID errorMessage .*flash message shown on the next page`
	default:
		session.Values["user"] = r.FormValue("user")
		session.AddFlash("Welcome back!", "info")
	}
	if err := session.Save(r, w); err != nil {
		log.Print(err)
	}
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

// verify goes through the client's wrapper.
func (a *app) verify(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "auth")
	if err := a.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		session.AddFlash("Sign-in failed: "+err.Error(), "error") // want `raw SurePassID errorMessage .*flash message`
		// A value under a key naming a message is for the page to show;
		// under another key it is the application's own state.
		session.Values["last_error"] = err.Error() // want `raw SurePassID errorMessage .*session message shown on a later page`
		session.Values["otp_state"] = err.Error()
		session.Values[r.FormValue("k")] = err.Error()
		_ = session.Save(r, w)
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	http.SetCookie(w, sessions.NewCookie("otp_error", "", &sessions.Options{Path: "/", MaxAge: -1}))
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// remember sets a cookie of its own with the raw message.
func (a *app) remember(w http.ResponseWriter, r *http.Request) {
	res, err := a.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil || res.ErrorCode == 0 {
		return
	}
	c := sessions.NewCookie("otp_error", res.ErrorMessage, &sessions.Options{Path: "/", HttpOnly: true}) // want `raw SurePassID errorMessage .*response cookie`
	http.SetCookie(w, c)
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}
