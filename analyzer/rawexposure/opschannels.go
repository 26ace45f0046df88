package rawexposure

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// Operations channels: a chat message a bot posts to a channel or webhook
// kept for its operators (a staff audit channel, an alerts webhook, a
// security log) is an ops record like a log line, not an answer to the
// member. The senders of the bot rows (sinks_bots.go) and the Telegram
// message builders name where the message goes in one argument
// (chatDestinations); when that argument is named, by a word of
// opsChannelWords, for operations (b.cfg.AuditChannelID, cfg.OpsChannel,
// s.alertsWebhookURL, os.Getenv("SECURITY_CHANNEL_ID"), a local declared
// once from one of these), the call is no sink, and a helper posting there
// (b.audit(format, args...)) carries no sink to its callers. A reply to
// the interaction (InteractionRespond, a socket mode Ack), a DM and a
// channel the member is in (i.ChannelID, m.ChannelID) are still sinks.

// chatDestinations maps a sender or message builder (its funcKey) to the
// index of the argument naming the channel, chat or webhook it posts to.
var chatDestinations = map[string]int{
	discordPkg + ".Session.ChannelMessageSend":            0,
	discordPkg + ".Session.ChannelMessageSendTTS":         0,
	discordPkg + ".Session.ChannelMessageSendComplex":     0,
	discordPkg + ".Session.ChannelMessageSendEmbed":       0,
	discordPkg + ".Session.ChannelMessageSendEmbeds":      0,
	discordPkg + ".Session.ChannelMessageSendReply":       0,
	discordPkg + ".Session.ChannelMessageSendEmbedReply":  0,
	discordPkg + ".Session.ChannelMessageSendEmbedsReply": 0,
	discordPkg + ".Session.ChannelMessageEdit":            0,
	discordPkg + ".Session.ChannelMessageEditEmbed":       0,
	discordPkg + ".Session.ChannelMessageEditEmbeds":      0,
	discordPkg + ".Session.WebhookExecute":                0,
	discordPkg + ".Session.WebhookThreadExecute":          0,
	discordPkg + ".Session.WebhookMessageEdit":            0,

	slackPkg + ".Client.PostMessage":            0,
	slackPkg + ".Client.PostMessageContext":     1,
	slackPkg + ".Client.PostEphemeral":          0,
	slackPkg + ".Client.PostEphemeralContext":   1,
	slackPkg + ".Client.UpdateMessage":          0,
	slackPkg + ".Client.UpdateMessageContext":   1,
	slackPkg + ".Client.SendMessage":            0,
	slackPkg + ".Client.SendMessageContext":     1,
	slackPkg + ".Client.ScheduleMessage":        0,
	slackPkg + ".Client.ScheduleMessageContext": 1,
	slackPkg + ".PostWebhook":                   0,
	slackPkg + ".PostWebhookContext":            1,
	slackPkg + ".PostWebhookCustomHTTP":         0,
	slackPkg + ".PostWebhookCustomHTTPContext":  1,

	// Telegram: the chat is chosen when the message is built.
	telegramPkg + ".NewMessage":          0,
	telegramPkg + ".NewMessageToChannel": 0,
	telegramPkg + ".NewEditMessageText":  0,
}

// opsChannelWords are the words (keyWords) naming a destination kept for
// operators.
var opsChannelWords = map[string]bool{
	"audit": true, "audits": true, "auditing": true,
	"ops": true, "operations": true, "secops": true, "devops": true, "sre": true, "noc": true, "soc": true,
	"alert": true, "alerts": true, "alerting": true, "alarm": true, "alarms": true,
	"log": true, "logs": true, "logging": true, "modlog": true,
	"security": true, "siem": true,
	"oncall": true, "incident": true, "incidents": true, "monitoring": true,
	"admin": true, "admins": true,
}

// opsChannel reports whether call (of fn) posts its message to a
// destination named for operations.
func (fs *fstate) opsChannel(fn *types.Func, call *ast.CallExpr) bool {
	i, ok := chatDestinations[funcKey(fn)]
	if !ok || i >= len(call.Args) {
		return false
	}
	dest := call.Args[i]
	if init := fs.definedOnce(dest); init != nil {
		dest = init // ch := b.cfg.AuditChannelID
	}
	return opsNamed(fs.pass.TypesInfo, dest)
}

// opsNamed reports whether an identifier of e, or a string constant in it
// (an environment variable's or a configuration key's name), has a word
// of opsChannelWords (or two words of it run together: OnCall).
func opsNamed(info *types.Info, e ast.Expr) bool {
	found := false
	words := func(s string) {
		ws := keyWords(s)
		for i, w := range ws {
			// A word or two run together: OnCall, SecOps.
			if opsChannelWords[w] || i+1 < len(ws) && opsChannelWords[w+ws[i+1]] {
				found = true
			}
		}
	}
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.Ident:
			words(n.Name)
		case *ast.BasicLit:
			if n.Kind == token.STRING {
				if tv, ok := info.Types[n]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
					words(constant.StringVal(tv.Value))
				}
			}
		}
		return true
	})
	return found
}
