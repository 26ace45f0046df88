// Package c is an internal admin tool.
//
//lint:file-ignore rawtext admin tool output never leaves the operations team
package c

func one() string { return "raw" }

func two() string { return "raw" }
