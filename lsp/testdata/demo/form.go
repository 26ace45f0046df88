package demo

// Field is one input of the sign-in form.
type Field struct {
	Name, Label string
}

// Fields lists the inputs of the sign-in form.
func Fields() []Field {
	return []Field{{Name: "user", Label: "User name"}, {Name: "otp", Label: "One-time code"}}
}
