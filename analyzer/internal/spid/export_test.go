package spid

import "golang.org/x/tools/go/analysis"

// ScanDirectives and OwnSignal expose the per-package scans to the
// benchmarks.
func ScanDirectives(pass *analysis.Pass) int {
	d := scanDirectives(pass)
	if d == nil {
		return 0
	}
	return len(d.problems) + len(d.codeTypes) + len(d.fields) + len(d.sinks)
}

func OwnSignal(pass *analysis.Pass) bool { return ownSignal(pass) }

func BodySignal(pass *analysis.Pass) bool { return bodySignal(pass) }
