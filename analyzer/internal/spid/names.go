package spid

import (
	"go/ast"
	"go/types"
	"strings"
	"sync"

	"github.com/surepasslint/surepasslint/analyzer/internal/typex"
	"github.com/surepasslint/surepasslint/codes"
)

// byNormName maps every published name, normalized by normName, to its
// code: OTPInvalid, OTP_INVALID and otp_invalid are one name.
var byNormName = sync.OnceValue(func() map[string]codes.ReturnCode {
	m := map[string]codes.ReturnCode{}
	for _, c := range codes.All() {
		m[normName(c.String())] = c
	}
	return m
})

// namePrefixes are the short prefixes consumers put before the published
// names, normalized (SP_OTP_INVALID, RC_OTP_INVALID, ERR_OTP_INVALID,
// ErrOTPInvalid, errOTPInvalid, CodeOTPInvalid).
var namePrefixes = []string{"sp", "spid", "surepass", "surepassid", "rc", "err", "error", "code", "errorcode", "returncode", "status"}

// Lookup returns the published code a constant named constName of a type
// named typeName ("" for an untyped constant) stands for, in any naming
// convention: the published name itself (OTPInvalid), its ALL_CAPS or
// snake form (OTP_INVALID, otp_invalid), after a short prefix (SP_, RC_,
// ERR_, Err, err, Code), after the type's own name (CodeOTPInvalid for type
// Code) or protobuf's enum prefix (ReturnCode_RC_OTP_INVALID for type
// ReturnCode, Reply_RC_OTP_INVALID for the nested enum Reply_Code), also
// followed by the enum's own name as buf's lint wants it
// (AuthStatus_AUTH_STATUS_OTP_INVALID).
func Lookup(typeName, constName string) (codes.ReturnCode, bool) {
	if c, ok := codes.Lookup(constName); ok {
		return c, true
	}
	cands := []string{constName}
	if typeName != "" {
		if rest, ok := strings.CutPrefix(constName, typeName); ok && rest != "" {
			cands = append(cands, rest)
		}
		if i := strings.LastIndexByte(typeName, '_'); i > 0 {
			if rest, ok := strings.CutPrefix(constName, typeName[:i+1]); ok && rest != "" {
				cands = append(cands, rest) // a nested protobuf enum: Parent_VALUE
			}
		}
	}
	table := byNormName()
	for _, cand := range cands {
		n := normName(cand)
		if c, ok := lookupPrefixed(table, n); ok {
			return c, true
		}
		// buf's ENUM_VALUE_PREFIX: the value repeats its enum's name in
		// upper snake case (MfaStatus_MFA_STATUS_OTP_INVALID, the nested
		// Reply_Code's Reply_CODE_OTP_INVALID).
		if own := normName(typeName[strings.LastIndexByte(typeName, '_')+1:]); own != "" {
			if rest, ok := strings.CutPrefix(n, own); ok && rest != "" {
				if c, ok := lookupPrefixed(table, rest); ok {
					return c, true
				}
			}
		}
	}
	return 0, false
}

// lookupPrefixed looks normalized name n up in table, as it is or after
// one of namePrefixes.
func lookupPrefixed(table map[string]codes.ReturnCode, n string) (codes.ReturnCode, bool) {
	if c, ok := table[n]; ok {
		return c, true
	}
	for _, p := range namePrefixes {
		if rest, ok := strings.CutPrefix(n, p); ok {
			if c, ok := table[rest]; ok {
				return c, true
			}
		}
	}
	return 0, false
}

// tally counts a group of constants against the published enum: match
// carry a published name and its value, loose a value that is a published
// code and a name sharing a word with that code's (see looselyNamed),
// valued a value that is a published code, conflict a published name with
// another value.
type tally struct{ match, loose, valued, failures, conflict int }

// add counts constant c of a type named typeName ("" if untyped).
func (t *tally) add(typeName string, c *types.Const) {
	got, isCode := CodeOf(c.Val())
	isCode = isCode && got.Known()
	if isCode {
		t.valued++
	}
	want, named := Lookup(typeName, c.Name())
	if !named {
		if isCode && looselyNamed(c.Name(), got) {
			t.loose++
			if got != codes.Success {
				t.failures++
			}
		}
		return
	}
	if isCode && got == want {
		t.match++
		if want != codes.Success {
			t.failures++
		}
	} else {
		t.conflict++
	}
}

// mirrors reports whether the group mirrors the published enum, none of
// its constants carrying a published name with another value, and one a
// failure code: at least two constants with a published name and its
// value; or one such, and at least three in all counting those whose names
// share a word with their value's published name (errOtpReplayed = 9002
// beside errOtpInvalid = 9003), these being at least half of the
// constants whose values are published codes.
func (t *tally) mirrors() bool {
	if t.conflict > 0 || t.failures == 0 {
		return false
	}
	if t.match >= 2 {
		return true
	}
	n := t.match + t.loose
	return t.match >= 1 && n >= 3 && 2*n >= t.valued
}

// maybeCode reports whether constant c's value is a published code, the
// cheap test before its name is looked up.
func maybeCode(c *types.Const) bool {
	v, ok := CodeOf(c.Val())
	return ok && v.Known()
}

// CodeConstants reports whether the constants among exprs (case values,
// the constants a value is compared with) mirror the published enum: at
// least two of them carry a published name, in any convention (see
// [Lookup]), and that name's value, at least one a failure, and none a
// published name with another value. A value switched on or compared with
// them is a return code, whatever its type: switch code { case
// SP_OTP_INVALID, SP_OTP_ALREADY_USED: } with untyped constants 9003 and
// 9002.
func CodeConstants(info *types.Info, exprs []ast.Expr) bool {
	var t tally
	seen := map[*types.Const]bool{}
	for _, e := range exprs {
		id := typex.NameIdent(e)
		if id == nil {
			continue
		}
		c, ok := info.Uses[id].(*types.Const)
		if !ok || seen[c] {
			continue
		}
		seen[c] = true
		typeName := ""
		if n, ok := types.Unalias(c.Type()).(*types.Named); ok {
			typeName = n.Obj().Name()
		}
		t.add(typeName, c)
	}
	return t.mirrors()
}

// nameWords splits a constant or published name into lower-case words: at
// underscores, hyphens, digits after letters, and camel-case boundaries
// (errOtpReplayed: err otp replayed; OTPAlreadyUsed: otp already used;
// SP_OTP_INVALID: sp otp invalid).
func nameWords(s string) []string {
	var words []string
	start := 0
	flush := func(end int) {
		if end > start {
			words = append(words, strings.ToLower(s[start:end]))
		}
		start = end
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_' || c == '-':
			flush(i)
			start = i + 1
		case '0' <= c && c <= '9' && i > start && !isDigit(s[i-1]):
			flush(i) // cardline3DSRequired: cardline 3 ds required
		case 'A' <= c && c <= 'Z' && i > start:
			prev := s[i-1]
			lowerPrev := 'a' <= prev && prev <= 'z' || '0' <= prev && prev <= '9'
			// OTPAlready: the A of Already starts a word after an acronym.
			acronymEnd := 'A' <= prev && prev <= 'Z' && i+1 < len(s) && 'a' <= s[i+1] && s[i+1] <= 'z'
			if lowerPrev || acronymEnd {
				flush(i)
			}
		}
	}
	flush(len(s))
	return words
}

// wordSpelling maps the abbreviations and the published enum's misspellings
// to one spelling, so errDbError meets DatabaseError and errDeviceDisabled
// meets DeviceDiabled.
var wordSpelling = map[string]string{
	"db": "database", "max": "maximum", "pw": "password", "pwd": "password",
	"ok": "success", "diabled": "disabled", "attepmted": "attempted",
	"attemps": "attempts", "missmatch": "mismatch", "notofication": "notification",
	"enpoint": "endpoint", "msg": "message",
}

// weakWords are words too common among error names to tie a constant to
// one published code (every vendor has a LoginFailed or an Invalid...).
var weakWords = map[string]bool{
	"partner": true, "user": true, "error": true, "err": true, "errors": true,
	"failed": true, "fail": true, "failure": true, "invalid": true, "code": true,
	"codes": true, "status": true, "return": true, "the": true, "not": true,
	"and": true, "for": true, "rc": true, "sp": true, "spid": true, "is": true,
	"a": true, "to": true, "no": true, "by": true,
}

// strongWords returns the words of name that can tie it to a published
// code, spelled alike.
func strongWords(name string) []string {
	var out []string
	for _, w := range nameWords(name) {
		if s, ok := wordSpelling[w]; ok {
			w = s
		}
		if len(w) >= 3 && !weakWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// publishedWords holds the strong words of every published name, by code.
var publishedWords = sync.OnceValue(func() map[codes.ReturnCode][]string {
	m := map[codes.ReturnCode][]string{}
	for _, c := range codes.All() {
		m[c] = append(strongWords(c.String()), teamWords[c]...)
	}
	return m
})

// teamWords are the words teams use for a code that its published name
// lacks: an OTP "already used" is replayed or reused (codeReplayed =
// 9002), an invalid or bogus one wrong (codeWrong = 9003), a "maximum ...
// exceeded" or a disabled login is a lockout (codeLocked = 9015). Words of four letters or more also match the
// longer words they begin (lock: locked, lockout).
var teamWords = map[codes.ReturnCode][]string{
	codes.OTPAlreadyUsed:                         {"replay", "reuse"},
	codes.OTPInvalid:                             {"wrong"},
	codes.BogusOTP:                               {"wrong"},
	codes.PartnerUserLoginDisabled:               {"lock"},
	codes.MaximumFailedOTPRequestsExceeded:       {"lock", "throttle", "throttled"},
	codes.MaximumLoginPartnerAttempsExceeded:     {"lock", "throttle", "throttled"},
	codes.MaximumLoginPartnerUserAttempsExceeded: {"lock", "throttle", "throttled"},
}

// looselyNamed reports whether a constant named constName shares a strong
// word with the published name of code, its value: errOtpReplayed and
// OTPAlreadyUsed share otp, errDbError and DatabaseError database. Words
// match when equal or when the shorter, of four letters or more, starts
// the other (expire, expired).
func looselyNamed(constName string, code codes.ReturnCode) bool {
	want := publishedWords()[code]
	for _, w := range strongWords(constName) {
		for _, p := range want {
			if w == p || (min(len(w), len(p)) >= 4 && (strings.HasPrefix(w, p) || strings.HasPrefix(p, w))) {
				return true
			}
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
