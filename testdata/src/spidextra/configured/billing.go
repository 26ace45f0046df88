// Package billing wraps an in-house gateway in front of SurePassID whose
// names the heuristics cannot know; the team configures them:
//
//	-codetypes=spidextra/configured.Status -codefields=spidextra/configured.GatewayReply.Result -messagefields=spidextra/configured.GatewayReply.Detail
package billing // want "relevant package"

type Status int

type GatewayReply struct {
	Result int
	Detail string
	Note   string
}

func use(s Status, g GatewayReply) {
	_ = s        // want "role code"
	_ = g.Result // want "role code"
	_ = g.Detail // want "role message"
	_ = g.Note
}
