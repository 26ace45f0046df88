// Package micro is a test stub of github.com/nats-io/nats.go/micro: the
// service framework's requests and handlers, with the real signatures and
// no behaviour.
package micro

import "github.com/nats-io/nats.go"

// Headers are a request's or reply's headers.
type Headers map[string][]string

// RespondOpt configures a reply.
type RespondOpt func(*nats.Msg)

// Request is a request received by an endpoint.
type Request interface {
	Respond([]byte, ...RespondOpt) error
	RespondJSON(any, ...RespondOpt) error
	Error(code, description string, data []byte, opts ...RespondOpt) error
	Data() []byte
	Headers() Headers
	Subject() string
	Reply() string
}

// Handler handles a request.
type Handler interface{ Handle(Request) }

// HandlerFunc is a function handling a request.
type HandlerFunc func(Request)

// Handle calls fn(req).
func (fn HandlerFunc) Handle(req Request) { fn(req) }

// Config configures a service.
type Config struct {
	Name, Version, Description string
	Endpoint                   *EndpointConfig
}

// EndpointConfig is a service's root endpoint.
type EndpointConfig struct {
	Subject string
	Handler Handler
}

// Service is a running service.
type Service interface {
	AddEndpoint(name string, handler Handler, opts ...EndpointOpt) error
	Stop() error
}

// EndpointOpt configures an endpoint.
type EndpointOpt func(*EndpointConfig) error

// AddService registers a service on nc.
func AddService(nc *nats.Conn, config Config) (Service, error) { return nil, nil }
