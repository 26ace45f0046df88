package rawexposure

import (
	"go/ast"
	"go/constant"
)

// RADIUS servers (layeh.com/radius): a network access server shows the
// Reply-Message attribute of an Access-Accept, Access-Reject or
// Access-Challenge to the person signing in (a captive portal's guest, a
// VPN client's user, a switch's console prompt): RFC 2865 5.18 "Text
// which MAY be displayed to the user". The rows are where the text enters
// the answer: rfc2865's generated ReplyMessage_{Set,Add}{,String}, and the
// packet's generic Add and Set under the Reply-Message type
// (p.Add(rfc2865.ReplyMessage_Type, attr), attr from radius.NewString(msg),
// radiusPropagators). Not rows: the attributes the NAS keeps or hands to
// accounting (Class, Filter-Id, State, Session-Timeout: server side, like
// a log), and Add or Set under any other type.

const (
	radiusPkg     = "layeh.com/radius"
	rfc2865Pkg    = "layeh.com/radius/rfc2865"
	radiusReply   = "the RADIUS Reply-Message the user's device shows"
	replyMsgAttr  = 18 // RFC 2865's Reply-Message
	radiusGeneric = "Attributes"
)

var radiusSinks = []sink{
	{Pkg: rfc2865Pkg, Name: "ReplyMessage_Set", Args: []int{1}, Writer: -1, What: radiusReply},
	{Pkg: rfc2865Pkg, Name: "ReplyMessage_SetString", Args: []int{1}, Writer: -1, What: radiusReply},
	{Pkg: rfc2865Pkg, Name: "ReplyMessage_Add", Args: []int{1}, Writer: -1, What: radiusReply},
	{Pkg: rfc2865Pkg, Name: "ReplyMessage_AddString", Args: []int{1}, Writer: -1, What: radiusReply},
	// (*Packet).Add and Set are the embedded Attributes' methods.
	{Pkg: radiusPkg, Recv: radiusGeneric, Name: "Add", Args: []int{1}, Writer: -1, What: radiusReply, Attr: replyMsgAttr},
	{Pkg: radiusPkg, Recv: radiusGeneric, Name: "Set", Args: []int{1}, Writer: -1, What: radiusReply, Attr: replyMsgAttr},
}

// radiusPropagators build an attribute from their argument.
var radiusPropagators = []string{
	radiusPkg + ".NewString",
	radiusPkg + ".NewBytes",
}

func init() {
	for _, k := range radiusPropagators {
		propagatorFuncs[k] = true
	}
}

// attrIs reports whether e, a sink's attribute type argument, is the
// constant attr (rfc2865.ReplyMessage_Type, or 18 spelled out).
func (fs *fstate) attrIs(e ast.Expr, attr int64) bool {
	tv, ok := fs.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return false
	}
	v, exact := constant.Int64Val(constant.ToInt(tv.Value))
	return exact && v == attr
}
