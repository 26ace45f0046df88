package rawexposure

import (
	"go/ast"
	"go/types"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Messaging sinks: a service answering requests over NATS. The requester
// is the user-facing edge (a gateway, a web handler awaiting the reply), so
// what a worker replies reaches the user as an HTTP answer would: the
// message's Respond and RespondMsg, a Publish on the request's reply
// subject (Reply rows: argument 0 must be m.Reply of a received *nats.Msg,
// or a local written only with it; a publish on another subject is the
// team's own stream), and the micro framework's Request replies.
//
// centrifugal/centrifuge, a real-time server: its clients are browsers
// and apps over a websocket, so what a node publishes to a channel reaches
// the channel's subscribers (Node.Publish), and what it sends a client
// reaches that client (Client.Send; a server-side Node.Subscribe pushes
// its options' data and channel info, which WithSubscribeData and
// WithChannelInfo carry: centrifugePropagators). The replies
// its handlers give their callbacks are field rows (sinks_fields.go): an
// Error's Message, a Disconnect's or Unsubscribe's Reason, the Data of an
// RPCReply or ConnectReply and a subscription's SubscribeOptions.Data and
// ChannelInfo. Not rows: Node.Notify and Survey (to the other nodes), the
// codes, and a publication's channel name.

const (
	natsPkg  = "github.com/nats-io/nats.go"
	microPkg = "github.com/nats-io/nats.go/micro"

	centrifugePkg = "github.com/centrifugal/centrifuge"

	natsReply      = "a NATS reply sent to the requester"
	centrifugeSent = "a centrifuge message sent to the connected client"
	centrifugePub  = "a centrifuge publication sent to the channel's subscribers"
	microReply     = "a NATS micro service reply sent to the requester"
)

var messagingSinks = []sink{
	{Pkg: natsPkg, Recv: "Msg", Name: "Respond", Args: []int{0}, Writer: -1, What: natsReply},
	{Pkg: natsPkg, Recv: "Msg", Name: "RespondMsg", Args: []int{0}, Writer: -1, What: natsReply},
	{Pkg: natsPkg, Recv: "Conn", Name: "Publish", Args: []int{1}, Writer: -1, Reply: true, What: natsReply},
	{Pkg: natsPkg, Recv: "EncodedConn", Name: "Publish", Args: []int{1}, Writer: -1, Reply: true, What: natsReply},
	{Pkg: microPkg, Recv: "Request", Name: "Respond", Args: []int{0}, Writer: -1, What: microReply},
	{Pkg: microPkg, Recv: "Request", Name: "RespondJSON", Args: []int{0}, Writer: -1, What: microReply},
	// Error(code, description, data): the description travels in the
	// Nats-Service-Error header. The code argument is the team's status
	// (a code slot: the fix's message does not fit it), not a row.
	{Pkg: microPkg, Recv: "Request", Name: "Error", Args: []int{1, 2}, Writer: -1, What: microReply},

	// centrifuge: a publication and a message to one client.
	{Pkg: centrifugePkg, Recv: "Node", Name: "Publish", Args: []int{1}, Writer: -1, What: centrifugePub},
	{Pkg: centrifugePkg, Recv: "Client", Name: "Send", Args: []int{0}, Writer: -1, What: centrifugeSent},
	{Pkg: centrifugePkg, Recv: "Node", Name: "Subscribe", Args: []int{2}, Variadic: true, Writer: -1, What: centrifugeSent},
}

// centrifugePropagators are the subscribe options carrying what the
// client is pushed; like botPropagators, a fix keeps the call and
// replaces its raw argument.
var centrifugePropagators = []string{
	centrifugePkg + ".WithSubscribeData",
	centrifugePkg + ".WithChannelInfo",
}

func init() {
	for _, k := range centrifugePropagators {
		propagatorFuncs[k] = true
		botBuilders[k] = true
	}
}

// replySubject reports whether subj is a request's reply subject: m.Reply
// of a nats.Msg, or a local of the unit written only with one.
func (fs *fstate) replySubject(subj ast.Expr) bool {
	subj = ast.Unparen(subj)
	if id, ok := subj.(*ast.Ident); ok {
		if init := fs.definedOnce(id); init != nil {
			subj = ast.Unparen(init)
		}
	}
	sel, ok := subj.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Reply" {
		return false
	}
	s, ok := fs.pass.TypesInfo.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return false
	}
	return typex.IsNamed(typex.Deref(s.Recv()), natsPkg, "Msg")
}
