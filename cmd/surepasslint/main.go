package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/surepasslint/surepasslint/analyzer/all"
	"github.com/surepasslint/surepasslint/internal/lazyfacts"
	"github.com/surepasslint/surepasslint/internal/suppress"
)

// testChecks holds test-only checks, present only in binaries built with
// -tags surepasslint_testcheck (see testcheck.go).
var testChecks []*analysis.Analyzer

func main() {
	checks := suppress.Wrap(append(all.Analyzers(), testChecks...))
	if !vetMode(os.Args[1:]) {
		// Standalone runs keep facts in process and analyze from source
		// only the dependencies that can carry them; go vet's unitchecker
		// has its own fact files. See internal/lazyfacts.
		checks = wrapFacts(checks, os.Args[1:])
	}

	// The shared recognition flags, un-prefixed, and our own flags go on
	// the command line multichecker parses, so -help and -flags list them.
	sharedFlags().VisitAll(func(f *flag.Flag) { flag.Var(f.Value, f.Name, f.Usage) })
	addOwnFlags(flag.CommandLine, new(options))

	// A bad flag gets its error line and one hint, not the whole flag list;
	// -help still lists every flag.
	flag.Usage = func() {
		if helpRequested(os.Args[1:]) {
			fmt.Fprintln(flag.CommandLine.Output(), "Usage of surepasslint: surepasslint [flags] packages...")
			flag.PrintDefaults()
			return
		}
		fmt.Fprintln(flag.CommandLine.Output(), "run 'surepasslint -help' for the flags")
	}

	if code, done := prescan(os.Args[1:], checks); done {
		os.Exit(code)
	}
	multichecker.Main(checks...)
}

// usageError prints one line and returns the usage exit status.
func usageError(format string, args ...any) int {
	fmt.Fprintf(os.Stderr, "surepasslint: "+format+"\n", args...)
	return 2
}

// wrapFacts serves facts in process (internal/lazyfacts). The packages named
// on the command line are analyzed by the driver all at once, so their facts
// come from its own passes; with -debug=s it runs them one after another and
// they are loaded from source like other dependencies. Only packages with a
// SurePassID signal in their import closure are (all.MaySignal).
func wrapFacts(checks []*analysis.Analyzer, args []string) []*analysis.Analyzer {
	return lazyfacts.New(checks, factOptions(args))
}

// factOptions reads from the command line what lazyfacts needs: the
// patterns, whether the driver runs them all at once (not with -debug=s),
// and whether it analyzes tests (x/tools' -test).
func factOptions(args []string) lazyfacts.Options {
	opts := lazyfacts.Options{Roots: true, Tests: true, Signal: all.MaySignal, CacheKey: signalCacheKey}
	for _, a := range args {
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		switch {
		case !strings.HasPrefix(a, "-"):
			opts.Patterns = append(opts.Patterns, a) // a flag's separate value too: it lists no package
		case name == "debug" && strings.Contains(value, "s"):
			opts.Roots = false
		case name == "test":
			// x/tools' -test (default true) decides whether test
			// packages are among the driver's own.
			if b, err := strconv.ParseBool(value); err == nil || !hasValue {
				opts.Tests = !hasValue || b
			}
		}
	}
	if len(opts.Patterns) == 0 {
		opts.Roots = false
	}
	return opts
}

// signalCacheKey identifies what all.MaySignal says: this binary (its
// path, size and modification time) and the recognition flags' values, as
// parsed by the time the analysis runs.
func signalCacheKey() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	st, err := os.Stat(exe)
	if err != nil {
		return ""
	}
	key := fmt.Sprintf("%s %d %d", exe, st.Size(), st.ModTime().UnixNano())
	all.Flags().VisitAll(func(f *flag.Flag) { key += fmt.Sprintf(" -%s=%s", f.Name, f.Value) })
	return key
}

// vetMode reports whether go vet (or go fix) started us: its only argument
// is the path of a unitchecker configuration file.
func vetMode(args []string) bool {
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg") && !strings.HasPrefix(args[len(args)-1], "-")
}

// helpRequested reports whether the command line asks for help.
func helpRequested(args []string) bool {
	for _, a := range args {
		switch strings.TrimLeft(a, "-") {
		case "h", "help":
			return strings.HasPrefix(a, "-")
		}
		if a == "--" {
			break
		}
	}
	return false
}
