// Package flows decodes SurePassID responses itself and exercises each flow
// shape: locals, concatenation, builders, strings functions, error types,
// errors.As and Unwrap, type switches, maps and slices.
package flows

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/surepasslint/surepasslint/codes"
)

type otpResponse struct {
	codes.Envelope
}

func decode(r io.Reader) otpResponse {
	var out otpResponse
	_ = json.NewDecoder(r).Decode(&out)
	return out
}

func concat(w http.ResponseWriter, body io.Reader) {
	resp := decode(body)
	msg := "error: " + resp.ErrorMessage
	msg = strings.ToLower(strings.TrimSpace(msg))
	w.Write([]byte(msg)) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
}

func builder(w http.ResponseWriter, body io.Reader) {
	resp := decode(body)
	var sb strings.Builder
	sb.WriteString("sign-in failed: ")
	sb.WriteString(resp.ErrorMessage)
	io.WriteString(w, sb.String()) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
}

func buffer(w http.ResponseWriter, body io.Reader) {
	resp := decode(body)
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "code %d", resp.ErrorCode)
	io.Copy(w, &buf) // want `raw SurePassID return code \(from resp.ErrorCode\) written to the HTTP response`
}

func reader(w http.ResponseWriter, body io.Reader) {
	resp := decode(body)
	io.Copy(w, strings.NewReader(resp.ErrorMessage)) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
}

func itoa(w http.ResponseWriter, body io.Reader) {
	resp := decode(body)
	http.Error(w, "failed ("+strconv.Itoa(int(resp.ErrorCode))+")", http.StatusUnauthorized) // want `raw SurePassID return code \(from resp.ErrorCode\) written to the HTTP response`
}

func stringer(w http.ResponseWriter, body io.Reader) {
	resp := decode(body)
	code := resp.ErrorCode
	http.Error(w, "failed: "+code.String(), http.StatusUnauthorized) // want `raw SurePassID return code \(from resp.ErrorCode\) written to the HTTP response`
}

// otpError is this package's error type; its message field is set from the
// raw message below, so reading it is reading the raw message.
type otpError struct {
	code codes.ReturnCode
	text string
}

func (e otpError) Error() string { return e.text } // want Error:`rawexposure\(result 0 raw errorMessage from flows.otpError.text\)`

func check(body io.Reader) error {
	resp := decode(body)
	if resp.Failed() {
		return otpError{code: resp.ErrorCode, text: resp.ErrorMessage}
	}
	return nil
}

func errorType(w http.ResponseWriter, body io.Reader) {
	if err := check(body); err != nil {
		fmt.Fprintln(w, err) // want `raw SurePassID errorMessage \(from flows.check\) written to the HTTP response`
	}
}

func errorsAs(w http.ResponseWriter, err error) {
	var oe otpError
	if errors.As(err, &oe) {
		w.Write([]byte(oe.Error())) // want `raw SurePassID errorMessage \(from flows.otpError.text\) written to the HTTP response`
	}
}

func unwrap(w http.ResponseWriter, body io.Reader) {
	err := fmt.Errorf("validate: %w", check(body))
	inner := errors.Unwrap(err)
	http.Error(w, inner.Error(), http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from flows.check\) written to the HTTP response`
}

func join(w http.ResponseWriter, body io.Reader) {
	err := errors.Join(errors.New("validate"), check(body))
	http.Error(w, err.Error(), http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from flows.check\) written to the HTTP response`
}

func typeSwitch(w http.ResponseWriter, body io.Reader) {
	switch e := check(body).(type) {
	case otpError:
		http.Error(w, e.text, http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from flows.otpError.text\) written to the HTTP response`
	case nil:
		w.WriteHeader(http.StatusNoContent)
	}
}

func mapsAndSlices(w http.ResponseWriter, body io.Reader) {
	resp := decode(body)
	fields := map[string]string{"type": resp.Type}
	fields["error"] = resp.ErrorMessage
	parts := []string{"sign-in failed"}
	parts = append(parts, fields["error"])
	w.Write([]byte(strings.Join(parts, ": "))) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
}

func closure(body io.Reader) http.HandlerFunc {
	resp := decode(body)
	return func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
	}
}

var lastError string

func remember(body io.Reader) {
	resp := decode(body)
	lastError = resp.ErrorMessage
}

func global(w http.ResponseWriter) {
	io.WriteString(w, lastError) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
}

type responder struct{ w http.ResponseWriter }

func (r responder) Write(p []byte) (int, error) { return r.w.Write(p) } // want Write:`rawexposure\(param 0 reaches the HTTP response via http.ResponseWriter.Write\)`
func (r responder) Header() http.Header         { return r.w.Header() }
func (r responder) WriteHeader(status int)      { r.w.WriteHeader(status) }
func (r responder) fail(status int, msg string) { http.Error(r, msg, status) }

func wrappedWriter(w http.ResponseWriter, body io.Reader) {
	resp := decode(body)
	rw := responder{w}
	rw.Write([]byte(resp.ErrorMessage))               // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
	rw.fail(http.StatusBadGateway, resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response by flows.responder.fail`
}

func cookieVar(w http.ResponseWriter, body io.Reader) {
	resp := decode(body)
	c := &http.Cookie{Name: "flash", Value: resp.ErrorMessage, Path: "/"}
	http.SetCookie(w, c) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a response cookie`
}

// csrfToken reads the request's own cookie: what cookieVar stores in a
// response cookie's Value does not make every Cookie.Value raw.
func csrfToken(r *http.Request) string {
	if c, err := r.Cookie("csrf"); err == nil {
		return c.Value
	}
	return ""
}

func formWithToken(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, `<input type="hidden" name="csrf" value="%s">`, csrfToken(r))
	u := &url.URL{Path: "/login", RawQuery: "n=" + r.URL.Query().Get("n")}
	http.Redirect(w, r, u.String(), http.StatusSeeOther)
}

func viaGenerated(w http.ResponseWriter, body io.Reader) {
	http.Error(w, GeneratedMessage(decode(body)), http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from flows.GeneratedMessage\) written to the HTTP response`
}

// respond is generic: its value parameter reaches the response.
func respond[T any](w http.ResponseWriter, status int, v T) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func generic(w http.ResponseWriter, body io.Reader) {
	resp := decode(body)
	respond(w, http.StatusUnauthorized, resp)                              // want `raw SurePassID errorMessage \(from resp\) written to the HTTP response by flows.respond`
	respond(w, http.StatusUnauthorized, map[string]string{"t": resp.Type}) // the type field is fine
}
