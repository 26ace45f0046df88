// Package chain holds long chains of same-package wrappers declared
// caller-first: each is summarized after the one it calls, however long the
// chain (the summaries are computed with a worklist, without a cap on
// rounds).
package chain

import (
	"net/http"

	"github.com/surepasslint/surepasslint/codes"

	"rawexposure/engine/spclient"
)

type server struct{ sp *spclient.Client }

// signIn writes the raw message through fail1 → ... → fail15 → http.Error.
func (s *server) signIn(w http.ResponseWriter, r *http.Request) {
	resp, err := s.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		Fail1(w, "sign-in is unavailable")
		return
	}
	if resp.ErrorCode != 0 {
		Fail1(w, resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response by chain.Fail1`
	}
}

// signInText writes what text1 → ... → text15 return: the raw message.
func (s *server) signInText(w http.ResponseWriter, r *http.Request) {
	resp, err := s.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err == nil && resp.ErrorCode != 0 {
		http.Error(w, text1(resp.ErrorMessage), http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
	}
}

// signInRaw writes what raw1 → ... → raw15 return: the raw message read
// at the end of the chain.
func (s *server) signInRaw(w http.ResponseWriter, r *http.Request) {
	http.Error(w, raw1(s.sp, r), http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from chain.raw15\) written to the HTTP response`
}

// Fail1 passes msg on.
func Fail1(w http.ResponseWriter, msg string) { // want Fail1:`rawexposure\(param 1 reaches the HTTP response via chain.Fail2\)`
	Fail2(w, msg)
}

// Fail2 passes msg on.
func Fail2(w http.ResponseWriter, msg string) { // want Fail2:`rawexposure\(param 1 reaches the HTTP response via chain.Fail3\)`
	Fail3(w, msg)
}

// Fail3 passes msg on.
func Fail3(w http.ResponseWriter, msg string) { // want Fail3:`rawexposure\(param 1 reaches the HTTP response via chain.Fail4\)`
	Fail4(w, msg)
}

// Fail4 passes msg on.
func Fail4(w http.ResponseWriter, msg string) { // want Fail4:`rawexposure\(param 1 reaches the HTTP response via chain.Fail5\)`
	Fail5(w, msg)
}

// Fail5 passes msg on.
func Fail5(w http.ResponseWriter, msg string) { // want Fail5:`rawexposure\(param 1 reaches the HTTP response via chain.Fail6\)`
	Fail6(w, msg)
}

// Fail6 passes msg on.
func Fail6(w http.ResponseWriter, msg string) { // want Fail6:`rawexposure\(param 1 reaches the HTTP response via chain.Fail7\)`
	Fail7(w, msg)
}

// Fail7 passes msg on.
func Fail7(w http.ResponseWriter, msg string) { // want Fail7:`rawexposure\(param 1 reaches the HTTP response via chain.Fail8\)`
	Fail8(w, msg)
}

// Fail8 passes msg on.
func Fail8(w http.ResponseWriter, msg string) { // want Fail8:`rawexposure\(param 1 reaches the HTTP response via chain.Fail9\)`
	Fail9(w, msg)
}

// Fail9 passes msg on.
func Fail9(w http.ResponseWriter, msg string) { // want Fail9:`rawexposure\(param 1 reaches the HTTP response via chain.Fail10\)`
	Fail10(w, msg)
}

// Fail10 passes msg on.
func Fail10(w http.ResponseWriter, msg string) { // want Fail10:`rawexposure\(param 1 reaches the HTTP response via chain.Fail11\)`
	Fail11(w, msg)
}

// Fail11 passes msg on.
func Fail11(w http.ResponseWriter, msg string) { // want Fail11:`rawexposure\(param 1 reaches the HTTP response via chain.Fail12\)`
	Fail12(w, msg)
}

// Fail12 passes msg on.
func Fail12(w http.ResponseWriter, msg string) { // want Fail12:`rawexposure\(param 1 reaches the HTTP response via chain.Fail13\)`
	Fail13(w, msg)
}

// Fail13 passes msg on.
func Fail13(w http.ResponseWriter, msg string) { // want Fail13:`rawexposure\(param 1 reaches the HTTP response via chain.Fail14\)`
	Fail14(w, msg)
}

// Fail14 passes msg on.
func Fail14(w http.ResponseWriter, msg string) { // want Fail14:`rawexposure\(param 1 reaches the HTTP response via chain.Fail15\)`
	Fail15(w, msg)
}

// Fail15 writes msg.
func Fail15(w http.ResponseWriter, msg string) { // want Fail15:`rawexposure\(param 1 reaches the HTTP response via http.Error\)`
	http.Error(w, msg, http.StatusUnauthorized)
}

func text1(msg string) string { return text2(msg) }

func text2(msg string) string { return text3(msg) }

func text3(msg string) string { return text4(msg) }

func text4(msg string) string { return text5(msg) }

func text5(msg string) string { return text6(msg) }

func text6(msg string) string { return text7(msg) }

func text7(msg string) string { return text8(msg) }

func text8(msg string) string { return text9(msg) }

func text9(msg string) string { return text10(msg) }

func text10(msg string) string { return text11(msg) }

func text11(msg string) string { return text12(msg) }

func text12(msg string) string { return text13(msg) }

func text13(msg string) string { return text14(msg) }

func text14(msg string) string { return text15(msg) }

func text15(msg string) string { return "sign-in failed: " + msg }

func raw1(sp *spclient.Client, r *http.Request) string { return raw2(sp, r) }

func raw2(sp *spclient.Client, r *http.Request) string { return raw3(sp, r) }

func raw3(sp *spclient.Client, r *http.Request) string { return raw4(sp, r) }

func raw4(sp *spclient.Client, r *http.Request) string { return raw5(sp, r) }

func raw5(sp *spclient.Client, r *http.Request) string { return raw6(sp, r) }

func raw6(sp *spclient.Client, r *http.Request) string { return raw7(sp, r) }

func raw7(sp *spclient.Client, r *http.Request) string { return raw8(sp, r) }

func raw8(sp *spclient.Client, r *http.Request) string { return raw9(sp, r) }

func raw9(sp *spclient.Client, r *http.Request) string { return raw10(sp, r) }

func raw10(sp *spclient.Client, r *http.Request) string { return raw11(sp, r) }

func raw11(sp *spclient.Client, r *http.Request) string { return raw12(sp, r) }

func raw12(sp *spclient.Client, r *http.Request) string { return raw13(sp, r) }

func raw13(sp *spclient.Client, r *http.Request) string { return raw14(sp, r) }

func raw14(sp *spclient.Client, r *http.Request) string { return raw15(sp, r) }

func raw15(sp *spclient.Client, r *http.Request) string {
	resp, err := sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		return "sign-in is unavailable"
	}
	return resp.ErrorMessage
}

// sendOTP shows the message only for a delivery failure, proved by a chain
// of eight predicates declared caller-first.
func (s *server) sendOTP(w http.ResponseWriter, r *http.Request) {
	resp, err := s.sp.SendOTP(r.Context(), r.FormValue("user"))
	if err == nil && isDelivery1(resp.ErrorCode) {
		http.Error(w, resp.ErrorMessage, http.StatusBadGateway)
	}
}

func isDelivery1(code int) bool { return isDelivery2(code) }

func isDelivery2(code int) bool { return isDelivery3(code) }

func isDelivery3(code int) bool { return isDelivery4(code) }

func isDelivery4(code int) bool { return isDelivery5(code) }

func isDelivery5(code int) bool { return isDelivery6(code) }

func isDelivery6(code int) bool { return isDelivery7(code) }

func isDelivery7(code int) bool { return isDelivery8(code) }

func isDelivery8(code int) bool { return codes.ReturnCode(code) == codes.SMSSendError }
