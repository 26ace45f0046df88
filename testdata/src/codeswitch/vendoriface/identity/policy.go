package identity

import (
	"slices"

	"codeswitch/vendoriface/surepass"
)

// Policy says which vendor answers the service refuses.
type Policy struct {
	PushDeny []int32
}

// DefaultPolicy refuses a push the user denied or that is not theirs.
func DefaultPolicy() Policy {
	return Policy{PushDeny: []int32{surepass.CodeOTPInvalid, surepass.CodePartnerUserLoginDisabled}}
}

// Audit lists the answers worth an audit record: a list in a field that
// rejects nothing. Not reported.
type Audit struct {
	Loud []int32
}

var audit = Audit{Loud: []int32{surepass.CodeOTPAlreadyUsed, surepass.CodeBogusOTP}}

// auditable only picks what is recorded.
func auditable(code int32) bool {
	return slices.Contains(audit.Loud, code)
}
