package rawexposure_test

import (
	"os"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/printf"
	"golang.org/x/tools/go/packages"

	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
	"github.com/surepasslint/surepasslint/analyzer/rawexposure"
)

// TestIdentityPlatform runs the check over an identity platform written
// the way teams write one: a SurePassID client with its own error type,
// services wrapping its errors with %w in two other packages, a shared
// httpx helper package, and net/http, fiber (v2, v3), gRPC, gin and echo
// front ends answering through returned errors, method values, local
// closures and interfaces. Every fix is applied; the fixed packages must
// type-check, pass go vet's printf check and have no finding left.
func TestIdentityPlatform(t *testing.T) {
	dir := analyzertest.TestData(t)
	const pattern = "rawexposure/identity/..."
	var results []*analysistest.Result
	if *update {
		results = analysistest.Run(t, dir, rawexposure.Analyzer, pattern)
	} else {
		results = analysistest.RunWithSuggestedFixes(t, dir, rawexposure.Analyzer, pattern)
	}
	fixed := applyFixes(t, results)
	if *update {
		for name, src := range fixed {
			if err := os.WriteFile(name+".golden", src, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	recheckPatterns(t, dir, fixed, []string{pattern})
	vetPrintf(t, dir, fixed, pattern)
}

// vetPrintf runs go vet's printf check on the fixed packages.
func vetPrintf(t *testing.T, dir string, fixed map[string][]byte, patterns ...string) {
	t.Helper()
	cfg := &packages.Config{
		Mode:    packages.LoadAllSyntax,
		Dir:     dir,
		Env:     append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off"),
		Overlay: fixed,
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	g, err := checker.Analyze([]*analysis.Analyzer{printf.Analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for act := range g.All() {
		if act.Analyzer != printf.Analyzer || !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			t.Errorf("go vet printf after the fixes: %s: %s", act.Package.Fset.Position(d.Pos), d.Message)
		}
	}
}
