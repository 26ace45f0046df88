// Package admin is being edited: it does not type-check.
package admin

// Attempts returns a string where an int is due.
func Attempts() int { return "three" }
