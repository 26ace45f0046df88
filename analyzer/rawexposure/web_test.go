package rawexposure_test

import "testing"

// TestWebFrameworks runs the check over handlers written for chi with
// go-chi/render, gorilla/mux, gorilla/sessions, the websocket libraries
// (gorilla, coder, nhooyr, golang.org/x/net, melody), beego, iris, hertz,
// fasthttp, fuego, go-restful, kratos and bunrouter, and another vendor's
// client with the same JSON. Every fix is
// applied (.golden files); the fixed packages must type-check and have no
// finding left (TestFixesVet runs go vet's printf check on them).
func TestWebFrameworks(t *testing.T) {
	checkFixed(t, "rawexposure/webfw/...")
}
