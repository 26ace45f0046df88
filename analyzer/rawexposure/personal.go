package rawexposure

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"unicode"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
)

// Messages to a person: an SMS, an email, a push notification to the end
// user. The libraries that send them are rows (personalSinks); a team's
// own sender (notify.SMS.Send(ctx, phone, text), Mailer.Sendf(ctx, to,
// subject, format, args...), an interface of its own over an SMS gateway
// it calls by HTTP) is recognized by its signature: a function or method
// whose name says it sends a message, with a parameter naming the person
// it goes to (phone, mobile, msisdn, email, to, recipient, ...) and
// parameters of text naming what they hold (text, body, message, subject,
// format and the arguments after it). Its text parameters are sinks. An
// on-call pager or an ops channel (Pager.Page(ctx, team, text),
// alerts.Post(ctx, channel, text)) names no person and stays quiet: its
// readers are operators, as a log's are.
//
// The person and the text may be fields of a struct the sender is given
// instead of parameters: inbox.Post(ctx, notify.Notification{UserID: id,
// Title: t, Body: b}), q.Enqueue(ctx, &Push{To: token, Text: t}), a
// []Notification; or the person a parameter naming the user the
// application knows (userID, customerID, deviceToken: personFields) and
// the text a message struct's declared with the sender; a person's noun
// alone or before an id (PlayerID, patientID, MemberIDs: personNouns)
// names one too
// (notifier.Send(ctx, userID, notify.Message{Title: t, Body: b}), a push
// or in-app notification; not notifyRejected(ctx, user, res *sp.Result)). A parameter whose struct type (or pointer to it, or
// slice of either) has a field naming the person (user id, recipient,
// phone, email, ...) and a text field (title, body, message, ...) is a
// sink (not an error type: its Message is for its caller), whether the struct is a literal, a pointer to one, or a variable
// filled field by field first. Records no person reads are not messages:
// a struct type named as one (an audit Event, a log Entry, a Metric, a
// Task for a worker) or of a package named as one (audit, events,
// metrics, telemetry), and senders whose verb is no sender's (Record,
// Log, Publish to other services) stay quiet.

const (
	smtpPkg      = "net/smtp"
	goMailPkg    = "github.com/wneessen/go-mail"
	gomailPkg    = "gopkg.in/gomail.v2"
	personalMsg  = "a message sent to the user (SMS, email or push)"
	twilioAPI    = "github.com/twilio/twilio-go/rest/api/v2010"
	twilioVerify = "github.com/twilio/twilio-go/rest/verify/v2"
	twilioConv   = "github.com/twilio/twilio-go/rest/conversations/v1"
	sendgridPkg  = "github.com/sendgrid/sendgrid-go/helpers/mail"
	sendgridSend = "github.com/sendgrid/sendgrid-go"
	sesv2Pkg     = "github.com/aws/aws-sdk-go-v2/service/sesv2"
	snsPkg       = "github.com/aws/aws-sdk-go-v2/service/sns"
	fcmPkg       = "firebase.google.com/go/v4/messaging"
	fcmPkgV3     = "firebase.google.com/go/messaging"
)

// personalSinks are the libraries' senders of messages to people: SMTP,
// and the mail builders' subject and bodies (go-mail's Msg, its template
// bodies' data too, gomail's Message; a recipient header is not text the
// user reads as a message).
var personalSinks = []sink{
	{Pkg: smtpPkg, Name: "SendMail", Args: []int{4}, Writer: -1, What: personalMsg},
	{Pkg: goMailPkg, Recv: "Msg", Name: "Subject", Args: []int{0}, Writer: -1, What: personalMsg},
	{Pkg: goMailPkg, Recv: "Msg", Name: "SetBodyString", Args: []int{1}, Writer: -1, What: personalMsg},
	{Pkg: goMailPkg, Recv: "Msg", Name: "AddAlternativeString", Args: []int{1}, Writer: -1, What: personalMsg},
	// The template bodies: the template is executed with data, whose
	// exported fields the mail shows (as html/template's Execute).
	{Pkg: goMailPkg, Recv: "Msg", Name: "SetBodyTextTemplate", Args: []int{1}, Writer: -1, What: personalMsg},
	{Pkg: goMailPkg, Recv: "Msg", Name: "SetBodyHTMLTemplate", Args: []int{1}, Writer: -1, What: personalMsg},
	{Pkg: goMailPkg, Recv: "Msg", Name: "AddAlternativeTextTemplate", Args: []int{1}, Writer: -1, What: personalMsg},
	{Pkg: goMailPkg, Recv: "Msg", Name: "AddAlternativeHTMLTemplate", Args: []int{1}, Writer: -1, What: personalMsg},
	{Pkg: gomailPkg, Recv: "Message", Name: "SetBody", Args: []int{1}, Writer: -1, What: personalMsg},
	{Pkg: gomailPkg, Recv: "Message", Name: "AddAlternative", Args: []int{1}, Writer: -1, What: personalMsg},
	// The messaging SDKs' sends of a parameter object: reported once, at
	// the send, whether the object is a literal or was filled by its
	// setters first (msgSetters).
	{Pkg: twilioAPI, Recv: "ApiService", Name: "CreateMessage", Args: []int{0}, Writer: -1, What: personalMsg},
	{Pkg: twilioVerify, Recv: "ApiService", Name: "CreateVerification", Args: []int{1}, Writer: -1, What: personalMsg},
	{Pkg: twilioConv, Recv: "ApiService", Name: "CreateConversationMessage", Args: []int{1}, Writer: -1, What: personalMsg},
	{Pkg: twilioConv, Recv: "ApiService", Name: "CreateServiceConversationMessage", Args: []int{2}, Writer: -1, What: personalMsg},
	{Pkg: sendgridSend, Recv: "Client", Name: "Send", Args: []int{0}, Writer: -1, What: personalMsg},
	{Pkg: sendgridSend, Recv: "Client", Name: "SendWithContext", Args: []int{1}, Writer: -1, What: personalMsg},
	// AWS SDK v2: an SES email, and an SNS message published straight to
	// a phone number as an SMS or to a device's endpoint as a push (a
	// topic's subscribers are the team's own services or its on-call
	// engineers: not a row).
	{Pkg: sesv2Pkg, Recv: "Client", Name: "SendEmail", Args: []int{1}, Writer: -1, What: personalMsg},
	{Pkg: snsPkg, Recv: "Client", Name: "Publish", Args: []int{1}, Writer: -1, What: personalMsg, Sets: []string{"PhoneNumber", "TargetArn"}},
}

// msgSetters fill a messaging SDK's parameter object with text its person
// reads (Twilio's generated params.SetBody(msg), SendGrid's
// m.AddContent(c) and a personalization's template data): what they are
// given is in the object, reported where a personalSinks row sends it
// (api.CreateMessage(params), client.Send(m)); an object filled and never
// sent is not. They return their receiver, which carries it too
// (params.SetTo(to).SetBody(msg)). The recipient's setters (SetTo) are
// not rows: an address is not text the person reads.
var msgSetters = []string{
	twilioAPI + ".CreateMessageParams.SetBody",
	twilioAPI + ".CreateMessageParams.SetContentVariables",
	twilioVerify + ".CreateVerificationParams.SetCustomMessage",
	twilioConv + ".CreateConversationMessageParams.SetBody",
	twilioConv + ".CreateConversationMessageParams.SetSubject",
	twilioConv + ".CreateConversationMessageParams.SetContentVariables",
	twilioConv + ".CreateServiceConversationMessageParams.SetBody",
	twilioConv + ".CreateServiceConversationMessageParams.SetSubject",
	twilioConv + ".CreateServiceConversationMessageParams.SetContentVariables",
	sendgridPkg + ".SGMailV3.AddContent",
	sendgridPkg + ".SGMailV3.AddPersonalizations",
	sendgridPkg + ".Personalization.SetSubstitution",
	sendgridPkg + ".Personalization.SetDynamicTemplateData",
}

// msgBuilders return a message holding what they are given
// (mail.NewContent("text/plain", msg), mail.NewSingleEmail(...)), sent
// and reported at the send; a fix replaces their raw arguments.
var msgBuilders = []string{
	sendgridPkg + ".NewContent",
	sendgridPkg + ".NewSingleEmail",
	sendgridPkg + ".NewV3MailInit",
}

func init() {
	for _, k := range msgSetters {
		recvSetters[k] = true
		propagatorFuncs[k] = true
	}
	for _, k := range msgBuilders {
		propagatorFuncs[k] = true
		botBuilders[k] = true // a fix keeps the builder (fix.go)
	}
}

// personalFields are the fields of push notifications a device shows its
// user: Firebase Cloud Messaging's (v4 and before), whose text sits in a
// notification nested in the message, reported where it is stored.
var personalFields = func() []fieldSink {
	var out []fieldSink
	for _, pkg := range []string{fcmPkg, fcmPkgV3} {
		for _, typ := range []string{"Notification", "AndroidNotification", "WebpushNotification"} {
			for _, f := range []string{"Title", "Body"} {
				out = append(out, fieldSink{Pkg: pkg, Type: typ, Field: f, What: personalMsg})
			}
		}
		for _, f := range []string{"Title", "SubTitle", "Body"} {
			out = append(out, fieldSink{Pkg: pkg, Type: "ApsAlert", Field: f, What: personalMsg})
		}
	}
	return out
}()

// senderVerbs are the words of a sender's name; recipientParams and
// textParamNames the parameter names (lower case, without _) of a person and
// of the text sent.
var (
	senderVerbs     = []string{"send", "notify", "text", "sms", "mail", "email", "deliver", "message", "push", "post", "enqueue"}
	recipientParams = map[string]bool{
		"to": true, "phone": true, "phonenumber": true, "mobile": true, "mobilenumber": true,
		"msisdn": true, "cell": true, "email": true, "emailaddress": true, "mailto": true,
		"recipient": true, "recipients": true, "rcpt": true,
	}
	textParamNames = map[string]bool{
		"text": true, "body": true, "msg": true, "message": true, "content": true,
		"subject": true, "html": true, "plain": true, "sms": true, "format": true,
		"title": true,
	}
	// personFields are the field names (lower case, without _) of a
	// message struct naming the person it goes to: the contact
	// parameters' names and the ids of a user the application knows.
	personFields = map[string]bool{
		"userid": true, "user": true, "uid": true, "username": true, "customerid": true,
		"customer": true, "memberid": true, "accountholder": true, "subscriberid": true,
		"recipientid": true, "recipientemail": true, "recipientphone": true, "toaddress": true,
		"toemail": true, "tophone": true, "tonumber": true, "devicetoken": true, "pushtoken": true,
	}
	// personNouns name, before an id (PlayerID, patient_id, GamerIDs) or
	// alone, the person an application's own users are: a message
	// struct's field or a sender's parameter so named is its recipient.
	personNouns = map[string]bool{
		"user": true, "player": true, "gamer": true, "customer": true, "member": true,
		"account": true, "accountholder": true, "cardholder": true, "subscriber": true,
		"recipient": true, "patient": true, "student": true, "learner": true, "employee": true,
		"rider": true, "driver": true, "passenger": true, "traveler": true, "traveller": true,
		"guest": true, "buyer": true, "seller": true, "shopper": true, "profile": true,
		"citizen": true, "voter": true, "owner": true,
	}
	// messageFields are the field names of a message struct's text.
	messageFields = map[string]bool{
		"title": true, "body": true, "text": true, "msg": true, "message": true, "content": true,
		"subject": true, "html": true, "htmlbody": true, "textbody": true, "plain": true,
		"summary": true, "headline": true, "detail": true, "details": true,
	}
	// recordWords name, as the last word of a struct type or as a package,
	// records kept for the application or other services, which no
	// person reads as a message.
	recordWords = map[string]bool{
		"event": true, "events": true, "record": true, "entry": true, "log": true, "audit": true,
		"metric": true, "metrics": true, "span": true, "trace": true, "task": true, "job": true,
		"command": true, "telemetry": true, "tracing": true, "analytics": true, "logging": true,
		"incident": true, "page": true, "signal": true, "observation": true,
	}
)

// personalSink returns the sink a team's own sender of messages to people
// is (see above), or false.
func personalSink(fn *types.Func, sig *types.Signature) (sink, bool) {
	if fn.Pkg() == nil || !senderFunc(fn) {
		return sink{}, false
	}
	params := sig.Params()
	person := false
	userParam, structText := false, false // Send(ctx, userID, notify.Message{...})
	var args []int
	variadic := false
	for i := 0; i < params.Len(); i++ {
		p := params.At(i)
		name := strings.ToLower(strings.ReplaceAll(p.Name(), "_", ""))
		switch {
		case (recipientParams[name] || pushTarget(name, pushPkg(fn.Pkg()))) && textual(p.Type()):
			person = true // fcm.Client.Send(ctx, token, title, body)
		case textParamNames[name] && textual(p.Type()):
			args = append(args, i)
			if name == "format" && sig.Variadic() && i == params.Len()-2 {
				args = append(args, i+1)
				variadic = true
			}
		default:
			if names, text := messageStruct(p.Type()); text {
				args = append(args, i)
				person = person || names
				structText = structText || ownType(p.Type(), fn.Pkg())
			} else if personName(name) && !boolean(p.Type()) {
				userParam = true
			}
		}
	}
	if userParam && structText {
		// The user the application knows, as a parameter, and the
		// message as a struct of the sender's own package with text
		// fields: a push or in-app notification (Send(ctx, userID,
		// notify.Message{Body: b})), not a helper handed someone else's
		// answer (notifyRejected(ctx, user, res *sp.Result)).
		person = true
	}
	if !person || len(args) == 0 {
		return sink{}, false
	}
	return sink{Pkg: fn.Pkg().Path(), Name: fn.Name(), Args: args, Variadic: variadic, Writer: -1, What: personalMsg}, true
}

// messageStruct reports, for a parameter's type, whether it is a message
// struct (a struct, a pointer to one, or a slice of either) with a text
// field, and whether it has a field naming the person it goes to. A
// record's type (recordWords) is none.
func messageStruct(t types.Type) (person, text bool) {
	if s, ok := t.Underlying().(*types.Slice); ok {
		t = s.Elem()
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false, false
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok || recordWords[strings.ToLower(n.Obj().Pkg().Name())] || implementsError(n) {
		return false, false
	}
	if words := camelWords(n.Obj().Name()); recordWords[strings.ToLower(words[len(words)-1])] {
		return false, false
	}
	push := pushMessage(n)
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		name := strings.ToLower(strings.ReplaceAll(f.Name(), "_", ""))
		ft := f.Type()
		if p, ok := ft.Underlying().(*types.Pointer); ok {
			ft = p.Elem() // *string, as AWS-style inputs hold text
		}
		switch {
		case messageFields[name] && textual(ft):
			text = true
		case (personName(name) || recipientParams[name] || pushTarget(name, push)) && !boolean(ft):
			person = true
		}
	}
	return person, text
}

// Push notifications to the user's phone: the module's own client of a
// push gateway, FCM or APNs (push.Client.Send(ctx, push.Notification{Token:
// tok, Title: t, Body: b})) names the person by the device's token.
// deviceTokenFields name it in any message struct (FCMToken,
// RegistrationIDs, APNsToken); pushTokenFields only in a push message: a
// struct of a package named as a push client (pushWords), or whose type's
// name has one of those words (PushMessage, FCMRequest). A topic, a
// channel or a partner's webhook names no person.
var (
	deviceTokenFields = map[string]bool{
		"devicetokens": true, "pushtokens": true, "fcmtoken": true, "fcmtokens": true, "apnstoken": true, "apnstokens": true,
		"apnsdevicetoken": true, "gcmtoken": true, "registrationtoken": true,
		"registrationtokens": true, "registrationid": true, "registrationids": true,
	}
	pushTokenFields = map[string]bool{
		"token": true, "tokens": true, "device": true, "devices": true, "regid": true, "regids": true,
	}
	pushWords = map[string]bool{
		"push": true, "pushes": true, "pusher": true, "pushnotification": true,
		"pushnotifications": true, "fcm": true, "apns": true, "apns2": true, "gcm": true,
		"firebase": true,
	}
)

// pushTarget reports whether a message struct's field (lower case,
// without _) names the device a push goes to; push tells whether the
// struct is a push message.
func pushTarget(name string, push bool) bool {
	return push && pushTokenFields[name]
}

// pushMessage reports whether n, a message struct, is a push message: of
// a push client's package (pushPkg) or with a word of its name in
// pushWords (PushMessage, FCMRequest).
func pushMessage(n *types.Named) bool {
	return pushPkg(n.Obj().Pkg()) || slices.ContainsFunc(camelWords(n.Obj().Name()), func(w string) bool { return pushWords[strings.ToLower(w)] })
}

// pushPkg reports whether pkg is named as a push client: a word of
// pushWords, or a name beginning or ending with push, fcm, apns or gcm
// (pushclient, fcmsender, webpush, mobilepush).
func pushPkg(pkg *types.Package) bool {
	if pkg == nil {
		return false
	}
	name := strings.ToLower(pkg.Name())
	if pushWords[name] {
		return true
	}
	for _, w := range []string{"push", "fcm", "apns", "gcm"} {
		if strings.HasPrefix(name, w) || strings.HasSuffix(name, w) {
			return true
		}
	}
	return false
}

// ownType reports whether t (a named type, a pointer to one, or a slice
// of either) is declared in pkg.
func ownType(t types.Type, pkg *types.Package) bool {
	if s, ok := t.Underlying().(*types.Slice); ok {
		t = s.Elem()
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() == pkg
}

// implementsError reports whether n or *n is an error: an API error's Message
// is what its caller reads, not a message sent.
func implementsError(n *types.Named) bool {
	ifc := typex.ErrorType.Underlying().(*types.Interface)
	return types.Implements(n, ifc) || types.Implements(types.NewPointer(n), ifc)
}

// messageArg is what argument a of a sender of messages to people
// carries: for a message struct literal (or a pointer to one, or a slice
// literal of them), only what
// its text fields hold (the person's id or address is not text the
// person reads); for anything else, what it holds.
func (fs *fstate) messageArg(a ast.Expr) taint {
	e := ast.Unparen(a)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return fs.sinkArg(a)
	}
	var t taint
	switch typex.Deref(fs.pass.TypesInfo.TypeOf(lit)).Underlying().(type) {
	case *types.Struct:
	case *types.Slice, *types.Array: // []*Notification{{...}, {...}}
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			t = join(t, fs.messageArg(elt))
		}
		return t
	default:
		return fs.sinkArg(a)
	}
	for i, elt := range lit.Elts {
		f := fs.litField(lit, i, elt)
		if f == nil || !messageFields[strings.ToLower(strings.ReplaceAll(f.Name(), "_", ""))] {
			continue
		}
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		t = join(t, fs.sinkArg(elt))
	}
	return t
}

// personName reports whether a field or parameter name (lower case,
// without _) names a person the application knows: a personFields name,
// or a person noun alone or before an id (playerid, patientids).
func personName(name string) bool {
	if personFields[name] || deviceTokenFields[name] {
		return true
	}
	for _, suf := range []string{"ids", "id"} {
		if n, ok := strings.CutSuffix(name, suf); ok {
			return personNouns[n]
		}
	}
	return personNouns[name]
}

// boolean reports whether t is a bool (Email bool is a flag, not an address).
func boolean(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

// storeVerbs are the words of the name of a method filing a message where
// the person's app shows it (inbox.Add, Mailbox.Append, Notifications.
// Create); inboxWords name, as a package or as a word of the receiver's
// type, such a store of messages for the people who use the application.
var (
	storeVerbs = map[string]bool{
		"add": true, "append": true, "put": true, "store": true, "save": true,
		"insert": true, "create": true, "file": true, "drop": true,
	}
	inboxWords = map[string]bool{
		"inbox": true, "inboxes": true, "mailbox": true, "mailboxes": true,
		"notification": true, "notifications": true, "notice": true, "notices": true,
		"notifier": true, "inapp": true, "messagecenter": true,
	}
)

// senderFunc reports whether fn sends a message by its name (senderName),
// or files one in an inbox: a store verb (storeVerbs) as a word of its
// name, declared in a package or on a receiver named as an inbox
// (inboxWords). The parameters decide the rest (personalSink).
func senderFunc(fn *types.Func) bool {
	if senderName(fn.Name()) {
		return true
	}
	if !slices.ContainsFunc(camelWords(fn.Name()), func(w string) bool { return storeVerbs[strings.ToLower(w)] }) {
		return false
	}
	if fn.Pkg() != nil && inboxWords[strings.ToLower(fn.Pkg().Name())] {
		return true
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return false
	}
	n, ok := types.Unalias(typex.Deref(recv.Type())).(*types.Named)
	return ok && slices.ContainsFunc(camelWords(n.Obj().Name()), func(w string) bool { return inboxWords[strings.ToLower(w)] })
}

// senderName reports whether a function's name says it sends a message:
// one of its words (SendText, NotifyUser, sendSMS, Sendf) is a sender verb.
func senderName(name string) bool {
	for _, w := range camelWords(name) {
		w = strings.TrimSuffix(strings.ToLower(w), "f")
		for _, v := range senderVerbs {
			if w == v {
				return true
			}
		}
	}
	return false
}

// camelWords splits a Go name at its case changes: SendSMSText is Send,
// SMS, Text.
func camelWords(name string) []string {
	var out []string
	rs := []rune(name)
	start := 0
	for i := 1; i < len(rs); i++ {
		lowerToUpper := unicode.IsLower(rs[i-1]) && unicode.IsUpper(rs[i])
		acronymEnd := i+1 < len(rs) && unicode.IsUpper(rs[i-1]) && unicode.IsUpper(rs[i]) && unicode.IsLower(rs[i+1])
		if lowerToUpper || acronymEnd || rs[i] == '_' {
			out = append(out, string(rs[start:i]))
			start = i
			if rs[i] == '_' {
				start++
			}
		}
	}
	return append(out, string(rs[start:]))
}

// textual reports whether t holds text: a string, a []byte, or a slice
// of them (recipients []string).
func textual(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Kind() == types.String
	case *types.Slice:
		if b, ok := u.Elem().Underlying().(*types.Basic); ok {
			return b.Kind() == types.Byte || b.Kind() == types.String
		}
	}
	return false
}

// setsField reports whether arg, a sink's input struct, sets one of the
// fields names: a composite literal (or its address) keyed with it, or a local of
// the unit given such a literal or assigned the field (in.PhoneNumber =
// aws.String(p)).
func (fs *fstate) setsField(arg ast.Expr, names []string) bool {
	info := fs.pass.TypesInfo
	litSets := func(e ast.Expr) bool {
		e = ast.Unparen(e)
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = ast.Unparen(u.X)
		}
		lit, ok := e.(*ast.CompositeLit)
		if !ok {
			return false
		}
		return slices.ContainsFunc(lit.Elts, func(elt ast.Expr) bool {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return false
			}
			k, ok := kv.Key.(*ast.Ident)
			return ok && slices.Contains(names, k.Name)
		})
	}
	if litSets(arg) {
		return true
	}
	id, ok := ast.Unparen(arg).(*ast.Ident)
	if !ok || fs.u.node == nil {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Pos() < fs.u.node.Pos() || v.Pos() >= fs.u.node.End() {
		return false
	}
	found := false
	ast.Inspect(fs.u.node, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if found || !ok || len(as.Lhs) != len(as.Rhs) {
			return !found
		}
		for i, l := range as.Lhs {
			switch l := ast.Unparen(l).(type) {
			case *ast.Ident:
				if (info.Defs[l] == v || info.Uses[l] == v) && litSets(as.Rhs[i]) {
					found = true
				}
			case *ast.SelectorExpr:
				if r, ok := ast.Unparen(l.X).(*ast.Ident); ok && slices.Contains(names, l.Sel.Name) && info.Uses[r] == v {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
