// Package demo renders the sign-in page of a small web application.
package demo

import "fmt"

// Banner returns the line shown above the sign-in form.
func Banner(user string) string {
	return fmt.Sprintf("héllo 🔐 %s: %s", user, "raw")
}
