package spid_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
)

// benchPass loads net/http (no SurePassID code, no directive, many comments)
// as a pass for the benchmarks.
func benchPass(b *testing.B) *analysis.Pass {
	b.Helper()
	pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo}, "net/http")
	if err != nil || len(pkgs) != 1 || pkgs[0].Types == nil {
		b.Skipf("loading net/http: %v", err)
	}
	p := pkgs[0]
	return &analysis.Pass{Fset: p.Fset, Files: p.Syntax, Pkg: p.Types, TypesInfo: p.TypesInfo}
}

// benchScan runs scan, which must find nothing, over net/http.
func benchScan(b *testing.B, what string, scan func(*analysis.Pass) bool) {
	pass := benchPass(b)
	b.ResetTimer()
	for b.Loop() {
		if scan(pass) {
			b.Fatalf("net/http has no %s", what)
		}
	}
}

// BenchmarkScanDirectives is the directive scan of a package without
// directives: one prefix test per comment line. Compare it with
// BenchmarkOwnSignal, the declaration scan every package already pays for
// (same run, same package): the ratio is what directives add.
func BenchmarkScanDirectives(b *testing.B) {
	benchScan(b, "//surepasslint: directive", func(p *analysis.Pass) bool { return spid.ScanDirectives(p) != 0 })
}

func BenchmarkOwnSignal(b *testing.B) {
	benchScan(b, "SurePassID signal", spid.OwnSignal)
}

// BenchmarkBodySignal is the walk of every file for string literals, the
// last test of a package with no other signal (same package as
// BenchmarkOwnSignal).
func BenchmarkBodySignal(b *testing.B) {
	benchScan(b, "SurePassID evidence", spid.BodySignal)
}
