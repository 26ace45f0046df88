package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
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
	v, err := strconv.ParseBool(s)
	if err != nil {
		return fmt.Errorf("want true or false")
	}
	e.value, e.set = v, true
	return nil
}

// runFlags is what a run of the standalone driver (-sarif, or the text
// output) takes from the command line.
type runFlags struct {
	o        options
	test     bool
	context  int
	patterns []string
	checks   []*analysis.Analyzer
}

// parseRun parses the command line for real (the checks' flags and the
// recognition flags take effect) for the driver named mode. ok is false
// after a usage error, whose exit status is code.
func parseRun(mode string, args []string, checks []*analysis.Analyzer) (rf runFlags, code int, ok bool) {
	prefix := ""
	if mode != "" {
		prefix = mode + ": "
	}
	fs := flag.NewFlagSet("surepasslint "+mode, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	addOwnFlags(fs, &rf.o)
	fs.BoolVar(&rf.test, "test", true, "analyse test files too")
	fs.IntVar(&rf.context, "c", -1, "display offending line with this many lines of context")
	for _, name := range []string{"source", "v", "all"} {
		fs.Bool(name, false, "no effect (deprecated)")
	}
	fs.String("tags", "", "no effect (deprecated)")
	sharedFlags().VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	enabled := map[*analysis.Analyzer]*enable{}
	for _, a := range checks {
		enabled[a] = new(enable)
		fs.Var(enabled[a], a.Name, "")
		a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, a.Name+"."+f.Name, f.Usage) })
	}
	if err := fs.Parse(args); err != nil {
		if mode == "" {
			// As multichecker words it: the flag package's line, one hint.
			fmt.Fprintf(os.Stderr, "%v\nrun 'surepasslint -help' for the flags\n", err)
			return rf, 2, false
		}
		return rf, usageError("%s%v", prefix, err), false
	}
	if fs.NArg() == 0 {
		return rf, usageError("%sno packages given (e.g. surepasslint %s./...)", prefix, strings.TrimPrefix(mode+" ", " ")), false
	}
	rf.patterns = fs.Args()
	rf.checks = selected(checks, enabled)
	return rf, 0, true
}

// exitStatus is the one rule of every mode that reports findings (text and
// -sarif; -json exits 0 and -fix 0 instead of 3, as multichecker does):
// 1 when a package could not be loaded, type-checked or analysed, even if
// other packages have findings (which are still printed); else 3 when
// there are findings; else 0.
func exitStatus(findings int, problems error) int {
	switch {
	case problems != nil:
		return 1
	case findings > 0:
		return 3
	}
	return 0
}

// runSARIF is surepasslint -sarif: it loads and analyses the packages with
// x/tools' checker, and writes SARIF to standard output.
func runSARIF(args []string, checks []*analysis.Analyzer) int {
	rf, code, ok := parseRun("-sarif", args, checks)
	if !ok {
		return code
	}
	checks = rf.checks
	o := rf.o
	root, err := filepath.Abs(o.srcroot)
	if err == nil {
		if st, serr := os.Stat(root); serr != nil || !st.IsDir() {
			err = fmt.Errorf("not a directory")
		}
	}
	if err != nil {
		return usageError("-srcroot %s: %v", o.srcroot, err)
	}

	findings, problems := analyse(rf.patterns, checks, rf.test)
	if problems != nil {
		fmt.Fprintf(os.Stderr, "surepasslint: %v\n", problems)
	}
	code = exitStatus(len(findings), problems)
	wd, _ := os.Getwd()
	log := sarif.Build(checks, findings, sarif.Options{
		Version: version(),
		Root:    root,
		Invocation: &hs.Invocation{
			Arguments:           args,
			WorkingDirectory:    hs.ArtifactLocation{URI: sarif.DirURI(wd)},
			ExecutionSuccessful: problems == nil,
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
	if n := printErrors(os.Stderr, pkgs); n > 0 {
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
