// Package centrifuge is a test stub of github.com/centrifugal/centrifuge
// (v0.40): the node, its clients, the event handlers and their replies,
// with the real signatures and no behaviour.
package centrifuge

import "context"

// Error is an error sent to the client in a reply.
type Error struct {
	Code      uint32
	Message   string
	Temporary bool
}

func (e *Error) Error() string { return e.Message }

// Errors the library defines.
var (
	ErrorInternal         = &Error{Code: 100, Message: "internal server error"}
	ErrorUnauthorized     = &Error{Code: 101, Message: "unauthorized"}
	ErrorPermissionDenied = &Error{Code: 103, Message: "permission denied"}
)

// Disconnect is the code and reason sent to a client when it is closed.
type Disconnect struct {
	Code   uint32 `json:"code,omitempty"`
	Reason string `json:"reason"`
}

func (d Disconnect) Error() string { return d.Reason }

// Unsubscribe is the code and reason sent to a client unsubscribed.
type Unsubscribe struct {
	Code   uint32 `json:"code"`
	Reason string `json:"reason,omitempty"`
}

// SubscribeOptions are a subscription's options.
type SubscribeOptions struct {
	ExpireAt     int64
	ChannelInfo  []byte
	EmitPresence bool
	Data         []byte
}

// PublishOptions are a publication's options.
type PublishOptions struct {
	IdempotencyKey string
}

// Node is the server.
type Node struct{}

// Config is the node's configuration.
type Config struct{}

// New builds a node.
func New(c Config) (*Node, error) { return &Node{}, nil }

// PublishResult is what Publish returns.
type PublishResult struct{ Suppressed bool }

// PublishOption sets a publication's options.
type PublishOption func(*PublishOptions)

// SubscribeOption sets a server-side subscription's options.
type SubscribeOption func(*SubscribeOptions)

// WithSubscribeData sets the data pushed with a server-side subscription.
func WithSubscribeData(data []byte) SubscribeOption { return nil }

// WithChannelInfo sets the channel info of a server-side subscription.
func WithChannelInfo(chanInfo []byte) SubscribeOption { return nil }

// Publish sends data to the channel's subscribers.
func (n *Node) Publish(channel string, data []byte, opts ...PublishOption) (PublishResult, error) {
	return PublishResult{}, nil
}

// Subscribe subscribes the user's connections to channel.
func (n *Node) Subscribe(userID string, channel string, opts ...SubscribeOption) error { return nil }

// Notify sends data to the other nodes.
func (n *Node) Notify(op string, data []byte, toNodeID string) error { return nil }

// Run starts the node.
func (n *Node) Run() error { return nil }

// OnConnecting sets the handler of a connection's authentication.
func (n *Node) OnConnecting(h ConnectingHandler) {}

// OnConnect sets the handler of an authenticated connection.
func (n *Node) OnConnect(h ConnectHandler) {}

// Client is a connection.
type Client struct{}

// UserID is the connection's user.
func (c *Client) UserID() string { return "" }

// Context is the connection's context.
func (c *Client) Context() context.Context { return context.Background() }

// Send sends an asynchronous message to the client.
func (c *Client) Send(data []byte) error { return nil }

// Disconnect closes the client's connection with the first disconnect given.
func (c *Client) Disconnect(disconnect ...Disconnect) {}

// Unsubscribe unsubscribes the client from ch.
func (c *Client) Unsubscribe(ch string, unsubscribe ...Unsubscribe) {}

// OnRPC sets the client's RPC handler.
func (c *Client) OnRPC(h RPCHandler) {}

// OnSubscribe sets the client's subscribe handler.
func (c *Client) OnSubscribe(h SubscribeHandler) {}

// OnPublish sets the client's publish handler.
func (c *Client) OnPublish(h PublishHandler) {}

// ConnectEvent is a connection's authentication.
type ConnectEvent struct {
	ClientID string
	Token    string
	Data     []byte
}

// ConnectReply is the answer to a connection.
type ConnectReply struct {
	Context context.Context
	Data    []byte
}

// ConnectingHandler authenticates a connection.
type ConnectingHandler func(context.Context, ConnectEvent) (ConnectReply, error)

// ConnectHandler is called with an authenticated connection.
type ConnectHandler func(*Client)

// RPCEvent is a client's RPC.
type RPCEvent struct {
	Method string
	Data   []byte
}

// RPCReply is the answer to an RPC.
type RPCReply struct {
	Data []byte
}

// RPCCallback answers an RPC.
type RPCCallback func(RPCReply, error)

// RPCHandler handles an RPC.
type RPCHandler func(RPCEvent, RPCCallback)

// SubscribeEvent is a client's subscription.
type SubscribeEvent struct {
	Channel string
	Token   string
	Data    []byte
}

// SubscribeReply is the answer to a subscription.
type SubscribeReply struct {
	Options SubscribeOptions
}

// SubscribeCallback answers a subscription.
type SubscribeCallback func(SubscribeReply, error)

// SubscribeHandler handles a subscription.
type SubscribeHandler func(SubscribeEvent, SubscribeCallback)

// PublishEvent is a client's publication.
type PublishEvent struct {
	Channel string
	Data    []byte
}

// PublishReply is the answer to a publication.
type PublishReply struct {
	Options PublishOptions
	Result  *PublishResult
}

// PublishCallback answers a publication.
type PublishCallback func(PublishReply, error)

// PublishHandler handles a publication.
type PublishHandler func(PublishEvent, PublishCallback)
