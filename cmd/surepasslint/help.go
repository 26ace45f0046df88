package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/internal/explain"
	"github.com/surepasslint/surepasslint/internal/suppress"
)

// printHelp prints `surepasslint help`: what it does, the checks, the flags.
func printHelp(w io.Writer, checks []*analysis.Analyzer) {
	fmt.Fprint(w, `surepasslint reports Go code that consumes the SurePassID API and fails open
on its return codes, or shows its raw errorMessage or code to users.

Usage:

	surepasslint [flags] packages...     findings on standard error; exit 3 if any
	surepasslint -fix [-diff] packages... apply the suggested fixes (or show them)
	surepasslint help [check]            this help, or a check's documentation
	go vet -vettool=/path/to/surepasslint packages...
	go fix -fixtool=/path/to/surepasslint packages...

The packages are loaded, analysed and cached by go vet (and go fix for -fix),
which run this binary as their tool: the go command must be on PATH.

Checks:

`)
	for _, a := range checks {
		fmt.Fprintf(w, "	%-12s %s\n", a.Name, explain.Parse(a.Doc).Title)
	}
	fmt.Fprintf(w, "	%-12s %s\n", suppress.Category, "//lint:ignore <check> <reason> comments (surepasslint help lintignore)")
	fmt.Fprint(w, "\nFlags:\n\n")
	var c cli
	fs, _ := flagSet(&c, checks)
	fs.SetOutput(w)
	fs.VisitAll(func(f *flag.Flag) {
		if f.Name == "h" || f.Name == "V" {
			return
		}
		name, usage := flag.UnquoteUsage(f)
		if name != "" {
			name = " " + name
		}
		def := ""
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "-1" && !isBoolFlag(f.Value) {
			def = fmt.Sprintf(" (default %q)", f.DefValue)
		}
		fmt.Fprintf(w, "  -%s%s\n    \t%s%s\n", f.Name, name, strings.ReplaceAll(usage, "\n", "\n    \t"), def)
	})
	fmt.Fprint(w, `
Exit status: 0 no findings (-json and -fix: also with findings); 3 findings;
1 a package could not be loaded, type-checked or analysed; 2 usage error.
`)
}

// explainCheck prints the -explain page of the named check.
func explainCheck(name string, checks []*analysis.Analyzer) int {
	lintignore := &analysis.Analyzer{Name: suppress.Category, Doc: suppress.Doc, URL: suppress.URL}
	a, err := explain.Find(name, append(checks, lintignore))
	if err != nil {
		return usageError("-explain: %v", err)
	}
	fmt.Fprint(os.Stdout, explain.Page(a))
	return 0
}
