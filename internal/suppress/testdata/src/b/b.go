// Package b declares a function the rawtext test analyzer marks with a fact.
package b

// LeakMessage returns the server's raw text.
func LeakMessage() string { return "raw" } // want LeakMessage:"leaky" "raw literal"
