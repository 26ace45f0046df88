package lsp

import (
	"flag"

	"golang.org/x/tools/go/analysis"
)

// Flags returns the flag set of the "surepasslint lsp" command line: the
// shared flags un-prefixed and each analyzer's own flags as
// -<analyzer>.<flag>, the spelling of the surepasslint command, so an
// editor's server command takes the same configuration as CI. The flags
// set the analyzers' own values. Parse errors are returned, not fatal.
func Flags(name string, shared *flag.FlagSet, analyzers []*analysis.Analyzer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	if shared != nil {
		shared.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	}
	for _, a := range analyzers {
		a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, a.Name+"."+f.Name, f.Usage) })
	}
	return fs
}
