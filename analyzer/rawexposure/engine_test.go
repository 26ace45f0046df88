package rawexposure_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
	"github.com/surepasslint/surepasslint/analyzer/rawexposure"
)

// TestEngine: helpers in packages with no SurePassID evidence (httpx, a
// chain of five hop packages) get facts for the parameters that reach the
// user; chains of fifteen same-package wrappers declared caller-first are
// followed to the end; a message kept only for a delivery code, or
// overwritten unless one holds, and error handlers hiding the text, are
// not reported. Fixes are checked like TestRawExposure's.
var engineCases = []string{
	"rawexposure/engine/spclient", "rawexposure/engine/chain", "rawexposure/engine/web",
	"rawexposure/engine/httpx", "rawexposure/engine/hop1", "rawexposure/engine/hop2",
	"rawexposure/engine/hop3", "rawexposure/engine/hop4", "rawexposure/engine/hop5",
	"rawexposure/engine/precision",
}

func TestEngine(t *testing.T) {
	dir := analyzertest.TestData(t)
	var results []*analysistest.Result
	if *update {
		results = analysistest.Run(t, dir, rawexposure.Analyzer, engineCases...)
	} else {
		results = analysistest.RunWithSuggestedFixes(t, dir, rawexposure.Analyzer, engineCases...)
	}
	analyzertest.RelatedInPackage(t, results)
	fixed := analyzertest.ApplyFixes(t, results)
	if *update {
		analyzertest.WriteGoldens(t, fixed)
	}
	analyzertest.Recheck(t, dir, fixed, engineCases, rawexposure.Analyzer)
}

// TestEngineBroken: a helper package without SurePassID evidence that does
// not compile (nor parse) is summarized as far as it goes, without a panic.
func TestEngineBroken(t *testing.T) {
	analysistest.Run(t, analyzertest.TestData(t), rawexposure.Analyzer, "rawexposure/engine/broken")
}

// TestStableWording: the kiosk shows the Detail() of an error that two
// types of another package implement with different raw fields; the
// finding names the same one on every run (the facts of a dependency come
// in map order). Run several times so that a wording chosen by that order
// fails.
func TestStableWording(t *testing.T) {
	for range 4 {
		analysistest.Run(t, analyzertest.TestData(t), rawexposure.Analyzer, "rawexposure/stable/kiosk")
	}
}
