// Package broken does not type-check.
package broken

// Count returns a string where an int is due.
func Count() int { return "three" }
