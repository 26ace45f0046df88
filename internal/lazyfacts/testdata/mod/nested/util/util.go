// Package util is a nested module's package: its path has the outer
// module's prefix, but it is another module, with nothing of the
// authentication API in it, so it is never analyzed from source.
package util

import "strings"

// Title upper-cases the first letter of s.
func Title(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
