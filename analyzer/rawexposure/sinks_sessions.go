package rawexposure

import (
	"go/ast"
	"go/constant"
	"strings"
	"unicode"
)

// Session stores: what a handler keeps in the session and a later page
// shows. A flash API (gorilla's and gin-contrib's AddFlash, iris'
// SetFlash, beego's FlashData rows in sinks_web.go) is shown by
// definition. A plain store (scs' Put, gin-contrib's and fiber's Set,
// iris' Set, beego's SetSession, gorilla's Session.Values[k] = v, which
// echo-contrib/session hands out too) is a keyed row: the value reaches
// the user when the key, a constant, names a message a page shows
// (shownKey: "flash", "error", "login_notice", "flashMessage"), the way
// scs and the others are used for flashes (Put(ctx, "flash", msg), then
// PopString(ctx, "flash") in the template data). Under another key
// ("user_id", "mfa_state", "pending_user") or a key that is not a
// constant the value is the application's own state: not reported.

const (
	scsPkg        = "github.com/alexedwards/scs/v2"
	ginSessions   = "github.com/gin-contrib/sessions"
	fiberSessions = "github.com/gofiber/fiber/v2/middleware/session"
	irisSessions  = "github.com/kataras/iris/v12/sessions"
)

// sessionWhat is what the user sees; messages read "... written to <What>".
const sessionWhat = "a session message shown on a later page (a flash)"

// sessionSinks are the session rows.
var sessionSinks = []sink{
	{Pkg: scsPkg, Recv: "SessionManager", Name: "Put", Args: []int{2}, Writer: -1, What: sessionWhat, Keyed: true, Key: 1},
	{Pkg: ginSessions, Recv: "Session", Name: "Set", Args: []int{1}, Writer: -1, What: sessionWhat, Keyed: true, Key: 0},
	{Pkg: ginSessions, Recv: "Session", Name: "AddFlash", Args: []int{0}, Writer: -1, What: sessionWhat},
	{Pkg: fiberSessions, Recv: "Session", Name: "Set", Args: []int{1}, Writer: -1, What: sessionWhat, Keyed: true, Key: 0},
	{Pkg: irisSessions, Recv: "Session", Name: "Set", Args: []int{1}, Writer: -1, What: sessionWhat, Keyed: true, Key: 0},
	{Pkg: irisSessions, Recv: "Session", Name: "SetFlash", Args: []int{1}, Writer: -1, What: sessionWhat},
	{Pkg: beegoWeb, Recv: "Controller", Name: "SetSession", Args: []int{1}, Writer: -1, What: sessionWhat, Keyed: true, Key: 0},
}

// shownKeyWords are the words of a session key naming a message a page
// shows: flash levels and the names teams give them.
var shownKeyWords = map[string]bool{
	"flash": true, "flashes": true, "message": true, "messages": true, "msg": true,
	"notice": true, "notices": true, "alert": true, "alerts": true, "toast": true,
	"notification": true, "banner": true, "error": true, "errors": true, "err": true,
	"warning": true, "warn": true, "success": true, "danger": true, "feedback": true,
}

// shownKey reports whether key is a constant string one of whose words
// (split at non-letters and lower-to-upper case changes) is in
// shownKeyWords.
func (st *state) shownKey(key ast.Expr) bool {
	tv, ok := st.pass.TypesInfo.Types[key]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return false
	}
	for _, w := range keyWords(constant.StringVal(tv.Value)) {
		if shownKeyWords[w] {
			return true
		}
	}
	return false
}

// keyWords splits a key into lower-case words: "flash_error" and
// "flashError" into flash, error.
func keyWords(key string) []string {
	var words []string
	var cur []rune
	prevLower := false
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	for _, r := range key {
		switch {
		case !unicode.IsLetter(r):
			flush()
			prevLower = false
			continue
		case unicode.IsUpper(r) && prevLower:
			flush()
		}
		cur = append(cur, r)
		prevLower = unicode.IsLower(r)
	}
	flush()
	return words
}

// shownStore reports whether a call of row s stores what the user sees:
// always for a row that is not keyed, under a shown key for a keyed one.
func (fs *fstate) shownStore(s sink, call *ast.CallExpr) bool {
	if !s.Keyed {
		return true
	}
	return s.Key < len(call.Args) && fs.shownKey(call.Args[s.Key])
}
