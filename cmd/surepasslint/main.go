package main

import (
	"flag"
	"fmt"
	"os"
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
		checks = lazyfacts.Wrap(checks, "")
	}

	// The shared recognition flags, un-prefixed, and our own flags go on
	// the command line multichecker parses, so -help and -flags list them.
	sharedFlags().VisitAll(func(f *flag.Flag) { flag.Var(f.Value, f.Name, f.Usage) })
	addOwnFlags(flag.CommandLine, new(options))

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

// vetMode reports whether go vet (or go fix) started us: its only argument
// is the path of a unitchecker configuration file.
func vetMode(args []string) bool {
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg") && !strings.HasPrefix(args[len(args)-1], "-")
}
