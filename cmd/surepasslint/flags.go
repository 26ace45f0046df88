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

// options are surepasslint's own flags.
type options struct {
	sarif   bool
	srcroot string
	explain string
	version bool
}

func addOwnFlags(fs *flag.FlagSet, o *options) {
	fs.BoolVar(&o.sarif, "sarif", false, "write findings as SARIF 2.1.0 to standard output, for GitHub code scanning")
	fs.StringVar(&o.srcroot, "srcroot", ".", "with -sarif: directory that file URIs are relative to (%SRCROOT%), normally the repository root")
	fs.StringVar(&o.explain, "explain", "", "print the documentation and example of a check (or of lintignore, the suppression comments) and exit")
	fs.BoolVar(&o.version, "version", false, "print surepasslint's version and exit")
}

// multicheckerFlags are the flags multichecker defines itself
// (x/tools go/analysis/internal/analysisflags and internal/checker), and
// whether each is boolean. The pre-scan needs them to tell flag values from
// package patterns.
var multicheckerFlags = map[string]bool{
	"flags": true, "json": true, "fix": true, "diff": true, "test": true, "V": true,
	"source": true, "v": true, "all": true, "tags": false,
	"c": false, "debug": false, "cpuprofile": false, "memprofile": false, "trace": false,
}

// multicheckerOnly are the flags that leave the run to multichecker: the
// fixes, JSON, the vet protocol and the debugging flags. Any other run is
// runText's.
var multicheckerOnly = []string{"fix", "diff", "json", "flags", "V", "debug", "cpuprofile", "memprofile", "trace"}

func anySet(standins map[string]*standin, names ...string) bool {
	for _, n := range names {
		if standins[n].set {
			return true
		}
	}
	return false
}

// standin takes the place of a flag defined elsewhere: it records what it
// is given and has no other effect.
type standin struct {
	isBool bool
	value  string
	set    bool
}

func (s *standin) String() string     { return s.value }
func (s *standin) Set(v string) error { s.value, s.set = v, true; return nil }
func (s *standin) IsBoolFlag() bool   { return s.isBool }

func isBoolFlag(v flag.Value) bool {
	b, ok := v.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// prescan reads the command line before multichecker does, to handle what
// multichecker does not: -explain, -version, -sarif, a missing package
// pattern. It returns done=false to let multichecker run.
func prescan(args []string, checks []*analysis.Analyzer) (code int, done bool) {
	fs := flag.NewFlagSet("surepasslint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var o options
	addOwnFlags(fs, &o)
	standins := map[string]*standin{}
	define := func(name string, isBool bool) {
		s := &standin{isBool: isBool}
		standins[name] = s
		fs.Var(s, name, "")
	}
	for name, isBool := range multicheckerFlags {
		define(name, isBool)
	}
	sharedFlags().VisitAll(func(f *flag.Flag) { define(f.Name, isBoolFlag(f.Value)) })
	for _, a := range checks {
		define(a.Name, true)
		a.Flags.VisitAll(func(f *flag.Flag) { define(a.Name+"."+f.Name, isBoolFlag(f.Value)) })
	}
	if err := fs.Parse(args); err != nil {
		return 0, false // multichecker reports it, exit status 2
	}
	if fs.NArg() == 1 && strings.HasSuffix(fs.Arg(0), ".cfg") {
		// go vet -vettool or go fix -fixtool: one package per run.
		if o.sarif || o.explain != "" || o.version {
			return usageError("-sarif, -explain and -version do not work under go vet or go fix; run surepasslint directly"), true
		}
		return 0, false
	}
	switch {
	case o.explain != "":
		return explainCheck(o.explain, checks), true
	case o.version:
		fmt.Println(version())
		return 0, true
	case standins["V"].set && standins["V"].value != "full":
		return usageError("unsupported flag value: -V=%s (use -V=full)", standins["V"].value), true
	case o.sarif:
		for _, name := range []string{"fix", "diff", "json", "c"} {
			if standins[name].set {
				return usageError("-sarif cannot be combined with -%s", name), true
			}
		}
		return runSARIF(args, checks), true
	case fs.NArg() == 0 && !standins["V"].set && !standins["flags"].set:
		fmt.Fprintf(os.Stderr, "usage: surepasslint [flags] packages...\nRun 'surepasslint help' for the checks and flags, 'surepasslint -explain <check>' for one check.\n")
		return 2, true
	case fs.Arg(0) != "help" && !anySet(standins, multicheckerOnly...):
		return runText(args, checks), true
	}
	return 0, false
}

// explainCheck prints the -explain page of the named check.
func explainCheck(name string, checks []*analysis.Analyzer) int {
	lintignore := &analysis.Analyzer{Name: suppress.Category, Doc: suppress.Doc, URL: suppress.URL}
	a, err := explain.Find(name, append(checks, lintignore))
	if err != nil {
		return usageError("-explain: %v", err)
	}
	fmt.Print(explain.Page(a))
	return 0
}
