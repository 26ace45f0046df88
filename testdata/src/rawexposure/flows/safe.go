package flows

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net/http"
	"os"
	"strings"

	"github.com/surepasslint/surepasslint/codes"
)

// messages is the recommended pattern: a constant code→message table.
var messages = map[codes.ReturnCode]string{
	codes.SMSSendError: "We could not send the code. Please try again.",
	codes.OTPInvalid:   codes.GenericMessage,
}

func table(w http.ResponseWriter, body io.Reader) {
	resp := decode(body)
	msg, ok := messages[resp.ErrorCode]
	if !ok {
		msg = codes.GenericMessage
	}
	http.Error(w, msg, http.StatusUnauthorized)
}

func userMessage(w http.ResponseWriter, body io.Reader) {
	resp := decode(body)
	if resp.Failed() {
		log.Printf("surepass %d: %s", resp.ErrorCode, resp.ErrorMessage)
		slog.Error("surepass", "code", resp.ErrorCode.String(), "msg", resp.ErrorMessage)
		fmt.Fprintf(os.Stderr, "surepass: %s\n", resp.ErrorMessage)
		http.Error(w, codes.UserMessage(resp.ErrorCode), http.StatusUnauthorized)
		http.Error(w, resp.UserMessage(), http.StatusUnauthorized)
	}
}

func statusOnly(w http.ResponseWriter, body io.Reader) {
	resp := decode(body)
	failed := resp.ErrorCode != codes.Success
	locked := resp.ErrorCode == codes.MaximumFailedOTPRequestsExceeded
	json.NewEncoder(w).Encode(map[string]any{
		"ok":     !failed,
		"locked": locked,
		"type":   resp.Type,
		"status": http.StatusText(http.StatusUnauthorized),
		"len":    len(resp.ErrorMessage),
		"has":    strings.Contains(resp.ErrorMessage, "OTP"),
	})
	w.WriteHeader(http.StatusUnauthorized)
}

func requestHeaders(body io.Reader) *http.Request {
	resp := decode(body)
	req, _ := http.NewRequest(http.MethodGet, "https://example.com", nil)
	req.Header.Set("X-Last-Error", resp.ErrorMessage)
	return req
}
