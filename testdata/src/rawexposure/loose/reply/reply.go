// Package reply shapes the JSON bodies the mobile API answers with. It
// knows nothing about where the text it is given comes from.
package reply

// Body is encoded as the response body.
type Body struct {
	OK     bool   `json:"ok"`
	Detail string `json:"detail,omitempty"`
	Ref    int64  `json:"ref,omitempty"`
}

// Problem builds a failure body from an upstream code and text.
func Problem(ref int64, detail string) Body { // want Problem:"result 0 from params 1"
	return Body{Detail: detail, Ref: ref}
}

// Fields builds a failure body as a map.
func Fields(detail string) map[string]any { // want Fields:"result 0 from params 0"
	return map[string]any{"ok": false, "detail": detail}
}

// Done builds a success body; its text is fixed.
func Done(ok bool) Body {
	return Body{OK: ok, Detail: "done"}
}

// Server is a configured server; its fields are not encoded.
type Server struct {
	Addr string
}

// NewServer is a constructor, not a reply builder.
func NewServer(addr string) *Server {
	return &Server{Addr: addr}
}
