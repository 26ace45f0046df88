package codeswitch

import (
	"go/ast"
	"go/types"
)

// This file reads a refusal written in a protocol other than HTTP, where
// the answer's own code says no: a RADIUS server's Access-Reject
// (resp := r.Response(radius.CodeAccessReject); w.Write(resp)), an LDAP
// server's failed bind
// (w.Write(ldap.NewBindResponse(ldap.LDAPResultInvalidCredentials))).
// Such a write is a rejection as http.Error(w, msg, 403) is.

// protocolRejects are the constants of such a protocol's answer that
// refuse, by package path and name.
var protocolRejects = map[string]map[string]bool{
	"layeh.com/radius": {"CodeAccessReject": true},
	"github.com/vjeantet/ldapserver": {
		"LDAPResultInvalidCredentials": true, "LDAPResultInsufficientAccessRights": true,
		"LDAPResultUnwillingToPerform": true,
	},
}

// writesProtocolReject reports whether call hands on an answer carrying
// one of protocolRejects: as an argument, within a call building it
// (w.Write(r.Response(radius.CodeAccessReject))), or through a local
// declared so and not assigned again (resp :=
// r.Response(radius.CodeAccessReject); w.Write(resp)). Only a package
// importing one of those packages is looked at.
func (c *checker) writesProtocolReject(call *ast.CallExpr) bool {
	if c.protocols == 0 {
		c.protocols = 2
		for _, p := range c.pass.Pkg.Imports() {
			if protocolRejects[p.Path()] != nil {
				c.protocols = 1
			}
		}
	}
	if c.protocols != 1 {
		return false
	}
	for _, arg := range call.Args {
		if c.mentionsProtocolReject(arg) {
			return true
		}
		id, ok := ast.Unparen(arg).(*ast.Ident)
		if !ok {
			continue
		}
		v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
		if !ok {
			continue
		}
		if init := c.protocolInit(v); init != nil && c.mentionsProtocolReject(init) {
			return true
		}
	}
	return false
}

// mentionsProtocolReject reports whether e is, or builds its value from,
// a constant of protocolRejects (calls and composite literals, not
// function literals).
func (c *checker) mentionsProtocolReject(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.Ident:
			if k, ok := c.pass.TypesInfo.Uses[n].(*types.Const); ok && k.Pkg() != nil && protocolRejects[k.Pkg().Path()][k.Name()] {
				found = true
			}
		}
		return true
	})
	return found
}

// protocolInit returns the value local v is declared with (v := e, var v
// = e) in whichever file of the package declares it, nil when v is
// declared otherwise or assigned again.
func (c *checker) protocolInit(v *types.Var) ast.Expr {
	for _, f := range c.pass.Files {
		if f.FileStart > v.Pos() || v.Pos() >= f.FileEnd {
			continue
		}
		fc := *c
		fc.file = f
		if body := fc.enclosingBody(v.Pos()); body == nil || assignsVar(c.pass.TypesInfo, body, v) {
			return nil
		}
		return fc.varInit(v)
	}
	return nil
}
