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

const (
	natsPkg  = "github.com/nats-io/nats.go"
	microPkg = "github.com/nats-io/nats.go/micro"

	natsReply  = "a NATS reply sent to the requester"
	microReply = "a NATS micro service reply sent to the requester"
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
