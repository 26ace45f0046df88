package rawexposure

import (
	"go/types"
	"strings"
	"unicode"
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

const (
	smtpPkg     = "net/smtp"
	goMailPkg   = "github.com/wneessen/go-mail"
	gomailPkg   = "gopkg.in/gomail.v2"
	personalMsg = "a message sent to the user (SMS, email or push)"
)

// personalSinks are the libraries' senders of messages to people: SMTP,
// and the mail builders' subject and bodies (go-mail's Msg, gomail's
// Message; a recipient header is not text the user reads as a message).
var personalSinks = []sink{
	{Pkg: smtpPkg, Name: "SendMail", Args: []int{4}, Writer: -1, What: personalMsg},
	{Pkg: goMailPkg, Recv: "Msg", Name: "Subject", Args: []int{0}, Writer: -1, What: personalMsg},
	{Pkg: goMailPkg, Recv: "Msg", Name: "SetBodyString", Args: []int{1}, Writer: -1, What: personalMsg},
	{Pkg: goMailPkg, Recv: "Msg", Name: "AddAlternativeString", Args: []int{1}, Writer: -1, What: personalMsg},
	{Pkg: gomailPkg, Recv: "Message", Name: "SetBody", Args: []int{1}, Writer: -1, What: personalMsg},
	{Pkg: gomailPkg, Recv: "Message", Name: "AddAlternative", Args: []int{1}, Writer: -1, What: personalMsg},
}

// senderVerbs are the words of a sender's name; recipientParams and
// textParamNames the parameter names (lower case, without _) of a person and
// of the text sent.
var (
	senderVerbs     = []string{"send", "notify", "text", "sms", "mail", "email", "deliver", "message", "push"}
	recipientParams = map[string]bool{
		"to": true, "phone": true, "phonenumber": true, "mobile": true, "mobilenumber": true,
		"msisdn": true, "cell": true, "email": true, "emailaddress": true, "mailto": true,
		"recipient": true, "recipients": true, "rcpt": true,
	}
	textParamNames = map[string]bool{
		"text": true, "body": true, "msg": true, "message": true, "content": true,
		"subject": true, "html": true, "plain": true, "sms": true, "format": true,
	}
)

// personalSink returns the sink a team's own sender of messages to people
// is (see above), or false.
func personalSink(fn *types.Func, sig *types.Signature) (sink, bool) {
	if fn.Pkg() == nil || !senderName(fn.Name()) {
		return sink{}, false
	}
	params := sig.Params()
	person := false
	var args []int
	variadic := false
	for i := 0; i < params.Len(); i++ {
		p := params.At(i)
		name := strings.ToLower(strings.ReplaceAll(p.Name(), "_", ""))
		switch {
		case recipientParams[name] && textual(p.Type()):
			person = true
		case textParamNames[name] && textual(p.Type()):
			args = append(args, i)
			if name == "format" && sig.Variadic() && i == params.Len()-2 {
				args = append(args, i+1)
				variadic = true
			}
		}
	}
	if !person || len(args) == 0 {
		return sink{}, false
	}
	return sink{Pkg: fn.Pkg().Path(), Name: fn.Name(), Args: args, Variadic: variadic, Writer: -1, What: personalMsg}, true
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
