// Package ldapserver is a test stub of github.com/vjeantet/ldapserver:
// the bind route's types and result codes, with the message types of
// github.com/lor00x/goldap/message folded in, and no behaviour.
package ldapserver

// LDAP result codes.
const (
	LDAPResultSuccess                  = 0
	LDAPResultInvalidCredentials       = 49
	LDAPResultInsufficientAccessRights = 50
	LDAPResultUnwillingToPerform       = 53
)

// ProtocolOp is an LDAP message's operation.
type ProtocolOp interface{}

// BindResponse answers a bind request.
type BindResponse struct{ resultCode int }

// SetDiagnosticMessage sets the response's diagnostic text.
func (r *BindResponse) SetDiagnosticMessage(msg string) {}

// NewBindResponse returns a bind response with the given result code.
func NewBindResponse(resultCode int) BindResponse { return BindResponse{resultCode: resultCode} }

// BindRequest is a bind request.
type BindRequest struct{}

// Name returns the DN to bind as.
func (r BindRequest) Name() string { return "" }

// AuthenticationSimple returns the simple password.
func (r BindRequest) AuthenticationSimple() string { return "" }

// Message is an incoming LDAP message.
type Message struct{}

// GetBindRequest returns the message's bind request.
func (m *Message) GetBindRequest() BindRequest { return BindRequest{} }

// ResponseWriter writes an LDAP response.
type ResponseWriter interface {
	Write(po ProtocolOp)
}
