package spid

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/codes"
)

// Contrary evidence. A group of constants recognized by its names alone
// (a mirror by published names, loose or not, or the team's loose group,
// see valued.go) stands for SurePassID's codes without the package saying
// anything else about SurePassID. Another domain's enum sharing numbers,
// and a few names, with the published list (a config pipeline's Reason:
// ReasonOK = 0, ReasonOTPReused = 9002, ReasonLockedOut = 9015,
// ReasonDatabaseError = 9010, ReasonCanaryRegressed = 9051) looks the
// same, but for what it says against: it gives a published failure value
// a name foreign to it (ReasonCanaryRegressed), which a team copying the
// codes does not. Such a group is doubtful when it holds fewer than three
// published names for each foreign one (a generated enum of the
// whole list with one value renamed is still the list); a doubtful group
// counts only in a package with evidence of its own (a signal in its
// declarations or bodies, the import of a package with one), or when the
// doc comments of its type or const block name SurePassID (Code is a
// SurePassID return code). Otherwise the package is as if the group were
// not there.

// foreignWeight is how many published names outweigh one foreign name in
// a group recognized by its names (see doubtful).
const foreignWeight = 3

// doubtful reports whether cs, a group recognized by its names, of a type
// named typeName ("" if untyped), holds a published failure value under a
// foreign name (see foreignNamed) not outweighed by its published names.
func doubtful(typeName string, cs []*types.Const) bool {
	foreign, named := 0, 0
	for _, c := range cs {
		if !maybeCode(c) {
			continue
		}
		if foreignNamed(typeName, c) {
			foreign++
		} else if v, ok := Lookup(typeName, c.Name()); ok && v != codes.Success {
			named++
		}
	}
	return foreign > 0 && named < foreignWeight*foreign
}

// enumDocSignal reports whether a doc or line comment of the declaration of
// one of tns, or of a const block declaring one of cs or a constant of one
// of tns, names SurePassID.
func enumDocSignal(pass *analysis.Pass, tns []*types.TypeName, cs []*types.Const) bool {
	found := false
	groupComments(pass, tns, cs, func(g *ast.CommentGroup) bool { // otherdomain.go
		found = containsFold(g.Text(), "surepass")
		return found
	})
	return found
}

// foreignNamed reports whether constant c, of a type named typeName (""
// if untyped), holds a published failure code under a name foreign to it:
// no published name, no word shared with that code's published name (see
// looselyNamed), no word of four letters or more found inside it
// (BypassAttempt = 9051 is PartnerUserLoginAttepmtedOTPByPass's), none of
// the words teams use for codes of its kind (kinWords).
func foreignNamed(typeName string, c *types.Const) bool {
	v, ok := CodeOf(c.Val())
	if !ok || !v.Known() || v == codes.Success {
		return false
	}
	if _, named := Lookup(typeName, c.Name()); named || looselyNamed(c.Name(), v) || spellsValue(c) {
		return false
	}
	published := normName(v.String())
	for _, w := range strongWords(c.Name()) {
		if len(w) >= 4 && strings.Contains(published, w) {
			return false
		}
		for _, k := range kinWords[v.Category()] {
			if w == k || (len(k) >= 4 && strings.HasPrefix(w, k)) {
				return false
			}
		}
	}
	return true
}

// kinWords are words a team may name a code of each category with that do
// not tie the name to that one code (so they do not make a group mirror
// the enum) but keep it from being foreign to it (see foreignNamed): a
// mirror calls DatabaseError its backend or upstream failure, an SMS
// failure a delivery one. Words of four letters or more also match the
// longer words they begin.
var kinWords = map[codes.Category][]string{
	codes.CategoryAuthentication:   {"login", "auth", "signin", "credential", "denied", "unauthorized", "forbidden", "password", "bypass", "tamper", "fraud"},
	codes.CategoryOTP:              {"otp", "code", "passcode", "token", "wrong", "bad", "replay", "reuse", "mismatch", "window", "drift", "expire", "challenge"},
	codes.CategoryLockout:          {"lock", "throttle", "rate", "limit", "block", "attempt", "exceed", "too", "many", "max"},
	codes.CategoryAccountState:     {"disable", "suspend", "expire", "inactive", "account", "lock", "block"},
	codes.CategoryDevice:           {"device", "token", "authenticator", "serial", "hardware", "enrol", "provision", "fob", "key"},
	codes.CategoryTransaction:      {"transaction", "txn", "approval", "approve", "reference"},
	codes.CategorySSOPolicy:        {"sso", "policy", "activation", "access", "restrict", "address"},
	codes.CategoryFIDO:             {"fido", "u2f", "webauthn", "key", "passkey", "attestation", "assertion", "challenge", "enrol"},
	codes.CategorySessionToken:     {"session", "token"},
	codes.CategoryPasswordRecovery: {"password", "recovery", "reset", "forgot"},
	codes.CategoryDelivery:         {"delivery", "deliver", "send", "sms", "email", "mail", "voice", "notify", "notification", "push"},
	codes.CategoryProvisioning:     {"provision", "enrol", "register", "sync", "activation"},
	codes.CategoryInternal:         {"internal", "backend", "upstream", "server", "unavailable", "storage", "system", "outage", "transient", "temporary", "retry", "trace", "database"},
	codes.CategoryConfiguration:    {"config", "setup", "setting", "misconfig"},
}
