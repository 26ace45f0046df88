package spid

import (
	"go/ast"
	"go/token"
	"strings"
)

// bodySignal looks for SurePassID evidence anywhere in the package's files,
// function bodies included: a string literal (struct tags among them)
// naming a request field (spAccountLoginName, spAccountLoginKey, as a map
// key, a form field or a local struct's tag), the endpoint or host
// (U2FServer.aspx, surepassid, as in a configuration default), or a
// protobuf package or service (surepass.v1.Auth, surepass/v1/auth.proto);
// or a composite-literal key named as a request field. It is one walk of
// the syntax, run only when every cheaper test has failed; its literal
// tests do not allocate.
func bodySignal(files []*ast.File) bool { return scanBody(files, false) }

// proseFreeSignal is bodySignal without the literals that hold a space:
// a host, an endpoint, a request field or a protobuf name has none, a
// sentence has ("SurePassID unreachable, try again" is a message about the
// service, not a use of it). It is the evidence a package whose only
// signal is an import needs before a struct of its own is recognized by its
// field names.
func proseFreeSignal(files []*ast.File) bool { return scanBody(files, true) }

func scanBody(files []*ast.File, skipProse bool) bool {
	found := false
	for _, file := range files {
		ast.Inspect(file, func(n ast.Node) bool {
			if found {
				return false
			}
			switch n := n.(type) {
			case *ast.BasicLit:
				found = n.Kind == token.STRING && !(skipProse && strings.ContainsAny(n.Value, " \t\n")) && literalSignal(n.Value)
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok {
					found = hasPrefixFold(id.Name, "spaccountlogin")
				}
			case *ast.ImportSpec:
				return false
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// literalSignal reports whether a string literal's source text is
// SurePassID evidence (see bodySignal), in one pass over its bytes: every
// mark starts with s or u.
func literalSignal(lit string) bool {
	for i := 0; i < len(lit); i++ {
		switch lit[i] {
		case 's', 'S':
			rest := lit[i:]
			if hasPrefixFold(rest, "spaccountlogin") || hasPrefixFold(rest, "sp_account_login_") || hasPrefixFold(rest, "surepassid") {
				return true
			}
			// A protobuf package or service: surepass followed by . or /.
			if hasPrefixFold(rest, "surepass") && len(rest) > len("surepass") {
				if c := rest[len("surepass")]; c == '.' || c == '/' {
					return true
				}
			}
		case 'u', 'U':
			if hasPrefixFold(lit[i:], "u2fserver.aspx") {
				return true
			}
		}
	}
	return false
}

// hasPrefixFold reports whether s starts with prefix (lower-case ASCII),
// ASCII case ignored.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for j := 0; j < len(prefix); j++ {
		c := s[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[j] {
			return false
		}
	}
	return true
}
