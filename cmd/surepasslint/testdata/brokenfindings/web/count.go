package web

// Attempts returns a string where an int is due.
func Attempts() int { return "three" }
