// Package authv1 holds the generated messages of the team's auth service,
// which fronts SurePassID.
package authv1 // want "relevant package"

func use(v *ValidateOtpReply, s *SendOtpReply) {
	_ = v.Result // want "role code"
	_ = v.Detail // want "role message"
	_ = v.Type
	_ = s.ErrorCode    // want "role code"
	_ = s.ErrorMessage // want "role message"
}
