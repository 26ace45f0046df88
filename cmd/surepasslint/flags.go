package main

import (
	"flag"
	"fmt"
	"io"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/surepasslint/surepasslint/analyzer/all"
)

// cli is a parsed command line of the standalone command.
type cli struct {
	sarif, json, fix, diff, version, help bool
	srcroot, explain, tags, versionFull   string
	context                               int
	test                                  bool
	patterns                              []string
	// vetFlags are the checks' flags, the recognition flags and the -NAME
	// check selections, as given, for go vet and go fix to pass on.
	vetFlags []string
	// buildFlags are the go command's own (-tags).
	buildFlags []string
	checks     []*analysis.Analyzer // the checks selected
}

// enable is a check's -NAME flag: unset, true or false.
type enable struct{ value, set bool }

func (e *enable) String() string   { return strconv.FormatBool(e.value) }
func (e *enable) IsBoolFlag() bool { return true }
func (e *enable) Set(s string) error {
	v, err := strconv.ParseBool(s)
	if err != nil {
		return fmt.Errorf("want true or false")
	}
	e.value, e.set = v, true
	return nil
}

// passOn is a flag whose value is checked here and passed on, as given, to
// the vet tool run by go vet or go fix.
type passOn struct {
	flag.Value
	name string
	out  *[]string
}

func (p passOn) Set(s string) error {
	if err := p.Value.Set(s); err != nil {
		return err
	}
	*p.out = append(*p.out, "-"+p.name+"="+s)
	return nil
}

func (p passOn) IsBoolFlag() bool { return isBoolFlag(p.Value) }

func isBoolFlag(v flag.Value) bool {
	b, ok := v.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// versionFlag is -V: bare, it prints the version; -V=full is go vet's
// question, answered in main before any parsing.
type versionFlag struct{ value *string }

func (v versionFlag) String() string   { return "" }
func (v versionFlag) IsBoolFlag() bool { return true }
func (v versionFlag) Set(s string) error {
	if s != "true" && s != "full" {
		return fmt.Errorf("use -V or -V=full")
	}
	*v.value = s
	return nil
}

// flagSet defines every flag of the command on a new set writing into c.
func flagSet(c *cli, checks []*analysis.Analyzer) (*flag.FlagSet, map[*analysis.Analyzer]*enable) {
	fs := flag.NewFlagSet("surepasslint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.BoolVar(&c.sarif, "sarif", false, "write findings as SARIF 2.1.0 to standard output, for GitHub code scanning")
	fs.StringVar(&c.srcroot, "srcroot", ".", "with -sarif: the directory file URIs are relative to (%SRCROOT%), normally the repository root")
	fs.BoolVar(&c.json, "json", false, "write findings, with their fixes, as go vet's JSON to standard output")
	fs.BoolVar(&c.fix, "fix", false, "apply the suggested fixes (through go fix)")
	fs.BoolVar(&c.diff, "diff", false, "with -fix: print the fixes as a unified diff instead of applying them")
	fs.IntVar(&c.context, "c", -1, "print each finding's lines with this many lines of context")
	fs.BoolVar(&c.test, "test", true, "report findings in _test.go files too")
	fs.StringVar(&c.tags, "tags", "", "comma-separated build tags, passed to the go command")
	fs.StringVar(&c.explain, "explain", "", "print the documentation and example of a check (or of lintignore, the suppression comments) and exit")
	fs.BoolVar(&c.version, "version", false, "print surepasslint's version and exit")
	fs.Var(versionFlag{&c.versionFull}, "V", "print the version and exit (-V=full: go vet's form)")
	fs.BoolVar(&c.help, "help", false, "print this help and exit")
	fs.BoolVar(&c.help, "h", false, "print this help and exit")
	all.Flags().VisitAll(func(f *flag.Flag) { fs.Var(passOn{f.Value, f.Name, &c.vetFlags}, f.Name, f.Usage) })
	enabled := map[*analysis.Analyzer]*enable{}
	for _, a := range checks {
		enabled[a] = new(enable)
		fs.Var(passOn{enabled[a], a.Name, &c.vetFlags}, a.Name, "enable only the "+a.Name+" check (-"+a.Name+"=false: all but it)")
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(passOn{f.Value, a.Name + "." + f.Name, &c.vetFlags}, a.Name+"."+f.Name, f.Usage)
		})
	}
	return fs, enabled
}

// parse parses the command line. ok is false after a usage error (already
// printed), whose exit status is 2.
func parse(args []string, checks []*analysis.Analyzer) (c cli, ok bool) {
	fs, enabled := flagSet(&c, checks)
	if err := fs.Parse(args); err != nil {
		usageError("%v (run 'surepasslint help' for the flags)", err)
		return c, false
	}
	c.patterns = fs.Args()
	c.checks = selected(checks, enabled)
	if c.tags != "" {
		c.buildFlags = []string{"-tags=" + c.tags}
	}
	return c, true
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
		explicitOn, explicitOff := e.set && e.value, e.set && !e.value
		if anyTrue && explicitOn || !anyTrue && !explicitOff {
			out = append(out, a)
		}
	}
	return out
}
