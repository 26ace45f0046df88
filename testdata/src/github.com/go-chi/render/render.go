// Package render is a test stub of github.com/go-chi/render (v1.0.3): the
// responders and Render, with the real signatures and no behaviour.
package render

import "net/http"

// M is a convenience alias for quickly building a map structure.
type M map[string]interface{}

// Renderer interface for managing response payloads.
type Renderer interface {
	Render(w http.ResponseWriter, r *http.Request) error
}

// Respond is a package-level variable set to our default Responder.
var Respond = DefaultResponder

// Status sets a HTTP response status code hint into request context.
func Status(r *http.Request, status int) {}

// Render renders a single payload and respond to the client request.
func Render(w http.ResponseWriter, r *http.Request, v Renderer) error { return nil }

// RenderList renders a slice of payloads and responds to the client request.
func RenderList(w http.ResponseWriter, r *http.Request, l []Renderer) error { return nil }

// DefaultResponder handles streaming JSON and XML responses.
func DefaultResponder(w http.ResponseWriter, r *http.Request, v interface{}) {}

// PlainText writes a string to the response.
func PlainText(w http.ResponseWriter, r *http.Request, v string) {}

// Data writes raw bytes to the response.
func Data(w http.ResponseWriter, r *http.Request, v []byte) {}

// HTML writes a string to the response, setting the Content-Type as text/html.
func HTML(w http.ResponseWriter, r *http.Request, v string) {}

// JSON marshals 'v' to JSON.
func JSON(w http.ResponseWriter, r *http.Request, v interface{}) {}

// XML marshals 'v' to XML.
func XML(w http.ResponseWriter, r *http.Request, v interface{}) {}

// NoContent returns a HTTP 204 "No Content" response.
func NoContent(w http.ResponseWriter, r *http.Request) {}
