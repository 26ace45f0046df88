// Package rpc is a stub of github.com/gorilla/rpc/v2.
package rpc

import "net/http"

// Codec creates a CodecRequest to process each request.
type Codec interface{}

// Server serves registered RPC services using registered codecs.
type Server struct{}

// NewServer returns a new RPC server.
func NewServer() *Server { return &Server{} }

// RegisterCodec adds a new codec to the server.
func (s *Server) RegisterCodec(codec Codec, contentType string) {}

// RegisterService adds a new service to the server.
func (s *Server) RegisterService(receiver interface{}, name string) error { return nil }

// ServeHTTP handles an HTTP request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
