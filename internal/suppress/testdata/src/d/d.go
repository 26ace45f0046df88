// Package d has raw literals for the counter test analyzer to count.
package d // want "3 raw literals"

func f() string { return "raw" }

func g() string { return "raw" }
