package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
	hs "honnef.co/go/tools/sarif"

	"github.com/surepasslint/surepasslint/internal/sarif"
)

// enable is a check's -NAME flag: unset, true or false.
type enable struct{ value, set bool }

func (e *enable) String() string   { return fmt.Sprint(e.value) }
func (e *enable) IsBoolFlag() bool { return true }
func (e *enable) Set(s string) error {
	var v bool
	if _, err := fmt.Sscan(s, &v); err != nil {
		return fmt.Errorf("want true or false")
	}
	e.value, e.set = v, true
	return nil
}

// runSARIF is surepasslint -sarif: it parses the command line for real (the
// checks' flags and the recognition flags take effect), loads and analyses
// the packages with x/tools' checker, and writes SARIF to standard output.
func runSARIF(args []string, checks []*analysis.Analyzer) int {
	fs := flag.NewFlagSet("surepasslint -sarif", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var o options
	addOwnFlags(fs, &o)
	test := fs.Bool("test", true, "analyse test files too")
	sharedFlags().VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	enabled := map[*analysis.Analyzer]*enable{}
	for _, a := range checks {
		enabled[a] = new(enable)
		fs.Var(enabled[a], a.Name, "")
		a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, a.Name+"."+f.Name, f.Usage) })
	}
	if err := fs.Parse(args); err != nil {
		return usageError("-sarif: %v", err)
	}
	if fs.NArg() == 0 {
		return usageError("-sarif: no packages given (e.g. surepasslint -sarif ./...)")
	}
	checks = selected(checks, enabled)
	root, err := filepath.Abs(o.srcroot)
	if err == nil {
		if st, serr := os.Stat(root); serr != nil || !st.IsDir() {
			err = fmt.Errorf("not a directory")
		}
	}
	if err != nil {
		return usageError("-srcroot %s: %v", o.srcroot, err)
	}

	code := 0
	findings, err := analyse(fs.Args(), checks, *test)
	if err != nil {
		fmt.Fprintf(os.Stderr, "surepasslint: %v\n", err)
		code = 1
	}
	if len(findings) > 0 && code == 0 {
		code = 3
	}
	wd, _ := os.Getwd()
	log := sarif.Build(checks, findings, sarif.Options{
		Version: version(),
		Root:    root,
		Invocation: &hs.Invocation{
			Arguments:           args,
			WorkingDirectory:    hs.ArtifactLocation{URI: sarif.DirURI(wd)},
			ExecutionSuccessful: code != 1,
		},
	})
	if err := log.Write(os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "surepasslint: writing SARIF: %v\n", err)
		return 1
	}
	return code
}

// selected applies the -NAME flags as multichecker does: if any is true,
// only those checks run; otherwise those set false do not.
func selected(checks []*analysis.Analyzer, enabled map[*analysis.Analyzer]*enable) []*analysis.Analyzer {
	anyTrue := false
	for _, e := range enabled {
		anyTrue = anyTrue || (e.set && e.value)
	}
	var out []*analysis.Analyzer
	for _, a := range checks {
		e := enabled[a]
		// With some check enabled explicitly, run just those; otherwise
		// run all but the ones disabled explicitly.
		explicitOn, explicitOff := e.set && e.value, e.set && !e.value
		if anyTrue && explicitOn || !anyTrue && !explicitOff {
			out = append(out, a)
		}
	}
	return out
}

// analyse loads the packages and runs the checks. Errors in packages are
// printed and make err non-nil, but findings in the other packages are
// still returned.
func analyse(patterns []string, checks []*analysis.Analyzer, tests bool) ([]sarif.Finding, error) {
	mode := packages.LoadSyntax | packages.NeedModule
	if needFacts(checks) {
		mode = packages.LoadAllSyntax | packages.NeedModule
	}
	pkgs, err := packages.Load(&packages.Config{Mode: mode, Tests: tests}, patterns...)
	if err != nil {
		return nil, err
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	var problems error
	if n := packages.PrintErrors(pkgs); n > 0 {
		problems = fmt.Errorf("%d error(s) in the packages", n)
	}
	graph, err := checker.Analyze(checks, pkgs, &checker.Options{})
	if err != nil {
		return nil, err
	}
	var findings []sarif.Finding
	for _, act := range graph.Roots {
		if act.Err != nil {
			fmt.Fprintf(os.Stderr, "surepasslint: %s: %v\n", act, act.Err)
			problems = fmt.Errorf("analysis failed")
			continue
		}
		for _, d := range act.Diagnostics {
			findings = append(findings, sarif.Finding{Check: act.Analyzer.Name, Fset: act.Package.Fset, Diagnostic: d})
		}
	}
	return findings, problems
}

// needFacts reports whether any check, or any analyzer it requires,
// uses facts: then dependencies must be analysed from source too.
func needFacts(checks []*analysis.Analyzer) bool {
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer) bool
	visit = func(a *analysis.Analyzer) bool {
		if seen[a] {
			return false
		}
		seen[a] = true
		if len(a.FactTypes) > 0 {
			return true
		}
		for _, r := range a.Requires {
			if visit(r) {
				return true
			}
		}
		return false
	}
	for _, a := range checks {
		if visit(a) {
			return true
		}
	}
	return false
}
