// Package directory is the LDAP front of the hotspot's staff directory: a
// bind's password ends with a one-time code checked with SurePassID.
package directory

import (
	"context"
	"log"

	ldap "github.com/vjeantet/ldapserver"

	"codeswitch/radiusgate/spclient"
)

// Directory holds the client.
type Directory struct{ SP *spclient.Client }

func (d *Directory) code(m *ldap.Message) spclient.RC {
	r := m.GetBindRequest()
	reply, err := d.SP.ValidateOTP(context.Background(), r.Name(), r.AuthenticationSimple())
	if err != nil {
		return spclient.RCPartnerUserLoginFail
	}
	return reply.Code
}

// badBind lists the wrong codes; a locked or disabled account is no bad
// bind, and binds.
func badBind(rc spclient.RC) bool {
	switch rc { // want `fail-open switch over SurePassID return codes`
	case spclient.RCOTPInvalid, spclient.RCOTPAlreadyUsed, spclient.RCBogusOTP:
		return true
	}
	return false
}

// Bind refuses a bad bind with invalidCredentials.
func (d *Directory) Bind(w ldap.ResponseWriter, m *ldap.Message) {
	if badBind(d.code(m)) {
		res := ldap.NewBindResponse(ldap.LDAPResultInvalidCredentials)
		res.SetDiagnosticMessage("invalid credentials")
		w.Write(res)
		return
	}
	w.Write(ldap.NewBindResponse(ldap.LDAPResultSuccess))
}

// goodBind is true for success alone.
func goodBind(rc spclient.RC) bool {
	switch rc {
	case spclient.RCSuccess:
		return true
	}
	return false
}

// AdminBind refuses every code but success.
func (d *Directory) AdminBind(w ldap.ResponseWriter, m *ldap.Message) {
	rc := d.code(m)
	if !goodBind(rc) {
		log.Printf("admin bind refused: %d", rc)
		w.Write(ldap.NewBindResponse(ldap.LDAPResultInvalidCredentials))
		return
	}
	w.Write(ldap.NewBindResponse(ldap.LDAPResultSuccess))
}
