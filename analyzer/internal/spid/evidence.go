package spid

import (
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// bodySignal looks for SurePassID evidence anywhere in the package's files,
// function bodies included: a string literal (struct tags among them)
// naming a request field (spAccountLoginName, spAccountLoginKey, as a map
// key, a form field or a local struct's tag), the endpoint or host
// (U2FServer.aspx, surepassid, as in a configuration default), or a
// protobuf package or service (surepass.v1.Auth, surepass/v1/auth.proto);
// or a composite-literal key named as a request field. It is one walk of
// the syntax, run only when every cheaper test has failed; its literal
// tests do not allocate. A file whose source bytes hold none of the marks
// (read with pass.ReadFile where the driver provides it) is not walked:
// every mark the walk can find is in the source as written.
func bodySignal(pass *analysis.Pass) bool { return scanBody(pass, false) }

// proseFreeSignal is bodySignal without the literals that hold a space:
// a host, an endpoint, a request field or a protobuf name has none, a
// sentence has ("SurePassID unreachable, try again" is a message about the
// service, not a use of it). It is the evidence a package whose only
// signal is an import needs before a struct of its own is recognized by its
// field names.
func proseFreeSignal(pass *analysis.Pass) bool { return scanBody(pass, true) }

func scanBody(pass *analysis.Pass, skipProse bool) bool {
	found := false
	for _, file := range pass.Files {
		if !mayHoldMark(pass, file) {
			continue
		}
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

// mayHoldMark reports whether file's source may hold a mark of
// SurePassID evidence: true when it cannot be read.
func mayHoldMark(pass *analysis.Pass, file *ast.File) bool {
	if pass.ReadFile == nil {
		return true
	}
	tf := pass.Fset.File(file.FileStart)
	if tf == nil {
		return true
	}
	src, err := pass.ReadFile(tf.Name())
	if err != nil {
		return true
	}
	return sourceMark(src)
}

// sourceMark reports whether src holds, ASCII case ignored, the start of
// a mark literalSignal or a request-field key looks for: spaccountlogin,
// sp_account_login_, surepass, u2fserver.aspx.
func sourceMark(src []byte) bool {
	// Every file of every dependency goes through here: look at the byte
	// after an s or a u before comparing whole marks.
	for i := 0; i+1 < len(src); i++ {
		switch src[i] {
		case 's', 'S':
			switch src[i+1] | 0x20 {
			case 'p':
				if hasPrefixFold(src[i:], "spaccountlogin") || hasPrefixFold(src[i:], "sp_account_login_") {
					return true
				}
			case 'u':
				if hasPrefixFold(src[i:], "surepass") {
					return true
				}
			}
		case 'u', 'U':
			if src[i+1] == '2' && hasPrefixFold(src[i:], "u2fserver.aspx") {
				return true
			}
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
func hasPrefixFold[S string | []byte](s S, prefix string) bool {
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
