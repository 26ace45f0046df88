package rawexposure

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Chat bot sinks: what a bot sends is read by the member it answers, so
// the SDKs' message senders are end-user sinks like an HTTP response.
// bwmarrin/discordgo (channel messages, embeds, interaction responses,
// follow-ups, webhooks), slack-go/slack (chat.postMessage and
// postEphemeral with their MsgOption values, incoming webhooks, socket
// mode acknowledgements) and go-telegram-bot-api v5 (BotAPI.Send and
// Request of a Chattable).
//
// The message values are built before they are sent: a struct literal or
// a field store (resp.Data.Content = err.Error(), msg.Text = ...) taints
// the local, and the option and block constructors below pass what they
// are given to their result (botPropagators), so the finding is at the
// send. A slash-command response (a slack.Msg encoded to the
// http.ResponseWriter) is the net/http rows'. Not sinks: reading
// (ChannelMessages, GetConversationHistory), logging, and a session's
// own bookkeeping.

const (
	discordPkg  = "github.com/bwmarrin/discordgo"
	slackPkg    = "github.com/slack-go/slack"
	slackSocket = "github.com/slack-go/slack/socketmode"
	telegramPkg = "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	discordMsg  = "a Discord message sent to the member"
	slackMsg    = "a Slack message sent to the member"
	slackView   = "a Slack view shown to the member"
	chatReply   = "a chat reply posted to the command's response URL"
	telegramMsg = "a Telegram message sent to the member"
)

// botSinks are the rows of the bot SDKs above.
var botSinks = []sink{
	// discordgo: (*Session) REST senders.
	{Pkg: discordPkg, Recv: "Session", Name: "ChannelMessageSend", Args: []int{1}, Writer: -1, What: discordMsg},
	{Pkg: discordPkg, Recv: "Session", Name: "ChannelMessageSendTTS", Args: []int{1}, Writer: -1, What: discordMsg},
	{Pkg: discordPkg, Recv: "Session", Name: "ChannelMessageSendComplex", Args: []int{1}, Writer: -1, What: discordMsg},
	{Pkg: discordPkg, Recv: "Session", Name: "ChannelMessageSendEmbed", Args: []int{1}, Writer: -1, What: discordMsg},
	{Pkg: discordPkg, Recv: "Session", Name: "ChannelMessageSendEmbeds", Args: []int{1}, Writer: -1, What: discordMsg},
	{Pkg: discordPkg, Recv: "Session", Name: "ChannelMessageSendReply", Args: []int{1}, Writer: -1, What: discordMsg},
	{Pkg: discordPkg, Recv: "Session", Name: "ChannelMessageSendEmbedReply", Args: []int{1}, Writer: -1, What: discordMsg},
	{Pkg: discordPkg, Recv: "Session", Name: "ChannelMessageSendEmbedsReply", Args: []int{1}, Writer: -1, What: discordMsg},
	{Pkg: discordPkg, Recv: "Session", Name: "ChannelMessageEdit", Args: []int{2}, Writer: -1, What: discordMsg},
	{Pkg: discordPkg, Recv: "Session", Name: "ChannelMessageEditEmbed", Args: []int{2}, Writer: -1, What: discordMsg},
	{Pkg: discordPkg, Recv: "Session", Name: "ChannelMessageEditEmbeds", Args: []int{2}, Writer: -1, What: discordMsg},
	{Pkg: discordPkg, Recv: "Session", Name: "ChannelMessageEditComplex", Args: []int{0}, Writer: -1, What: discordMsg},
	{Pkg: discordPkg, Recv: "Session", Name: "InteractionRespond", Args: []int{1}, Writer: -1, What: discordMsg},
	{Pkg: discordPkg, Recv: "Session", Name: "InteractionResponseEdit", Args: []int{1}, Writer: -1, What: discordMsg},
	{Pkg: discordPkg, Recv: "Session", Name: "FollowupMessageCreate", Args: []int{2}, Writer: -1, What: discordMsg},
	{Pkg: discordPkg, Recv: "Session", Name: "FollowupMessageEdit", Args: []int{2}, Writer: -1, What: discordMsg},
	{Pkg: discordPkg, Recv: "Session", Name: "WebhookExecute", Args: []int{3}, Writer: -1, What: discordMsg},
	{Pkg: discordPkg, Recv: "Session", Name: "WebhookThreadExecute", Args: []int{4}, Writer: -1, What: discordMsg},
	{Pkg: discordPkg, Recv: "Session", Name: "WebhookMessageEdit", Args: []int{3}, Writer: -1, What: discordMsg},

	// slack-go: the Web API senders take MsgOption values (variadic).
	{Pkg: slackPkg, Recv: "Client", Name: "PostMessage", Args: []int{1}, Variadic: true, Writer: -1, What: slackMsg},
	{Pkg: slackPkg, Recv: "Client", Name: "PostMessageContext", Args: []int{2}, Variadic: true, Writer: -1, What: slackMsg},
	{Pkg: slackPkg, Recv: "Client", Name: "PostEphemeral", Args: []int{2}, Variadic: true, Writer: -1, What: slackMsg},
	{Pkg: slackPkg, Recv: "Client", Name: "PostEphemeralContext", Args: []int{3}, Variadic: true, Writer: -1, What: slackMsg},
	{Pkg: slackPkg, Recv: "Client", Name: "UpdateMessage", Args: []int{2}, Variadic: true, Writer: -1, What: slackMsg},
	{Pkg: slackPkg, Recv: "Client", Name: "UpdateMessageContext", Args: []int{3}, Variadic: true, Writer: -1, What: slackMsg},
	{Pkg: slackPkg, Recv: "Client", Name: "SendMessage", Args: []int{1}, Variadic: true, Writer: -1, What: slackMsg},
	{Pkg: slackPkg, Recv: "Client", Name: "SendMessageContext", Args: []int{2}, Variadic: true, Writer: -1, What: slackMsg},
	{Pkg: slackPkg, Recv: "Client", Name: "ScheduleMessage", Args: []int{2}, Variadic: true, Writer: -1, What: slackMsg},
	{Pkg: slackPkg, Recv: "Client", Name: "ScheduleMessageContext", Args: []int{3}, Variadic: true, Writer: -1, What: slackMsg},
	// slack-go views: a modal opened, pushed or updated for the member
	// (the trigger of their command or click), and their App Home tab.
	{Pkg: slackPkg, Recv: "Client", Name: "OpenView", Args: []int{1}, Writer: -1, What: slackView},
	{Pkg: slackPkg, Recv: "Client", Name: "OpenViewContext", Args: []int{2}, Writer: -1, What: slackView},
	{Pkg: slackPkg, Recv: "Client", Name: "PushView", Args: []int{1}, Writer: -1, What: slackView},
	{Pkg: slackPkg, Recv: "Client", Name: "PushViewContext", Args: []int{2}, Writer: -1, What: slackView},
	{Pkg: slackPkg, Recv: "Client", Name: "UpdateView", Args: []int{0}, Writer: -1, What: slackView},
	{Pkg: slackPkg, Recv: "Client", Name: "UpdateViewContext", Args: []int{1}, Writer: -1, What: slackView},
	{Pkg: slackPkg, Recv: "Client", Name: "PublishView", Args: []int{1}, Writer: -1, What: slackView},
	{Pkg: slackPkg, Recv: "Client", Name: "PublishViewContext", Args: []int{1}, Writer: -1, What: slackView},
	{Pkg: slackPkg, Name: "PostWebhook", Args: []int{1}, Writer: -1, What: slackMsg},
	{Pkg: slackPkg, Name: "PostWebhookContext", Args: []int{2}, Writer: -1, What: slackMsg},
	{Pkg: slackPkg, Name: "PostWebhookCustomHTTP", Args: []int{2}, Writer: -1, What: slackMsg},
	{Pkg: slackPkg, Name: "PostWebhookCustomHTTPContext", Args: []int{3}, Writer: -1, What: slackMsg},
	// socketmode: the payload acknowledging a slash command or interaction
	// is the response shown to the member.
	{Pkg: slackSocket, Recv: "Client", Name: "Ack", Args: []int{1}, Variadic: true, Writer: -1, What: slackMsg},
	{Pkg: slackSocket, Recv: "Client", Name: "AckCtx", Args: []int{2}, Writer: -1, What: slackMsg},

	// A reply posted by hand to a slash command's or an interaction's
	// response URL (Slack's and Mattermost's response_url): shown to the
	// member like PostWebhook's.
	{Pkg: "net/http", Name: "Post", Args: []int{2}, Writer: -1, ToURL: true, URL: 0, What: chatReply},
	{Pkg: "net/http", Recv: "Client", Name: "Post", Args: []int{2}, Writer: -1, ToURL: true, URL: 0, What: chatReply},
	{Pkg: "net/http", Name: "NewRequest", Args: []int{2}, Writer: -1, ToURL: true, URL: 1, What: chatReply},
	{Pkg: "net/http", Name: "NewRequestWithContext", Args: []int{3}, Writer: -1, ToURL: true, URL: 2, What: chatReply},

	// telegram-bot-api v5: Send and Request post a Chattable.
	{Pkg: telegramPkg, Recv: "BotAPI", Name: "Send", Args: []int{0}, Writer: -1, What: telegramMsg},
	{Pkg: telegramPkg, Recv: "BotAPI", Name: "Request", Args: []int{0}, Writer: -1, What: telegramMsg},
}

// botPropagators build a message from their arguments: an option, a
// block, a Chattable, a modal's errors or a MessageEdit (SetContent)
// carries what it is given.
var botPropagators = []string{
	discordPkg + ".MessageEdit.SetContent",
	discordPkg + ".MessageEdit.SetEmbed",
	discordPkg + ".MessageEdit.SetEmbeds",
	slackPkg + ".MsgOptionText",
	slackPkg + ".MsgOptionBlocks",
	slackPkg + ".MsgOptionAttachments",
	slackPkg + ".NewTextBlockObject",
	slackPkg + ".NewSectionBlock",
	slackPkg + ".NewErrorsViewSubmissionResponse",
	slackPkg + ".NewUpdateViewSubmissionResponse",
	slackPkg + ".NewPushViewSubmissionResponse",
	slackPkg + ".NewHeaderBlock",
	slackPkg + ".NewContextBlock",
	slackPkg + ".NewMarkdownBlock",
	slackPkg + ".NewInputBlock",
	slackPkg + ".NewRichTextBlock",
	slackPkg + ".NewRichTextSection",
	slackPkg + ".NewRichTextSectionTextElement",
	slackPkg + ".NewButtonBlockElement",
	slackPkg + ".NewActionBlock",
	slackPkg + ".NewBlockMessage",
	telegramPkg + ".NewMessage",
	telegramPkg + ".NewMessageToChannel",
	telegramPkg + ".NewEditMessageText",
	telegramPkg + ".NewCallback",
	telegramPkg + ".NewCallbackWithAlert",
}

// botBuilders are botPropagators as a set: a fix keeps the call and
// replaces its raw arguments (an options value or a modal's errors keep
// their shape).
var botBuilders = map[string]bool{}

func init() {
	for _, k := range botPropagators {
		propagatorFuncs[k] = true
		botBuilders[k] = true
	}
}

// chatSDKs are the packages of the bot SDKs above, whose types are the
// messages, views, blocks and options a bot sends; chatClients are their
// clients, which carry no message.
var (
	chatSDKs    = map[string]bool{discordPkg: true, slackPkg: true, slackSocket: true, telegramPkg: true}
	chatClients = map[string]bool{
		discordPkg + ".Session": true, slackPkg + ".Client": true,
		slackSocket + ".Client": true, telegramPkg + ".BotAPI": true,
	}
)

// chatMessage reports whether t is what a bot sends, built by a helper of
// the module from its text: a type of a chat SDK other than its client (a
// slack.Msg, slack.ModalViewRequest, slack.MsgOption, []slack.Block,
// *discordgo.InteractionResponse, tgbotapi.MessageConfig), a pointer to
// one, or a slice of them. A helper returning one (infoModal(title, text),
// ephemeral(text)) keeps its shape in a fix, which replaces the raw text
// it is given.
func chatMessage(t types.Type) bool {
	t = typex.Deref(t)
	if s, ok := t.Underlying().(*types.Slice); ok {
		t = typex.Deref(s.Elem())
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	path := n.Obj().Pkg().Path()
	return chatSDKs[path] && !chatClients[path+"."+n.Obj().Name()]
}

// responseURLNames are the names (lower case, without '_' or '-') of a
// chat command's response URL: the field slack-go and Mattermost's model
// decode response_url into, a team's parameter or local of that name, and
// the form key.
var responseURLNames = map[string]bool{"responseurl": true}

// responseURL reports whether e is a chat command's response URL: an
// identifier or field so named (cmd.ResponseURL, ic.ResponseURL, a
// helper's responseURL parameter), a local defined once from one, or the
// form value under that key (r.FormValue("response_url")).
func (fs *fstate) responseURL(e ast.Expr) bool {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		if init := fs.definedOnce(id); init != nil && !fs.responseURLName(id.Name) {
			e = ast.Unparen(init)
		}
	}
	switch e := e.(type) {
	case *ast.Ident:
		return fs.responseURLName(e.Name)
	case *ast.SelectorExpr:
		return fs.responseURLName(e.Sel.Name)
	case *ast.CallExpr:
		if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok && len(e.Args) == 1 && (sel.Sel.Name == "FormValue" || sel.Sel.Name == "PostFormValue" || sel.Sel.Name == "Get") {
			if tv, ok := fs.pass.TypesInfo.Types[e.Args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
				return fs.responseURLName(constant.StringVal(tv.Value))
			}
		}
	}
	return false
}

func (fs *fstate) responseURLName(name string) bool {
	name = strings.ToLower(strings.NewReplacer("_", "", "-", "").Replace(name))
	return responseURLNames[name]
}
