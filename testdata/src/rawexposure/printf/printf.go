// Package printf is a SurePassID sign-in front end whose handlers format
// the raw return code and message into what they send: the fixes must keep
// every printf-style call correct for go vet.
package printf

import (
	"context"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	spcodes "github.com/surepasslint/surepasslint/codes"
)

// ValidateResponse is the reply of SurePassID's OTP validation.
type ValidateResponse struct {
	spcodes.Envelope
	User string `json:"user"`
}

// PlainResponse carries the code as a plain int, as WCF clients decode it.
type PlainResponse struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
	User         string `json:"user"`
}

const failedFormat = "sign-in failed (error %d)"

func validate(ctx context.Context, user, otp string) (ValidateResponse, error) {
	return ValidateResponse{}, nil
}

func validatePlain(ctx context.Context, user, otp string) (PlainResponse, error) {
	return PlainResponse{}, nil
}

// httpError formats the code into http.Error's message.
func httpError(w http.ResponseWriter, r *http.Request) {
	res, err := validate(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "sign-in unavailable", http.StatusServiceUnavailable)
		return
	}
	if res.ErrorCode != spcodes.Success {
		http.Error(w, fmt.Sprintf("sign-in failed (error %d)", res.ErrorCode), http.StatusUnauthorized) // want `raw SurePassID return code \(from res.ErrorCode\) written to the HTTP response`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// plainCode: an int code in hex, then the message with %s (which keeps
// its shape).
func plainCode(w http.ResponseWriter, r *http.Request) {
	res, _ := validatePlain(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	switch {
	case res.ErrorCode == 0:
		w.WriteHeader(http.StatusNoContent)
	case res.ErrorCode > 9000:
		http.Error(w, fmt.Sprintf("error %#x", res.ErrorCode), http.StatusUnauthorized) // want `raw SurePassID return code \(from res.ErrorCode\) written to the HTTP response`
	default:
		http.Error(w, fmt.Sprintf("sign-in failed: %s", res.ErrorMessage), http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from res.ErrorMessage\) written to the HTTP response`
	}
}

// fprintf writes the code with fmt.Fprintf: the one directive formats the
// one argument.
func fprintf(w http.ResponseWriter, r *http.Request) {
	res, _ := validate(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if res.ErrorCode != spcodes.Success {
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprintf(w, "sign-in failed (error %5d)\n", res.ErrorCode) // want `raw SurePassID return code \(from res.ErrorCode\) written to the HTTP response`
	}
}

// fprintfUser keeps the user's name: only the code's verb changes.
func fprintfUser(w http.ResponseWriter, r *http.Request) {
	res, _ := validate(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if res.ErrorCode != spcodes.Success {
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprintf(w, "%s: sign-in failed (error %d)", res.User, res.ErrorCode) // want `raw SurePassID return code \(from res.ErrorCode\) written to the HTTP response`
	}
}

// namedFormat formats with a constant declared elsewhere.
func namedFormat(w http.ResponseWriter, r *http.Request) {
	res, _ := validate(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if res.ErrorCode != spcodes.Success {
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprintf(w, failedFormat+" for %s", res.ErrorCode, res.User) // want `raw SurePassID return code \(from res.ErrorCode\) written to the HTTP response`
	}
}

// errorf wraps the code in an error a JSON body then carries.
func errorf(w http.ResponseWriter, r *http.Request) {
	res, _ := validate(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if res.ErrorCode != spcodes.Success {
		err := fmt.Errorf("otp rejected: code %d", res.ErrorCode)
		http.Error(w, err.Error(), http.StatusUnauthorized) // want `raw SurePassID return code \(from res.ErrorCode\) written to the HTTP response`
	}
}

// OTPServer is a gRPC service in front of SurePassID.
type OTPServer struct{}

// Validate returns the code in the gRPC status message.
func (OTPServer) Validate(ctx context.Context, user, otp string) error {
	res, err := validate(ctx, user, otp)
	if err != nil {
		return status.Error(codes.Unavailable, "sign-in unavailable")
	}
	if res.ErrorCode != spcodes.Success {
		return status.Errorf(codes.Unauthenticated, "otp rejected (%d)", res.ErrorCode) // want `raw SurePassID return code \(from res.ErrorCode\) .*gRPC`
	}
	return nil
}

// ValidateMsg formats the raw message and the user.
func (OTPServer) ValidateMsg(ctx context.Context, user, otp string) error {
	res, _ := validate(ctx, user, otp)
	if res.ErrorCode != spcodes.Success {
		return status.Errorf(codes.Unauthenticated, "%s: %v", res.User, res.ErrorMessage) // want `raw SurePassID errorMessage \(from res.ErrorMessage\) .*gRPC`
	}
	return nil
}

// ginString formats with gin's c.String, a printf-style method.
func ginString(c *gin.Context) {
	res, _ := validate(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	switch res.ErrorCode {
	case spcodes.Success:
		c.Status(http.StatusNoContent)
	case spcodes.OTPInvalid:
		c.String(http.StatusUnauthorized, "error %d", res.ErrorCode) // want `raw SurePassID return code \(from res.ErrorCode\) .*gin`
	default:
		c.String(http.StatusUnauthorized, res.ErrorMessage) // want `raw SurePassID errorMessage \(from res.ErrorMessage\) .*gin`
	}
}

// Not reported: the code formatted for the log, a status code formatted
// into the body.
func negatives(w http.ResponseWriter, r *http.Request) {
	res, _ := validate(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if res.ErrorCode != spcodes.Success {
		fmt.Printf("surepass %d: %s\n", res.ErrorCode, res.ErrorMessage)
		http.Error(w, fmt.Sprintf("sign-in failed (HTTP %d)", http.StatusUnauthorized), http.StatusUnauthorized)
	}
}
