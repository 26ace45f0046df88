package spid

import (
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"sort"
	"testing"
)

func TestLiteralSignal(t *testing.T) {
	for lit, want := range map[string]bool{
		`"spAccountLoginName"`:                  true,
		`"sp_account_login_key"`:                true,
		`"https://cloud.SurePassID.com/"`:       true,
		`"/AuthServer/REST/U2F/U2FServer.aspx"`: true,
		`"/surepass.v1.Auth/Validate"`:          true,
		`"\n\x16surepass/v1/auth.proto"`:        true,
		`"surepass: %s"`:                        false,
		`"We moved from SurePass to Acme"`:      false,
		`"https://api.acme.example/v2/verify"`:  false,
		`"spAccount"`:                           false,
	} {
		if got := literalSignal(lit); got != want {
			t.Errorf("literalSignal(%s) = %v, want %v", lit, got, want)
		}
	}
}

func TestOtherVendors(t *testing.T) {
	src := `package p
const (
	a = "https://verify.twilio.com/v2/Services"
	b = "https://cloud.surepassid.com/x"
	c = "http://localhost:8080/"
	d = "https://10.0.0.1/x"
	e = "https://svc.apps.internal/x"
	f = "https://mfa.corp.example/AuthServer/REST/U2F/U2FServer.aspx"
	g = "https://api.okta.com/api/v1/authn"
	h = "not a url http"
)`
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for v := range otherVendors([]*ast.File{f}) {
		got = append(got, v)
	}
	sort.Strings(got)
	if want := []string{"okta", "twilio"}; !reflect.DeepEqual(got, want) {
		t.Errorf("otherVendors = %v, want %v", got, want)
	}
	if !forOtherVendor("twilioVerifyReply", map[string]bool{"twilio": true}) || forOtherVendor("Reply", map[string]bool{"twilio": true}) {
		t.Error("forOtherVendor: want the name to contain the vendor's")
	}
}
