package spid

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Another party's codes. A group recognized by its names alone may be
// another party's enum whose names are, one by one, close to the published
// ones: a card acquirer's declines (OtpAlreadyUsed = 9002 for a replayed
// 3-D Secure code, SuspectedFraud = 9051), an SMS gateway's or another
// identity provider's answers. Nothing in the names tells it apart; what
// does is what the package says about whose codes they are: a package,
// const block or type comment naming another party (a card acquirer, a
// merchant, Twilio, Okta: otherParties), the package's or the group's type
// name doing so (acquiring, DeclineCode), or a host of another vendor the
// package calls (see otherVendors). Look-alike codes beside them (see
// lookalikeVendor) are not: a generated package holds the door's states
// beside the codes. Such a group is doubtful as a group
// with a foreign name is (doubt.go): it counts only with SurePassID
// evidence of the package's own, from an import, or in its comments.

// otherParties are words that name another party whose codes a package may
// hold: payment acquiring's roles and other vendors of one-time codes and
// sign-in. Words of five letters or more also match the longer words they
// begin (acquirers, merchants).
var otherParties = map[string]bool{
	"acquirer": true, "acquiring": true, "merchant": true, "cardholder": true,
	"chargeback": true, "psp": true,
	"twilio": true, "messagebird": true, "vonage": true, "nexmo": true,
	"sinch": true, "plivo": true, "telnyx": true,
	"stripe": true, "adyen": true, "braintree": true, "paypal": true, "worldpay": true,
	"okta": true, "auth0": true, "onelogin": true, "keycloak": true, "cognito": true,
}

// otherEnums are words that name another party's enum in a type's name
// (DeclineCode, IssuerStatus, CarrierError), beside otherParties.
var otherEnums = map[string]bool{"decline": true, "issuer": true, "carrier": true}

// otherPartyWord reports whether lower-case word w names another party
// (otherParties, and otherEnums too when enum is set).
func otherPartyWord(w string, enum bool) bool {
	match := func(table map[string]bool) bool {
		if table[w] {
			return true
		}
		for p := range table {
			if len(p) >= 5 && strings.HasPrefix(w, p) {
				return true
			}
		}
		return false
	}
	return match(otherParties) || enum && match(otherEnums)
}

// proseNamesOtherParty reports whether comment text s holds a word naming
// another party.
func proseNamesOtherParty(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return (r < 'a' || r > 'z') && (r < '0' || r > '9')
	}) {
		if otherPartyWord(w, false) {
			return true
		}
	}
	return false
}

// otherDomain tells whether the package, or a group of its constants,
// says the codes are another party's (see above). The package's part is
// looked at once, on the first question.
type otherDomain struct {
	pass      *analysis.Pass
	done, pkg bool
}

func (d *otherDomain) pkgForeign() bool {
	if d.done {
		return d.pkg
	}
	d.done = true
	d.pkg = packageNamesOtherParty(d.pass) || callsHosts(d.pass, otherVendors(d.pass.Files))
	return d.pkg
}

// callsHosts reports whether the package calls the other vendors' hosts
// its literals name: it has some and imports an HTTP client (net/http,
// resty, fasthttp...). A link to the team's help pages in a package of
// code constants and user messages calls nobody.
func callsHosts(pass *analysis.Pass, hosts map[string]bool) bool {
	if len(hosts) == 0 {
		return false
	}
	for _, imp := range pass.Pkg.Imports() {
		if strings.Contains(imp.Path(), "http") {
			return true
		}
	}
	return false
}

// packageNamesOtherParty reports whether the package's name holds a word of
// otherParties of four letters or more (acquiringgw, twilioverify,
// oktaclient) or is one (psp), or a package doc comment names
// another party.
func packageNamesOtherParty(pass *analysis.Pass) bool {
	name := strings.ToLower(pass.Pkg.Name())
	for p := range otherParties {
		if len(p) >= 4 && strings.Contains(name, p) || name == p {
			return true
		}
	}
	for _, file := range pass.Files {
		if file.Doc != nil && proseNamesOtherParty(file.Doc.Text()) {
			return true
		}
	}
	return false
}

// foreign reports whether the constants cs, of the types tns, are said to
// be another party's: by the package, by their types' names, or by a doc or
// line comment of their declarations.
func (d *otherDomain) foreign(tns []*types.TypeName, cs []*types.Const) bool {
	if d == nil || d.pass == nil {
		return false
	}
	if d.pkgForeign() {
		return true
	}
	for _, tn := range tns {
		for _, w := range nameWords(tn.Name()) {
			if otherPartyWord(w, true) {
				return true
			}
		}
	}
	found := false
	groupComments(d.pass, tns, cs, func(g *ast.CommentGroup) bool {
		found = proseNamesOtherParty(g.Text())
		return found
	})
	return found
}

// groupComments calls yield with each doc or line comment of the
// declaration of one of tns, or of a const block declaring one of cs or a
// constant of one of tns, until yield returns true.
func groupComments(pass *analysis.Pass, tns []*types.TypeName, cs []*types.Const, yield func(*ast.CommentGroup) bool) {
	var isOurs func(obj types.Object) bool
	isOurs = func(obj types.Object) bool {
		switch obj := obj.(type) {
		case *types.TypeName:
			for _, tn := range tns {
				if tn == obj {
					return true
				}
			}
		case *types.Const:
			for _, c := range cs {
				if c == obj {
					return true
				}
			}
			if n, ok := types.Unalias(obj.Type()).(*types.Named); ok {
				return isOurs(n.Obj())
			}
		}
		return false
	}
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || (gd.Tok != token.TYPE && gd.Tok != token.CONST) {
				continue
			}
			for _, spec := range gd.Specs {
				var ids []*ast.Ident
				var doc, line *ast.CommentGroup
				switch spec := spec.(type) {
				case *ast.TypeSpec:
					ids, doc, line = []*ast.Ident{spec.Name}, spec.Doc, spec.Comment
				case *ast.ValueSpec:
					ids, doc, line = spec.Names, spec.Doc, spec.Comment
				}
				for _, id := range ids {
					if !isOurs(pass.TypesInfo.Defs[id]) {
						continue
					}
					for _, g := range []*ast.CommentGroup{gd.Doc, doc, line} {
						if g != nil && yield(g) {
							return
						}
					}
					break
				}
			}
		}
	}
}
