// Package grpc is a test stub of google.golang.org/grpc (v1.85): the server,
// the ServiceRegistrar that protoc-gen-go-grpc's Register functions take,
// and the header and trailer functions, with the real signatures and no
// behaviour.
package grpc

import (
	"context"

	"google.golang.org/grpc/metadata"
)

// ServiceRegistrar wraps a single method that supports service
// registration. It enables users to pass concrete types other than
// grpc.Server to the service registration methods exported by the IDL
// generated code.
type ServiceRegistrar interface {
	RegisterService(desc *ServiceDesc, impl any)
}

// MethodHandler is a function type that processes a unary RPC method call.
type MethodHandler func(srv any, ctx context.Context, dec func(any) error, interceptor UnaryServerInterceptor) (any, error)

// UnaryServerInfo consists of various information about a unary RPC on
// server side.
type UnaryServerInfo struct {
	Server     any
	FullMethod string
}

// UnaryHandler defines the handler invoked by UnaryServerInterceptor to
// complete the normal execution of a unary RPC.
type UnaryHandler func(ctx context.Context, req any) (any, error)

// UnaryServerInterceptor provides a hook to intercept the execution of a
// unary RPC on the server.
type UnaryServerInterceptor func(ctx context.Context, req any, info *UnaryServerInfo, handler UnaryHandler) (resp any, err error)

// MethodDesc represents an RPC service's method specification.
type MethodDesc struct {
	MethodName string
	Handler    MethodHandler
}

// StreamDesc represents a streaming RPC service's method specification.
type StreamDesc struct {
	StreamName    string
	ServerStreams bool
	ClientStreams bool
}

// ServiceDesc represents an RPC service's specification.
type ServiceDesc struct {
	ServiceName string
	HandlerType any
	Methods     []MethodDesc
	Streams     []StreamDesc
	Metadata    any
}

// ServerOption sets options such as credentials, codec and keepalive
// parameters, etc.
type ServerOption interface{}

// Server is a gRPC server to serve RPC requests.
type Server struct{}

// NewServer creates a gRPC server which has no service registered and has
// not started to accept requests yet.
func NewServer(opt ...ServerOption) *Server { return &Server{} }

// RegisterService registers a service and its implementation to the gRPC
// server.
func (s *Server) RegisterService(sd *ServiceDesc, ss any) {}

// SupportPackageIsVersion9 is referenced from generated protocol buffer
// files to assert that that code is compatible with this version of the
// grpc package.
const SupportPackageIsVersion9 = true

// SetHeader sets the header metadata to be sent from the server to the
// client. The context provided must be the context passed to the server's
// handler.
func SetHeader(ctx context.Context, md metadata.MD) error { return nil }

// SendHeader sends header metadata. It may be called at most once, and may
// not be called after any event that causes headers to be sent.
func SendHeader(ctx context.Context, md metadata.MD) error { return nil }

// SetTrailer sets the trailer metadata that will be sent when an RPC
// returns.
func SetTrailer(ctx context.Context, md metadata.MD) error { return nil }

// ServerStream defines the server-side behavior of a streaming RPC.
type ServerStream interface {
	SetHeader(metadata.MD) error
	SendHeader(metadata.MD) error
	SetTrailer(metadata.MD)
	Context() context.Context
	SendMsg(m any) error
	RecvMsg(m any) error
}

// ClientStream defines the client-side behavior of a streaming RPC.
type ClientStream interface {
	Header() (metadata.MD, error)
	Trailer() metadata.MD
	CloseSend() error
	Context() context.Context
	SendMsg(m any) error
	RecvMsg(m any) error
}

// ServerStreamingServer represents the server side of a server-streaming
// (one request, many responses) RPC.
type ServerStreamingServer[Res any] interface {
	Send(*Res) error
	ServerStream
}

// ClientStreamingServer represents the server side of a client-streaming
// (many requests, one response) RPC.
type ClientStreamingServer[Req any, Res any] interface {
	Recv() (*Req, error)
	SendAndClose(*Res) error
	ServerStream
}

// BidiStreamingServer represents the server side of a client-streaming
// (many requests, many responses) RPC.
type BidiStreamingServer[Req any, Res any] interface {
	Recv() (*Req, error)
	Send(*Res) error
	ServerStream
}

// StreamServerInfo consists of various information about a streaming RPC on
// server side.
type StreamServerInfo struct {
	FullMethod     string
	IsClientStream bool
	IsServerStream bool
}

// StreamHandler defines the handler called by gRPC server to complete the
// execution of a streaming RPC.
type StreamHandler func(srv any, stream ServerStream) error

// StreamServerInterceptor provides a hook to intercept the execution of a
// streaming RPC on the server.
type StreamServerInterceptor func(srv any, ss ServerStream, info *StreamServerInfo, handler StreamHandler) error

// UnaryInterceptor returns a ServerOption that sets the
// UnaryServerInterceptor for the server.
func UnaryInterceptor(i UnaryServerInterceptor) ServerOption { return i }

// ChainUnaryInterceptor returns a ServerOption that specifies the chained
// interceptor for unary RPCs.
func ChainUnaryInterceptor(interceptors ...UnaryServerInterceptor) ServerOption { return nil }

// StreamInterceptor returns a ServerOption that sets the
// StreamServerInterceptor for the server.
func StreamInterceptor(i StreamServerInterceptor) ServerOption { return i }

// ChainStreamInterceptor returns a ServerOption that specifies the chained
// interceptor for streaming RPCs.
func ChainStreamInterceptor(interceptors ...StreamServerInterceptor) ServerOption { return nil }
