package plugin

import "golang.org/x/tools/go/analysis"

// withoutRelated wraps each analyzer so that its diagnostics reach
// golangci-lint without related information.
//
// golangci-lint (pkg/goanalysis, v2.15.0) turns every related location of
// a diagnostic into an issue of its own, "<check>(related information):
// ...", with no fix: `run --fix` then fixes every finding and still exits 1
// on those, a //nolint directive on the finding leaves them reported, and
// only-new-issues counts them. Each message already names what the related
// location shows (the codes that fall through, where the raw value comes
// from), so in golangci-lint the message alone is the finding. The other
// drivers (the CLI, go vet, SARIF, the editors) keep the related
// information.
func withoutRelated(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	out := make([]*analysis.Analyzer, len(analyzers))
	for i, a := range analyzers {
		run := a.Run
		out[i] = &analysis.Analyzer{
			Name:             a.Name,
			Doc:              a.Doc,
			URL:              a.URL,
			Requires:         a.Requires,
			ResultType:       a.ResultType,
			FactTypes:        a.FactTypes,
			RunDespiteErrors: a.RunDespiteErrors,
			Run: func(pass *analysis.Pass) (any, error) {
				p := *pass
				p.Report = func(d analysis.Diagnostic) {
					d.Related = nil
					pass.Report(d)
				}
				return run(&p)
			},
		}
	}
	return out
}
